"""Last step of detection: drop what the allow list permits and settle overlaps between entity types.

Presidio only settles overlaps within one entity type. Across types its raw results repeat the same characters:
a URL inside an e-mail address, a phone number on an SSN's digits, a LOCATION inside a street address, a PERSON
on a CUI banner. The rules, in order:

- a finding below ``SUPPRESS_MIN`` never suppresses another (an unconfirmed candidate is not evidence);
- spaCy's generic types and URLs go when they overlap anything more specific; a PERSON goes when a structured
  finding contains it;
- a marking or credential contains what it covers (a digit run inside a token is not a bank number);
- between identifiers, a contained finding goes when the container is surer (score, then specificity);
- partial overlaps between identifiers stay: the transform merges them into one redaction.
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
WEAK = frozenset({"PHONE_NUMBER", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "MEDICAL_LICENSE", "IP_ADDRESS"})
GENERIC = frozenset({"LOCATION", "ORGANIZATION", "NRP", "DATE_TIME", "URL"})
SUPPRESS_MIN = 0.4


def tier(entity_type: str) -> int:
    """Lower is more specific. Types a rule file declares count as specific identifiers."""
    if entity_type in BLOCKING:
        return 0
    if entity_type in GENERIC:
        return 5
    if entity_type == "PERSON":
        return 4
    if entity_type in WEAK:
        return 3
    return 1


def _overlaps(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(outer: Finding, inner: Finding) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _beaten(f: Finding, by: Finding) -> bool:
    if by is f or by.entity_type == f.entity_type or by.score < SUPPRESS_MIN or not _overlaps(f, by):
        return False
    tf, tb = tier(f.entity_type), tier(by.entity_type)
    if tf == 5:
        return tb < 5
    if tf == 4:
        return tb < 4 and _contains(by, f)
    if not _contains(by, f):
        return False
    if tb == 0:
        return tf > 0 or by.score > f.score
    if tf == 0 or tb >= 4:
        return False
    return (by.score, -tb, by.end - by.start) > (f.score, -tf, f.end - f.start)


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Findings without the ones a surer or more specific overlapping finding already covers, by position."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, f.entity_type))
    kept = []
    active: list[Finding] = []  # earlier findings that may still overlap the current one
    for i, f in enumerate(ordered):
        active = [g for g in active if g.end > f.start]
        beaten = any(_beaten(f, g) for g in active)
        j = i + 1
        while not beaten and j < len(ordered) and ordered[j].start < f.end:
            beaten = _beaten(f, ordered[j])
            j += 1
        if not beaten:
            kept.append(f)
        active.append(f)
    return kept


_FILLER = re.compile(r"(?i)^[\W_]*(?:the\b)?[\W_]*$")


# Street words written either way in addresses: an allowed address matches however its words are abbreviated.
_STREET_WORDS = (
    ("street", "st", "saint"), ("avenue", "ave", "av"), ("drive", "dr"), ("road", "rd"), ("lane", "ln"),
    ("boulevard", "blvd"), ("place", "pl"), ("court", "ct"), ("parkway", "pkwy"), ("highway", "hwy"),
    ("suite", "ste"), ("building", "bldg"), ("floor", "fl"), ("junior", "jr"), ("southwest", "sw"),
    ("southeast", "se"), ("northwest", "nw"), ("northeast", "ne"), ("north", "n"), ("south", "s"), ("east", "e"),
    ("west", "w"),
)  # fmt: skip
_STREET_WORD = {w: group for group in _STREET_WORDS for w in group}
_PHONE_TERM = re.compile(r"^[+\d\s().-]+$")


def _term_pattern(term: str) -> str:
    """An allowed term as a pattern: a phone number in any of its usual layouts, an address with its street
    words long or short and its ZIP with or without the +4; anything else as written."""
    digits = re.sub(r"\D", "", term)
    if _PHONE_TERM.match(term) and len(digits) in (10, 11) and (len(digits) == 10 or digits[0] == "1"):
        d = digits[-10:]
        return rf"(?:\+?1[ .-]?)?\(?{d[:3]}\)?[ .-]?{d[3:6]}[ .-]?{d[6:]}"
    tokens = [t for t in re.split(r"[\s,]+", term) if t]
    if not digits or len(tokens) < 3 or not any(c.isalpha() for c in term):
        return re.escape(term)
    parts = []
    for t in tokens:
        bare = t.rstrip(".").lower()
        if bare in _STREET_WORD:
            parts.append("(?:" + "|".join(_STREET_WORD[bare]) + r")\.?")
        elif _STATE_CODE.fullmatch(t):
            parts.append(rf"{t[0]}\.?{t[1]}\.?")  # "DC" as "D.C."
        else:
            parts.append(re.escape(t).replace(r"\.", r"\.?"))
    if re.fullmatch(r"\d{5}", tokens[-1]):
        parts[-1] += r"(?:-\d{4})?"
    street = len(term.split(",")[0].split())
    if "," in term and _STATE_CODE.fullmatch(tokens[-2]) and street < len(parts):
        # "950 H Street NW, Suite 7800, Washington, DC": a suite, room or floor may follow the street
        return r"[\s,]+".join(parts[:street]) + _UNIT + r"[\s,]+" + r"[\s,]+".join(parts[street:])
    return r"[\s,]+".join(parts)


_STATE_CODE = re.compile(r"[A-Z]{2}")
# round 17: or an agency's mail stop ("6595 Springfield Center Drive, TSA-910, Springfield, VA 20598-6900")
_UNIT = r"(?:[\s,]+(?:(?:suite|ste|room|rm|floor|fl|unit|bldg|building)\.?[ \t]*#?[\w-]{1,6}|[a-z]{2,5}-\d{1,4}))?"


class AllowList:
    """Terms never reported: a finding inside an allowed term, or equal to it but for an article, is dropped."""

    def __init__(self, terms: Iterable[str]) -> None:
        cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        self._regex = (
            re.compile(r"(?<!\w)(?:" + "|".join(_term_pattern(t) for t in cleaned) + r")(?!\w)", re.IGNORECASE)
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
