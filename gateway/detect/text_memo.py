"""Whole-text questions that the context filters ask once per finding, answered once per text.

A filter such as "does the text talk of validity rules anywhere?" searches the whole text; asked for each of a
long text's hundreds of findings, that is quadratic in the text's length. ``anywhere`` keeps the answers for the
text this thread asked about last (the scan of one text runs on one thread), keyed by the text object itself, so a
new text, even an equal one, starts afresh and nothing about an earlier prompt is kept beyond the next scan.
"""

from __future__ import annotations

import re
import threading

_LAST = threading.local()  # (text, {pattern: found}) of the text this thread asked about last


def anywhere(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, searched once per text and pattern."""
    memo: tuple[str, dict[re.Pattern[str], bool]] | None = getattr(_LAST, "memo", None)
    if memo is None or memo[0] is not text:
        memo = _LAST.memo = (text, {})
    answers = memo[1]
    found = answers.get(pattern)
    if found is None:
        found = answers[pattern] = pattern.search(text) is not None
    return found
