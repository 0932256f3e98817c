"""SLACK_TOKEN: Slack bot, user, app, refresh and configuration tokens (``xox[abposer]-…``, ``xapp-…``) and
incoming-webhook URLs (gitleaks ``slack-*``)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    Pattern("slack token", r"\bxox[abposer]-[A-Za-z0-9-]{10,}", 0.98),
    # stored reversed "so the scanners don't catch it": "9tjh…-61623842201-bxox"
    Pattern("slack token reversed", r"(?<![A-Za-z0-9-])[A-Za-z0-9]{10,}(?:-\d{6,}){1,2}-[abposer]xox\b", 0.95),
    Pattern("slack app token", r"\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+", 0.98),
    Pattern(
        "slack webhook",
        r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9_]+/[A-Za-z0-9_]+/[A-Za-z0-9_]+",
        0.95,
    ),
]
CONTEXT: list[str] = []


class SlackTokenRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("SLACK_TOKEN", PATTERNS, CONTEXT)
