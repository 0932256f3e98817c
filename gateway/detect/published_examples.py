"""Round 9. Values published as specimens, that no one holds, when the text names them as such.

- SSN ``078-05-1120``: the number printed on the sample card in Woolworth wallets (1938), used by thousands as
  their own until the SSA voided it; it is the textbook "do not use" example. ``219-09-9999``: the SSA's own
  sample card in its 1940 pamphlet, voided likewise. (Social Security Administration, "Social Security Cards
  Issued by Woolworth", ssa.gov/history/ssn/misused.html.) Round 21: ``987-65-4320`` to ``987-65-4329``, which the
  SSA reserves for advertisements (an ITIN's shape, 9xx).
- JWT: the token on jwt.io's front page and in its introduction (header HS256, claims ``sub`` 1234567890, ``name``
  John Doe, ``iat`` 1516239022), signed with the published secret ``your-256-bit-secret``: it opens nothing.

Round 23: a department identifier shown as its format's example (help text, a training slide): its digits a
counting run ("IOE0912345678") or all zeros ("N0000000000"), that no one is issued; a counting run only where the
words around call it an example, zeros anywhere.

As with the processors' test cards (test_cards.py), a value only counts as the specimen where the words around
it call it an example, a sample, a specimen or the like, or name where it was published; the same digits offered
as someone's ("my SSN is 078-05-1120") stay a finding.
"""

from __future__ import annotations

import re

PUBLISHED: dict[str, frozenset[str]] = {
    "US_SSN": frozenset({"078051120", "219099999"}),
    # round 21: the ten numbers the SSA keeps for advertisements, 987-65-4320 to 987-65-4329 (an ITIN's shape)
    "US_ITIN": frozenset(f"98765432{d}" for d in range(10)),
    "JWT": frozenset(
        {
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
            "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        }
    ),
}
# a word of the prose, not of an address ("maria@example.com", "docs.example.org" name nothing as an example)
_NAMED_AS_SPECIMEN = re.compile(
    r"(?i)(?<![\w@./-])(?:examples?|samples?|specimens?|sandbox|dummy|placeholders?|demo|tutorial|documentation|docs"
    r"|do[ \t]+not[ \t]+use|voided|woolworth|wallet[- ]card|published|advertis\w*)(?![\w@/-]|\.\w)|(?<![\w.])jwt\.io\b"
)
_WINDOW = 120


def _key(entity_type: str, value: str) -> str:
    return re.sub(r"\D", "", value) if entity_type in ("US_SSN", "US_ITIN") else value.strip()


def named_specimen(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a published specimen of its type and the words around it say so."""
    specimens = PUBLISHED.get(entity_type)
    if specimens is None or _key(entity_type, text[start:end]) not in specimens:
        return False
    return _NAMED_AS_SPECIMEN.search(text, max(0, start - _WINDOW), min(len(text), end + _WINDOW)) is not None


def inside_named_specimen(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within a published specimen of ``entity_type`` (written verbatim) that the
    words around it name as one: a piece of jwt.io's token that another recognizer took for a password."""
    for specimen in PUBLISHED.get(entity_type, ()):
        at = text.find(specimen)
        while at >= 0:
            if at <= start and end <= at + len(specimen):
                return named_specimen(text, entity_type, at, at + len(specimen))
            at = text.find(specimen, at + 1)
    return False


_COUNTING_RUNS = ("0123456", "1234567", "2345678", "3456789", "9876543", "8765432", "7654321")
_SHOWN_AS = re.compile(r"(?i)\b(?:looks?|looked)[ \t]+like|\be\.g\.|\bsuch[ \t]+as\b|\bformat(?:ted)?\b")


def format_example(text: str, start: int, end: int) -> bool:
    """Round 23. Whether the identifier ``text[start:end]`` is a made-up example of its format: its digits all
    zeros, or a counting run of seven or more that the words around it show as an example ("Receipt numbers look
    like "IOE0912345678" in examples only")."""
    digits = re.sub(r"\D", "", text[start:end])
    if len(digits) >= 7 and set(digits) == {"0"}:
        return True
    if not any(run in digits for run in _COUNTING_RUNS):
        return False
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    return _NAMED_AS_SPECIMEN.search(text, lo, hi) is not None or _SHOWN_AS.search(text, lo, start) is not None


# Round 24. The digits of a short identifier's example: a counting run from 0 or 1, all of its digits ("TT12345AB",
# the PreCheck KTN's format in help text), no one's issued number
_SHORT_RUNS = ("0123456789", "1234567890")


def short_format_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``'s digits, five or more, are wholly a counting run from 0 or 1, shown as an example
    ("e.g.", "such as", "format", "looks like" before it)."""
    digits = re.sub(r"\D", "", text[start:end])
    if len(digits) < 5 or not any(run.startswith(digits) for run in _SHORT_RUNS):
        return False
    lo = max(0, start - 40)
    return _SHOWN_AS.search(text, lo, start) is not None or _NAMED_AS_SPECIMEN.search(text, lo, start) is not None
