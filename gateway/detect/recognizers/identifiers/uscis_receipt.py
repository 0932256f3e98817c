"""USCIS_RECEIPT_NUMBER: a service-centre prefix + 10 digits (fiscal year, workday, sequence), e.g.
EAC2190012345, IOE0912345678; case status pages and I-797 notices print it with or without a space or dash."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.published_examples import format_example
from gateway.detect.recognizers.base import DepartmentRecognizer

CENTRES = ("EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC")
# Latin letters and digits bound the number, not \b: Chinese and Japanese write it against their own words
# ("收据号码是LIN…号"), which \b counts as letters of the same word.
_OPEN = rf"(?<![A-Za-z0-9])(?i:{'|'.join(CENTRES)})"
_CLOSE = r"(?![A-Za-z0-9])"
_SPACED_CENTRES = "|".join([*CENTRES, *(" ".join(c) for c in CENTRES)])
PATTERNS = [
    Pattern("receipt", rf"{_OPEN}[- ]?\*?\d{{10}}{_CLOSE}", 0.9),
    # as grouped on some notices and by hand: IOE-09-215-40873
    Pattern("receipt grouped", rf"{_OPEN}[- ]\d{{2}}[- ]\d{{3}}[- ]\d{{5}}{_CLOSE}", 0.9),
    # round 20: read out and typed as heard, the centre's letters spaced and the digits in groups, across line
    # breaks ("I O E⏎09 1844⏎3390", "EAC 21 900 12345"); validate_result counts the ten digits
    Pattern(
        "receipt typed in pieces",
        rf"(?<![A-Za-z0-9])(?:{_SPACED_CENTRES})[- \t]*(?:\r?\n[ \t]*)?\d{{2,5}}"
        # (round 27: or its groups parted by slashes, "IOE 09 / 249 / 81 / 577")
        rf"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*|[ \t]*/[ \t]*)\d{{1,8}}){{1,4}}{_CLOSE}",
        0.85,
    ),
]
CONTEXT = ["receipt", "case", "uscis", "i-797", "notice"]


class UscisReceiptRecognizer(DepartmentRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="USCIS_RECEIPT_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="UscisReceiptRecognizer",
            global_regex_flags=0,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        # round 23: a made-up example of the format (all zeros, or a counting run called an example)
        return not format_example(text, result.start, result.end)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        return None if len(set(digits)) > 1 and len(digits) == 10 else False
