"""Presidio's AnalyzerEngine with its context step made linear in the number of candidates.

``AnalyzerEngine._enhance_using_context`` splits the candidates by recognizer with two list scans per
recognizer (recognizers x candidates, twice); here they are grouped once, and the per-recognizer hook is
called only where a recognizer overrides it (the base hook returns its input). The context enhancer then runs
as in Presidio.
"""

from __future__ import annotations

from collections import defaultdict

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class LeanAnalyzerEngine(AnalyzerEngine):
    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_recognizer: dict[str, list[RecognizerResult]] = defaultdict(list)
        for r in raw_results:
            by_recognizer[r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]].append(r)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            if not own:
                continue
            if type(recognizer).enhance_using_context is EntityRecognizer.enhance_using_context:
                results.extend(own)  # the base hook returns its input unchanged
                continue
            others = [r for rid, rs in by_recognizer.items() if rid != recognizer.id for r in rs]
            results.extend(
                recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            )
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context
        )
