"""ABA_ROUTING_NUMBER: nine digits with the 3-7-1 checksum and a Federal Reserve prefix (00-12, 21-32, 61-72, 80).

One in ten random nine-digit numbers passes the checksum, so a bare one scores low; the label or a context
word ("routing", "ABA", "transit", "direct deposit") makes it a finding. A failed checksum is never reported.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = (
    r"(?:(?:bank[ \t]+)?routing(?:[ \t]+transit)?|ABA(?:[ \t]+routing)?|RTN|transit[ \t]+routing|rtg|rt[ \t]*#"
    # the routing number in the other languages of the department's public (accents folded): Portuguese
    # "número de roteamento", Spanish "número de ruta/enrutamiento", French "numéro d'acheminement"
    r"|roteamento|(?:numero[ \t]+de[ \t]+)?(?:enrutamiento|ruta[ \t]+bancaria)|acheminement)"
)
PATTERNS = [
    Pattern("labelled routing number", rf"(?i:\b{_LABEL}{LABEL_GLUE})\d{{4}}-?\d{{4}}-?\d\b", 0.9),
    Pattern("routing number", r"\b\d{9}\b|\b\d{4}-\d{4}-\d\b", 0.3),
]
CONTEXT = ["routing", "aba", "rtn", "rtg", "transit", "wire", "ach", "deposit", "roteamento", "enrutamiento"]
PREFIXES = frozenset({*range(0, 13), *range(21, 33), *range(61, 73), 80})


def valid_routing_number(digits: str) -> bool:
    """Federal Reserve prefix and the 3-7-1 checksum; a single repeated digit is not a number anyone has."""
    if len(digits) != 9 or not digits.isdigit() or int(digits[:2]) not in PREFIXES or len(set(digits)) == 1:
        return False
    return sum(int(d) * w for d, w in zip(digits, (3, 7, 1) * 3, strict=True)) % 10 == 0


class AbaRoutingNumberRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"\d{4}-?\d{4}-?\d$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="ABA_ROUTING_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="AbaRoutingRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        return valid_routing_number(text[result.start : result.end].replace("-", ""))
