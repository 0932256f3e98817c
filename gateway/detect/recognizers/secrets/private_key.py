"""PRIVATE_KEY: PEM private key blocks (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), PuTTY key files and PGP
private key blocks; a block cut off before its END line still counts (gitleaks ``private-key``)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    Pattern(
        "pem private key",
        r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
        1.0,
    ),
    Pattern("putty private key", r"PuTTY-User-Key-File-\d: [^\n]*\n[\s\S]*?Private-MAC: [0-9a-f]+", 1.0),
]
CONTEXT: list[str] = []


class PrivateKeyRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("PRIVATE_KEY", PATTERNS, CONTEXT)
