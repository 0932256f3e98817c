"""A_NUMBER: Alien Registration Number, ``A`` + 7-9 digits, zero-padded to 9 (A123456789, A-123-456-789,
A# 12345678, "A-Number: 012345678"). Numbers issued so far start with 0, 1 or 2 once padded to nine digits.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = (
    r"(?:A[-_ ]?(?:Number|No\.?|#)|Alien[ \t]+(?:Registration[ \t]+)?(?:Number|No\.?|#)|Alien[ \t]+Reg(?:\.|istration)"
    r"|USCIS[ \t]*(?:#|Number|No\.?)|A-?File(?:[ \t]+(?:Number|No\.?|#))?)"
)
PATTERNS = [
    Pattern(
        "labelled a-number",
        rf"(?i:\b{_LABEL}[\"']?{LABEL_GLUE}[\"']?)[Aa]?[- ]?\d{{3}}[- ]?\d{{3}}[- ]?\d{{1,3}}\b",
        0.95,
    ),
    Pattern("a-number grouped", r"\bA[- ]?\d{3}[- ]\d{3}[- ]\d{3}\b", 0.85),
    Pattern("a-number nine digits", r"\bA\d{9}\b", 0.75),
    Pattern("a-number eight digits", r"\bA\d{8}\b", 0.5),
    Pattern("a-number seven digits", r"\bA\d{7}\b", 0.4),
]
CONTEXT = ["a-number", "anumber", "a#", "alien", "registration", "uscis", "a-file", "afile", "immigrant"]


class ANumberRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"(?:[Aa][- ]?)?\d{3}[- ]?\d{3}[- ]?\d{1,3}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="A_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="ANumberRecognizer",
            # ASCII word boundaries: the number may touch Chinese or Japanese words ("A号码是A…", "护照号码…号")
            global_regex_flags=re.MULTILINE | regex.ASCII,  # Presidio compiles with regex, whose flag values differ
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        digits = re.sub(r"\D", "", text[result.start : result.end])
        if not 7 <= len(digits) <= 9 or set(digits) == {"0"}:
            return False
        if digits.zfill(9)[0] not in "012" and pattern_name != "labelled a-number":
            # beyond the numbers issued so far, unless its label names it (round 23: "A-number A753231772", "A-file
            # A-812-440-193"): a label is what a writer inventing one, or a number issued later, is read by
            result.score = min(result.score, 0.4)
        return True
