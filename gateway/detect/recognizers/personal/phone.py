"""PHONE_NUMBER: Presidio's recognizer (python-phonenumbers), for North American numbering, scored by form.

A number written the way people write phone numbers, with ``( )``, ``-``, ``.``, spaces or a ``+1``, is a phone
number without any context word (Presidio gives every match 0.4, below the usual 0.5 threshold); a bare run of
ten digits keeps 0.4 and needs a context word, since it is as likely an order or account number."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

PATTERNS: list[str] = []  # python-phonenumbers does the matching
CONTEXT = ["phone", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "text", "contact", "reach"]
# NANP covers the US and Canada; numbers written with +country code are parsed whatever the region.
REGIONS = ("US",)
FORMATTED_SCORE = 0.6
_FORMATTED = re.compile(
    r"^(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}$|^1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}$"
)


class FormattedPhoneRecognizer(PresidioPhoneRecognizer):
    def __init__(self) -> None:
        super().__init__(context=CONTEXT, supported_regions=REGIONS, name="PhoneRecognizer")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]  # None is Presidio's default
        for r in results:
            if _FORMATTED.match(text[r.start : r.end]):
                r.score = FORMATTED_SCORE
        return results
