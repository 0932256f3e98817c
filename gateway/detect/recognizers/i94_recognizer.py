"""I94_NUMBER: admission record numbers, 9 digits + letter + digit (since 2019) or 11 digits, with context."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [
    Pattern("i-94 new format", r"\b\d{9}[A-Z]\d\b", 0.6),
    Pattern("i-94 old format", r"\b\d{11}\b", 0.1),
]
CONTEXT = ["i-94", "i94", "admission", "arrival", "departure", "record"]


class I94Recognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="I94_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="I94Recognizer",
            global_regex_flags=0,
        )
