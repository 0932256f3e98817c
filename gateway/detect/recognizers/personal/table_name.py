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


class TableNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="TableNameRecognizer", context=CONTEXT)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities or not any(sep in text for sep in ",\t|;"):
            return []
        results: list[RecognizerResult] = []
        lines = text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        i = 0
        while i < len(lines):
            header = lines[i]
            sep = max(",\t|;", key=header.count)
            cells = [header[s:e].strip("| ") for s, e in _split(header, sep)] if header.count(sep) else []
            columns = [n for n, cell in enumerate(cells) if NAME_HEADERS.match(cell)]
            trackers = {n for n in columns if _TRACKER_HEADERS.match(cells[n]) or _OTHER_HEADERS.match(cells[n])}
            roles = {n for n, cell in enumerate(cells) if n not in columns and _ROLE_HEADERS.match(cell)}
            columns += sorted(roles)
            if not columns:
                i += 1
                continue
            i += 1
            while i < len(lines) and lines[i].count(sep) >= max(1, header.count(sep) - 1):
                row = _split(lines[i], sep)
                for n in columns:
                    if n < len(row):
                        start, end = row[n]
                        cell = lines[i][start:end]
                        if (
                            _NAME_CELL.match(cell)
                            and cell.upper() not in _PLACEHOLDER_CELLS
                            and (n not in trackers or _tracker_person(cell))
                            and (n not in roles or _role_person(cell))
                        ):
                            results.append(self._result(offsets[i] + start, offsets[i] + end))
                i += 1
        if "  " in text:
            results += self._fixed_width(lines, offsets)
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
            start = columns[0]
            while i < len(lines) and len(_FIXED_GAP.findall(lines[i])) >= len(cells) - 2 >= 0 and lines[i].strip():
                line = lines[i]
                # the cell that starts at the header's column, or up to two places off it (a hand-aligned table)
                m = next((c for c in _FIXED_CELL.finditer(line) if abs(c.start() - start) <= 2), None)
                if m is not None and _NAME_CELL.match(m.group()) and _fixed_person(m.group()):
                    results.append(self._result(offsets[i] + m.start(), offsets[i] + m.end()))
                i += 1
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        return own_result(self, "PERSON", start, end, SCORE, context_weighed=False)
