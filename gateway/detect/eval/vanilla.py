"""Vanilla Presidio, the baseline of the eval: its default AnalyzerEngine and recognizers on the same small
spaCy model, configured offline.

Two changes only, both needed to run it without internet: the NLP engine names the installed model (the
default would download ``en_core_web_lg``), and the e-mail recognizer validates domains against the bundled
public-suffix snapshot instead of fetching the list (same patterns, same result for any real suffix).
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from gateway.detect.findings import Finding
from gateway.detect.nlp import LANGUAGE, nlp_configuration
from gateway.detect.recognizers.personal.email import has_public_suffix


class _OfflineValidatedEmailRecognizer(EmailRecognizer):
    """Presidio's own e-mail recognizer; only the public-suffix check reads the bundled snapshot."""

    def validate_result(self, pattern_text: str) -> bool:
        return has_public_suffix(pattern_text)


class VanillaPresidio:
    """Presidio out of the box, behind the same ``analyze(texts)`` call as our detector."""

    def __init__(self) -> None:
        nlp_engine = NlpEngineProvider(nlp_configuration=nlp_configuration()).create_engine()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=nlp_engine)
        registry.remove_recognizer("EmailRecognizer")
        registry.add_recognizer(_OfflineValidatedEmailRecognizer())
        self._engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE])

    def analyze(self, texts: list[str]) -> list[list[Finding]]:
        out = []
        for text in texts:
            results = self._engine.analyze(text=text, language=LANGUAGE)
            out.append(
                [
                    Finding(
                        r.entity_type,
                        r.start,
                        r.end,
                        float(r.score),
                        str((r.recognition_metadata or {}).get("recognizer_name", "")),
                    )
                    for r in results
                ]
            )
        return out
