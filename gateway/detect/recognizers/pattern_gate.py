"""Whether a pattern recognizer can find anything in a text, decided from its patterns alone.

A recognizer whose every finding is a match of one of its own patterns finds nothing in a text that lacks what
each of those patterns needs (required_text.py, read off the pattern). The engine skips it there. Nothing is
declared by hand: a pattern added to a recognizer brings its own requirement, and one whose requirement cannot be
proved keeps the recognizer running on every text. A recognizer is gated only when its ``analyze`` is one of
``PATTERNS_ONLY``, reviewed to report pattern matches and nothing else; any other class (a new override, a
recognizer that is not a pattern recognizer) runs on every text.

``TextFacts`` holds what the checks ask of one text (its lower case, whether it is ASCII, whether it has a digit),
made once per text and thread, whichever recognizer asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from presidio_analyzer import EntityRecognizer, PatternRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from gateway.detect.recognizers.base import DepartmentRecognizer
from gateway.detect.recognizers.markings.marking import MarkingRecognizer
from gateway.detect.recognizers.required_text import RequiredText, TextFacts, required_text, text_facts

# ``analyze`` methods whose results are all matches of ``self.patterns`` on the text as given (each reviewed):
# Presidio's pattern loop, IBAN's variant of it (it reports a shorter span of the same match), the department's
# loop (it narrows or drops matches, never adds one) and the marking recognizers' rescoring of those results.
PATTERNS_ONLY: frozenset[Callable[..., Any]] = frozenset(
    {PatternRecognizer.analyze, IbanRecognizer.analyze, DepartmentRecognizer.analyze, MarkingRecognizer.analyze}
)

__all__ = ["PATTERNS_ONLY", "Gate", "TextFacts", "gate", "text_facts"]


class Gate:
    """The requirements of a recognizer's patterns: it can find something where one of them is met."""

    __slots__ = ("requirements",)

    def __init__(self, requirements: Sequence[RequiredText]) -> None:
        self.requirements = tuple(requirements)

    def open(self, facts: TextFacts) -> bool:
        return any(not r.absent_in(facts) for r in self.requirements)


def gate(recognizer: EntityRecognizer) -> Gate | None:
    """The gate of ``recognizer``, or None when it must run on every text."""
    if not isinstance(recognizer, PatternRecognizer) or type(recognizer).analyze not in PATTERNS_ONLY:
        return None
    if isinstance(recognizer, DepartmentRecognizer) and not recognizer.prefilter:
        return None  # the plain path (base.plain)
    flags: int = recognizer.global_regex_flags or 0
    patterns = recognizer.patterns  # type: ignore[has-type]  # Presidio sets it untyped
    if not patterns:
        return None
    requirements = []
    for pattern in patterns:
        found = required_text(pattern.regex, flags)
        if found is None:
            return None  # this pattern may match any text
        requirements.append(found)
    return Gate(requirements)
