"""Round 18. A driver's licence or ID card's PDF417 barcode as a reader decodes it (AAMVA DL/ID Card Design
Standard, Annex D): the ``@`` / ``ANSI 6360xx…`` header, then one data element a line, a three-letter code and
its value (``DAQ`` licence number, ``DCS`` family name, ``DBB`` birth date …).

Only text that is such a barcode counts: one with the AAMVA header (``ANSI`` or ``AAMVA`` and a six-digit issuer
number, 636xxx or 604xxx), or at least three lines in a row that each open with a data element code, one of
them ``DAQ``, ``DCS``, ``DAC`` or ``DBB``. Then:
``DAQ`` → US_DRIVER_LICENSE; ``DBB`` → DATE_OF_BIRTH when it is a date (MMDDCCYY in the US, CCYYMMDD in Canada);
``DCS``, ``DAC``, ``DAD`` and the older ``DAA`` (full name), ``DAB``, ``DCT`` → PERSON; ``DAG`` → STREET_ADDRESS.
A code named in prose (``DAQ (customer ID number)``) is not a barcode, and the values printed in the standard's
own example (family name ``SAMPLE``, ``DAQ`` ``T64235789`` or ``0123456789ABC``) are no one's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result

SCORE = 0.9
_HEADER = re.compile(r"(?:ANSI|AAMVA)[ \t]?(?:636|604)\d{3}")
# a data element on its line; the first one follows the subfile designator ("…0008DLDAQ…") on the header line
# a reader may end its lines with a carriage return alone
_ELEMENT = re.compile(
    r"(?m)(?:(?:^|(?<=\r))[ \t]*|(?<=\d)(?:DL|ID))(?P<code>D[A-D][A-Z])[ \t]*(?P<value>[^\n\r]*?)[ \t]*(?=\r|$)"
)
_LINE_CODE = re.compile(r"[ \t]*(?P<code>D[A-D][A-Z])\S")
_CORE = frozenset({"DAQ", "DCS", "DAC", "DBB"})  # a run of codes holds at least one of these
_ENTITY = {
    "DAQ": "US_DRIVER_LICENSE",
    "DBB": "DATE_OF_BIRTH",
    "DCS": "PERSON",
    "DAC": "PERSON",
    "DAD": "PERSON",
    "DAA": "PERSON",
    "DAB": "PERSON",
    "DCT": "PERSON",
    "DAG": "STREET_ADDRESS",
}
# the absent-value words of the standard ("DADNONE"), and the standard's own example card
_NO_VALUE = frozenset({"NONE", "UNAVL", "UNAVAILABLE", "N/A", "NA"})
_SPECIMEN = frozenset({"SAMPLE", "SPECIMEN", "T64235789", "0123456789ABC"})
_MIN_LINES = 3


def _barcode(text: str) -> bool:
    if _HEADER.search(text):
        return True
    in_a_row: list[str] = []
    for line in re.split(r"\r\n|[\r\n]", text):
        code = _LINE_CODE.match(line)
        in_a_row = [*in_a_row, code["code"]] if code else []
        if len(in_a_row) >= _MIN_LINES and _CORE & set(in_a_row):
            return True
    return False


def _a_birth_date(digits: str) -> bool:
    if not re.fullmatch(r"\d{8}", digits):
        return False
    us = 1 <= int(digits[:2]) <= 12 and 1 <= int(digits[2:4]) <= 31 and digits[4:6] in ("19", "20")
    canada = digits[:2] in ("19", "20") and 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31
    return us or canada


def _kept(entity: str, value: str) -> bool:
    if value.upper() in _NO_VALUE or not value:
        return False
    if entity == "DATE_OF_BIRTH":
        return _a_birth_date(value)
    if entity == "PERSON":
        return any(ch.isalpha() for ch in value)
    if entity == "US_DRIVER_LICENSE":
        return any(ch.isdigit() for ch in value) and len(value) >= 4
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


class AamvaBarcodeRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(_ENTITY.values())), name="AamvaBarcodeRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "D" not in text or not _barcode(text):
            return []
        found = list(self._elements(text))
        if any(text[start:end].upper() in _SPECIMEN for _, start, end in found):
            return []
        return [own_result(self, entity, start, end, SCORE) for entity, start, end in found if entity in entities]

    def _elements(self, text: str) -> Iterator[tuple[str, int, int]]:
        for m in _ELEMENT.finditer(text):
            entity = _ENTITY.get(m["code"])
            if entity and _kept(entity, m["value"]):
                yield entity, m.start("value"), m.end("value")
