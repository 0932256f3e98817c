"""The base of the department's pattern recognizers: narrowing a match to its value, and checks that need more
than the matched text, written once.

Presidio's ``PatternRecognizer`` calls ``validate_result`` and ``invalidate_result`` on each match's text
(a checksum, a shape no real value has) before it drops overlapping duplicates. What those hooks cannot see is
the pattern that matched and the text around it; this base adds, after them, for each match kept:

1. ``narrow``: a pattern with a named group ``value`` reports that group only (``password = hunter2!x`` finds
   ``hunter2!x``); a match whose group did not take part is dropped.
2. ``keep``: the recognizer's own check, given the whole text and the pattern's name; it may adjust the
   result's score or trim its span, and False drops it.

Before a pattern searches a text, the strings it cannot match without (required_text.py, read off the pattern)
are looked for: a pattern whose words are all absent is skipped. Otherwise the patterns run as Presidio runs them
(``PatternRecognizer.__analyze_patterns``, same results, same order).

A pattern recognizer whose patterns all carry such a requirement is skipped whole on a text that meets none of
them (pattern_gate.py); nothing about what a recognizer needs is declared by hand.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

from gateway.detect.recognizers.anchored import WordShapes
from gateway.detect.recognizers.required_text import RequiredText, required_text, text_facts

VALUE_GROUP = "(?P<value>"


def plain(recognizer: EntityRecognizer) -> EntityRecognizer:
    """``recognizer`` without the shortcuts (the reference path): Presidio's own pattern loop, every pattern on
    every text, and never skipped (pattern_gate.py)."""
    if isinstance(recognizer, DepartmentRecognizer):
        recognizer.prefilter = False
    for pattern in getattr(recognizer, "patterns", None) or []:
        if isinstance(pattern.compiled_regex, WordShapes):
            pattern.compiled_regex = None  # Presidio compiles the pattern itself on first use
    return recognizer


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

    prefilter: bool = True  # False: Presidio's pattern loop, every pattern on every text (``plain``)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Presidio matches with the third-party ``regex`` module; the value groups are read with it too.
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # Presidio sets it untyped
        flags = self.global_regex_flags or 0
        self._value_groups = {p.name: regex.compile(p.regex, flags) for p in patterns if VALUE_GROUP in p.regex}
        self._required: dict[str, RequiredText | None] = {}  # per pattern, under the global flags
        # (flags, the patterns, and per pattern: the pattern, its compiled regex, its requirement): _pattern_plan
        self._plan: tuple[int, list[Pattern], list[tuple[Pattern, Any, RequiredText | None]]] | None = None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        kept = []
        if not self.prefilter or (regex_flags and regex_flags != self.global_regex_flags):
            found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        else:
            found = self._pattern_results(text)
        for result in found:
            name = matched_pattern(result)
            if self.narrow(text, result, name) and self.keep(text, result, name):
                kept.append(result)
        return kept

    def _pattern_plan(self, flags: int) -> list[tuple[Pattern, Any, RequiredText | None]]:
        """Each pattern with its compiled regex (compiled with ``flags``) and its requirement, worked out on the
        first scan and again whenever the flags change, ``self.patterns`` is another list or its length changes
        (a recognizer's patterns are set when it is made; no code here or in Presidio edits one in place)."""
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # Presidio sets it untyped
        plan = self._plan
        if plan is not None and plan[0] == flags and plan[1] is patterns and len(plan[2]) == len(patterns):
            return plan[2]
        steps = []
        for pattern in patterns:
            if pattern.regex not in self._required:
                self._required[pattern.regex] = required_text(pattern.regex, flags or 0)
            compiled: Any = pattern.compiled_regex
            if not compiled or pattern.compiled_with_flags != flags:
                compiled = regex.compile(pattern.regex, flags=flags)
                pattern.compiled_with_flags = flags  # type: ignore[assignment]  # Presidio: `= None` untyped
                pattern.compiled_regex = compiled  # compiled even where skipped: engine.py's _warm compiles all
            steps.append((pattern, compiled, self._required[pattern.regex]))
        self._plan = (flags, patterns, steps)
        return steps

    def _pattern_results(self, text: str) -> list[RecognizerResult]:
        """Presidio's pattern loop, skipping the patterns whose required strings the text lacks."""
        flags: int = self.global_regex_flags  # type: ignore[assignment]  # Optional in Presidio; set by every subclass
        name: str = self.name  # type: ignore[has-type]  # Presidio: `name: str = None`
        facts = text_facts(text)
        results: list[RecognizerResult] = []
        for pattern, compiled, required in self._pattern_plan(flags):
            if required is not None and required.absent_in(facts):
                continue
            try:
                for match in compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                    start, end = match.span()
                    current_match = text[start:end]
                    if current_match == "":
                        continue
                    validation_result = self.validate_result(current_match)
                    description = self.build_regex_explanation(
                        name,
                        pattern.name,
                        pattern.regex,
                        pattern.score,
                        validation_result,  # type: ignore[arg-type]  # Presidio passes the Optional too
                        flags,
                    )
                    result = RecognizerResult(
                        entity_type=self.supported_entities[0],
                        start=start,
                        end=end,
                        score=pattern.score,
                        analysis_explanation=description,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                    if validation_result is not None:
                        result.score = EntityRecognizer.MAX_SCORE if validation_result else EntityRecognizer.MIN_SCORE
                    if self.invalidate_result(current_match):
                        result.score = EntityRecognizer.MIN_SCORE
                    if result.score > EntityRecognizer.MIN_SCORE:
                        results.append(result)
                    description.score = result.score
            except TimeoutError:  # Presidio skips the pattern and goes on; a skipped pattern would fail open
                raise RuntimeError(f"pattern {pattern.name!r} of {name} timed out: the scan fails") from None
        return EntityRecognizer.remove_duplicates(results)

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
