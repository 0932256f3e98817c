"""US_PASSPORT: 9 digits (older books) or a letter + 8 digits (Next Generation, since 2021). Both forms are
everyday numbers, so a bare one scores low and the word "passport" (before it, or as its label) decides."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

PATTERNS = [
    Pattern(
        "labelled passport",
        rf"(?i:\b(?:(?:US|U\.S\.)[ \t]+)?passport(?:[ \t]+(?:card|book))?{LABEL_GLUE})(?:[A-Z]\d{{8}}|\d{{9}})\b",
        0.9,
    ),
    Pattern("next generation", r"\b[A-Z]\d{8}\b", 0.3),
]
CONTEXT = ["passport", "passports", "passport#"]


class PassportRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"(?:[A-Z]\d{8}|\d{9})$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_PASSPORT",
            patterns=PATTERNS,
            context=CONTEXT,
            name="PassportRecognizer",
            global_regex_flags=re.MULTILINE,
        )
