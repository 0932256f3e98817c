"""I94_NUMBER: admission record numbers: 9 digits + a letter + a digit since 2019 (e.g. 123456789A1), 11 digits
before. The old form is any 11-digit number, so it needs its label or a context word."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = (
    r"(?:I-?94(?:[ \t]+(?:created|issued|generated|record))?"
    r"|admission[ \t]+(?:record|number|no\.?|#)(?:[ \t]+(?:number|no\.?|#))?)"
)
PATTERNS = [
    # labelled, the letter may stand one place early or late (11 characters all the same)
    Pattern("labelled i-94", rf"(?i:\b{_LABEL}{LABEL_GLUE})(?:\d{{9}}[A-Z]\d|\d{{8}}[A-Z]\d\d|\d{{11}})\b", 0.9),
    Pattern("i-94 since 2019", r"\b\d{9}[A-Z]\d\b", 0.6),
]
CONTEXT = ["i-94", "i94", "admission", "arrival", "departure"]


class I94Recognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"(?:\d{9}[A-Z]\d|\d{8}[A-Z]\d\d|\d{11})$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="I94_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="I94Recognizer",
            # ASCII word boundaries: the number may touch Chinese or Japanese words ("A号码是A…", "护照号码…号")
            global_regex_flags=re.MULTILINE | regex.ASCII,  # Presidio compiles with regex, whose flag values differ
        )
