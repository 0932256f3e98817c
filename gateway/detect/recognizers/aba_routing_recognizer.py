"""ABA_ROUTING_NUMBER: nine digits with the 3-7-1 checksum and a Federal Reserve prefix (00-12, 21-32, 61-72, 80)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [Pattern("routing", r"\b\d{4}-?\d{4}-?\d\b", 0.3)]
CONTEXT = ["routing", "aba", "rtn", "transit", "bank", "wire", "ach", "direct deposit"]
_PREFIXES = set(range(0, 13)) | set(range(21, 33)) | set(range(61, 73)) | {80}


def checksum_ok(digits: str) -> bool:
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


class AbaRoutingRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="ABA_ROUTING_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="AbaRoutingRecognizer",
            global_regex_flags=0,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace("-", "")
        if len(digits) != 9 or int(digits[:2]) not in _PREFIXES or len(set(digits)) == 1:
            return False
        return checksum_ok(digits) or False
