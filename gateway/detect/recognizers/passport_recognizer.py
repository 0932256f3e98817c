"""US_PASSPORT: 9 digits (older books) or a letter + 8 digits (Next Generation, 2021); needs context."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [
    Pattern("next generation", r"\b[A-Z]\d{8}\b", 0.3),
    Pattern("nine digits", r"\b\d{9}\b", 0.05),
]
CONTEXT = ["passport", "passport#", "passport number", "travel", "document"]


class PassportRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_PASSPORT",
            patterns=PATTERNS,
            context=CONTEXT,
            name="DeptPassportRecognizer",
            global_regex_flags=0,
        )
