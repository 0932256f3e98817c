"""Presidio's AnalyzerEngine with its context step made linear in the number of candidates.

``AnalyzerEngine._enhance_using_context`` splits the candidates by recognizer with two list scans per
recognizer (recognizers x candidates, twice); here they are grouped once, and the per-recognizer hook is
called only where a recognizer overrides it (the base hook returns its input). The context enhancer then runs
as in Presidio.

``analyze`` asks for every supported entity on each call, which walks every recognizer; the answer is kept per
language for as long as the registry holds the same recognizers.
"""

from __future__ import annotations

from collections import defaultdict

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class LeanAnalyzerEngine(AnalyzerEngine):
    _supported: dict[tuple[str | None, tuple[int, ...]], list[str]] | None = None

    def get_supported_entities(self, language: str | None = None) -> list[str]:
        if self._supported is None:
            self._supported = {}
        key = (language, tuple(id(r) for r in self.registry.recognizers))
        entities = self._supported.get(key)
        if entities is None:
            entities = self._supported[key] = super().get_supported_entities(language)
        return list(entities)

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
