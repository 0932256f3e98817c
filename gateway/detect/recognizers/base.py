"""The base of the department's pattern recognizers: narrowing a match to its value, and checks that need more
than the matched text, written once.

Presidio's ``PatternRecognizer`` calls ``validate_result`` and ``invalidate_result`` on each match's text
(a checksum, a shape no real value has) before it drops overlapping duplicates. What those hooks cannot see is
the pattern that matched and the text around it; this base adds, after them, for each match kept:

1. ``narrow``: a pattern with a named group ``value`` reports that group only (``password = hunter2!x`` finds
   ``hunter2!x``); a match whose group did not take part is dropped.
2. ``keep``: the recognizer's own check, given the whole text and the pattern's name; it may adjust the
   result's score or trim its span, and False drops it.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

VALUE_GROUP = "(?P<value>"
# Where an identifier may begin and end: at a word's edge as ``\b`` has it, and also right against Chinese,
# Japanese or Korean text, which sets no space between a word and the number after it ("收据号码是LIN2077883518",
# "社安号是212-67-4093"); ``\b`` sees no edge there, those scripts' letters being word characters too.
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
ID_START = rf"(?:(?<!\w)|(?<=[{_CJK}]))"
ID_END = rf"(?:(?!\w)|(?=[{_CJK}]))"


def own_result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float, *, context_weighed: bool = True
) -> RecognizerResult:
    """A finding of one of our recognizers that are not pattern recognizers, named after the recognizer (so its
    context words and the explanation find it). ``context_weighed``: the recognizer has weighed the words around
    the value itself, so Presidio's context step does not raise the score again."""
    meta: dict[str, Any] = {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,  # type: ignore[has-type]  # Presidio: `name: str = None`
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }
    if context_weighed:
        meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    return RecognizerResult(entity, start, end, score, recognition_metadata=meta)


def matched_pattern(result: RecognizerResult) -> str:
    """The name of the pattern that produced ``result`` ("" if Presidio did not say)."""
    return result.analysis_explanation.pattern_name if result.analysis_explanation else ""


class DepartmentRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose results are narrowed to their value and checked by ``keep``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Presidio matches with the third-party ``regex`` module; the value groups are read with it too.
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # Presidio sets it untyped
        flags = self.global_regex_flags or 0
        self._value_groups = {p.name: regex.compile(p.regex, flags) for p in patterns if VALUE_GROUP in p.regex}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            name = matched_pattern(result)
            if self.narrow(text, result, name) and self.keep(text, result, name):
                kept.append(result)
        return kept

    def narrow(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        """Moves the span to the pattern's ``value`` group, if it has one; False when that group did not match."""
        grouped = self._value_groups.get(pattern_name)
        if grouped is None:
            return True
        m = grouped.match(text, result.start)
        if m is None or m.start("value") < 0:
            return False
        result.start, result.end = m.span("value")
        return True

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        """False drops a result (validity checks that need the pattern name or the surrounding text)."""
        return True
