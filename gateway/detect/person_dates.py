"""A date in parentheses right after a person's name is that person's date of birth: case notes write
"Subject Dana Whitfield (03/14/1971) appeared …". Only a year at least fourteen years back counts, so an event
date in the same shape ("Officer Ruiz (11/28/2026)") stays a date."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.recognizers.personal.date_of_birth import DATE

SCORE = 0.8
RECOGNIZER = "DateOfBirthRecognizer"
MIN_AGE_YEARS = 14
_AFTER_NAME = re.compile(rf"[ \t]*\((?:(?i:b\.|born|dob:?)[ \t]*)?(?P<date>{DATE})\)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<=[/.-])\d\d$")


def birth_dates_after_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for parenthesised dates that directly follow a PERSON finding."""
    if "(" not in text:
        return []
    latest = datetime.date.today().year - MIN_AGE_YEARS
    out = []
    for f in findings:
        if f.entity_type != "PERSON" or text[f.end : f.end + 3].lstrip(" \t")[:1] != "(":
            continue
        m = _AFTER_NAME.match(text, f.end)
        if m is None:
            continue
        year = _YEAR.search(m.group("date"))
        if year is None:
            continue
        y = int(year.group(0))
        y = y if y >= 100 else (1900 + y if y > latest % 100 else 2000 + y)
        if 1900 <= y <= latest:
            out.append(Finding("DATE_OF_BIRTH", m.start("date"), m.end("date"), SCORE, RECOGNIZER))
    return out
