"""DOD_EDIPI: the 10-digit DoD ID number printed on a Common Access Card. A bare 10-digit number is too common
(phone numbers without separators), so only a labelled one, or one with a context word, is reported."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = r"(?:EDIPI|DoD[ \t]*ID|DoD[ \t]+Benefits[ \t]+Number|DBN|CAC[ \t]+(?:ID|number|no\.?|#))"
PATTERNS = [
    Pattern("labelled edipi", rf"(?i:\b{_LABEL}{LABEL_GLUE})\d{{10}}\b", 0.9),
]
CONTEXT = ["edipi", "dodid", "cac", "dod"]


class DodEdipiRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"\d{10}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DOD_EDIPI",
            patterns=PATTERNS,
            context=CONTEXT,
            name="DodEdipiRecognizer",
            global_regex_flags=re.MULTILINE,
        )
