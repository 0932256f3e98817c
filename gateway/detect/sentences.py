"""The sentence around a position, as the context filters read it: back to the last line break or sentence end
(".", "!" or "?", a closing quote or bracket, then a blank), no further than ``reach`` characters."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"\n|[.!?][\"')\u201d\u2019]?[ \t]")


def sentence_start(text: str, at: int, reach: int = 300) -> int:
    """Where the sentence that holds ``at`` starts."""
    lo = max(0, at - reach)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def sentence_end(text: str, at: int, reach: int = 300) -> int:
    """Where the sentence that holds ``at`` ends (before its full stop)."""
    m = SENTENCE_END.search(text, at, min(len(text), at + reach))
    return m.start() if m else min(len(text), at + reach)
