"""Round 18. The machine-readable zone of a passport, visa or ID card (ICAO Doc 9303), as pasted or OCR-read.

A data line counts only when its ICAO check digits hold (weights 7-3-1, ``<`` = 0, ``A`` = 10 … ``Z`` = 35) and
its birth date is a date:

- TD3 passports (2 x 44), TD2 documents (2 x 36) and MRV visas (A: 44, B: 36) share the second line's opening:
  document number (9) + check, nationality (3), birth date YYMMDD + check, sex, expiry + check;
- TD1 cards (3 x 30): the first line holds the document number + check after the type and issuer, the second the
  birth date + check, sex, expiry + check and nationality, the third the name.

From a line that validates come the document number (US_PASSPORT: every ICAO document is a travel document; the
number without its check digit or ``<`` filler) and the birth date (DATE_OF_BIRTH); the name line beside it
(``P<USASURNAME<<GIVEN<NAMES``) gives the holder (PERSON, from the surname to the name's last letter). OCR's stray
spaces inside a line are read through, since the check digits still decide. ICAO's own specimen (issuer or
nationality ``UTO``, the fictitious Utopia) is no one's document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.mentions import find_mentions
from gateway.detect.names_gazetteer import english_word
from gateway.detect.recognizers.base import own_result

SCORE = 0.9
ENTITIES = ["US_PASSPORT", "DATE_OF_BIRTH", "PERSON"]
SPECIMEN_STATE = "UTO"
_WEIGHTS = (7, 3, 1)
# a run of MRZ characters, with the single spaces OCR puts inside it
_RUN = re.compile(r"[A-Z0-9<](?:[ ]?[A-Z0-9<])*")
# TD3, TD2 and MRV second lines
_PASSPORT_DATA = re.compile(
    r"(?P<num>[A-Z0-9<]{9})(?P<c1>\d)(?P<nat>[A-Z<]{3})(?P<dob>\d{6})(?P<c2>\d)[MFX<](?P<exp>\d{6})(?P<c3>\d)"
)
# TD1: first line (type, issuer, number + check), second line (birth date + check, sex, expiry + check, nationality)
_CARD_FIRST = re.compile(r"[ACI][A-Z<](?P<iss>[A-Z<]{3})(?P<num>[A-Z0-9<]{9})(?P<c1>\d)")
_CARD_DATA = re.compile(r"(?P<dob>\d{6})(?P<c2>\d)[MFX<](?P<exp>\d{6})(?P<c3>\d)(?P<nat>[A-Z<]{3})")
# a name line: document type, subtype, issuer, then SURNAME<<GIVEN<NAMES (TD1's third line has the name alone)
_NAME_LINE = re.compile(r"[PVIAC][A-Z<](?P<iss>[A-Z]{3}|[A-Z]{2}<|[A-Z]<<)(?P<name>[A-Z]+(?:<{1,2}[A-Z]+)*)<*")
_CARD_NAME = re.compile(r"(?P<name>[A-Z]+(?:<{1,2}[A-Z]+)*)<*")
_NEAR_LINES = 2


def check_digit(field: str) -> int:
    """ICAO 9303's check digit of ``field``."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - ord("A") + 10
        total += value * _WEIGHTS[i % 3]
    return total % 10


def _checks(field: str, digit: str) -> bool:
    return check_digit(field) == int(digit)


def _a_date(yymmdd: str) -> bool:
    return 1 <= int(yymmdd[2:4]) <= 12 and 1 <= int(yymmdd[4:6]) <= 31


class _Run:
    """A run of MRZ characters with its spaces taken out, and where each of its characters sits in the text."""

    def __init__(self, text: str, start: int, end: int, line: int) -> None:
        self.line = line
        self.offsets = [i for i in range(start, end) if text[i] != " "]
        self.chars = "".join(text[i] for i in self.offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1


def _runs(text: str) -> list[_Run]:
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    runs = []
    line = 0
    for m in _RUN.finditer(text):
        if "<" not in m.group() and len(m.group()) < 28:
            continue  # every MRZ line of a real document carries filler or fills 30+ characters
        while line + 1 < len(line_starts) and line_starts[line + 1] <= m.start():
            line += 1
        runs.append(_Run(text, m.start(), m.end(), line))
    return runs


def _number(run: _Run, start: int, field: str) -> tuple[int, int] | None:
    """The span of a document number without its ``<`` filler (None for a number with no digit)."""
    value = field.rstrip("<")
    if not value or "<" in value or not any(ch.isdigit() for ch in value):
        return None
    return run.span(start, start + len(value))


def _name_span(run: _Run, m: re.Match[str]) -> tuple[int, int]:
    return run.span(m.start("name"), m.end("name"))


def _elsewhere(text: str, found: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """The same number, birth date (as YYMMDD) or name written again outside the zone: "670125 reads 25 January
    1967", "Surname HUITZIL CUAUHTLE". A name is looked for by its parts (surname, given names) as words, in any
    case; a one-word part that is an English word ("JUNE") is not looked for alone."""
    taken = {(s, e) for _, s, e in found}
    terms: dict[str, str] = {}
    for entity, start, end in found:
        value = text[start:end]
        if entity != "PERSON":
            terms[value.lower()] = entity
            continue
        for part in value.split("<<"):
            words = [w for w in part.split("<") if w]
            if len(words) > 1 or (words and len(words[0]) > 3 and not english_word(words[0])):
                terms[" ".join(words).lower()] = entity
    folded = text.lower()
    if len(folded) != len(text):  # a character whose lower case is longer: offsets would not hold
        return
    for start, end in find_mentions(folded, terms):
        if (start, end) not in taken and not any(s <= start < e for s, e in taken):
            yield terms[folded[start:end]], start, end


class MrzRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=ENTITIES, name="MrzRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "<" not in text:
            return []
        runs = _runs(text)
        found = list(self._values(runs))
        found += list(_elsewhere(text, found))
        return [own_result(self, e, start, end, SCORE) for e, start, end in found if e in entities]

    def _values(self, runs: list[_Run]) -> Iterator[tuple[str, int, int]]:
        for i, run in enumerate(runs):
            for m in _PASSPORT_DATA.finditer(run.chars):
                yield from self._passport(runs, i, m)
            for m in _CARD_DATA.finditer(run.chars):
                yield from self._card(runs, i, m)

    def _passport(self, runs: list[_Run], i: int, m: re.Match[str]) -> Iterator[tuple[str, int, int]]:
        run = runs[i]
        valid = _a_date(m["dob"]) and m["nat"].strip("<").isalpha() and m["nat"] != SPECIMEN_STATE
        number = _number(run, m.start("num"), m["num"]) if valid else None
        if number is None:
            return
        names = [
            (near, n)
            for near in runs
            if near is not run and abs(near.line - run.line) <= _NEAR_LINES
            for n in [_NAME_LINE.search(near.chars)]
            if n and "<" in n.group()
        ]
        # Round 25. A zone pasted because a scanner rejects it ("the MRZ scanner rejects this passport") may have the
        # document number's or the expiry's check digit wrong, a typo or the very fault asked about: with the birth
        # date's check digit holding (the birth date read is the document's) and the holder's name line
        # (``P<ISSSURNAME<<GIVEN``) right above, the line is a passport's zone still
        checked = _checks(m["num"], m["c1"]) and _checks(m["dob"], m["c2"]) and _checks(m["exp"], m["c3"])
        named = any(near.line == run.line - 1 and n.start() == 0 for near, n in names)
        if not checked and not (named and _checks(m["dob"], m["c2"]) and _a_date(m["exp"])):
            return
        if any(n["iss"] == SPECIMEN_STATE for _, n in names):
            return
        yield ("US_PASSPORT", *number)
        yield ("DATE_OF_BIRTH", *run.span(m.start("dob"), m.end("dob")))
        for near, n in names:
            yield ("PERSON", *_name_span(near, n))

    def _card(self, runs: list[_Run], i: int, m: re.Match[str]) -> Iterator[tuple[str, int, int]]:
        run = runs[i]
        if not (_checks(m["dob"], m["c2"]) and _checks(m["exp"], m["c3"]) and _a_date(m["dob"])):
            return
        if m["nat"] == SPECIMEN_STATE or not m["nat"].strip("<").isalpha():
            return
        first = runs[i - 1] if i > 0 and runs[i - 1].line == run.line - 1 else None
        head = _CARD_FIRST.search(first.chars) if first else None
        if first is None or head is None or not _checks(head["num"], head["c1"]) or head["iss"] == SPECIMEN_STATE:
            return
        number = _number(first, head.start("num"), head["num"])
        if number is None:
            return
        yield ("US_PASSPORT", *number)
        yield ("DATE_OF_BIRTH", *run.span(m.start("dob"), m.end("dob")))
        last = runs[i + 1] if i + 1 < len(runs) and runs[i + 1].line == run.line + 1 else None
        name = _CARD_NAME.fullmatch(last.chars) if last else None
        if last is not None and name is not None and "<" in name["name"]:
            yield ("PERSON", *_name_span(last, name))
