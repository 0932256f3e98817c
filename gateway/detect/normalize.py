"""Normalise a segment before detection, against evasion, keeping a map back to the original offsets.

Invisible characters go, full-width and other compatibility forms fold (NFKC), odd spaces become plain spaces,
spaced-out capitals close up (``S E C R E T`` → ``SECRET``) and lower-case marking-like runs with ``//`` are
upper-cased. Findings on the normalised text map back with ``to_original`` so a redaction lands on the
characters the employee wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)
_SPACED_CAPITALS = re.compile(r"(?<![A-Za-z])(?:[A-Z] ){3,}[A-Z](?![A-Za-z])")
_SLASHED_RUN = re.compile(r"[A-Za-z][A-Za-z -]{0,30}//[A-Za-z/ ,-]{1,60}")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    offsets: tuple[int, ...]  # offsets[i]: index in the original of normalised character i; one extra at the end

    @property
    def changed(self) -> bool:
        return len(self.offsets) != len(self.text) + 1 or any(o != i for i, o in enumerate(self.offsets))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that produced normalised ``[start, end)``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> Normalized:
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        if ch.isascii():
            chars.append(ch)
            offsets.append(i)
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded.isspace() and ch not in "\n\r":
            folded = " "
        for c in folded:
            chars.append(c)
            offsets.append(i)
    out = "".join(chars)
    out, offsets = _close_spaced_capitals(out, offsets)
    out = _SLASHED_RUN.sub(lambda m: m.group(0).upper() if m.group(0).isascii() else m.group(0), out)
    offsets.append(len(text))
    return Normalized(out, tuple(offsets))


def _close_spaced_capitals(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    if " " not in text:
        return text, offsets
    keep = [True] * len(text)
    for match in _SPACED_CAPITALS.finditer(text):
        for i in range(match.start() + 1, match.end(), 2):
            keep[i] = False
    if all(keep):
        return text, offsets
    return "".join(c for c, k in zip(text, keep, strict=True) if k), [
        o for o, k in zip(offsets, keep, strict=True) if k
    ]
