"""Allow-list entries beyond plain terms: a value allowed inside a longer finding, or a regular expression.

A plain term (``- Secret Service``) is handled by the detector: a finding inside it, or equal to it, is dropped.
``- inside: Alejandro Mayorkas`` also drops a finding that holds the value plus only titles around it
("Secretary Alejandro Mayorkas"), never one that holds anything else as well ("Mayorkas and Maria Garcia").
``- regex: '...'`` drops a finding whose whole text matches the expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gateway.detect.findings import Finding

TITLES = frozenset(
    [
        "the",
        "a",
        "an",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "madam",
        "hon",
        "honorable",
        "honourable",
        "rep",
        "sen",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "secretary",
        "deputy",
        "under",
        "assistant",
        "acting",
        "director",
        "administrator",
        "commissioner",
        "chief",
        "general",
        "attorney",
        "governor",
        "mayor",
        "president",
        "vice",
        "ambassador",
        "judge",
        "justice",
        "officer",
        "agent",
        "special",
        "commander",
        "admiral",
        "captain",
        "lieutenant",
        "sergeant",
        "colonel",
        "major",
        "of",
        "for",
        "and",
        "to",
    ]
)
_WORDS = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True, slots=True)
class AllowRules:
    inside: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def build(cls, inside: Iterable[str], regexes: Iterable[re.Pattern[str]]) -> AllowRules:
        values = sorted({v.strip() for v in inside if v.strip()}, key=len, reverse=True)
        return cls(tuple(values), tuple(regexes))

    def __bool__(self) -> bool:
        return bool(self.inside or self.patterns)

    def filter(self, text: str, findings: Sequence[Finding]) -> list[Finding]:
        return [f for f in findings if not self.allows(text[f.start : f.end])]

    def allows(self, value: str) -> bool:
        if any(p.fullmatch(value) for p in self.patterns):
            return True
        for term in self.inside:
            rest, n = re.subn(r"(?<!\w)" + re.escape(term) + r"(?!\w)", " ", value, flags=re.IGNORECASE)
            if n and all(w.lower() in TITLES for w in _WORDS.findall(rest)):
                return True
        return False
