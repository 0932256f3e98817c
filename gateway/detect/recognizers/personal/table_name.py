"""PERSON in pasted tables: the cells of a name column in CSV, TSV, semicolon or Markdown-pipe tables.

Spreadsheets and case lists are pasted as text with a header row; the small spaCy model, reading
``Maria Garcia,212-67-4093,...`` without a sentence around it, misses most of the names. A column whose header
says it holds names (name, full name, applicant, employee, beneficiary, first/last name, ...) makes each of
its cells that looks like a name a PERSON."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.names_gazetteer import english_word, gazetteer
from gateway.detect.recognizers.base import own_result

PATTERNS: list[str] = []
CONTEXT: list[str] = []
# Round 23. Headers of people's columns in other words than "name": checked as a tracker's are (a donor may be a
# foundation, an owner a company)
_OTHER_PEOPLE = (
    r"|donor|donors|principal|occupant|occupants|cardholder|card[ _-]holder|account[ _-]holder|owner|tenant|resident"
    r"|borrower|recipient|payee|insured|decedent|head[ _-]of[ _-]household"
)
_OTHER_HEADERS = re.compile(rf"^(?:{_OTHER_PEOPLE[1:]})$", re.IGNORECASE)
_ROLE_PREFIX = (
    r"owner|holder|member|tenant|resident|occupant|donor|borrower|buyer|seller|parent|guardian|spouse|child|emp"
    r"|employee|student|patient|client|contact|applicant|insured|primary|mother|father|hh|principal"
)
NAME_HEADERS = re.compile(
    r"^(?:(?:full|legal|first|last|given|family|sur|middle|employee|applicant|beneficiary|petitioner|client|"
    r"contact|traveler|passenger|student|patient|subject)[ _-]?)?(?:name|names)$|^(?:applicant|beneficiary|"
    r"petitioner|employee|traveler|passenger|student|patient|client|person|contact|surname"
    # round 17: a ticket tracker's export (Jira, ServiceNow): the people who reported and were given each ticket
    r"|reporter|assignee|requester|requestor|submitter|(?:assigned|reported|requested|submitted)[ _-]?(?:to|by)"
    # round 27: a maiden, birth or former surname beside the name column, an alias ("name,maiden,email")
    r"|maiden|maiden[ _-]?names?|n[eé]e|birth[ _-]?(?:name|surname)|(?:former|previous|other)[ _-]?names?|alias"
    r"|aliases|aka"
    # round 28: a timesheet's or a crew list's short headers for the person on each row ("date\temp\tin\tout")
    r"|emp|empl|employees|worker|workers|crew[ _-]?member|staff[ _-]?member|approver|approved[ _-]?by"
    # ... and an event list's point of contact ("event,date,sponsor,poc,poc_phone")
    r"|poc|point[ _-]of[ _-]contact"
    # round 23: the people a ledger, a roster or a parcel list names in other words: "donor", "principal",
    # "occupant", "cardholder"; and split name columns after the person's role ("owner_last", "owner_first")
    + _OTHER_PEOPLE
    + r"|(?:"
    + _ROLE_PREFIX
    + r")[ _-]?(?:first|last|given|family|middle|sur)(?:[ _-]?names?)?)$",
    re.IGNORECASE,
)
# a tracker's people columns also hold teams and queues ("Network", "Service Desk"): there a cell is a person's
# name of two or three words, none an everyday English word, or opening with a frequent given name
_TRACKER_HEADERS = re.compile(
    r"^(?:reporter|assignee|requester|requestor|submitter|(?:assigned|reported|requested|submitted)[ _-]?(?:to|by))$",
    re.IGNORECASE,
)
# (round 23: letters of other Latin alphabets and the Polynesian okina, U+02BB: "Dinh Quang Thuận")
_NAME_CELL = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\u02bb\u2019-]+|[A-Z]\.)"
    r"(?:[ ,]+(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\u02bb\u2019-]+|[A-Z]\.|(?:de|del|van|von|da|bin|al)))*$"
)
# Round 24. Columns named for the role a person plays in the case rather than for "name": the staff on it (an
# attorney, an officer, an interviewer, a nurse) and the people it is about (a complainant, a witness, a sponsor),
# alone or after an agency or a qualifier ("atty", "cbsa_officer", "assigned_interviewer", "complainant_name").
# Such a column also holds a unit, a status or "pro se", so a cell counts only when it reads as a name (_role_person)
_ROLE_HEADERS = re.compile(
    r"^(?:[a-z]{2,12}[ _-])?(?:atty|attys|attorney|counsel|lawyer|rep|representative|officer|agent|adjudicator"
    r"|interviewer|examiner|inspector|investigator|judge|ij|case[ _-]?worker|social[ _-]?worker|case[ _-]?manager"
    r"|supervisor|handler|coordinator|interpreter|nurse|doctor|physician|clinician|counselor|counsellor|teacher"
    r"|instructor|mentor|sponsor|guardian|complainant|claimant|respondent|witness|victim|defendant|plaintiff"
    r"|detainee|spouse|father|mother|parent|next[ _-]?of[ _-]?kin|emergency[ _-]?contact|preparer|notary)"
    r"(?:[ _-]?(?:name|last|surname|last[ _-]?name))?$",
    re.IGNORECASE,
)
SCORE = 0.8
# Round 25. A split name's columns in a database's or an export's abbreviations ("last_nm", "first_nm", "fname",
# "lname") and an app's "display_name"; and a bare "last"/"first" (or "surname"/"given") column, read as a name
# column only beside its partner (a header with both), as "first seen"/"last seen" columns never are
_ABBREVIATED_HEADERS = re.compile(
    r"^(?:[a-z]{1,12}[ _.-])?(?:(?:first|frst|last|lst|given|family|fam|middle|mid|sur|full|legal|display)[ _-]?"
    r"(?:nm|nme|name)|[flm]name|[flm]_name)$",
    re.IGNORECASE,
)
_SURNAME_HALF = re.compile(r"^(?:last|surname|family)$", re.IGNORECASE)
_GIVEN_HALF = re.compile(r"^(?:first|given|forename)$", re.IGNORECASE)
# Round 25. Headers of columns whose cells may read as names but are no people: places, vessels, organisations,
# schools, products (a column of "Santa Clara", "Mary Ellen Moore", "Hiram Johnson" HS)
_NOT_PEOPLE_HEADERS = re.compile(
    r"(?:^|[ _.-])(?:city|cities|town|county|state|country|place|location|loc|site|station|stn|hotel|venue|vessel"
    r"|ship|boat|aircraft|airport|port|street|road|address|addr|school|hs|college|university|campus|building"
    r"|hall|park|team|company|employer|org|organization|organisation|agency|vendor|brand|product|model|make"
    r"|title|book|song|album|facility|office|unit|dept|department|district|region|route|program|project|event"
    r"|course|store|restaurant|church|hospital|clinic|court|street|area|zone|neighborhood|neighbourhood)s?"
    r"(?:$|[ _.-])",
    re.IGNORECASE,
)
# Round 12. What a template writes in a name column before anyone is named: "to be determined", "vacant"
_PLACEHOLDER_CELLS = frozenset(
    {"TBD", "TBA", "TBC", "TBN", "N/A", "NA", "NONE", "VACANT", "UNKNOWN", "PENDING", "OPEN", "UNASSIGNED"}
)


def _split(line: str, sep: str) -> list[tuple[int, int]]:
    """Cell spans of one line (stripped of surrounding spaces and quotes)."""
    spans = []
    pos = 0
    for cell in line.split(sep):
        start, end = pos, pos + len(cell)
        while start < end and line[start] in " \t\"'":
            start += 1
        while end > start and line[end - 1] in " \t\"'":
            end -= 1
        spans.append((start, end))
        pos += len(cell) + 1
    return spans


# a fixed-width table's cell: words one space apart; and the gap between two cells
_FIXED_CELL = re.compile(r"\S+(?: \S+)*")
_FIXED_GAP = re.compile(r"\S(?:  +|\t)(?=\S)")


def _fixed_person(cell: str) -> bool:
    """A fixed-width name cell of one to four words: one of them a name the lists know that is no everyday word, or
    none of them an English word ("ABERNATHY, JUNE", "Tavita Faleafa"); not a placeholder ("VACANT")."""
    words = cell.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or cell.upper() in _PLACEHOLDER_CELLS:
        return False
    g = gazetteer()
    if any(g.is_name_word(w) and not g.is_common(w) for w in words):
        return True
    return len(words) >= 2 and not any(english_word(w.lower()) for w in words)


def _role_person(cell: str) -> bool:
    """Round 24. A role column's cell that reads as a person: one to four capitalised words, a surname alone
    included ("Drummond", "Okonkwo-Reyes"), one of them (or one part of a hyphenated one) a name the lists know
    that is no English word, or two or more of them none an English word; not a unit or a status ("Field Office",
    "Duty Desk", "Pending", "HSI")."""
    words = cell.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or cell.upper() in _PLACEHOLDER_CELLS:
        return False
    g = gazetteer()
    parts = [p for w in words for p in w.split("-") if p]
    if any(
        len(p) > 2 and not p.isupper() and g.is_name_word(p) and not g.is_common(p) and not english_word(p.lower())
        for p in parts
    ):
        return True
    return len(words) >= 2 and not any(w.isupper() or english_word(w.lower()) for w in words)


def _tracker_person(cell: str) -> bool:
    words = cell.replace(",", " ").split()
    if not 2 <= len(words) <= 3:
        return False
    return gazetteer().is_frequent_given(words[0]) or not any(english_word(w) for w in words)


# Round 25. A query's SELECT list on one line (after a client's prompt), up to FROM or the line's end
_SELECT = re.compile(
    r"^[ \t]*(?:[\w-]{1,20}[>#=]{1,2}[ \t]*)?select[ \t]+(?:distinct[ \t]+)?(?P<cols>[^;()]+?)(?:[ \t]+from\b|;|$)",
    re.IGNORECASE,
)
# a header word of letters (a database column, a role: "firefighter", "mariner", "crew_member")
_PLAIN_HEADER = re.compile(r"[A-Za-z][A-Za-z _-]{1,30}")


def _column_name(column: str) -> str:
    """A SELECT list's column as its header would print: its alias, without a table prefix or quotes."""
    words = column.split()
    return words[-1].split(".")[-1].strip("\"`[]'") if words else ""


def _voter(cell: str) -> bool:
    """Round 25. A cell that reads as a person's full name on its own: two to four capitalised words, the first a
    given name the lists know that is no everyday word, none of them an abbreviation in capitals."""
    words = cell.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or any(len(w) > 1 and w.isupper() for w in words):
        return False
    first = words[0]
    g = gazetteer()
    return g.is_given(first) and not g.is_common(first) and not english_word(first.lower())


def _people_column(lines: list[str], rows: list[int], spans: list[list[tuple[int, int]]], n: int, header: str) -> bool:
    """Round 25. A column whose header says nothing of names (a role: "firefighter", "mariner"; a field:
    "crew") holds people when at least two of its cells, and two thirds of those filled, read as full names;
    not under a header of places, vessels, organisations or products."""
    if not _PLAIN_HEADER.fullmatch(header) or _NOT_PEOPLE_HEADERS.search(header) or len(rows) < 2:
        return False
    filled = votes = 0
    for r, row in zip(rows, spans, strict=True):
        if n < len(row) and row[n][1] > row[n][0]:
            filled += 1
            votes += _voter(lines[r][row[n][0] : row[n][1]])
    return votes >= 2 and 3 * votes >= 2 * filled


def _header_columns(names: list[str]) -> tuple[list[int], set[int], set[int]]:
    """The columns a header names as people's: by a name header, by a role, by a surname and a given-name half."""
    columns = [n for n, cell in enumerate(names) if NAME_HEADERS.match(cell) or _ABBREVIATED_HEADERS.match(cell)]
    roles = {n for n, cell in enumerate(names) if n not in columns and _ROLE_HEADERS.match(cell)}
    halves: set[int] = set()
    if any(_SURNAME_HALF.match(c) for c in names) and any(_GIVEN_HALF.match(c) for c in names):
        halves = {n for n, c in enumerate(names) if _SURNAME_HALF.match(c) or _GIVEN_HALF.match(c)}
    return columns, roles, halves


# Round 27. A query's filter on a name column by a list of quoted values: "WHERE p.last_name IN ('...', '...')"
_SQL_IN = re.compile(
    r"([A-Za-z_][\w.]*|\"[^\"\n]{1,40}\"|`[^`\n]{1,40}`)[ \t]+(?i:not[ \t]+)?(?i:in)[ \t]*\("
    r"((?:[ \t\n]*'[^'\n]{1,80}'[ \t\n]*,)*[ \t\n]*'[^'\n]{1,80}'[ \t\n]*)\)"
)
_SQL_VALUE = re.compile(r"'([^'\n]{1,80})'")


def _names_header(header: str) -> bool:
    return bool(NAME_HEADERS.match(header) or _ABBREVIATED_HEADERS.match(header))


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for line in text.split("\n"):
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


class TableNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="TableNameRecognizer", context=CONTEXT)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        results: list[RecognizerResult] = []
        if "'" in text and "(" in text:
            results += self._sql_in(text)
        if not any(sep in text for sep in ",\t|;"):
            # round 27: a fixed-width table (an HTML table once its tags are blanked) needs no separator
            return results + self._fixed_width(text.split("\n"), _line_offsets(text)) if "  " in text else results
        lines = text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        i = 0
        vote_after = -1  # the rows of a table found to hold no people are no header to vote under
        while i < len(lines):
            header, top = lines[i], i
            select = _SELECT.match(header) if "|" in text and header.count(",") else None
            if select is not None:
                # Round 25. A query's SELECT list names the columns of the rows its client prints under it
                # ("sqlite> SELECT id, display_name, phone FROM ..." over "1|Dilrukshi Perera|..."; psql's and a
                # pasted comment's " | " rows): the rows start within a few lines (the rest of the query)
                sep = "|"
                names = [_column_name(c) for c in select.group("cols").split(",")]
                i += 1
                skipped = 0
                while i < len(lines) and skipped < 6 and lines[i].count(sep) < max(1, len(names) - 1):
                    i, skipped = i + 1, skipped + 1
            else:
                sep = max(",\t|;", key=header.count)
                names = [header[s:e].strip("| ") for s, e in _split(header, sep)] if header.count(sep) else []
                i += 1
            if len(names) < 2:
                continue
            vote = top > vote_after
            if not vote and not any(_header_columns(names)):
                i = top + 1
                continue
            rows: list[int] = []
            while i < len(lines) and lines[i].count(sep) >= max(1, len(names) - 1 - (select is None)):
                rows.append(i)
                i += 1
            found = self._table(lines, offsets, sep, names, rows, vote=vote) if rows else None
            if found is None:
                i = top + 1  # no column of people: the next line may be the table's header
                if rows and vote and len(names) >= len(_split(lines[rows[0]], sep)):
                    vote_after = rows[-1]  # a header as wide as its rows (a title line above a table is not)
            else:
                results += found
        if "  " in text:
            results += self._fixed_width(lines, offsets)
        return results

    def _table(
        self, lines: list[str], offsets: list[int], sep: str, names: list[str], rows: list[int], *, vote: bool
    ) -> list[RecognizerResult] | None:
        """The name cells of one delimited table: under a header that names people, and (round 25, when ``vote``)
        in a column most of whose cells read as people's names whatever its header says ("firefighter")."""
        columns, roles, halves = _header_columns(names)
        trackers = {n for n in columns if _TRACKER_HEADERS.match(names[n]) or _OTHER_HEADERS.match(names[n])}
        spans = [_split(lines[r], sep) for r in rows]
        voted = {
            n
            for n, cell in enumerate(names)
            if vote
            and n not in columns
            and n not in roles
            and n not in halves
            and _people_column(lines, rows, spans, n, cell)
        }
        if not (columns or roles or halves or voted):
            return None
        results: list[RecognizerResult] = []
        for r, row in zip(rows, spans, strict=True):
            for n in (*columns, *roles, *halves, *voted):
                if n >= len(row):
                    continue
                start, end = row[n]
                cell = lines[r][start:end]
                if (
                    _NAME_CELL.match(cell)
                    and cell.upper() not in _PLACEHOLDER_CELLS
                    and (n not in trackers or _tracker_person(cell))
                    and (n not in roles or _role_person(cell))
                    and (n not in halves or not all(english_word(w.lower()) for w in cell.split()))
                    and (n not in voted or _voter(cell) or _role_person(cell))
                ):
                    results.append(self._result(offsets[r] + start, offsets[r] + end))
        return results

    def _sql_in(self, text: str) -> list[RecognizerResult]:
        """Round 27. The quoted values a query filters a name column by ("p.last_name IN ('...', '...')"): each
        that reads as a name is one."""
        results: list[RecognizerResult] = []
        for m in _SQL_IN.finditer(text):
            if not _names_header(_column_name(m.group(1))):
                continue
            for v in _SQL_VALUE.finditer(m.group(2)):
                cell = v.group(1).strip()
                if _NAME_CELL.match(cell) and cell.upper() not in _PLACEHOLDER_CELLS:
                    start = m.start(2) + v.start(1)
                    results.append(self._result(start, start + len(v.group(1))))
        return results

    def _fixed_width(self, lines: list[str], offsets: list[int]) -> list[RecognizerResult]:
        """Round 23. A fixed-width table (a report printed to text, columns two spaces apart or more): the cells of
        its name column, read from the header's column start to the next gap, while the rows keep the header's
        shape ("0417  ABERNATHY, JUNE      PP14  31", "B112  Tavita Faleafa     912-555-0114")."""
        results: list[RecognizerResult] = []
        i = 0
        while i < len(lines):
            header = lines[i]
            i += 1
            if "  " not in header or any(sep in header for sep in ",\t|;"):
                continue
            cells = [(m.start(), m.group()) for m in _FIXED_CELL.finditer(header)]
            columns = [start for start, cell in cells if NAME_HEADERS.match(cell)]
            if len(cells) < 2 or not columns:
                continue
            # round 28: a column headed by "name" before one headed by a role ("EMP   NAME": the employee's number)
            named = [start for start, cell in cells if NAME_HEADERS.match(cell) and "name" in cell.lower()]
            start = (named or columns)[0]
            while i < len(lines):
                # round 27: an HTML table once its tags are blanked (normalize.py) keeps blank lines between its
                # rows: a row of the table's gaps after up to three of them goes on
                j = i
                while j < len(lines) and j - i < 3 and not lines[j].strip():
                    j += 1
                if j > i and (j == len(lines) or len(_FIXED_GAP.findall(lines[j])) < max(1, len(cells) - 2)):
                    break
                i = j
                if not (len(_FIXED_GAP.findall(lines[i])) >= len(cells) - 2 >= 0 and lines[i].strip()):
                    break
                line = lines[i]
                # the cell that starts at the header's column, or up to two places off it (a hand-aligned table)
                m = next((c for c in _FIXED_CELL.finditer(line) if abs(c.start() - start) <= 2), None)
                if m is not None and _NAME_CELL.match(m.group()) and _fixed_person(m.group()):
                    results.append(self._result(offsets[i] + m.start(), offsets[i] + m.end()))
                i += 1
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        return own_result(self, "PERSON", start, end, SCORE, context_weighed=False)
