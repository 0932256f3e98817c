"""A_NUMBER: Alien Registration Number, ``A`` + 7-9 digits (A123456789, A-123-456-789, A# 12345678)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [
    Pattern("a-number grouped", r"\bA[- ]?\d{3}[- ]\d{3}[- ]\d{3}\b", 0.85),
    Pattern("a-number", r"\bA\d{8,9}\b", 0.7),
    Pattern("a-number with sign", r"\bA\s?#\s?:?\s?\d{7,9}\b", 0.9),
    Pattern("a-number short", r"\bA\d{7}\b", 0.4),
]
CONTEXT = ["a-number", "a#", "alien", "registration", "uscis", "anumber", "a-file", "file"]


class ANumberRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="A_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="ANumberRecognizer",
            global_regex_flags=0,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if not 7 <= len(digits) <= 9 or set(digits) == {"0"}:
            return False
        return None
