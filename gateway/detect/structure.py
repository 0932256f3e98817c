"""Structure-aware scanning: the shape of a text says what its values are.

Before any recognizer guesses from the value alone, the text's structure is read:

- delimited tables (CSV with ``,``, ``;``, tab or ``|``, Markdown tables): a header cell labels every cell
  under it, in every row, with quotes honoured;
- keyed values: JSON and Python/JS object literals (``"dob": "1980-01-02"``, ``'ssn': '…'``, ``dob=…``), YAML
  and ``Key: value`` forms, log lines (``user=jsmith dob=…``); several pairs may share a line;
- round 18: a number under a key that does not say which (``number``, ``id_num``, ``value``), named by its record's
  type, a FHIR identifier's system or the state that issued it; an element's ``type`` attribute; an HL7 PID
  segment's fields by position; a fixed-width extract's columns by the positions its layout line gives.

Each value gets the entity type its label names (labels.py); ``fields`` returns the value spans with that type,
in offsets of the text it was given. Whether a value is plausible for its type is the caller's to check
(recognizers/structured_field.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from gateway.detect.labels import entity_for, key_phrase

_DELIMITERS = ",;\t|"
MAX_LINE = 2000  # a longer line is prose or minified data, read by the key/value pass only


@dataclass(frozen=True, slots=True)
class Field:
    entity_type: str
    start: int
    end: int
    key: str
    source: str  # "table" or "key"


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Cell spans of one delimited line, quotes honoured and stripped with surrounding spaces."""
    spans = []
    i, n = 0, len(line)
    while i <= n:
        start = i
        if i < n and line[i] == '"':
            j = i + 1
            while j < n:
                if line[j] == '"' and j + 1 < n and line[j + 1] == '"':
                    j += 2
                    continue
                if line[j] == '"':
                    break
                j += 1
            end = line.find(sep, j)
            end = n if end < 0 else end
        else:
            end = line.find(sep, i)
            end = n if end < 0 else end
        s, e = start, end
        while s < e and line[s] in " \t\"'`*":
            s += 1
        while e > s and line[e - 1] in " \t\"'`*\r":
            e -= 1
        spans.append((s, e))
        i = end + 1
    return spans


_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a database client's border ("+-----+----+" in MySQL, "------+-----" in psql): part of the table, not its end
_SQL_RULE = re.compile(r"^[ \t]*\+?-{2,}(?:\+-{2,})*\+?[ \t]*\r?$")


def table_fields(text: str) -> Iterator[Field]:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        header = lines[i]
        if len(header) > MAX_LINE:
            i += 1
            continue
        sep = max(_DELIMITERS, key=header.count)
        count = header.count(sep)
        # a sentence that introduces the table ("sort it, by last name:") is not its header
        if count == 0 or header.rstrip().endswith(":"):
            i += 1
            continue
        cells = _cells(header, sep)
        types = {n: entity_for(header[s:e]) for n, (s, e) in enumerate(cells) if e - s <= 60}
        columns = _travel_documents(header, cells, {n: t for n, t in types.items() if t is not None})
        # round 17: a record's table, one field a row ("| field | passenger |⏎| KTN | 982032250 |"): the label
        # at the head of each row names that row's values, whatever the header's columns say
        head = next((n for n, (s, e) in enumerate(cells) if e > s), 0)
        by_row = sep in "|\t" and head not in columns and _words_of(header, cells[head]) in _FIELD_HEADS
        # a header row: at least one labelled column, and its cells are labels, not values
        if (not columns and not by_row) or sum(_value_like(header[s:e]) for s, e in cells) > len(cells) // 2:
            i += 1
            continue
        i += 1
        while i < len(lines) and lines[i].strip() and (_row_of(lines[i], sep, count) or _SQL_RULE.match(lines[i])):
            line = lines[i]
            if _MD_RULE.match(line) or _SQL_RULE.match(line):
                i += 1
                continue
            row = _cells(line, sep)
            if sep == ",":
                row = _spread(line, row, len(cells), columns)
            if by_row:
                yield from _row_fields(line, starts[i], row)
                i += 1
                continue
            for n, entity in columns.items():
                if n < len(row):
                    s, e = row[n]
                    if e > s:
                        key = header[cells[n][0] : cells[n][1]]
                        yield Field(entity, starts[i] + s, starts[i] + e, key, "table")
            i += 1


# Round 17. The head of a record's table whose rows are its fields: "| field | value |", "| item | passenger |"
_FIELD_HEADS = frozenset(["field", "fields", "attribute", "item", "key", "property", "element", "data element"])


def _words_of(line: str, cell: tuple[int, int]) -> str:
    return key_phrase(line[cell[0] : cell[1]])


def _row_fields(line: str, start: int, row: list[tuple[int, int]]) -> Iterator[Field]:
    """The values of one row of a record's table, under the label in its first cell (strictly read)."""
    cells = [(s, e) for s, e in row if e > s]
    if len(cells) < 2 or cells[0][1] - cells[0][0] > 60:
        return
    entity = entity_for(line[cells[0][0] : cells[0][1]], strict=True)
    if entity is None:
        return
    key = line[cells[0][0] : cells[0][1]]
    for s, e in cells[1:]:
        yield Field(entity, start + s, start + e, key, "table")


# Round 15. A numbered label ("shot1", "addr_2", "Phone 3"): a word and a one- or two-digit index, as a header
# numbers repeated columns; a value has more digits than that or no word before them
_NUMBERED_LABEL = re.compile(r"[^\W\d_]{2,}[ _-]?\d{1,2}")


def _value_like(cell: str) -> bool:
    """Whether a cell of a candidate header reads as a value (it has a digit), not a label."""
    return any(c.isdigit() for c in cell) and _NUMBERED_LABEL.fullmatch(cell) is None


_FREE_TEXT = ("PERSON", "STREET_ADDRESS")
# "DOC#" or "Document No." heads the travel document's number on a passenger manifest or a list of people;
# alone, a document number is anything's (a contract's, a form's), so only beside a name or a birth date column.
_DOCUMENT_KEYS = frozenset(
    [
        "doc",
        "doc#",
        "doc #",
        "doc no",
        "doc num",
        "doc nbr",
        "doc number",
        "doc id",
        "docno",
        "document",
        "document#",
        "document no",
        "document num",
        "document number",
        "travel doc",
        "travel doc#",
        "travel doc no",
        "id doc",
        "id document",
        "id document no",
        "id document number",
        "identity document",
        "identity document number",
    ]
)


def _travel_documents(header: str, cells: list[tuple[int, int]], columns: dict[int, str]) -> dict[int, str]:
    if not {"PERSON", "DATE_OF_BIRTH"} & set(columns.values()):
        return columns
    for n, (s, e) in enumerate(cells):
        if n not in columns and key_phrase(header[s:e]) in _DOCUMENT_KEYS:
            columns[n] = "US_PASSPORT"
    return columns


def _spread(line: str, row: list[tuple[int, int]], width: int, columns: dict[int, str]) -> list[tuple[int, int]]:
    """A CSV row with more cells than its header has an unquoted comma inside a cell: the name or address
    column's ("Nwosu, Chiamaka,613941750,…" under "beneficiary,bank_routing,…") takes the extra cells, and the
    columns after it are read from the right. A name's pieces are words; an address's may hold digits."""
    extra = len(row) - width
    if extra <= 0:
        return row
    row = _join_comma_dates(line, row, extra)
    extra = len(row) - width
    if extra <= 0:
        return row
    free = [n for n, t in sorted(columns.items()) if t in _FREE_TEXT]
    if len(free) != 1:
        return row
    p = free[0]
    pieces = [line[s:e] for s, e in row[p : p + extra + 1]]
    if not all(pieces) or (columns[p] == "PERSON" and any(c.isdigit() for piece in pieces for c in piece)):
        return row
    return [*row[:p], (row[p][0], row[p + extra][1]), *row[p + extra + 1 :]]


# A date written with its comma, unquoted, comes apart in two cells: "Mar 9" and " 1990"
_MONTH_DAY = re.compile(
    r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _join_comma_dates(line: str, row: list[tuple[int, int]], extra: int) -> list[tuple[int, int]]:
    """The row with up to ``extra`` month-and-day cells joined to the year cell after them."""
    out: list[tuple[int, int]] = []
    n = 0
    while n < len(row):
        s, e = row[n]
        if extra > 0 and n + 1 < len(row) and _MONTH_DAY.fullmatch(line, s, e) and _YEAR.fullmatch(line, *row[n + 1]):
            out.append((s, row[n + 1][1]))
            n += 2
            extra -= 1
            continue
        out.append((s, e))
        n += 1
    return out


_GAP = re.compile(r"[ \t]{2,}|\t")


def _aligned_cells(line: str) -> list[tuple[int, int]]:
    """Cell spans of a line whose columns are set apart by runs of spaces or tabs."""
    spans = []
    pos = len(line) - len(line.lstrip(" \t"))
    end = len(line.rstrip(" \t\r"))
    for gap in _GAP.finditer(line, pos, end):
        spans.append((pos, gap.start()))
        pos = gap.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def aligned_fields(text: str) -> Iterator[Field]:
    """Columns set apart by spaces (a fixed-width report, an HTML table once its tags are blanked): a header of
    labels, then rows with as many cells, blank lines between rows allowed."""
    if "  " not in text and "\t" not in text:
        return
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        header = lines[i]
        i += 1
        if len(header) > MAX_LINE or not _GAP.search(header.strip()):
            continue
        cells = _aligned_cells(header)
        if len(cells) < 2 or any(e - s > 40 or any(c.isdigit() for c in header[s:e]) for s, e in cells):
            continue
        columns = {n: t for n, (s, e) in enumerate(cells) if (t := entity_for(header[s:e], strict=True)) is not None}
        columns = _travel_documents(header, cells, columns)
        if not columns:
            continue
        blank = 0
        while i < len(lines) and blank <= 3:
            line = lines[i]
            if not line.strip():
                blank += 1
                i += 1
                continue
            row = _aligned_cells(line)
            if len(row) == len(cells) + 1 and line[row[0][0] : row[0][1]].isdigit():
                row = row[1:]  # a data frame's printout: each row opens with its index, under no header
            if len(row) != len(cells) and header[:1] in (" ", "\t"):
                row = _frame_row(line, len(cells)) or row
            elif len(row) == len(cells) and header[:1] in (" ", "\t") and (index := _ROW_INDEX.match(line, *row[0])):
                row = [(index.end(), row[0][1]), *row[1:]]  # round 17: R's "1 Morocho, Kleber": one space after
            if len(row) != len(cells):
                break
            blank = 0
            for n, entity in columns.items():
                s, e = row[n]
                yield Field(entity, starts[i] + s, starts[i] + e, header[cells[n][0] : cells[n][1]], "table")
            i += 1


_TOKEN = re.compile(r"\S+")
_ROW_INDEX = re.compile(r"\d{1,6}[ ](?=[^\W\d_])")


def _frame_row(line: str, width: int) -> list[tuple[int, int]] | None:
    """Round 15. A data frame's printout (R, pandas) pads each column to its widest value, so a row whose first
    column holds a spaced value ("1   Ines Waldmann 1298804412 601-22-4187") may keep one space between columns:
    after the row's index, the later columns take a word each from the right and the first takes the rest."""
    tokens = [m.span() for m in _TOKEN.finditer(line)]
    if len(tokens) < width + 1 or not line[tokens[0][0] : tokens[0][1]].isdigit():
        return None
    tokens = tokens[1:]
    rest = len(tokens) - (width - 1)
    return [(tokens[0][0], tokens[rest - 1][1]), *tokens[rest:]]


def _row_of(line: str, sep: str, count: int) -> bool:
    """Whether a line goes on a table whose header has ``count`` separators: about as many, or fewer once quoted
    cells are counted as one (``Gordon Young,"88 Old Mill Rd, Chester, NH 03036"`` under five headers)."""
    if abs(line.count(sep) - count) <= 1:
        return True
    return '"' in line and 1 <= len(_cells(line, sep)) - 1 <= count + 1


# Round 20 (speed). Where a key/value pair of _PAIR or _SCALAR can be: near a separator (":", "=", "->")
_SEP = re.compile(r"[:=]|-(?=>)")
_KEY_REACH = 49  # the longest key of either pattern
# the last character before a separator that neither pattern's key, nor the quote or "*" and "_" around it, holds
_NOT_IN_KEY = re.compile(r"""(?s:.*)[^\w#°º'\u2019/.()\- *"'`]""")

Window = tuple[int, int, int, int]


def sep_windows(text: str) -> list[Window]:
    """Where the matches of ``_PAIR`` and ``_SCALAR`` can start, as windows ``(lo, hi, value, line_end)``: a match
    starts at or after ``lo`` and before ``hi``, its value at or before ``value``, and it ends by ``line_end``.

    Both patterns open with no literal, so their ``search`` tries them at every position of a text (at 20 KB,
    thousands of word starts each walking a key of up to 49 characters). Every match of either holds, on one
    line, a key of at most 49 characters and then its separator (``:``, ``=``, ``->``), with only a quote, ``*``
    or ``_`` and spaces or tabs between; before the separator no character is ``:``, ``=`` or ``>``, so it is the
    first of those after the match's start. A match therefore starts in a window that closes at a separator and
    opens 49 characters (and the runs of blanks, ``*``, ``_`` and quotes around the key) before it, no further back
    than its line's start nor than the last character no key holds (a comma, a tab); its value starts after the
    separator and the blanks that follow it. Windows that touch are merged."""
    windows: list[Window] = []
    n = len(text)
    for sep in _SEP.finditer(text):
        s = sep.start()
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", s)
        line_end = n if line_end < 0 else line_end
        key_end = s
        while key_end > line_start and text[key_end - 1] in " \t":
            key_end -= 1
        while key_end > line_start and text[key_end - 1] in "*_":
            key_end -= 1
        lo = max(line_start, key_end - _KEY_REACH - 2)
        barrier = _NOT_IN_KEY.match(text, lo, key_end)
        if barrier is not None:
            lo = barrier.end()  # the key and what opens it come after the last character no key holds
        else:
            while lo > line_start and text[lo - 1] in "*_\"'`":
                lo -= 1
        value = s + 1
        if text[value : value + 1] in ("=", ">"):
            value += 1  # a separator of two characters
        while value < line_end and text[value] in " \t":
            value += 1
        if windows and lo <= windows[-1][1]:
            first, _, last_value, _ = windows[-1]
            windows[-1] = (first, s, max(value, last_value), line_end)
        else:
            windows.append((lo, s, value, line_end))
    return windows


class _Windowed:
    """A pattern's ``search`` and ``finditer`` on a text, tried only in the text's ``sep_windows``: the pattern runs
    from each window's start with the text cut ``reach`` characters after the value's start (past the longest value
    and what its look-aheads read) or at the line's end, and a match counts only if it starts inside the window (a
    later start is the next window's to find). Each match, span and group is the one the pattern's own ``search``
    from that position gives (tests/unit/detect/test_structure_speed.py compares them on every corpus text)."""

    __slots__ = ("_his", "_pattern", "_reach", "_text", "_windows")

    def __init__(self, text: str, pattern: re.Pattern[str], windows: list[Window], reach: int) -> None:
        self._text = text
        self._pattern = pattern
        self._windows = windows
        self._his = [w[1] for w in windows]
        self._reach = reach

    def search(self, pos: int) -> re.Match[str] | None:
        """What ``pattern.search(text, pos)`` returns."""
        text, pattern, reach = self._text, self._pattern, self._reach
        for i in range(bisect_right(self._his, pos), len(self._windows)):
            lo, hi, value, line_end = self._windows[i]
            m = pattern.search(text, max(lo, pos), min(line_end, value + reach))
            if m is not None and m.start() < hi:
                return m
        return None

    def finditer(self) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields (no match of these patterns is empty)."""
        pos = 0
        while (m := self.search(pos)) is not None:
            yield m
            pos = m.end()


def _pairs(text: str, windows: list[Window]) -> _Windowed:
    # a value of _PAIR runs 300 characters at most (202 quoted), and "(?!//)" reads two at its start
    return _Windowed(text, _PAIR, windows, reach=304)


def _scalars(text: str, windows: list[Window]) -> _Windowed:
    # a value of _SCALAR runs 100 characters at most, 102 with its quotes
    return _Windowed(text, _SCALAR, windows, reach=104)


# A key: quoted, or a bare label of up to six words; then a separator; then the value.
_KEY = r"""(?P<kq>["'`]?)(?P<key>[^\W\d_](?:[\w#°º'\u2019/.()\-]| (?! )){0,48}?)(?P=kq)"""
_PAIR = re.compile(
    rf"""(?:(?<=^)|(?<=[\s{{,;(\[|>]))[*_]*{_KEY}[*_]*[ \t]*(?P<sep>=>|->|:=|==|:|=)[ \t]*(?!//)"""
    r"""(?:(?P<vq>["'`])(?P<qval>[^"'`\n]{1,200})(?P=vq)|(?P<val>[^\n]{1,300}))""",
    re.MULTILINE,
)
# Where an unquoted value ends: another "key:" or "key=" on the same line, a delimiter, a closing bracket.
_NEXT_KEY = re.compile(r"""(?:[ \t]{2,}|[ \t]*[,;|}\])][ \t]*|[ \t]+(?=[\w'"-]{1,30}[ \t]*(?:=|:[ \t])))""")


def keyed_fields(text: str, windows: list[Window] | None = None) -> Iterator[Field]:
    pairs = _pairs(text, sep_windows(text) if windows is None else windows)
    pos = 0
    while True:
        m = pairs.search(pos)
        if m is None:
            return
        key = m.group("key").strip()
        entity = entity_for(key)
        if entity is None and m.group("sep") in ("=", "==") and " " in key:
            key = key.split()[-1]  # a log line: "view record subject=…" is keyed by its last word
            entity = entity_for(key)
        if entity is None and "." in key.strip("."):
            key = key.rstrip(".").rsplit(".", 1)[1]  # an attribute or column: "c.routing_no", "rec.alias"
            entity = entity_for(key)
        if entity is None or (m.group("val") is not None and m.group("val").lstrip()[:1] in ("{", "[")):
            pos = m.end("sep")  # the value may hold pairs of its own: {"record": {"dob": …}}
            continue
        if m.group("qval") is not None:
            start, end = m.span("qval")
        else:
            start, end = m.span("val")
            value = text[start:end]
            if m.group("sep") == "=" and " " in value and not _looks_like_prose_value(value):
                end = start + value.find(" ")  # log lines: key=value key=value
            else:
                cut = _NEXT_KEY.search(value)
                if cut is not None and _ends_before_next_key(value, cut):
                    end = start + cut.start()
        pos = max(end, m.end("sep"))
        while end > start and text[end - 1] in " \t\r.,;\"'`*":
            end -= 1
        while start < end and text[start] in " \t\"'`*":
            start += 1
        if end > start:
            yield Field(entity, start, end, key, "key")


def _looks_like_prose_value(value: str) -> bool:
    # "name = Maria del Carmen Ruiz" in an INI file: several words, no further "key=" on the line
    return "=" not in value


def _ends_before_next_key(value: str, cut: re.Match[str]) -> bool:
    sep = cut.group(0)
    if sep.strip() and sep.strip()[0] in ",;":
        # "Garcia, Maria" is one value; "Maria Garcia, DOB: …" ends at the comma only if a key follows
        rest = re.match(r"([^\W\d_](?:[\w.#'\u2019/-]| (?! )){0,40}?)[ \t]*(?::|=)", value[cut.end() :])
        return rest is not None and entity_for(rest.group(1), strict=True) is not None
    return True


# An HTML row of a label cell and a value cell: <tr><td>Traveler</td><td>Park Jae-hyun</td></tr>
_HTML_PAIR = re.compile(
    r"(?i)<t[dh]\b[^>]*>[ \t]*(?P<key>[^<>\n]{1,60}?)[ \t]*</t[dh]>\s*"
    r"<td\b[^>]*>[ \t]*(?P<val>[^<>\n]{1,200}?)[ \t]*</td>"
)


# A form input named for its value: <input name="dob" type="date" value="1990-04-15"> (either order)
_HTML_INPUT = re.compile(r"(?i)<input\b[^<>]{0,300}>")
_INPUT_NAME = re.compile(r"""(?i)\b(?:name|id)[ \t]*=[ \t]*["']([^"'<>\n]{1,60})["']""")
_INPUT_VALUE = re.compile(r"""(?i)\bvalue[ \t]*=[ \t]*["']([^"'<>\n]{1,200})["']""")


def html_fields(text: str) -> Iterator[Field]:
    if "<t" in text or "<T" in text:
        for m in _HTML_PAIR.finditer(text):
            entity = entity_for(m.group("key"))
            if entity is not None:
                yield Field(entity, m.start("val"), m.end("val"), m.group("key"), "html")
    if "<input" in text or "<INPUT" in text:
        for m in _HTML_INPUT.finditer(text):
            name = _INPUT_NAME.search(text, m.start(), m.end())
            value = _INPUT_VALUE.search(text, m.start(), m.end())
            if name is None or value is None:
                continue
            entity = entity_for(name.group(1))
            if entity is not None:
                yield Field(entity, value.start(1), value.end(1), name.group(1), "html")


# INSERT INTO t (name, phone) VALUES ('…', '…'), (…): each value takes its column's label.
# round 16: "VALUES" may end its line, the rows below it
_INSERT = re.compile(r"(?i)\binsert[ \t]+into[ \t]+[\w.\"`\[\]]+[ \t]*\(([^()]{1,500})\)[ \t\r\n]*values[ \t\r\n]*")
_SQL_VALUE = re.compile(r"[ \t\n]*(?:'((?:[^'\n]|'')*)'|([^,()'\n]*?))[ \t\n]*(?=[,)])")


def sql_fields(text: str) -> Iterator[Field]:
    if "nsert" not in text and "NSERT" not in text:
        return
    for m in _INSERT.finditer(text):
        columns = [entity_for(c.strip(' \t\n"`[]')) for c in m.group(1).split(",")]
        pos = m.end()
        while pos < len(text) and text[pos] == "(":
            pos += 1
            for entity in columns:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                group = 1 if v.group(1) is not None else 2
                if entity is not None and v.end(group) > v.start(group):
                    yield Field(entity, v.start(group), v.end(group), "sql column", "sql")
                pos = v.end()
                if text[pos : pos + 1] == ",":
                    pos += 1
            close = text.find(")", pos)
            if close < 0:
                break
            nxt = re.match(r"\)[ \t\n]*,[ \t\n]*", text[close:])
            pos = close + (nxt.end() if nxt else 1)


# An XML element named for its value: <BirthDate>1976-04-18</BirthDate>, <ns:PassportNumber>…</ns:PassportNumber>
_XML_ELEMENT = re.compile(
    r"<(?P<tag>[A-Za-z_][\w.:-]{0,60})(?:[ \t][^<>\n]{0,200})?>(?P<val>[^<>\n]{1,200})</(?P=tag)>"
)


def xml_fields(text: str) -> Iterator[Field]:
    if "</" not in text:
        return
    for m in _XML_ELEMENT.finditer(text):
        key = m.group("tag").rsplit(":", 1)[-1]
        entity = entity_for(key)
        if entity is None:
            continue
        start, end = m.span("val")
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        if end > start:
            yield Field(entity, start, end, key, "xml")


# Round 18. The identifier types a record's "type" field or attribute may name: the number beside it is one
_ID_TYPES = frozenset(
    {"US_DRIVER_LICENSE", "US_PASSPORT", "US_SSN", "A_NUMBER", "I94_NUMBER", "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI"}
)
# an element whose "type" attribute names its value: <Credential type="StateID" jurisdiction="TN">118472930</…>
_TYPED_ELEMENT = re.compile(
    r"""<(?P<tag>[A-Za-z_][\w.:-]{0,60})[ \t][^<>\n]{0,200}?\b(?:type|idType|documentType|docType|kind)[ \t]*=[ \t]*"""
    r"""["'](?P<type>[^"'<>\n]{1,40})["'][^<>\n]{0,200}>[ \t]*(?P<val>[^<>\n]{1,80}?)[ \t]*</(?P=tag)>"""
)
# a key and its scalar value, in JSON, YAML or a "key: value" list. Round 20 (speed): the key and the blanks after
# it are possessive ("{0,40}+", "*+"): what may follow either (a quote, a blank, ":" or "=") is none of its own
# characters, so giving one back never made a match, and each start is tried once instead of once per length
_SCALAR = re.compile(
    r"""(?P<kq>["']?)(?P<key>[A-Za-z_][\w.-]{0,40}+)(?P=kq)[ \t]*+[:=][ \t]*"""
    r"""(?:(?P<vq>["'])(?P<qval>[^"'\n]{1,100})(?P=vq)|(?P<val>[^\s,;{}\[\]"']{1,100}))"""
)
# keys that hold an identifier without saying which: the record's other fields say it
_BARE_ID_KEYS = frozenset({"number", "value", "id", "identifier", "document number", "doc number", "doc no"})
_ID_NUMBER_KEYS = frozenset({"id num", "id number", "id no", "id nbr", "idnum", "idno", "credential number"})
_TYPE_KEYS = frozenset({"type", "id type", "doc type", "document type", "kind", "credential type", "category"})
_STATE_KEYS = frozenset({"state", "id state", "issuing state", "issuer state", "jurisdiction", "id jurisdiction"})
_US_STATE = re.compile(
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
    r"|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP"
)
# FHIR identifier systems: HL7's OIDs for a state's driver's licences (2.16.840.1.113883.4.3.<state FIPS>), the
# SSN (…4.1) and passports (…4.330.<country>)
_FHIR_SYSTEMS = (
    (re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.3\.\d{1,2}"), "US_DRIVER_LICENSE"),
    (re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.1|http://hl7\.org/fhir/sid/us-ssn"), "US_SSN"),
    (re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.330\.\d{1,3}"), "US_PASSPORT"),
)


def _record_span(text: str, pos: int) -> tuple[int, int]:
    """The record a key at ``pos`` belongs to: its innermost braces (JSON, a dict literal), or else the lines
    around it indented as far as its own (YAML, a "key: value" list)."""
    open_ = text.rfind("{", max(0, pos - 600), pos)
    if open_ >= 0 and "}" not in text[open_:pos]:
        close = text.find("}", pos)
        if close >= 0 and "{" not in text[pos:close]:
            return open_, close
    line_start = text.rfind("\n", 0, pos) + 1
    indent = len(text[line_start:pos]) - len(text[line_start:pos].lstrip(" \t"))
    start, end = line_start, text.find("\n", pos)
    end = len(text) if end < 0 else end
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1]
        if not line.strip() or len(line) - len(line.lstrip(" \t")) != indent:
            break
        start = prev
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt]
        if not line.strip() or len(line) - len(line.lstrip(" \t")) != indent:
            break
        end = nxt
    return start, end


def _scalar_value(m: re.Match[str]) -> tuple[int, int]:
    return m.span("qval") if m.group("qval") is not None else m.span("val")


def typed_id_fields(text: str, windows: list[Window] | None = None) -> Iterator[Field]:
    """Round 18. An identifier under a key that does not say which ("number", "id_num", "value"), named by its
    record's other fields: a type (``"type": "DL"``, ``idType: passport``), a FHIR identifier's system, or, for an
    ID number, the US state that issued it (``id_num: …`` beside ``id_state: WA``); and an element whose ``type``
    attribute names its value (``<Credential type="StateID">…</Credential>``)."""
    if "type=" in text or "Type=" in text:
        for m in _TYPED_ELEMENT.finditer(text):
            entity = entity_for(m.group("type"))
            if entity in _ID_TYPES:
                yield Field(entity, m.start("val"), m.end("val"), m.group("type"), "xml")
    if ":" not in text and "=" not in text:
        return
    # each pair's start, key words and value, read once
    pairs = [
        (m.start(), key_phrase(m.group("key")), text[slice(*_scalar_value(m))].strip(), m)
        for m in _scalars(text, sep_windows(text) if windows is None else windows).finditer()
    ]
    starts = [start for start, _, _, _ in pairs]
    for i, (start, key, _, m) in enumerate(pairs):
        if key not in _BARE_ID_KEYS and key not in _ID_NUMBER_KEYS:
            continue
        lo, hi = _record_span(text, start)
        entity = None
        for j in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            if j == i:
                continue
            _, other_key, value, _ = pairs[j]
            if other_key in _TYPE_KEYS and entity_for(value) in _ID_TYPES:
                entity = entity_for(value)
            elif other_key == "system":
                entity = next((t for pattern, t in _FHIR_SYSTEMS if pattern.fullmatch(value)), entity)
            elif key in _ID_NUMBER_KEYS and other_key in _STATE_KEYS and _US_STATE.fullmatch(value):
                entity = entity or "US_DRIVER_LICENSE"
        if entity is not None:
            start, end = _scalar_value(m)
            yield Field(entity, start, end, m.group("key"), "key")


# Round 18. An HL7 v2 PID segment: its fields by position (PID-5 name, PID-7 birth date, PID-11 address, PID-13
# phone, PID-19 SSN, PID-20 driver's licence: number^state^expiry)
_PID = re.compile(r"(?m)^PID\|[^\n]*")
_PID_FIELDS = {5: "PERSON", 7: "DATE_OF_BIRTH", 11: "STREET_ADDRESS", 13: "PHONE_NUMBER", 19: "US_SSN"}


def hl7_fields(text: str) -> Iterator[Field]:
    if "PID|" not in text:
        return
    for m in _PID.finditer(text):
        pos = m.start()
        for n, value in enumerate(m.group(0).split("|")):
            start, pos = pos, pos + len(value) + 1
            if not value:
                continue
            if n == 5:
                off = start
                for part in value.split("^")[:3]:  # family^given^middle
                    if len(part) > 1:
                        yield Field("PERSON", off, off + len(part), "PID-5", "hl7")
                    off += len(part) + 1
            elif n == 20:
                number = value.split("^", 1)[0]
                if number:
                    yield Field("US_DRIVER_LICENSE", start, start + len(number), "PID-20", "hl7")
            elif n in _PID_FIELDS:
                yield Field(_PID_FIELDS[n], start, start + len(value), f"PID-{n}", "hl7")


# Round 18. A fixed-width extract introduced by its layout ("cols: OLN 1-12, NAME 13-42, DOB 43-50"): each label's
# character positions (from 1) on the lines below, down to a blank line
_LAYOUT_COLUMN = re.compile(
    r"(?<![\w-])(?P<label>[A-Za-z][\w'/]*(?:[ \t][A-Za-z][\w'/]*){0,2})[ \t]+(?P<a>\d{1,3})"
    r"[ \t]*-[ \t]*(?P<b>\d{1,3})(?![\w-])"
)

# the positions of one column ("1-12") as a layout line gives them, with the blank after its label (round 20)
_LAYOUT_RANGE = re.compile(r"[ \t]\d{1,3}[ \t]*-[ \t]*\d{1,3}(?![\w-])")


def layout_fields(text: str) -> Iterator[Field]:
    if "-" not in text:
        return
    # round 20 (speed): a layout line holds three columns at least, each with its positions, so only the lines with
    # three such ranges are read (no range reaches across a line, and none of a column's can start before it)
    ranges: dict[int, int] = {}
    for r in _LAYOUT_RANGE.finditer(text):
        line_start = text.rfind("\n", 0, r.start()) + 1
        ranges[line_start] = ranges.get(line_start, 0) + 1
    n = len(text)
    for line_start, count in ranges.items():
        if count < 3:
            continue
        line_end = text.find("\n", line_start)
        line_end = n if line_end < 0 else line_end
        line = text[line_start:line_end]
        layout = list(_LAYOUT_COLUMN.finditer(line))
        columns = []
        for m in layout:
            a, b = int(m.group("a")), int(m.group("b"))
            entity = entity_for(m.group("label").split()[-1], strict=True)
            if 1 <= a <= b <= 400 and entity is not None:
                columns.append((entity, a - 1, b, m.group("label")))
        if len(columns) >= 2 and len(layout) >= 3:
            row_start = line_end + 1
            while row_start <= n:  # the lines below, down to a blank one
                row_end = text.find("\n", row_start)
                row_end = n if row_end < 0 else row_end
                row = text[row_start:row_end]
                if not row.strip():
                    break
                for entity, a, b, label in columns:
                    cell = row[a:b]
                    s, e = len(cell) - len(cell.lstrip()), len(cell.rstrip())
                    if e > s:
                        yield Field(entity, row_start + a + s, row_start + a + e, label, "table")
                row_start = row_end + 1


# Round 25. A pair that names its field in one key and holds its value in another, as form autofill, analytics and
# audit logs write them: "field=given_name value=Musu", {"name": "family_name", "value": "Kollie"}, "key=dob
# val=1990-01-02". Found from the value key (a literal), the field key read back on the same line right before it
_VALUE_KEY = re.compile(r"va(?:lue|l)[\"']?[ \t]*[=:][ \t]*")  # (its word start checked after: a literal first)
_FIELD_KEY = re.compile(
    r"(?<![\w-])(?:field|field_?name|key|name|attr|attribute|param|column|prop|property)[\"']?[ \t]*[=:][ \t]*"
    r"[\"']?(?P<key>[A-Za-z_][\w.-]{1,40})[\"']?[ \t]*[,;]?[ \t]*[\"']?$"
)
_NAMED_VALUE = re.compile(
    r"(?:(?P<q>[\"'])(?P<qval>[^\"'\n]{1,100})(?P=q)"
    r"|(?P<val>[^\s\"',;&=]+(?:[ \t]+[^\s\"',;&=]+){0,3})(?=[ \t]*(?:\r?$|[,;&}]|[ \t][\w.-]+=)))",
    re.MULTILINE,
)


def named_value_fields(text: str) -> Iterator[Field]:
    for m in _VALUE_KEY.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue  # "interval=", "eval:"
        line_start = text.rfind("\n", 0, m.start()) + 1
        named = _FIELD_KEY.search(text, max(line_start, m.start() - 80), m.start())
        if named is None:
            continue
        entity = entity_for(named.group("key"))
        value = _NAMED_VALUE.match(text, m.end()) if entity is not None else None
        if entity is None or value is None:
            continue
        start, end = value.span("qval") if value.group("qval") is not None else value.span("val")
        yield Field(entity, start, end, named.group("key"), "key")


# Round 25. A name in a URL's query string ("/thanks?name=Larissa+Quint&email=..."), its words joined by "+" or
# "%20": each word a field of its own, for the name's words are found whole
_QUERY_PAIR = re.compile(r"[?&](?P<key>[A-Za-z][\w.-]{0,40})=(?P<val>[^&#\s\"'<>]{1,120})")
_QUERY_SPACE = re.compile(r"\+|%20")


def query_fields(text: str) -> Iterator[Field]:
    for m in _QUERY_PAIR.finditer(text):
        if entity_for(m.group("key")) != "PERSON":
            continue
        start = m.start("val")
        for word in _QUERY_SPACE.split(m.group("val")):
            if word:
                yield Field("PERSON", start, start + len(word), m.group("key"), "key")
            start += len(word)
            space = _QUERY_SPACE.match(text, start)
            start = space.end() if space is not None else start


def fields(text: str) -> list[Field]:
    """Every labelled value of the text's tables, keyed pairs, HTML label rows and SQL inserts (a value found
    more than one way is reported once)."""
    if not any(c in text for c in ":=,;\t|<") and "  " not in text:
        return []
    found: dict[tuple[int, int], Field] = {}
    for f in table_fields(text):
        found[(f.start, f.end)] = f
    windows = sep_windows(text)  # the pairs' and the typed identifiers' (round 20: read once)
    # round 18: a record's type names its number before a key's word does (<Credential type="StateID">)
    for f in typed_id_fields(text, windows):
        found.setdefault((f.start, f.end), f)
    for f in keyed_fields(text, windows):
        found.setdefault((f.start, f.end), f)
    for source in (html_fields, sql_fields, aligned_fields, xml_fields, hl7_fields, layout_fields):
        for f in source(text):
            found.setdefault((f.start, f.end), f)
    if "=" in text and ("?" in text or "&" in text):
        for f in query_fields(text):
            found.setdefault((f.start, f.end), f)
    if "va" in text:  # (its finder is a literal's: cheap on prose)
        for f in named_value_fields(text):
            found.setdefault((f.start, f.end), f)
    return sorted(found.values(), key=lambda f: f.start)
