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

import regex

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import english_word
from gateway.detect.recognizers.personal.date_of_birth import DATE, serial_birth_date

SCORE = 0.8
RECOGNIZER = "DateOfBirthRecognizer"
MIN_AGE_YEARS = 14
MAX_AGE = 110
_AFTER_NAME = re.compile(
    rf"[ \t]*\((?:(?i:b\.|born|dob:?)[ \t]*)?(?P<date>{DATE})(?:\)|(?=[ \t]*[,;]?[ \t]+(?P<note>[^()\n]{{1,40}})\)))"
    # round 26: or the next quoted item of a tuple, a key or a log's record: "('Dana Whitfield', '1971-03-14')"
    rf"|['\"]?[ \t]*,[ \t]*['\"](?P<quoted>{DATE})['\"]"
    # or the next cell of a table row: "<td>Name</td><td>12/04/1992</td>", "Name | 12/04/1992", "Name\t12/04/1992"
    rf"|(?:[ \t]*[|\t][ \t]*|[ ]{{2,}})(?P<cell>{DATE})(?=[ \t]*(?:[|\t\n]|$))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<=[/.-])\d\d$")
_AFTER_NAME_OPENS = ("(", "|", "'", '"', ",", *"0123456789")
# Round 26. A note after the date inside the parentheses ("Inez Gaddy (1955-04-30 per SSA match)", "(1980-02-03,
# verified)"): not when it makes the date an event's or holds a second year ("(2001-05-02 hire date)", "(1990-1-1
# to 2020-1-1)")
_EVENT_NOTE = re.compile(
    r"(?i)\b(?:hired?|filed|fil(?:ing|e)|received|entered|entry|arrived|arrival|expir\w*|issued?|appointment|hearing"
    r"|interview|due|died|death|d\.|deceased|married|marriage|joined|start\w*|retired|visit\w*|incident|signed"
    r"|dated?|event|meeting|deadline|report\w*|notice|effective|closed|opened|until|through)\b|(?:19|20)\d\d"
)


def _quoted_name(text: str, start: int, end: int) -> bool:
    """Whether a PERSON finding stands in quotes, as the first item of a tuple or a key ("('Ana Ruiz', …")."""
    opening = text[start - 1 : start] if start else ""
    if text[start : start + 1] in ("'", '"'):
        opening = text[start]
    return opening in ("'", '"') and text.find(opening, start + 1, end + 2) >= 0


def birth_dates_after_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for parenthesised dates that directly follow a PERSON finding (and, round 25, the
    dates of a list of people in a text about birth dates: dates_of_listed_people)."""
    listed = dates_of_listed_people(text, findings)
    if not any(c in text for c in "(|\t'\"") and "  " not in text:
        return listed
    latest = datetime.date.today().year - MIN_AGE_YEARS
    out = []
    for f in findings:
        if f.entity_type != "PERSON" or text[f.end : f.end + 3].lstrip(" \t")[:1] not in _AFTER_NAME_OPENS:
            continue
        m = _AFTER_NAME.match(text, f.end)
        if m is None or (m.group("note") and _EVENT_NOTE.search(m.group("note"))):
            continue
        if m.group("quoted") and not _quoted_name(text, f.start, f.end):
            continue
        group = "date" if m.group("date") else "quoted" if m.group("quoted") else "cell"
        year = _YEAR.search(m.group(group))
        if year is None:
            continue
        y = int(year.group(0))
        y = y if y >= 100 else (1900 + y if y > latest % 100 else 2000 + y)
        if 1900 <= y <= latest and not any(g.start < m.end(group) and m.start(group) < g.end for g in listed):
            out.append(Finding("DATE_OF_BIRTH", m.start(group), m.end(group), SCORE, RECOGNIZER))
    return out + listed


# Round 25. A text that talks of birth dates ("the arena needs DOBs for badges", "flag anyone who appears twice with
# different DOBs", "their dates of birth are below") and lists people, each with one date: "Siriporn Chaiyaporn
# 9/14/1990, Nattapong Srisawat 2/2/1986", "Pothula, Sowmya — 1978-08-30". The date of such an item is its
# person's birth date. An item is a name (a PERSON finding, or two to five capitalised words opening the item
# after a line start, a colon, a comma, a semicolon, a bullet or a number) and then the date, a space, a comma, a
# dash or a colon apart; the date's year at least two years back (this year's and last year's are events).
_BIRTH_TALK = re.compile(
    r"(?i)(?<![\w.])(?:dobs?|d\.o\.b\.?s?|dates?[ \t]+of[ \t]+birth|birth[ \t]?dates?|birthdays?|born)(?![\w])"
)
_ITEM_DATE = re.compile(rf"(?<![\w/.-])(?P<date>{DATE})(?![\w/-]|\.\d)", re.IGNORECASE)
_NAME_GAP = regex.compile(r"(?:[ \t]*[,:\u2013\u2014-])?[ \t]*$")
_NAME_ITEM = regex.compile(
    r"(?:^|[:;,\u2022*\u2013\u2014-][ \t]*|\d{1,3}[.)][ \t]+)"
    r"\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?:,?[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}'\u2019-]+)){1,4}"
    r"(?:[ \t]*[,:\u2013\u2014-])?[ \t]*$",
    regex.MULTILINE,
)
_LISTED_MIN_AGE = 2
_WORD = regex.compile(r"[\p{L}\p{M}'\u2019-]+")


def _a_name_item(text: str, start: int, end: int) -> bool:
    """Whether a list item of capitalised words ends at ``end``, not all of them English words ("Policy Memo")."""
    m = _NAME_ITEM.search(text, start, end)
    return m is not None and not all(english_word(w) for w in _WORD.findall(m.group(0)))


def dates_of_listed_people(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for the date right after each person of a list, in a text that talks of birth dates;
    only dates the detector already holds as dates (DATE_TIME) or not at all, never another finding's value."""
    lowered_has = "dob" in text.lower() or "birth" in text.lower() or "born" in text.lower()
    if not lowered_has or _BIRTH_TALK.search(text) is None:
        return []
    today = datetime.date.today().year
    taken = [(f.start, f.end) for f in findings if f.entity_type not in ("DATE_TIME", "PERSON")]
    names = sorted((f.end, f.start) for f in findings if f.entity_type == "PERSON")
    out: list[Finding] = []
    for f in findings:
        if f.entity_type != "DATE_TIME":
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        # round 26: the NER may hold only the year of a date it reads as words ("Tou Vang - 15 Jul 1950" gives it
        # "1950"): the item's date is the one that takes in the NER's span
        m = next(
            (
                d
                for d in _ITEM_DATE.finditer(text, max(line_start, f.start - 14), min(len(text), f.end + 2))
                if d.start() <= f.start + 2 and d.end() >= f.end - 2
            ),
            None,
        )
        if m is None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = _YEAR.search(m.group("date"))
        if year is None or len(year.group(0)) != 4:
            continue
        if not today - MAX_AGE <= int(year.group(0)) <= today - _LISTED_MIN_AGE:
            continue
        gap = _NAME_GAP.search(text, line_start, m.start())
        if gap is None:
            continue
        after_person = any(end == gap.start() and start >= line_start for end, start in names)
        if not after_person and not _a_name_item(text, max(line_start, m.start() - 80), m.start()):
            continue
        out.append(Finding("DATE_OF_BIRTH", m.start("date"), m.end("date"), SCORE, RECOGNIZER))
        taken.append((m.start(), m.end()))
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


# a header line naming a birth-date column among others: no numbers, a few words, a birth-date label as a word
# (round 25: as OCR reads a scanned list's header too, a zero for an O inside a word: "N0. NAME D0B SSN"; round 26:
# and as a program names its column, "birth_dt", "date_of_birth", "dob_yyyymmdd", "birthDate", in a df.head())
_DOB_HEADER = re.compile(
    r"(?im)^(?=(?:[^\d\n]|(?<=[a-z])0){0,200}$)[^\n]*?(?<![A-Za-z0-9.])"
    r"(?:D[O0]B|D\.[O0]\.B\.?|date[ \t_]*[o0]f[ \t_]*birth|birth[ \t_]*(?:date|dt|dte)|born)"
    r"(?:_[A-Za-z]+)?(?![\w.])"
)
# Round 25. A scanned list's OCR reads a zero as the letter O ("O3/18/1966", "11/O2/1964"): a row's cells are read
# with each O between digits or separators as a zero (same length, so the offsets hold)
_OCR_ZERO = re.compile(r"(?<=[\d/.-])[Oo]|[Oo](?=[\d/.-])")
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
            line = text[pos:end]
            if "O" in line or "o" in line:
                line = _OCR_ZERO.sub("0", line)
            dates = [m for m in _ROW_DATE.finditer(line) if _past_year(m.group("date"), latest)]
            if len(dates) != 1:
                break
            s, e = pos + dates[0].start("date"), pos + dates[0].end("date")
            if not any(ts < e and s < te for ts, te in taken):
                out.append(Finding("DATE_OF_BIRTH", s, e, SCORE, RECOGNIZER))
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


# Round 27. A roster pasted without its header, one person a row and a date in the same column of every row
# ("Name Surname|School|2009-04-11"): a column of dates at least fourteen years back beside people's names is their
# birth dates (an event's dates in such a roster are recent; a header that names the column is read elsewhere)
_ROSTER_DELIMITERS = ("|", "\t", ";", ",")
MIN_ROSTER_ROWS = 3


def birth_dates_in_people_columns(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH findings for a delimited roster's date column: three or more rows of one width, a person in
    most of them, a past date in that column of every row."""
    if text.count("\n") < MIN_ROSTER_ROWS - 1 or not any(f.entity_type == "PERSON" for f in findings):
        return []
    latest = datetime.date.today().year - MIN_AGE_YEARS
    earliest = datetime.date.today().year - MAX_AGE
    people = sorted(f.start for f in findings if f.entity_type == "PERSON")
    taken = [(f.start, f.end) for f in findings if f.entity_type == "DATE_OF_BIRTH"]
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
        if len(lines) > MAX_ROWS * 2:
            break
    out: list[Finding] = []
    for delimiter in _ROSTER_DELIMITERS:
        if delimiter not in text:
            continue
        run: list[tuple[int, list[str]]] = []
        for start, line in [*lines, (-1, "")]:
            cells = line.split(delimiter) if delimiter in line else []
            if run and (len(cells) != len(run[0][1]) or start < 0):
                out.extend(_roster_dates(run, delimiter, people, taken, earliest, latest))
                run = []
            if len(cells) >= 2:
                run.append((start, cells))
    return out


def _roster_dates(
    run: list[tuple[int, list[str]]],
    delimiter: str,
    people: list[int],
    taken: list[tuple[int, int]],
    earliest: int,
    latest: int,
) -> list[Finding]:
    if len(run) < MIN_ROSTER_ROWS:
        return []
    bounds = [(start, start + len(delimiter.join(cells))) for start, cells in run]
    with_person = sum(any(lo <= p < hi for p in people) for lo, hi in bounds)
    if with_person * 3 < len(run) * 2:
        return []
    out: list[Finding] = []
    for column in range(len(run[0][1])):
        found = []
        for start, cells in run:
            cell = cells[column]
            m = _ROW_DATE.fullmatch(cell.strip(" \t\"'"))
            year = _YEAR.search(m.group("date")) if m is not None else None
            if m is None or year is None or len(year.group(0)) != 4 or not earliest <= int(year.group(0)) <= latest:
                break
            at = start + sum(len(c) + len(delimiter) for c in cells[:column]) + cell.index(m.group("date"))
            found.append((at, at + len(m.group("date"))))
        else:
            out.extend(
                Finding("DATE_OF_BIRTH", s, e, SCORE, RECOGNIZER)
                for s, e in found
                if not any(ts < e and s < te for ts, te in taken)
            )
    return out
