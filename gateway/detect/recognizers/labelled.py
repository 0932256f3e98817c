"""Shared by recognizers whose strongest pattern is "label + value" (``SSN: …``, ``A-Number: …``): the finding
covers the value only, never the label, and its score already counts the label, so context words add nothing.

A pattern whose name starts with ``labelled`` marks its value either with a named group ``value`` or, without
one, by ``VALUE`` matching at the end of the match.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# What may stand between a label and its value: "number", "no.", "#", "is", ":", "=".
LABEL_GLUE = r"[ \t]*(?:(?:number|num|no\.?|#|id)[ \t]*)?(?:is|was|:|=|-|#)?[ \t]*#?[ \t]*"


class LabelledValueRecognizer(PatternRecognizer):
    VALUE: re.Pattern[str] = re.compile(r"\S+$")

    def __init__(self, *, patterns: list[Pattern], global_regex_flags: int, **kwargs: object) -> None:
        super().__init__(patterns=patterns, global_regex_flags=global_regex_flags, **kwargs)  # type: ignore[arg-type]
        # Presidio matches with the third-party ``regex`` module; the value groups are read with it too.
        self._grouped = {
            p.name: regex.compile(p.regex, global_regex_flags) for p in patterns if "(?P<value>" in p.regex
        }

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            name = r.analysis_explanation.pattern_name if r.analysis_explanation else ""
            if name.startswith("labelled"):
                grouped = self._grouped.get(name)
                if grouped is not None:
                    m = grouped.match(text, r.start)
                    if m is None or m.start("value") < 0:
                        continue
                    r.start, r.end = m.span("value")
                else:
                    value = self.VALUE.search(text, r.start, r.end)
                    if value is None or value.end() != r.end:
                        continue
                    r.start = value.start()
                r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            if self.keep(text, r, name):
                results.append(r)
        return results

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        """False drops a result (validity checks that need the pattern name or the surrounding text)."""
        return True
