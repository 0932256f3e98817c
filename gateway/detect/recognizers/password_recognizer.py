"""PASSWORD: secrets assigned in pasted config or code (``password=…``, ``secret: …``, ``api_key = "…"``,
``client_secret``, ``token``) and passwords given in prose ("my password is …"); the finding is the value only.
Placeholders, references and plain words are not passwords (secret.py)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.secret import ASSIGNED, SecretRecognizer

_KEY = (
    r"(?i:\b[A-Za-z0-9_.-]*(?:password|passwd|pwd|passphrase|secret|api[_-]?key|apikey|access[_-]?token"
    r"|auth[_-]?token|bearer[_-]?token|client[_-]?secret|private[_-]?token|token)\b)"
)
PATTERNS = [
    Pattern("password assignment", _KEY + ASSIGNED.format(min=6, max=128), 0.85),
    Pattern(
        "password in prose",
        r"(?i:\b(?:password|passcode|passphrase|pwd)[ \t]+(?:is|was|will be|=)[ \t]*:?[ \t]*)(?P<q>[\"'`]?)"
        r"(?P<value>[^\s\"'`]{6,64})(?P=q)",
        0.8,
    ),
]
CONTEXT: list[str] = []
# A sentence's full stop or comma after a password in prose is not part of it; "!" and "?" often are, and
# redacting one character too many is harmless where one too few leaks it.
_TRAILING_PUNCTUATION = re.compile(r"[.,;:)]+$")


def looks_like_a_secret(value: str) -> bool:
    """Mixed character classes, or long enough to be generated; plain words and numbers are not secrets."""
    classes = sum(
        (any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value))
    ) + any(not c.isalnum() for c in value)
    return (classes >= 2 and not value.isdigit()) or len(value) >= 16


class PasswordRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("PASSWORD", PATTERNS, CONTEXT)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            name = r.analysis_explanation.pattern_name if r.analysis_explanation else ""
            value = text[r.start : r.end]
            if name == "password in prose":
                trimmed = _TRAILING_PUNCTUATION.sub("", value)
                r.end -= len(value) - len(trimmed)
                value = trimmed
            if len(value) >= 6 and looks_like_a_secret(value):
                results.append(r)
        return results
