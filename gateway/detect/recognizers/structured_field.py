"""Values that a table header, a JSON or dict key, or a form label names (structure.py, labels.py): every value
under ``dob`` is a date of birth and every value under ``payee`` a person, whatever the NER says. The value must
still look like one of its type (a date under ``dob``, nine digits under ``ssn``, name words under ``name``);
the finding is the part of the value that does. Keys that also name things in code (``name``) need a word of the
value in the name lists (names_gazetteer.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import luhn
from stdnum.us import rtn

from gateway.detect.labels import LEXICON, generic_name_key
from gateway.detect.names_gazetteer import INSTITUTION_TAIL, english_word, gazetteer
from gateway.detect.recognizers.base import own_result
from gateway.detect.recognizers.identifiers.driver_license import WASHINGTON
from gateway.detect.recognizers.personal.ner import ORG_WORDS
from gateway.detect.recognizers.secrets.base import is_placeholder, names_an_assigned_constant
from gateway.detect.structure import Field, fields

SCORE = 0.85
GENERIC_NAME_SCORE = 0.7
ENTITIES = sorted(set(LEXICON.values()))

# the vowel signs and viramas of Indic, Burmese and Thai letters, Arabic's short vowels, Latin's combining accents:
# marks, not letters, to a regular expression's \w ("बिष्णु", "ခင်မာ")
_MARK = (
    r"[\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u102b-\u103e"
    r"\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
)
_NAME_WORD = rf"(?:[^\W\d_](?:[^\W\d_]|{_MARK})*\.?(?:['\u2019-][^\W\d_]+)*)"
_NAME = re.compile(rf"{_NAME_WORD}(?:,?[ \t]+{_NAME_WORD}){{0,5}}")
_NOT_A_NAME = frozenset(
    [
        "n/a",
        "na",
        "none",
        "unknown",
        "null",
        "nil",
        "tbd",
        "tba",
        "redacted",
        "withheld",
        "pending",
        "same",
        "as",
        "above",
        "see",
        "above",
        "various",
        "self",
        "not",
        "applicable",
        "yes",
        "no",
        "true",
        "false",
        "test",
        "sample",
        "example",
        # the accounts an operating system comes with, under "Account Name:" or "user=" in its logs
        "administrator",
        "admin",
        "root",
        "guest",
        "system",
    ]
)
# a type in a signature or a schema ("name: str", "name": "string"): where a name would go, not a name
_TYPE_NAMES = frozenset(
    """str string int integer bool boolean float double text varchar char bytes object dict list any optional
    uuid""".split()  # noqa: SIM905 - a word list reads better as text
)
# Round 11. Words that join the words of a phrase and never those of a name: a field's value that has one between
# its words is a title or a note ("Use of Commercial Generative AI Tools", "Favorable determination with warning")
_PHRASE_WORDS = frozenset("of the for to in on with about from at by into is are was were".split())  # noqa: SIM905
_OFFICE_TAIL = ORG_WORDS | INSTITUTION_TAIL | {"section", "sections"}
_MONTHS = (
    r"(?:jan|feb|febr|mar|apr|abr|avr|may|mai|mei|jun|juin|jul|juil|aug|ago|aoû|aou|sep|sept|set|oct|okt|out|nov"
    r"|dec|dez|dic|déc|ene|gen|janv|févr|fevr|mär|maerz|mrz|lug|giu|mag|mas|me|jen|jiy|desanm)[a-zéûä]*\.?"
)
_DATE = re.compile(
    rf"(?i)(?<!\d)(?:19|20)\d\d[ \-/.,]+{_MONTHS}[ \-/.,]+\d{{1,2}}(?!\d)"  # 1972 Apr 19, as the I-94 prints it
    rf"|\d{{1,4}}[/.\- ]\d{{1,2}}[/.\- ]\d{{2,4}}|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?[ \-/.]+(?:de[ \t]+)?{_MONTHS}"
    rf"[ \-/.,]+(?:de[ \t]+)?\d{{2,4}}|{_MONTHS}[ \-/.]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \-/.]+\d{{2,4}}"
    r"|(?<!\d)(?:19|20)\d{6}(?!\d)"
    # as passports, visas and manifests print it: 12MAR1980, 5Jan11
    rf"|(?<![\w])\d{{1,2}}{_MONTHS}(?:19|20)?\d\d(?!\d)"
    # Chinese and Japanese 1990年8月12日, Korean 1987년 5월 3일
    r"|\d{4}[ \t]*[\u5e74\ub144][ \t]*\d{1,2}[ \t]*[\u6708\uc6d4][ \t]*\d{1,2}[ \t]*[\u65e5\uc77c]"
)
# nine digits, not inside a decimal, grouped any way: under an SSN label "455-1-08845" is a mistyped SSN
_SSN = re.compile(r"(?<![\d-])(?<!\d[.,])\d(?:[- .]?\d){8}(?![\d-]|[.,]\d)")
_ITIN = re.compile(r"(?<![\d-])9\d{2}[- ]?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])[- ]?\d{4}(?![\d-])")  # IRS groups
_DOC = re.compile(r"(?i)(?<![\w-])[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){4,19}(?![\w-])")
_PHONE = re.compile(r"\+?\(?\d[\d().\- /]{5,22}\d")
_A_NUMBER = re.compile(r"(?i)(?<!\w)A?[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}(?!\d)")
_RECEIPT = re.compile(r"(?i)(?<!\w)[a-z]{3}[- ]?\d{2}[- ]?\d{3}[- ]?\d{5}(?!\d)|(?<!\w)[a-z]{3}\d{10}(?!\d)")
_DIGITS = re.compile(r"(?<![\w-])\d(?:[\d -]*\d)?(?![\w-])")
_IBAN = re.compile(r"(?i)\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){10,30}\b")
_TOKEN = re.compile(r"\S+")
_I94 = re.compile(r"(?<!\w)(?=[0-9A-Z]{11}(?!\w))(?:\d{8,9}[A-Z]\d{1,2}|\d{11})")
_KTN = re.compile(r"(?<!\w)[A-Z0-9]{8,10}(?!\w)")
_EDIPI = re.compile(r"(?<![\w-])\d{10}(?![\w-])")
# Round 18. A licence number in a cell, its groups parted by spaces or dashes ("K 482 193 706 518", "R3917 28406
# 51872"): tokens that each hold a digit, a lone letter allowed in front; a state's code or "DL" before it is not
# part of it
_LICENCE = re.compile(
    r"(?<![\w-])(?:[A-Za-z0-9]*\d[A-Za-z0-9]*|[A-Za-z]+(?=-[A-Za-z0-9]*\d)|[A-Z](?=[ ]\d))(?:-[A-Za-z0-9]+)*"
    r"(?:[ ][A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)*(?![\w-])"
)


def _ktn_like(value: str) -> bool:
    # PASSIDs are digits; PreCheck KTNs start TT or TE and mix in fewer digits (TT4R7KQM)
    return _digits(value) >= 4 or (value[:2] in ("TT", "TE") and _digits(value) >= 2)


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _person(field: Field, value: str, strong: bool = False) -> tuple[int, int, float] | None:
    m = _NAME.match(value)
    if m is None or m.end() < len(value.rstrip(".,;")) * 0.6:
        return None
    name = m.group(0).rstrip(",")
    words = [w.strip(",.") for w in name.split()]
    if not words or name.lower() in _NOT_A_NAME | _TYPE_NAMES or len(name) > 70 or "_" in name:
        return None
    head = name.split(",")[0].split()  # "Nasrin Ghorbani, cousin-in-law, citizen of Iran": the name comes first
    if any(w in _PHRASE_WORDS for w in head[1:-1]):
        return None
    if len(words) >= 2 and words[-1].lower() in _OFFICE_TAIL and not gazetteer().is_given(words[0]):
        return None  # an office under an "Owner" or "Contact" column: "Records Branch", "Intake Unit"
    if generic_name_key(field.key) and not (strong and all(w[:1].isupper() for w in words)):
        g = gazetteer()
        known = [w for w in words if g.is_name_word(w) and not g.is_common(w)]
        if not known or (len(words) == 1 and not words[0][:1].isupper()):
            return None
        return 0, len(name), GENERIC_NAME_SCORE
    return 0, len(name), SCORE


# Round 15. A "Subject:" line that is a title, not the subject of a case ("Subject: replacement card", "Subject:
# FW: Fwd: …"): a reply's or a forward's mark, or an English word in lower case, which no person's name holds
_REPLY_MARKS = re.compile(r"(?i)(?:(?:fwd|fw|re)[ \t]*+:?[ \t]*+)++")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")
# round 28: a compound of English words in lower case, joined by hyphens ("Subject: Tuesday no-shows")
_LOWER_COMPOUND = re.compile(r"(?<![\w-])[a-z]{2,}(?:-[a-z]{2,})+(?![\w-])")


def _a_subject_line(field: Field, value: str) -> bool:
    if field.key.lower() != "subject":
        return False
    v = value.strip()
    return (
        _REPLY_MARKS.fullmatch(v) is not None
        or any(english_word(w) for w in _LOWER_WORD.findall(v))
        or any(_english_compound(w) for w in _LOWER_COMPOUND.findall(v))
    )


def _english_compound(word: str) -> bool:
    """Every part an English word (a plural's too), one of four letters or more and no given name: "no-shows",
    "follow-up"; not a lower-cased name with its particles ("al-harbi", "de-la-cruz")."""
    parts = word.split("-")
    g = gazetteer()
    return all(english_word(p) or (p.endswith("s") and english_word(p[:-1])) for p in parts) and any(
        len(p) >= 4 and not g.is_given(p) for p in parts
    )


def _search(
    pattern: re.Pattern[str], check: Callable[[str], bool] = lambda v: True
) -> Callable[[Field, str], tuple[int, int, float] | None]:
    def find(field: Field, value: str) -> tuple[int, int, float] | None:
        for m in pattern.finditer(value):
            if check(m.group(0)):
                return m.start(), m.end(), SCORE
        return None

    return find


def _licence(field: Field, value: str) -> tuple[int, int, float] | None:
    # round 18: Washington's older licence has three digits only, after letters of the name ("LUNDBJ531QA")
    for m in _LICENCE.finditer(value):
        if _digits(m.group(0)) >= 4 or WASHINGTON.fullmatch(m.group(0)):
            return m.start(), m.end(), SCORE
    return None


def _password(field: Field, value: str) -> tuple[int, int, float] | None:
    m = _TOKEN.search(value)
    if m is None:
        return None
    token = m.group(0).strip("\"'`,;")
    if len(token) < 4 or is_placeholder(token) or token.startswith("(") or token.lower() in _NOT_A_NAME:
        return None
    if field.key.lower().strip() == "pin" and not token.isdigit():
        return None
    bare = token.rstrip(")]};") if token.count("(") < token.count(")") else token.removesuffix("()")
    if (bare != token or "." in bare) and all(is_placeholder(part) for part in bare.split(".")):
        return None  # code: a variable closing a call, a value read from an object (user.password_hash)
    start = value.index(token, m.start())
    return start, start + len(token), SCORE


def _address(field: Field, value: str) -> tuple[int, int, float] | None:
    if len(value) < 6 or len(value) > 160 or value.lower() in _NOT_A_NAME or "@" in value:
        return None
    if not any(c.isdigit() for c in value) and len(value.split()) < 3:
        return None
    return 0, len(value), SCORE


def _email(field: Field, value: str) -> tuple[int, int, float] | None:
    lowered = value.lower()
    if "@" in value or ((" at " in lowered or "[at]" in lowered or "(at)" in lowered) and "dot" in lowered):
        return 0, len(value), SCORE
    return None


def _card(field: Field, value: str) -> tuple[int, int, float] | None:
    for m in _DIGITS.finditer(value):
        n = _digits(m.group(0))
        if (13 <= n <= 19 and luhn.is_valid(re.sub(r"\D", "", m.group(0)))) or (
            n in (3, 4) and m.group(0).isdigit() and "c" in field.key.lower()
        ):
            return m.start(), m.end(), SCORE
    return None


VALIDATORS: dict[str, Callable[[Field, str], tuple[int, int, float] | None]] = {
    "PERSON": _person,
    "DATE_OF_BIRTH": _search(_DATE),
    "US_SSN": _search(_SSN),
    "US_ITIN": _search(_ITIN),
    "US_PASSPORT": _search(_DOC, lambda v: _digits(v) >= 4),
    "US_DRIVER_LICENSE": _licence,
    "PHONE_NUMBER": _search(_PHONE, lambda v: 7 <= _digits(v) <= 15),
    "EMAIL_ADDRESS": _email,
    "STREET_ADDRESS": _address,
    "A_NUMBER": _search(_A_NUMBER),
    "USCIS_RECEIPT_NUMBER": _search(_RECEIPT),
    "USCIS_ONLINE_ACCOUNT": _search(_DIGITS, lambda v: _digits(v) == 12),
    "US_BANK_NUMBER": _search(_DIGITS, lambda v: 6 <= _digits(v) <= 17),
    "ABA_ROUTING_NUMBER": _search(_DIGITS, lambda v: rtn.is_valid(re.sub(r"\D", "", v))),
    "IBAN_CODE": _search(_IBAN),
    "I94_NUMBER": _search(_I94),
    "KNOWN_TRAVELER_NUMBER": _search(_KTN, _ktn_like),
    "DOD_EDIPI": _search(_EDIPI),
    "CREDIT_CARD": _card,
    "PASSWORD": _password,
}


class StructuredFieldRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=ENTITIES, name="StructuredFieldRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        found_fields = fields(text)
        # a "name" or "first" key among other personal-data keys is a person's, whatever the name lists know
        strong = any(f.entity_type != "PERSON" or not generic_name_key(f.key) for f in found_fields)
        for field in found_fields:
            if field.entity_type not in entities:
                continue
            value = text[field.start : field.end]
            if field.entity_type == "PERSON" and _a_subject_line(field, value):
                continue
            if field.entity_type == "PERSON":
                found = _person(field, value, strong)
            else:
                found = VALIDATORS[field.entity_type](field, value)
            if found is None:
                continue
            start, end, score = found
            if field.entity_type == "PASSWORD" and names_an_assigned_constant(text, value[start:end]):
                continue  # {"X-Api-Key": API_KEY}, the constant assigned above it
            results.append(own_result(self, field.entity_type, field.start + start, field.start + end, score))
        return results
