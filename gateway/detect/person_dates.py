"""A date in parentheses right after a person's name is that person's date of birth: case notes write
"Subject Dana Whitfield (03/14/1971) appeared …". Only a year at least fourteen years back counts, so an event
date in the same shape ("Officer Ruiz (11/28/2026)") stays a date.

So is a date on a list row that holds a person's name and one of their identifiers, with nothing that calls
it an event: "Loubens Théodore - A-204-881-776 - 1983-07-22".

And so is the one date of each row under a header line that names a birth-date column, its cells set apart by
single spaces as a pasted crew list or roster sets them ("No. Name Rank Nationality DOB")."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.recognizers.personal.date_of_birth import DATE, serial_birth_date

SCORE = 0.8
RECOGNIZER = "DateOfBirthRecognizer"
MIN_AGE_YEARS = 14
_AFTER_NAME = re.compile(
    rf"[ \t]*\((?:(?i:b\.|born|dob:?)[ \t]*)?(?P<date>{DATE})\)"
    # or the next cell of a table row: "<td>Name</td><td>12/04/1992</td>", "Name | 12/04/1992", "Name\t12/04/1992"
    rf"|(?:[ \t]*[|\t][ \t]*|[ ]{{2,}})(?P<cell>{DATE})(?=[ \t]*(?:[|\t\n]|$))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<=[/.-])\d\d$")


def birth_dates_after_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for parenthesised dates that directly follow a PERSON finding."""
    if "(" not in text and "|" not in text and "\t" not in text and "  " not in text:
        return []
    latest = datetime.date.today().year - MIN_AGE_YEARS
    out = []
    for f in findings:
        if f.entity_type != "PERSON" or text[f.end : f.end + 3].lstrip(" \t")[:1] not in ("(", "|", *"0123456789"):
            continue
        m = _AFTER_NAME.match(text, f.end)
        if m is None:
            continue
        group = "date" if m.group("date") else "cell"
        year = _YEAR.search(m.group(group))
        if year is None:
            continue
        y = int(year.group(0))
        y = y if y >= 100 else (1900 + y if y > latest % 100 else 2000 + y)
        if 1900 <= y <= latest:
            out.append(Finding("DATE_OF_BIRTH", m.start(group), m.end(group), SCORE, RECOGNIZER))
    return out


_ROW_IDS = frozenset({"A_NUMBER", "US_SSN", "I94_NUMBER", "US_PASSPORT", "USCIS_RECEIPT_NUMBER", "US_ITIN"})
_ROW_DATE = re.compile(rf"(?<![\w/.-])(?P<date>{DATE})(?![\w/-])", re.IGNORECASE)
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:filed|received|entered|entry|arrived|arrival|expires?|expired|expiry|expiration|issued|appointment"
    r"|hearing|interview|due|since|until|on|as[ \t]+of|dated?|from|to|through|between|and|opened|closed)\W{0,4}$"
)


def birth_dates_in_rows(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for the dates of list rows that hold a PERSON and an identifier finding."""
    if not any(f.entity_type in _ROW_IDS for f in findings):
        return []
    latest = datetime.date.today().year - MIN_AGE_YEARS
    taken = [(f.start, f.end) for f in findings if f.entity_type == "DATE_OF_BIRTH"]
    lines: dict[int, set[str]] = {}
    for f in findings:
        line_start = text.rfind("\n", 0, f.start) + 1
        lines.setdefault(line_start, set()).add("PERSON" if f.entity_type == "PERSON" else f.entity_type)
    out = []
    for line_start, kinds in lines.items():
        if "PERSON" not in kinds or not kinds & _ROW_IDS:
            continue
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        for m in _ROW_DATE.finditer(text, line_start, line_end):
            year = _YEAR.search(m.group("date"))
            if year is None or len(year.group(0)) != 4 or not 1900 <= int(year.group(0)) <= latest:
                continue
            if _EVENT_BEFORE.search(text, max(line_start, m.start() - 24), m.start()):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            out.append(Finding("DATE_OF_BIRTH", m.start("date"), m.end("date"), SCORE, RECOGNIZER))
    return out


# a header line naming a birth-date column among others: no digits, a few words, a birth-date label as a word
_DOB_HEADER = re.compile(
    r"(?im)^(?=[^\d\n]{0,200}$)[^\n]*?(?<![\w.])"
    r"(?:DOB|D\.O\.B\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born)(?![\w.])"
)
MAX_ROWS = 200


def birth_dates_under_header(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for the one past date on each row of a list under a header that names a birth-date
    column ("No. Name Rank Nationality DOB⏎1 DELA CRUZ, Rommel Master PHL 1971-09-14"), and (round 24) for the
    spreadsheet serial numbers in a delimited table's birth-date column."""
    if "\n" not in text:
        return []
    latest = datetime.date.today().year - MIN_AGE_YEARS
    taken = [(f.start, f.end) for f in findings if f.entity_type == "DATE_OF_BIRTH"]
    out = serial_birth_dates_in_columns(text, findings)  # round 24
    for header in _DOB_HEADER.finditer(text):
        header_end = text.find("\n", header.start())
        if header_end < 0 or len(text[header.start() : header_end].split()) < 3:
            continue
        pos, rows = header_end + 1, 0
        while pos < len(text) and rows < MAX_ROWS:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            dates = [m for m in _ROW_DATE.finditer(text, pos, end) if _past_year(m.group("date"), latest)]
            if len(dates) != 1:
                break
            m = dates[0]
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(Finding("DATE_OF_BIRTH", m.start("date"), m.end("date"), SCORE, RECOGNIZER))
            pos, rows = end + 1, rows + 1
    return out


# Round 24. A delimited table's birth-date column, its key perhaps qualified as a spreadsheet's or a program's
# ("dob_serial", "DOB (Excel)", "birth_date_num"): a serial number in its cells is a date of birth a spreadsheet
# turned into days ("name⏎dob_serial⏎country" rows of "Aigerim N.⏎33412⏎KAZ")
_DOB_COLUMN = re.compile(
    r"(?i)[ \t\"']*(?:dob|d\.o\.b\.?|date[ _.-]?of[ _.-]?birth|birth[ _.-]?date|birthdate|born)"
    r"(?:[ _.-]?(?:serial|excel|xlsx?|num|number|no|raw|value|int|days|sn)|[ \t]*\([^()\n]{1,20}\))?[ \t\"']*"
)
_DELIMITERS = ("\t", ",", ";", "|")
_COLUMN_WORDS = ("dob", "d.o.b", "birth", "born")
_SERIAL_CELL = re.compile(r"[ \t\"']*(?P<serial>\d{4,5})(?:\.0+)?[ \t\"']*")


def serial_birth_dates_in_columns(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for the spreadsheet serial numbers (days since 1900) in the birth-date column of a
    delimited table: the header names the column, each row has the header's number of cells."""
    if "\n" not in text or not any(d in text for d in _DELIMITERS):
        return []
    lowered = text.lower()
    # only the lines that hold a birth word can be the header (str.find, no pass of a pattern over the text)
    starts: set[int] = set()
    for word in _COLUMN_WORDS:
        at = lowered.find(word)
        while at >= 0 and len(starts) < MAX_ROWS:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = lowered.find(word, at + len(word))
    if not starts:
        return []
    taken = [(f.start, f.end) for f in findings if f.entity_type == "DATE_OF_BIRTH"]
    out: list[Finding] = []
    for pos in sorted(starts):
        end = text.find("\n", pos)
        if end < 0:
            continue  # a header with no row under it
        line = text[pos:end].rstrip("\r")
        for delimiter in _DELIMITERS:
            if delimiter not in line:
                continue
            cells = line.split(delimiter)
            column = next((i for i, c in enumerate(cells) if _DOB_COLUMN.fullmatch(c)), None)
            if column is None or len(cells) < 2:
                continue
            out.extend(_serial_cells(text, end + 1, delimiter, len(cells), column, taken))
            break
    return out


def _serial_cells(
    text: str, pos: int, delimiter: str, width: int, column: int, taken: list[tuple[int, int]]
) -> list[Finding]:
    out = []
    rows = 0
    while pos < len(text) and rows < MAX_ROWS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = text[pos:end].rstrip("\r").split(delimiter)
        if len(cells) != width:
            break
        start = pos + sum(len(c) + len(delimiter) for c in cells[:column])
        m = _SERIAL_CELL.fullmatch(cells[column])
        if m is not None and serial_birth_date(m.group(0)):
            s, e = start + m.start("serial"), start + m.end("serial")
            if not any(ts < e and s < te for ts, te in taken):
                out.append(Finding("DATE_OF_BIRTH", s, e, SCORE, RECOGNIZER))
        pos, rows = end + 1, rows + 1
    return out


def _past_year(date: str, latest: int) -> bool:
    year = _YEAR.search(date)
    return year is not None and len(year.group(0)) == 4 and 1900 <= int(year.group(0)) <= latest
