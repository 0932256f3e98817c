"""SEVIS_ID: the Student and Exchange Visitor Information System id, ``N`` + 9-10 digits (usually N00…)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [
    Pattern("sevis id", r"\bN00\d{7,8}\b", 0.85),
    Pattern("sevis id other", r"\bN\d{9,10}\b", 0.5),
]
CONTEXT = ["sevis", "student", "exchange", "visitor", "i-20", "ds-2019", "f-1", "j-1"]


class SevisRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="SEVIS_ID",
            patterns=PATTERNS,
            context=CONTEXT,
            name="SevisRecognizer",
            global_regex_flags=0,
        )
