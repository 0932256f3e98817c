"""The detector: Presidio on the spaCy model plus the department's recognizers, built once per process.

``DetectorFactory`` loads the NLP engine (NER only, offline) when it is made; ``build`` makes a ``PresidioDetector``
for a rule set cheaply, reusing it. The caller owns the factory and makes one per process (the app's start-up,
each CLI command, the test session); this module holds no state of its own.

``analyze`` takes every text of a request: each is normalised against evasion (normalize.py), all of them go
through spaCy in one ``nlp.pipe`` batch, Presidio's recognizers run on each, and the findings are mapped back
to the original characters, filtered by the allow list and settled where entity types overlap (resolve.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, PatternRecognizer, RecognizerRegistry, RecognizerResult

from gateway.detect.analyzer import LeanAnalyzerEngine
from gateway.detect.context import FastContextEnhancer
from gateway.detect.context_filters import refine
from gateway.detect.declared import declared_recognizers
from gateway.detect.encoded import encoded_credentials
from gateway.detect.findings import Finding
from gateway.detect.labels import forget_keys
from gateway.detect.list_entries import joined_names, list_entry_names
from gateway.detect.marking_disguises import disguised_markings
from gateway.detect.names import repeated_names
from gateway.detect.nlp import LANGUAGE, LeanSpacyNlpEngine, load_nlp_engine
from gateway.detect.normalize import Normalized, lift_hidden_numbers, normalize
from gateway.detect.public_figures import known_names
from gateway.detect.recognizers import department_recognizers, stock_recognizers
from gateway.detect.recognizers.base import plain
from gateway.detect.resolve import AllowList, resolve_overlaps
from gateway.detect.specs import DetectorSpecs

# Presidio logs the words around each finding at DEBUG: that is prompt text, so its loggers stay quiet.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)

# Context words count in the five words before a match and the two after ("212674093 is her SSN").
CONTEXT_PREFIX_WORDS = 5
CONTEXT_SUFFIX_WORDS = 2


class PresidioDetector:
    """Analyzes the texts of one request in a batch; implements ``gateway.detect.findings.Detector``.

    Thread-safe: recognizers keep no per-call state, patterns are compiled when the detector is built, and scans
    take turns on the spaCy pipeline (its memory zone, nlp.py).
    """

    def __init__(self, engine: AnalyzerEngine, nlp: LeanSpacyNlpEngine, allow_list: AllowList) -> None:
        self._engine = engine
        self._nlp = nlp
        self._allow = allow_list
        self._entities = frozenset(engine.get_supported_entities(LANGUAGE))

    @property
    def entities(self) -> frozenset[str]:
        """Every entity type this detector can report."""
        return self._entities

    def analyze(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text, in original offsets, in the same order; raises on any failure. A text that
        occurs more than once (a conversation repeats itself) is scanned once; each copy gets its own list."""
        unique = list(dict.fromkeys(texts))
        normalized = [normalize(t) for t in unique]
        found: dict[str, list[Finding]] = {}
        try:
            with self._nlp.memory_zone():  # the findings are plain data: nothing of spaCy's outlives the block
                artifacts = self._nlp.artifacts(n.text for n in normalized)
                for original, norm, nlp_artifacts in zip(unique, normalized, artifacts, strict=True):
                    results = self._engine.analyze(text=norm.text, language=LANGUAGE, nlp_artifacts=nlp_artifacts)
                    # each text on its own: which texts make one request is the caller's to say (pipeline._scan)
                    found[original] = repeated_names([original], [self._findings(original, norm, results)])[0]
        finally:
            forget_keys()  # the labels' memo holds the texts' keys and header cells
        return [list(found[t]) for t in texts]

    def _findings(self, original: str, norm: Normalized, results: list[RecognizerResult]) -> list[Finding]:
        findings = []
        for r in results:
            start, end = norm.to_original(r.start, r.end)
            if start < end:
                findings.append(Finding(r.entity_type, start, end, round(float(r.score), 4), _recognizer(r)))
        findings = lift_hidden_numbers(original, findings)  # round 28: invisible characters between digits
        findings.extend(disguised_markings(norm))  # marking words written to slip past (marking_disguises.py)
        findings.extend(encoded_credentials(original))  # base64 of a credential (encoded.py)
        findings = refine(original, findings)  # context that rules a finding out (context_filters.py)
        findings.extend(list_entry_names(original, findings))  # the other entries of a list of people
        findings.extend(joined_names(original, findings))  # a name joined to one found ("… + 'Ofa Tuipulotu")
        if self._allow:
            findings = self._allow.filter(original, findings)
        return resolve_overlaps(findings)


def _recognizer(result: RecognizerResult) -> str:
    meta = result.recognition_metadata or {}
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))


def _warm(recognizers: Sequence[EntityRecognizer]) -> None:
    """Compile every pattern now, so no request pays for it and no two threads race to do it."""
    for recognizer in recognizers:
        if isinstance(recognizer, PatternRecognizer):
            recognizer.analyze("", recognizer.supported_entities, None)


class DetectorFactory:
    """Holds the spaCy NLP engine (only the components NER needs), loaded when the factory is made: slow, so
    make one per process, off the event loop, and pass it to whatever builds detectors.

    ``reference=True`` builds the plain path, without the speed-ups (the model on thinc's stock kernels, shown
    every text whole, its vocabulary unseeded; Presidio's own analyze and pattern loop, no recognizer skipped):
    the fast path must report exactly what it reports (tests/unit/detect/test_fast_path.py).
    """

    def __init__(self, *, reference: bool = False) -> None:
        self._nlp = load_nlp_engine(reference=reference)
        self._reference = reference
        known_names()  # the public-figures list, read here rather than by the first request that names someone

    @property
    def nlp_engine(self) -> LeanSpacyNlpEngine:
        return self._nlp

    def build(self, specs: DetectorSpecs = DetectorSpecs()) -> PresidioDetector:  # noqa: B008 - frozen, immutable
        """A detector with the built-in recognizers plus those ``specs`` declare; cheap, reuses the NLP engine."""
        recognizers = [*stock_recognizers(), *department_recognizers(), *declared_recognizers(specs)]
        if self._reference:
            recognizers = [plain(r) for r in recognizers]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
        _warm(recognizers)
        engine = LeanAnalyzerEngine(
            registry=registry,
            nlp_engine=self._nlp,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=FastContextEnhancer(
                context_similarity_factor=0.35,
                min_score_with_context_similarity=0.4,
                context_prefix_count=CONTEXT_PREFIX_WORDS,
                context_suffix_count=CONTEXT_SUFFIX_WORDS,
            ),
        )
        engine.plain = self._reference
        return PresidioDetector(engine, self._nlp, AllowList(specs.allow_list))
