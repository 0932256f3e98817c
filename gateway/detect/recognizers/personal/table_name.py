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
NAME_HEADERS = re.compile(
    r"^(?:(?:full|legal|first|last|given|family|sur|middle|employee|applicant|beneficiary|petitioner|client|"
    r"contact|traveler|passenger|student|patient|subject)[ _-]?)?(?:name|names)$|^(?:applicant|beneficiary|"
    r"petitioner|employee|traveler|passenger|student|patient|client|person|contact|surname"
    # round 17: a ticket tracker's export (Jira, ServiceNow): the people who reported and were given each ticket
    r"|reporter|assignee|requester|requestor|submitter|(?:assigned|reported|requested|submitted)[ _-]?(?:to|by))$",
    re.IGNORECASE,
)
# a tracker's people columns also hold teams and queues ("Network", "Service Desk"): there a cell is a person's
# name of two or three words, none an everyday English word, or opening with a frequent given name
_TRACKER_HEADERS = re.compile(
    r"^(?:reporter|assignee|requester|requestor|submitter|(?:assigned|reported|requested|submitted)[ _-]?(?:to|by))$",
    re.IGNORECASE,
)
_NAME_CELL = re.compile(
    r"^(?:[A-Z][A-Za-z'-]+|[A-Z]\.)(?:[ ,]+(?:[A-Z][A-Za-z'-]+|[A-Z]\.|(?:de|del|van|von|da|bin|al)))*$"
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
            trackers = {n for n in columns if _TRACKER_HEADERS.match(cells[n])}
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
                        ):
                            results.append(self._result(offsets[i] + start, offsets[i] + end))
                i += 1
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        return own_result(self, "PERSON", start, end, SCORE, context_weighed=False)
