"""CLOUD_SECRET_KEY: the secret half of cloud credentials and vendor API secret keys: an AWS secret access key
assigned in config or shown next to its key id, an Azure storage account key, OpenAI / Anthropic / Stripe
secret keys, and other vendors' keys whose prefixes are distinctive (Google API keys ``AIza…``, SendGrid ``SG.…``,
npm ``npm_…``, PyPI ``pypi-…``, Hugging Face ``hf_…``); prefixes as gitleaks lists them."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import ASSIGNED, SecretRecognizer

_AWS_SECRET_KEY = r"(?i:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|aws_?secret)"
PATTERNS = [
    Pattern("aws secret key assignment", rf"{_AWS_SECRET_KEY}{ASSIGNED.format(min=20, max=80)}", 0.95),
    Pattern("aws secret key", r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])", 0.1),
    Pattern("azure storage account key", r"(?i:AccountKey=)(?P<value>[A-Za-z0-9+/]{40,100}={0,2})", 0.95),
    Pattern("openai or anthropic key", r"\bsk-(?:proj-|ant-(?:api|admin)\d\d-|svcacct-)?[A-Za-z0-9_-]{32,}", 0.95),
    # round 25: a key's random part from 16 characters (the prefix alone is the issuer's)
    Pattern("stripe secret key", r"\b[rs]k_live_[A-Za-z0-9]{16,}\b", 0.95),
    Pattern("google api key", r"(?<![\w-])AIza[0-9A-Za-z_-]{33,36}(?![\w-])", 0.95),
    Pattern("sendgrid api key", r"(?<![\w.-])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])", 0.95),
    Pattern("npm or hugging face token", r"(?<![\w-])(?:npm_[A-Za-z0-9]{36}|hf_[A-Za-z]{34})(?![\w-])", 0.95),
    # an Azure shared access signature in a URL: …?sv=2022-11-02&…&sig=…
    Pattern(
        "azure sas signature",
        r"\bsv=\d{4}-\d\d-\d\d&[^\s\"'<>]{0,300}?\bsig=(?P<value>[A-Za-z0-9%+/]{20,}(?:%3D|=){0,2})",
        0.9,
    ),
    Pattern("twilio api key", r"(?<![\w-])SK[0-9a-f]{32}(?![\w-])", 0.9),
    Pattern("pypi token", r"(?<![\w-])pypi-AgEIcHlwaS5vcmc[\w-]{50,}", 0.95),
]
CONTEXT = ["aws", "secret", "secret_access_key"]
_BARE_KEY = re.compile(r"[A-Za-z0-9/+]{40}")


class CloudSecretKeyRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("CLOUD_SECRET_KEY", PATTERNS, CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        # a bare 40-character run is a key only if it mixes cases and digits (not a hex hash, not a word run);
        # no other pattern's match is such a run alone (each has a prefix, a key name or "=")
        return _BARE_KEY.fullmatch(pattern_text) is not None and not (
            any(c.isupper() for c in pattern_text)
            and any(c.islower() for c in pattern_text)
            and any(c.isdigit() for c in pattern_text)
        )
