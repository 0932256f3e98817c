"""PRIVATE_KEY: PEM private key blocks (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), PuTTY key files and PGP
private key blocks; a block cut off before its END line still counts (gitleaks ``private-key``)."""

from __future__ import annotations

import base64
import binascii
import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    Pattern(
        "pem private key",
        r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
        1.0,
    ),
    # a PEM private key in base64, as kubeconfig's client-key-data holds it ("-----BEGIN" is "LS0tLS1CRUdJTi")
    Pattern("base64 pem private key", r"(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,}={0,2}", 0.95),
    Pattern("putty private key", r"PuTTY-User-Key-File-\d: [^\n]*\n[\s\S]*?Private-MAC: [0-9a-f]+", 1.0),
]
CONTEXT: list[str] = []


class PrivateKeyRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("PRIVATE_KEY", PATTERNS, CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        if pattern_text.startswith("-----BEGIN"):
            return _no_key_material(pattern_text)
        if not pattern_text.startswith("LS0tLS1CRUdJTi"):
            return False
        head = pattern_text[:60]
        try:
            decoded = base64.b64decode(head[: len(head) // 4 * 4]).decode("ascii", "replace")
        except (binascii.Error, ValueError):
            return True
        return "PRIVATE KEY" not in decoded


# Round 15. A block's armour lines with no key between them ("it should start with -----BEGIN PRIVATE KEY----- and
# end with -----END PRIVATE KEY-----"): prose about the format. Key material is base64: sixteen or more of its
# characters once spaces are taken out, a digit or a '+' or '/' among them (spaced-out keys still count).
_ARMOUR_LINE = re.compile(r"-----(?:BEGIN|END)[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----")
_BASE64_CHAR = re.compile(r"[A-Za-z0-9+/]")


def _no_key_material(block: str) -> bool:
    body = _ARMOUR_LINE.sub(" ", block)
    chars = _BASE64_CHAR.findall(body)
    return len(chars) < 16 or not any(c.isdigit() or c in "+/" for c in chars)
