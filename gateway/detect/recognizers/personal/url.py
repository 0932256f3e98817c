"""URL: web addresses with a scheme, ``www.`` or a common top-level domain.

Replaces Presidio's URL recognizer, whose pattern lists every top-level domain in four alternations and costs
more than any other recognizer on a long prompt, while matching inside e-mail addresses ("maria.ga") and
file names. URLs are reported for completeness; the shipped rules do not act on them."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.base import DepartmentRecognizer

_TLD = r"(?:com|gov|org|net|edu|mil|int|io|us|info|biz|co|ai|app|dev|uk|ca|de|fr|eu|au|in|jp|mx)"
PATTERNS = [
    Pattern("url with scheme", r"\b(?:https?|ftp)://[^\s<>\"'`)\]]+", 0.6),
    Pattern("www url", r"\bwww\d{0,3}\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s<>\"'`)\]]*)?", 0.6),
    Pattern(
        "bare domain",
        rf"(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{_TLD}(?![\w@-])(?:/[^\s<>\"'`)\]]*)?",
        0.5,
    ),
]
CONTEXT = ["url", "website", "link", "site"]


class SimpleUrlRecognizer(DepartmentRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="URL", patterns=PATTERNS, context=CONTEXT, name="UrlRecognizer", global_regex_flags=0
        )
