"""Identifiers a little way after their label, in the same sentence: "SSN for Nadège Bellegarde was entered as
517930486", "the I-94 copy for your wife -- record number 48291037523", "her kids' I-94s are 58204471609 and
58204471617", "His DOB on the DOJ-361 is 08 AUG 1977", and a question on one line answered by the next ("can
you confirm your EDIPI?⏎user: 1298473650").

The value recognizers read a label right before its value; here the value may stand up to ``WINDOW`` characters
after the label, as long as the sentence has not ended and the value has its type's own shape (nine digits in
the SSA's ranges, ten for an EDIPI, eleven for an I-94, a date of a birth year). The shapes are strict, since a
label in a sentence says less than one right before its value.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result
from gateway.detect.recognizers.identifiers.ssn import issued
from gateway.detect.recognizers.personal.date_of_birth import _LABEL as _DOB_LABEL
from gateway.detect.recognizers.personal.date_of_birth import DATE
from gateway.detect.recognizers.personal.intl_phone import _possible

SCORE = 0.6
WINDOW = 90
MIN_AGE_YEARS = 14


@dataclass(frozen=True, slots=True)
class _Rule:
    entity: str
    label: re.Pattern[str]
    value: re.Pattern[str]
    check: Callable[[str], bool]
    needs: re.Pattern[str] | None = None  # a word the text must hold somewhere for the label to mean this type


_OCR_DIGITS = str.maketrans("OIl", "011")


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _birth_year(value: str) -> bool:
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", value)
    return bool(years) and 1900 <= int(years[-1]) <= datetime.date.today().year - MIN_AGE_YEARS


def _calendar_date(value: str) -> bool:
    try:
        datetime.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return False
    return True


def _not_a_date(value: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d{6}", value) is None


_RULES = (
    _Rule(
        "US_SSN",
        re.compile(
            r"(?i)\b(?:SSNs?|SSAN|SS[ \t]?#|social[ \t]+security|soc\.?[ \t]*sec\.?|(?:his|her|my|their)[ \t]+social)\b"
        ),
        re.compile(r"(?<![\w./-])\d{3}[-./ ]?\d{2}[-./ ]?\d{4}(?![\w/-]|\.\d)"),
        lambda v: issued(_digits(v)),
    ),
    _Rule(
        "DOD_EDIPI",
        re.compile(r"(?i)\b(?:EDIPI|DoD[ \t]*ID|CAC[ \t]+(?:ID|number))\b"),
        re.compile(r"(?<![\w./-])\d{10}(?![\w/-]|\.\d)"),
        lambda v: True,
    ),
    _Rule(
        "I94_NUMBER",
        re.compile(r"(?i)\b(?:I-?94s?|admission[ \t]+records?)\b"),
        re.compile(r"(?<![\w./-])(?:\d{11}|\d{9}[A-Z]\d)(?![\w/-]|\.\d)"),
        lambda v: True,
    ),
    _Rule(
        "US_PASSPORT",
        re.compile(
            r"(?i)\b(?:passports?|pasaporte|passeport|reisepass|passaporte|passaporto|паспорт[аеу]?|pasaport[ıiu]?"  # noqa: RUF001 - Cyrillic and Turkish letters on purpose
            r"|paszport|cestovní[ \t]+pas)\b|护照|護照|여권|جواز[ \t]+السفر|گذرنامه|पासपोर्ट"
        ),
        re.compile(r"(?<![\w./-])(?=(?:[A-Z]*\d){6})[A-Z]{0,2}\d{6,9}[A-Z]?(?![\w/-]|\.\d)"),
        _not_a_date,
    ),
    _Rule(
        "PHONE_NUMBER",
        re.compile(r"(?i)\b(?:phone|tel|cell|mobile|whatsapp|callback|call[ \t]+back)\b"),
        re.compile(r"(?<![\w./+-])0?[1-9]\d{8,11}(?![\w/-]|\.\d)"),
        lambda v: _possible(v, True),
    ),
    _Rule(
        "DATE_OF_BIRTH",
        re.compile(rf"(?i)\b{_DOB_LABEL}(?!\w)"),
        re.compile(rf"(?i)(?<![\w/.-]){DATE}(?![\w/-]|\.\d)"),
        _birth_year,
    ),
    # an I-94 printout's or a visa's "Document Number" is the passport's
    _Rule(
        "US_PASSPORT",
        re.compile(r"(?i)\bdocument[ \t]+(?:number|no\.?|#)"),
        re.compile(r"(?<![\w./-])[A-Z]{1,2}\d{7,8}(?![\w/-])"),
        lambda v: True,
        re.compile(r"(?i)\bI-?94\b|\bpassport|\bvisa\b"),
    ),
    # a birth date written as one number, year first: "DOB 19850412"
    _Rule(
        "DATE_OF_BIRTH",
        re.compile(rf"(?i)\b{_DOB_LABEL}(?!\w)"),
        re.compile(r"(?<![\w./-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"),
        lambda v: _calendar_date(v) and _birth_year(v[:4]),
    ),
    # a scanned birth date with letters for digits: "DOB O4/I7/I98O"
    _Rule(
        "DATE_OF_BIRTH",
        re.compile(rf"(?i)\b{_DOB_LABEL}(?!\w)"),
        re.compile(r"(?<![\w/.-])[0-9OIl]{1,2}/[0-9OIl]{1,2}/[0-9OIl]{4}(?![\w/-])"),
        lambda v: any(c in "OIl" for c in v) and _birth_year(v.translate(_OCR_DIGITS)),
    ),
)
# Where a sentence ends: a full stop, question or exclamation mark before a space, or a line break.
_SENTENCE_END = re.compile(r"[.?!](?=\s)|\n")
# the question's line end, and lines holding only a reply's quote marks ("> > ")
_QUESTION_LINE_END = re.compile(r"\?[ \t]*\n(?:[> \t]*\n)*")
# a chat or transcript line's speaker and time ("[09:03] user: ", "Caller: "), or a reply's quote marks
_SPEAKER = re.compile(r"[> \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[\w .'-]{1,30}:[ \t]*)?")


# Every rule's label in one pass: a group per distinct label pattern, and the rules that share it.
_LABEL_PATTERNS = list(dict.fromkeys(r.label.pattern for r in _RULES))
assert all(p.startswith("(?i)") for p in _LABEL_PATTERNS)
_LABELS = re.compile("(?i)" + "|".join(f"(?P<l{i}>{p[4:]})" for i, p in enumerate(_LABEL_PATTERNS)))
_RULES_BY_GROUP = {f"l{i}": [r for r in _RULES if r.label.pattern == p] for i, p in enumerate(_LABEL_PATTERNS)}


class NearbyLabelRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        entities = sorted({r.entity for r in _RULES})
        super().__init__(supported_entities=entities, name="NearbyLabelRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not any(c.isdigit() for c in text):
            return []
        results: list[RecognizerResult] = []
        needed: dict[re.Pattern[str], bool] = {}
        for label in _LABELS.finditer(text):
            assert label.lastgroup is not None
            start, end = _window(text, label.end())
            for rule in _RULES_BY_GROUP[label.lastgroup]:
                if rule.entity not in entities:
                    continue
                if rule.needs is not None:
                    if rule.needs not in needed:
                        needed[rule.needs] = rule.needs.search(text) is not None
                    if not needed[rule.needs]:
                        continue
                for m in rule.value.finditer(text, start, end):
                    if rule.check(m.group(0)):
                        results.append(own_result(self, rule.entity, m.start(), m.end(), SCORE))
        return results


def _window(text: str, start: int) -> tuple[int, int]:
    """From a label to the end of its sentence (at most ``WINDOW`` characters), or, after a question that ends its
    line, the answer on the next line."""
    q = _QUESTION_LINE_END.match(text, _line_rest(text, start))
    if q is not None:
        answer = _SPEAKER.match(text, q.end())
        line_end = text.find("\n", q.end())
        return (answer.end() if answer else q.end()), (len(text) if line_end < 0 else line_end)
    end = min(len(text), start + WINDOW)
    stop = _SENTENCE_END.search(text, start, end)
    return start, (stop.start() if stop else end)


def _line_rest(text: str, pos: int) -> int:
    """The position of the last "?" on the rest of the line, or ``pos``."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    q = text.rfind("?", pos, line_end)
    return q if q >= 0 else pos
