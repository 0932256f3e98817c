"""CLOUD_ACCESS_KEY: cloud key ids and API keys whose prefix names the issuer: AWS access key ids
(``AKIA``/``ASIA``… + 16 base-32 characters, gitleaks ``aws-access-token``) and Google API keys (``AIza`` + 35)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    # AWS ids are base-32 ([A-Z2-7]); specimens and typos use any digit, and the prefix is specific enough
    Pattern("aws access key id", r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b", 0.95),
    # written in groups to slip past a filter: "AKIA VGBB IUXW GVJV CT4H", "ASIA-7QKD-…"; the groups hold a digit
    Pattern(
        "aws access key id grouped",
        r"\b(?:AKIA|ASIA)(?=(?:[ \t-]?[A-Z]{4}){0,3}[ \t-]?[A-Z]{0,3}\d)(?:[ \t-][A-Z0-9]{4}){4}\b",
        0.9,
    ),
    # one character short, as a key copied in pieces comes out ("AKIAR5TQ8 WZ3NL6KY2P", closed up by encoded.py):
    # still the key but for a typo, and nothing else starts AKIA with capitals and a digit for 19 characters
    Pattern("aws access key id one short", r"\b(?:AKIA|ASIA)(?=[A-Z]*\d)[A-Z0-9]{15}\b", 0.9),
    Pattern("google api key", r"\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", 0.95),
]
CONTEXT: list[str] = []


class CloudAccessKeyRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("CLOUD_ACCESS_KEY", PATTERNS, CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        return len(set(pattern_text[4:])) == 1  # a template: AKIAXXXXXXXXXXXXXXXX
