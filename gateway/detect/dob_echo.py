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


# Round 18. The same birth date written again further on, in another format ("DOB 02/29/1980" … "card says
# 02-29-80", "19 October 1979 or 10/19/1979"): a date elsewhere in the text that can only be the same day, month
# and year is that birth date too. Numeric and English month-name dates only, each read every way it can be.
_FULL_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")
_ISO = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)")
_NAMED = re.compile(
    r"(?i)(?<!\w)(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|\.)?[ \t]+(?P<m1>[a-z]{3,9})\.?,?[ \t]+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>[a-z]{3,9})\.?[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y2>(?:19|20)\d\d))(?!\d)"
)
# round 20: day and month in digits, each with a word of another language after it, then the year: Hmong "Lub 3
# Hlis 15, 1998" (month 3, day 15), Vietnamese "ngày 15 tháng 3 năm 1998"; read both ways, so counted only when the
# same as a birth date found elsewhere
_WORDED = re.compile(
    r"(?<![\w/.-])(\d{1,2})[ \t]+(?:[A-Za-z]{2,8}[ \t]+){1,2}(\d{1,2}),?[ \t]+(?:[A-Za-z]{2,8}[ \t]+){0,2}"
    r"((?:19|20)\d\d)(?!\d)"
)
_Reading = tuple[int, int, int]  # year (two digits when written so), month, day


def _month(word: str) -> int | None:
    """1-12 for an English month's name or its abbreviation ("Sept", "Oct"), else None."""
    w = word.lower()
    for i, full in enumerate(_FULL_MONTHS):
        if len(w) >= 3 and full.startswith(w):
            return i + 1
    return None


def _readings(value: str) -> set[_Reading]:
    out: set[_Reading] = set()
    for m in _NUMERIC.finditer(value):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        out |= {(y, a, b), (y, b, a)}
    for m in _ISO.finditer(value):
        out.add((int(m.group(1)), int(m.group(3)), int(m.group(4))))
    for m in _WORDED.finditer(value):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        out |= {(y, a, b), (y, b, a)}
    for m in _NAMED.finditer(value):
        month = _month(m.group("m1") or m.group("m2"))
        if month is not None:
            out.add((int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2"))))
    return {(y, mo, d) for y, mo, d in out if 1 <= mo <= 12 and 1 <= d <= 31}


def _same(a: _Reading, b: _Reading) -> bool:
    (ya, ma, da), (yb, mb, db) = a, b
    return ma == mb and da == db and (ya == yb or (min(ya, yb) < 100 and ya % 100 == yb % 100))


def restated_birth_dates(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for other writings, anywhere in ``text``, of a birth date in ``findings``."""
    births = [f for f in findings if f.entity_type == "DATE_OF_BIRTH"]
    if not births:
        return []
    known = set().union(*(_readings(text[f.start : f.end]) for f in births))
    if not known:
        return []
    taken = [(f.start, f.end) for f in findings if f.entity_type != "DATE_TIME"]
    out = []
    for pattern in (_NUMERIC, _ISO, _NAMED, _WORDED):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mine = _readings(m.group(0))
            # a reading of this date is a reading of a birth date ("07.09.1995" and "7. September 1995")
            if any(_same(r, k) for r in mine for k in known):
                best = max(births, key=lambda f: f.score)
                out.append(Finding("DATE_OF_BIRTH", m.start(), m.end(), best.score, best.recognizer))
                taken.append((m.start(), m.end()))
    return out
