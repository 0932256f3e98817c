"""Last step of detection: drop what the allow list permits and settle overlaps between entity types.

Presidio only settles overlaps within one entity type. Across types its raw results repeat the same characters:
a URL inside an e-mail address, a phone number on an SSN's digits, a LOCATION inside a street address, a PERSON
on a CUI banner. A generic finding (spaCy's NER, URL, DATE_TIME, weak number formats) that overlaps a more
specific one goes; any other finding goes only when a more specific one contains it. Partial overlaps between
findings of the same tier are kept: the transform merges them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from gateway.detect.findings import Finding

BLOCKING = frozenset(
    {
        "CLASSIFICATION_MARKING",
        "CUI_MARKING",
        "CLOUD_ACCESS_KEY",
        "CLOUD_SECRET_KEY",
        "PRIVATE_KEY",
        "JWT",
        "GITHUB_TOKEN",
        "GITLAB_TOKEN",
        "SLACK_TOKEN",
        "CONNECTION_STRING",
        "PASSWORD",
    }
)
# Formats weak enough to appear inside other identifiers (a bank number is any 8-17 digits).
WEAK = frozenset(
    {"PHONE_NUMBER", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_LICENSE", "IP_ADDRESS", "URL"}
)
CONTACT = frozenset({"STREET_ADDRESS", "DATE_OF_BIRTH"})
PERSON = frozenset({"PERSON"})
GENERIC = frozenset({"LOCATION", "ORGANIZATION", "NRP", "DATE_TIME", "URL"})


def tier(entity_type: str) -> int:
    """Lower is more specific. Types a rule file declares count as specific identifiers."""
    if entity_type in BLOCKING:
        return 0
    if entity_type in GENERIC:
        return 5
    if entity_type in PERSON:
        return 4
    if entity_type in WEAK:
        return 3
    if entity_type in CONTACT:
        return 2
    return 1


def _overlaps(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(outer: Finding, inner: Finding) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _beaten(f: Finding, by: Finding) -> bool:
    if by is f or by.entity_type == f.entity_type or not _overlaps(f, by):
        return False
    tf, tb = tier(f.entity_type), tier(by.entity_type)
    if tb < tf:
        return tf == 5 or _contains(by, f)
    # the same characters reported under two types of one tier: keep the longer, then the surer one
    return tb == tf and _contains(by, f) and (by.end - by.start, by.score) > (f.end - f.start, f.score)


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Findings without the ones a more specific overlapping finding already covers, sorted by position."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, f.entity_type))
    kept = []
    for f in ordered:
        window = (g for g in ordered if g.start < f.end and f.start < g.end)
        if not any(_beaten(f, g) for g in window):
            kept.append(f)
    return kept


_FILLER = re.compile(r"(?i)^[\W_]*(?:the\b)?[\W_]*$")


class AllowList:
    """Terms never reported: a finding inside an allowed term, or equal to it but for an article, is dropped."""

    def __init__(self, terms: Iterable[str]) -> None:
        cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        self._regex = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + r")(?!\w)", re.IGNORECASE)
            if cleaned
            else None
        )

    def __bool__(self) -> bool:
        return self._regex is not None

    def filter(self, text: str, findings: Sequence[Finding]) -> list[Finding]:
        if self._regex is None or not findings:
            return list(findings)
        allowed = [m.span() for m in self._regex.finditer(text)]
        if not allowed:
            return list(findings)
        return [f for f in findings if not self._allowed(text, f, allowed)]

    @staticmethod
    def _allowed(text: str, f: Finding, allowed: list[tuple[int, int]]) -> bool:
        inside = [(max(s, f.start), min(e, f.end)) for s, e in allowed if s < f.end and f.start < e]
        if not inside:
            return False
        rest, pos = [], f.start
        for s, e in sorted(inside):
            rest.append(text[pos:s])
            pos = max(pos, e)
        rest.append(text[pos : f.end])
        return _FILLER.match("".join(rest)) is not None
