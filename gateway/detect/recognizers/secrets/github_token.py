"""GITHUB_TOKEN: GitHub personal access, OAuth, user-to-server, server-to-server and refresh tokens
(``gh[pousr]_`` + 36, gitleaks ``github-pat``) and fine-grained tokens (``github_pat_`` + 22 + ``_`` + 59)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    Pattern("github token", r"\bgh[pousr]_[A-Za-z0-9]{36,251}\b", 0.98),
    # a token cut or mistyped by a character or two is still a token
    Pattern("github token, odd length", r"\bgh[pousr]_[A-Za-z0-9]{28,35}\b", 0.9),
    # stored reversed to get past a scanner: "…Xq3_phg"
    Pattern("github token reversed", r"\b[A-Za-z0-9]{36,251}_[pousr]hg\b", 0.95),
    Pattern("github fine-grained token", r"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b", 0.98),
    # round 16: a fine-grained token whose parts are a few characters off (cut, mistyped, or a writer's guess at
    # the length): the prefix is GitHub's own
    Pattern(
        "github fine-grained token, odd length",
        r"\bgithub_pat_[A-Za-z0-9]{18,26}_[A-Za-z0-9]{45,80}\b",
        0.9,
    ),
]
CONTEXT: list[str] = []


class GithubTokenRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("GITHUB_TOKEN", PATTERNS, CONTEXT)
