"""GITLAB_TOKEN: GitLab personal, deploy, runner, pipeline-trigger, CI-build, feed and OAuth tokens by their
prefixes (``glpat-``, ``gldt-``, ``glrt-``, ``glptt-``, ``glcbt-``, ``glft-``, ``gloas-``, runner ``GR1348941``)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer

PATTERNS = [
    Pattern("gitlab token", r"\bgl(?:pat|dt|rt|ptt|cbt|ft|oas|soat|imt|agent)-[A-Za-z0-9_-]{20,}", 0.98),
    Pattern("gitlab runner token", r"\bGR1348941[A-Za-z0-9_-]{20,}", 0.98),
]
CONTEXT: list[str] = []


class GitlabTokenRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("GITLAB_TOKEN", PATTERNS, CONTEXT)
