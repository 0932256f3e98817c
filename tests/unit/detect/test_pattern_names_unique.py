"""Each recognizer's patterns have names of their own: a recognizer's ``keep`` and its anchors are looked up by
pattern name, so a second pattern under a name already taken silently replaces the first (round 25: a new
restatement pattern under the old one's name stopped a restated birth date being found)."""

from __future__ import annotations

from collections import Counter

from gateway.detect.recognizers import department_recognizers, stock_recognizers


def test_no_recognizer_gives_two_patterns_one_name() -> None:
    shared = {}
    for recognizer in [*stock_recognizers(), *department_recognizers()]:
        names = Counter(p.name for p in getattr(recognizer, "patterns", None) or [])
        twice = sorted(n for n, count in names.items() if count > 1)
        if twice:
            shared[type(recognizer).__name__] = twice
    assert not shared
