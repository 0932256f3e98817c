"""Whole-text questions that the context filters ask once per finding, answered once per text.

A filter such as "does the text talk of validity rules anywhere?" searches the whole text; asked for each of a
long text's hundreds of findings, that is quadratic in the text's length. ``anywhere`` keeps the answers for the
text this thread asked about last (the scan of one text runs on one thread), keyed by the text object itself, so a
new text, even an equal one, starts afresh and nothing about an earlier prompt is kept beyond the next scan.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

_LAST = threading.local()  # (text, {key: answer}) of the text this thread asked about last


def remembered(text: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, worked out once per text and ``key`` (the answers of this thread's last text only)."""
    memo: tuple[str, dict[Hashable, Any]] | None = getattr(_LAST, "memo", None)
    if memo is None or memo[0] is not text:
        memo = _LAST.memo = (text, {})
    answers = memo[1]
    if key not in answers:
        answers[key] = compute()
    return answers[key]  # type: ignore[no-any-return]


def anywhere(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, searched once per text and pattern."""
    return remembered(text, pattern, lambda: pattern.search(text) is not None)
