"""Credentials pasted into prompts: cloud keys, private keys, JWTs, GitHub/GitLab/Slack tokens, connection
strings with passwords and ``password=`` assignments (patterns after gitleaks and detect-secrets)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS: dict[str, list[Pattern]] = {
    "CLOUD_ACCESS_KEY": [
        Pattern("aws access key id", r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b", 0.95),
        Pattern("google api key", r"\bAIza[0-9A-Za-z_-]{35}\b", 0.95),
    ],
    "CLOUD_SECRET_KEY": [
        Pattern(
            "aws secret key assignment",
            r"(?i:aws_?secret_?access_?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})\b",
            0.95,
        ),
        Pattern("azure storage key", r"(?i:AccountKey=)[A-Za-z0-9+/=]{86,88}", 0.95),
    ],
    "PRIVATE_KEY": [
        Pattern(
            "pem private key",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY"
            r"(?: BLOCK)?-----|$)",
            1.0,
        )
    ],
    "JWT": [Pattern("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b", 0.95)],
    "GITHUB_TOKEN": [
        Pattern("github token", r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", 0.98),
        Pattern("github fine-grained token", r"\bgithub_pat_[A-Za-z0-9_]{82}\b", 0.98),
    ],
    "GITLAB_TOKEN": [Pattern("gitlab token", r"\bgl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}\b", 0.98)],
    "SLACK_TOKEN": [
        Pattern("slack token", r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b", 0.98),
        Pattern(
            "slack webhook", r"https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+", 0.95
        ),
    ],
    "CONNECTION_STRING": [
        Pattern("url with password", r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]{1,64}:[^\s@/]{1,128}@[^\s/]+", 0.95),
        Pattern("odbc password", r"(?i:(?:Password|Pwd)=)[^;\s]{1,128}(?=;|\s|$)", 0.85),
    ],
    "PASSWORD": [
        Pattern(
            "password assignment",
            r"(?i:\b(?:password|passwd|pwd|passphrase|secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|"
            r"client[_-]?secret)\b[\"']?\s*[:=]\s*)([\"']?)(?!\s)(?!<)[^\s\"',;]{6,128}\1",
            0.85,
        )
    ],
}
_VALUE_AFTER_ASSIGNMENT = re.compile(r"[:=]\s*[\"']?")


class CredentialRecognizer(PatternRecognizer):
    """One credential type; for assignments the finding covers the value, not the key name."""

    def __init__(self, entity: str) -> None:
        super().__init__(
            supported_entity=entity,
            patterns=PATTERNS[entity],
            name=f"{entity.title().replace('_', '')}Recognizer",
            global_regex_flags=re.MULTILINE,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if self.supported_entities[0] in ("PASSWORD", "CLOUD_SECRET_KEY"):
            for r in results:
                span = text[r.start : r.end]
                match = _VALUE_AFTER_ASSIGNMENT.search(span)
                if match is not None and match.end() < len(span):
                    r.start += match.end()
                    if text[r.end - 1] in "\"'":
                        r.end -= 1
        return results


def credential_recognizers() -> list[PatternRecognizer]:
    return [CredentialRecognizer(entity) for entity in PATTERNS]
