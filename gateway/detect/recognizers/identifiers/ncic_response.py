"""Round 18. A law-enforcement query or its response in the NCIC / Nlets style: fields written
``XXX/value`` (``NAM/SURNAME,GIVEN M  SEX/M  DOB/19850312``, ``OLN/H7210458  OLS/AZ``), two or more spaces or a
period between them.

Only a line with at least two such fields, or one of a run of lines that each open with one, is read (``NO NCIC WANT
SSN/NAM/DOB/OLN`` chains field names, it has none): ``NAM`` → PERSON (``SURNAME,GIVEN MIDDLE``), ``DOB`` →
DATE_OF_BIRTH (CCYYMMDD, MMDDCCYY or the six-digit forms, when a date), ``OLN`` → US_DRIVER_LICENSE, ``SOC`` →
US_SSN (nine digits), ``PAS`` → US_PASSPORT.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result

SCORE = 0.85
# a field opens a line or follows a space or a period; its value runs to two spaces, a period before the next
# field, a single space before the next field, or the line's end
_FIELD = re.compile(
    r"(?m)(?:^|(?<=[ \t.]))(?P<code>[A-Z]{3})/(?P<value>[^\s/](?:[^\n/]*?[^\s/.])?)"
    r"(?=[ \t]{2,}|[ \t]*\.?[ \t]*[A-Z]{3}/|\.?[ \t]*$)"
)
_ENTITY = {
    "NAM": "PERSON",
    "DOB": "DATE_OF_BIRTH",
    "OLN": "US_DRIVER_LICENSE",
    "SOC": "US_SSN",
    "PAS": "US_PASSPORT",
}
_NAME = re.compile(r"[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*)*,[ ]?[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*)*")
_MIN_FIELDS = 2


def _a_date(value: str) -> bool:
    if not value.isdigit() or len(value) not in (6, 8):
        return False
    if len(value) == 8:
        ccyymmdd = value[:2] in ("19", "20") and 1 <= int(value[4:6]) <= 12 and 1 <= int(value[6:]) <= 31
        mmddccyy = value[4:6] in ("19", "20") and 1 <= int(value[:2]) <= 12 and 1 <= int(value[2:4]) <= 31
        return ccyymmdd or mmddccyy
    return 1 <= int(value[2:4]) <= 12 and 1 <= int(value[4:]) <= 31


def _kept(entity: str, value: str) -> bool:
    if value in _ENTITY:  # a field name where a value should be
        return False
    if entity == "PERSON":
        return _NAME.fullmatch(value) is not None
    if entity == "DATE_OF_BIRTH":
        return _a_date(value)
    if entity == "US_SSN":
        return re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", value) is not None
    return 5 <= len(value) <= 20 and any(ch.isdigit() for ch in value) and " " not in value


def _among_fields(lines: list[tuple[int, list[re.Match[str]]]], i: int) -> bool:
    """Whether line ``i`` opens with a field and so does the line before or after it (one field a line)."""

    def opens(j: int) -> bool:
        return 0 <= j < len(lines) and bool(lines[j][1]) and lines[j][1][0].start() == 0

    return opens(i) and (opens(i - 1) or opens(i + 1))


class NcicResponseRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(_ENTITY.values()), name="NcicResponseRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "/" not in text:
            return []
        return [
            own_result(self, entity, start, end, SCORE)
            for entity, start, end in self._fields(text)
            if entity in entities
        ]

    def _fields(self, text: str) -> Iterator[tuple[str, int, int]]:
        lines = [(line.start(), list(_FIELD.finditer(line.group()))) for line in re.finditer(r"[^\n]*", text)]
        lines = [(start, fields) for start, fields in lines if start == 0 or text[start - 1] == "\n"]
        for i, (start, fields) in enumerate(lines):
            if not fields or (len(fields) < _MIN_FIELDS and not _among_fields(lines, i)):
                continue
            for m in fields:
                entity = _ENTITY.get(m["code"])
                if entity and _kept(entity, m["value"]):
                    yield entity, start + m.start("value"), start + m.end("value")
