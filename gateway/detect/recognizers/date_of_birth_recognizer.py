"""DATE_OF_BIRTH: a date that the text labels as a birth date (DOB, D.O.B., date of birth, born on); the
finding is the date, not its label. An unlabelled date is DATE_TIME (spaCy), not a birth date."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LabelledValueRecognizer

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}-{_MONTH}-\d{{2,4}})"
)
_LABEL = r"(?:DOB|D\.O\.B\.?|date[ \t_-]+of[ \t_-]+birth|birth[ \t_-]*date|born(?:[ \t]+on)?|b\.)"
PATTERNS = [
    Pattern(
        "labelled date of birth",
        rf"(?i:\b{_LABEL}[\"']?[ \t]*(?:\((?:mm/dd/yyyy|yyyy-mm-dd)\))?[ \t]*(?::|-|is|was|=)?[ \t]*[\"']?)"
        rf"{DATE}(?!\d)",
        0.85,
    )
]
CONTEXT: list[str] = []


class DateOfBirthRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(DATE + "$", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=PATTERNS,
            context=CONTEXT,
            name="DateOfBirthRecognizer",
            global_regex_flags=re.MULTILINE,
        )
