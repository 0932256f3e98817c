"""SEVIS_ID: the Student and Exchange Visitor Information System id, ``N`` + 10 digits, nearly always N00…
(printed on the I-20 and DS-2019)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.published_examples import format_example
from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

PATTERNS = [
    Pattern("labelled sevis id", rf"(?i:\bSEVIS(?:[ \t]+ID)?{LABEL_GLUE})N\d{{9,10}}\b", 0.95),
    Pattern("sevis id", r"\bN00\d{7,8}\b", 0.85),
    Pattern("sevis id other", r"\bN\d{9,10}\b", 0.4),
]
CONTEXT = ["sevis", "i-20", "ds-2019", "f-1", "j-1", "m-1", "student", "exchange"]


class SevisRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"N\d{9,10}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SEVIS_ID",
            patterns=PATTERNS,
            context=CONTEXT,
            name="SevisRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        # round 23: a made-up example of the format (all zeros, or a counting run called an example)
        return not format_example(text, result.start, result.end)
