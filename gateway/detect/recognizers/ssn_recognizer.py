"""US_SSN labelled as such: a nine-digit number the text itself calls an SSN, including never-issued ranges
(an employee's reader still sees it as sensitive); Presidio's own recognizer handles unlabelled, valid ones."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

PATTERNS = [
    Pattern(
        "labelled ssn",
        r"(?i:\b(?:SSN|SSNs|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:is|:|#|number)?\s*:?\s*)"
        r"(\d{3}[- .]?\d{2}[- .]?\d{4})\b",
        0.9,
    )
]
CONTEXT: list[str] = []
_DIGITS = re.compile(r"\d{3}[- .]?\d{2}[- .]?\d{4}$")


class SsnRecognizer(PatternRecognizer):
    """Reports only the number, not the label before it."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_SSN", patterns=PATTERNS, name="LabelledSsnRecognizer", global_regex_flags=0
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            match = _DIGITS.search(text[r.start : r.end])
            if match is not None:
                r.start += match.start()
        return results
