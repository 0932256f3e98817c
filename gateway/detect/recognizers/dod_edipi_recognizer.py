"""DOD_EDIPI: the 10-digit DoD ID number, only in context (a bare 10-digit number is too common)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [Pattern("edipi", r"\b\d{10}\b", 0.01)]
CONTEXT = ["edipi", "dod id", "dodid", "cac", "dod"]


class DodEdipiRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="DOD_EDIPI",
            patterns=PATTERNS,
            context=CONTEXT,
            name="DodEdipiRecognizer",
            global_regex_flags=0,
        )
