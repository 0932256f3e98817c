"""DATE_OF_BIRTH: a date that the text labels as a birth date (DOB, born on, date of birth)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
)
PATTERNS = [
    Pattern(
        "labelled date of birth",
        rf"(?i:\b(?:DOB|D\.O\.B\.|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*(?::|-|is|was)?\s*){_DATE}",
        0.85,
    )
]
CONTEXT: list[str] = []
_DATE_AT_END = re.compile(_DATE + "$", re.IGNORECASE)


class DateOfBirthRecognizer(PatternRecognizer):
    """Reports the date only, not its label."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH", patterns=PATTERNS, name="DateOfBirthRecognizer", global_regex_flags=0
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            match = _DATE_AT_END.search(text[r.start : r.end])
            if match is not None:
                r.start += match.start()
        return results
