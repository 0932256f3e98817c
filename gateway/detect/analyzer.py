"""Presidio's AnalyzerEngine with its context step made linear in the number of candidates.

``AnalyzerEngine._enhance_using_context`` splits the candidates by recognizer with two list scans per
recognizer (recognizers x candidates, twice); here they are grouped once, and the per-recognizer hook is
called only where a recognizer overrides it (the base hook returns its input). The context enhancer then runs
as in Presidio.

``analyze`` asks for every supported entity on each call, which walks every recognizer; the answer is kept per
language for as long as the registry holds the same recognizers.

``analyze`` as the detector calls it (all entities, artifacts given, nothing else) runs Presidio's steps in
Presidio's order, with the recognizer list kept like the entities and each pattern recognizer skipped on a text
that lacks what every one of its patterns needs (recognizers/pattern_gate.py). Any other call goes to Presidio's
own ``analyze``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.pattern_gate import Gate, gate, text_facts


class LeanAnalyzerEngine(AnalyzerEngine):
    _supported: dict[tuple[str | None, tuple[int, ...]], list[str]] | None = None
    _recognizers: dict[tuple[str, tuple[int, ...]], list[EntityRecognizer]] | None = None
    _gates: dict[tuple[str, tuple[int, ...]], list[Gate | None]] | None = None
    plain: bool = False  # True: Presidio's own analyze on every call (the reference path)

    def analyze(  # type: ignore[override]  # the same parameters, passed on by keyword
        self, text: str, language: str, nlp_artifacts: NlpArtifacts | None = None, **kwargs: Any
    ) -> list[RecognizerResult]:
        if self.plain or nlp_artifacts is None or kwargs or self.log_decision_process:
            return super().analyze(text=text, language=language, nlp_artifacts=nlp_artifacts, **kwargs)
        recognizers = self._language_recognizers(language)
        gates = self._recognizer_gates(language, recognizers)
        entities = self.get_supported_entities(language=language)
        results: list[RecognizerResult] = []
        facts = text_facts(text)
        for recognizer, gated in zip(recognizers, gates, strict=True):
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            if gated is not None and not gated.open(facts):
                continue  # none of its patterns can match here
            found = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts)
            if found:
                self._AnalyzerEngine__add_recognizer_id_if_not_exists(found, recognizer)  # type: ignore[attr-defined]
                results.extend(found)
        results = self._enhance_using_context(text, results, nlp_artifacts, recognizers, None)
        results = self._AnalyzerEngine__remove_low_scores(results, None, recognizers)  # type: ignore[attr-defined]
        results = EntityRecognizer.remove_duplicates(results)
        return self._AnalyzerEngine__remove_decision_process(results)  # type: ignore[attr-defined,no-any-return]

    def _language_recognizers(self, language: str) -> list[EntityRecognizer]:
        if self._recognizers is None:
            self._recognizers = {}
        key = (language, tuple(id(r) for r in self.registry.recognizers))
        recognizers = self._recognizers.get(key)
        if recognizers is None:
            recognizers = self._recognizers[key] = self.registry.get_recognizers(language=language, all_fields=True)
        return recognizers

    def _recognizer_gates(self, language: str, recognizers: list[EntityRecognizer]) -> list[Gate | None]:
        if self._gates is None:
            self._gates = {}
        key = (language, tuple(id(r) for r in recognizers))
        gates = self._gates.get(key)
        if gates is None:
            gates = self._gates[key] = [gate(r) for r in recognizers]
        return gates

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
