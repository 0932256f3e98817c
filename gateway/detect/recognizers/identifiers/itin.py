"""US_ITIN: Individual Taxpayer Identification Numbers, ``9XX-7X-XXXX`` with the IRS group ranges (50-65,
70-88, 90-92, 94-99). Presidio's recognizer scores a dashed one 0.5 without context, so a ticket or part
number starting with 9 became an ITIN; here the form alone scores 0.3, "ITIN"/"taxpayer" nearby decides, and a
labelled number ("ITIN: 912 70 1234") scores high; the finding covers the number, never its label."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_GROUP = r"(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])"
_LABEL = r"(?:ITIN|individual[ \t]+taxpayer[ \t]+identification[ \t]+number|tax(?:payer)?[ \t]+id)"
PATTERNS = [
    Pattern("itin", rf"\b9\d{{2}}-{_GROUP}-\d{{4}}\b", 0.3),
    Pattern("labelled itin", rf"(?i:\b{_LABEL}{LABEL_GLUE})9\d{{2}}[- ]?{_GROUP}[- ]?\d{{4}}\b", 0.9),
]
CONTEXT = ["itin", "taxpayer", "tin", "individual taxpayer", "tax id", "irs"]


class ItinRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(rf"9\d{{2}}[- ]?{_GROUP}[- ]?\d{{4}}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_ITIN",
            patterns=PATTERNS,
            context=CONTEXT,
            name="ItinRecognizer",
            # ASCII word boundaries: the number may touch Chinese or Japanese words ("A号码是A…", "护照号码…号")
            global_regex_flags=re.MULTILINE | regex.ASCII,  # Presidio compiles with regex, whose flag values differ
        )
