"""JWT: JSON Web Tokens (``eyJ…`` header ``.`` payload ``.`` signature, gitleaks ``jwt``). A token whose header
decodes to JSON naming an ``alg`` scores highest; one that does not decode is still reported, lower."""

from __future__ import annotations

import base64
import binascii
import json

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    Pattern("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_-])", 0.85),
]
CONTEXT: list[str] = []


def header_has_alg(token: str) -> bool:
    head = token.split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and "alg" in decoded


class JwtRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("JWT", PATTERNS, CONTEXT)

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if header_has_alg(pattern_text) else None
