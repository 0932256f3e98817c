"""A birth date written twice, the second time right after the first: a translation or another format
("1998년 9월 4일 — September 4, 1998", "04/12/1992 (12 April 1992)", "1985-07-22 / 22.07.1985"). The second
rendering is the same date of birth; recognizers see only the first next to its label."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.recognizers.personal.date_of_birth import DATE

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a dash, a slash, "=", "or", "i.e." or an opening parenthesis between the two renderings
_ECHO = re.compile(
    rf"[ \t]*(?:[-\u2010-\u2015/=]|\(|(?i:or|i\.e\.,?|aka))[ \t]*\(?[ \t]*(?P<date>{DATE})(?!\d)", re.IGNORECASE
)


def echoed_birth_dates(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for the second rendering of each birth date in ``findings``."""
    out = []
    for f in findings:
        if f.entity_type != "DATE_OF_BIRTH":
            continue
        m = _ECHO.match(text, f.end)
        if m is None or m.end("date") - f.end > 60:
            continue
        # the same date: the same year in both ("1980-01-02 - 2024-05-06" is a range)
        if _YEAR.findall(text, f.start, f.end)[-1:] == _YEAR.findall(m.group("date"))[-1:] != []:
            out.append(Finding("DATE_OF_BIRTH", m.start("date"), m.end("date"), f.score, f.recognizer))
    return out
