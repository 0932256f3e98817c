"""DOD_EDIPI: the 10-digit DoD ID number printed on a Common Access Card. A bare 10-digit number is too common
(phone numbers without separators), so only a labelled one, or one with a context word, is reported."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = r"(?:EDIPI|DoD[ \t]*ID|DoD[ \t]+Benefits[ \t]+Number|DBN|CAC[ \t]+(?:ID|number|no\.?|#))"
# Round 27. A log or sheet whose id-type column names a Common Access Card and whose next column holds the number
# ("11/02<TAB>J. Doe<TAB>CAC<TAB>1234567890<TAB>…", "CAC|1234567890"), or the number first and its type after
_CELL_START = r"(?:^|(?<=[\t|,;]))[ \t]*"
_NEXT_CELL = r"[ \t]*[\t|,;][ \t]*"
_CELL_END = r"(?=[ \t]*(?:[\t|,;]|$))"
_CAC_CELL = r"(?i:CAC(?:[ \t]+card)?|EDIPI|DoD[ \t]*ID)"
PATTERNS = [
    Pattern("labelled edipi", rf"(?i:\b{_LABEL}{LABEL_GLUE})\d{{10}}\b", 0.9),
    # round 28: in groups of four, three and three after its label ("DoD ID 1234.567.890", "EDIPI: 1234-567-890")
    Pattern(
        "labelled edipi in groups", rf"(?i:\b{_LABEL}{LABEL_GLUE})\d{{4}}([-. ])\d{{3}}\1\d{{3}}(?![\w-]|\.\d)", 0.9
    ),
    Pattern(
        "labelled edipi in a cac row", rf"{_CELL_START}{_CAC_CELL}{_NEXT_CELL}(?P<value>\d{{10}}){_CELL_END}", 0.85
    ),
    Pattern(
        "labelled edipi before its cac cell",
        rf"{_CELL_START}(?P<value>\d{{10}}){_NEXT_CELL}{_CAC_CELL}{_CELL_END}",
        0.85,
    ),
]
CONTEXT = ["edipi", "dodid", "cac", "dod"]


class DodEdipiRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"\d{4}([-. ]?)\d{3}\1\d{3}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DOD_EDIPI",
            patterns=PATTERNS,
            context=CONTEXT,
            name="DodEdipiRecognizer",
            global_regex_flags=re.MULTILINE,
        )
