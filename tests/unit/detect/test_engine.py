"""The detector's public API: batching, original offsets, rule-declared recognizers, allow list, threads."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from gateway.detect import engine
from gateway.detect.engine import DetectorFactory, PresidioDetector
from gateway.detect.findings import Detector
from gateway.detect.specs import DenyListSpec, DetectorSpecs, PatternSpec

from .conftest import Spans, found


def test_detectors_share_the_factory_model_and_the_module_holds_none(factory: DetectorFactory) -> None:
    """Every detector a factory builds reuses its one NLP engine; the factory is the caller's, not a module global."""
    assert factory.build()._nlp is factory.nlp_engine is factory.build(DetectorSpecs())._nlp
    assert not [v for v in vars(engine).values() if isinstance(v, DetectorFactory)]


def test_detector_satisfies_protocol_and_lists_entities(detector: PresidioDetector) -> None:
    """The detector has the Detector protocol's members and names the fixed entity types of the project."""
    typed: Detector = detector
    assert isinstance(typed.entities, frozenset) and callable(typed.analyze)
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CLASSIFICATION_MARKING", "CUI_MARKING"):
        assert entity in detector.entities


def test_batch_keeps_order_and_lengths(detector: PresidioDetector) -> None:
    """One result list per text, in order, empty texts included."""
    texts = ["Write to maria.garcia@example.com", "", "nothing here", "SSN 212-67-4093"]
    out = detector.analyze(texts)
    assert len(out) == 4
    assert [f.entity_type for f in out[0]] == ["EMAIL_ADDRESS"]
    assert out[1] == [] and out[2] == []
    assert "US_SSN" in {f.entity_type for f in out[3]}


def test_findings_use_original_offsets(detector: PresidioDetector) -> None:
    """With invisible characters in and before the value, the finding still covers the original characters."""
    text = "Note\u200b\u200b: her SSN is 212-\u200b67-4093 and mail a@example.com"
    findings = detector.analyze([text])[0]
    (ssn,) = found(findings, "US_SSN")
    assert text[ssn.start : ssn.end] == "212-\u200b67-4093"
    (email,) = found(findings, "EMAIL_ADDRESS")
    assert text[email.start : email.end] == "a@example.com"


def test_stock_pii(spans: Spans) -> None:
    """Name, e-mail, phone with context and an SSN come out under Presidio's entity names."""
    text = "Call Maria Garcia at phone 202-555-0143 or maria.garcia@example.com; her SSN is 212-67-4093."
    got = spans(text)
    assert {
        ("PERSON", "Maria Garcia"),
        ("PHONE_NUMBER", "202-555-0143"),
        ("EMAIL_ADDRESS", "maria.garcia@example.com"),
        ("US_SSN", "212-67-4093"),
    } <= got


def test_no_url_inside_email_and_no_phone_on_ssn(spans: Spans) -> None:
    """Overlapping generic findings are settled: one span per value."""
    got = spans("Her SSN is 078-05-1120, mail maria.garcia@example.com")
    assert got == {("US_SSN", "078-05-1120"), ("EMAIL_ADDRESS", "maria.garcia@example.com")} | {
        g for g in got if g[0] == "ORGANIZATION"
    }


def test_declared_pattern_with_context_and_flags(factory: DetectorFactory) -> None:
    """A PatternSpec is compiled with its flags, and a context word raises its score."""
    specs = DetectorSpecs(
        patterns=(PatternSpec("DHS_CASE_NUMBER", "dhs-case", r"\bdhs-\d{4}-\d{6}\b", 0.3, ("case",), ("IGNORECASE",)),)
    )
    detector = factory.build(specs)
    assert "DHS_CASE_NUMBER" in detector.entities
    plain, with_context = detector.analyze(["ref DHS-2025-004711", "see case DHS-2025-004711"])
    (a,) = found(plain, "DHS_CASE_NUMBER")
    (b,) = found(with_context, "DHS_CASE_NUMBER")
    assert a.score == 0.3 and b.score > a.score


def test_deny_list_terms_reported(factory: DetectorFactory) -> None:
    """Deny-list terms are reported, case-insensitively, on word boundaries only."""
    detector = factory.build(DetectorSpecs(deny_lists=(DenyListSpec("PROJECT_CODE_NAME", "codes", ("Blue Heron",)),)))
    hit, miss = detector.analyze(["Status of blue heron?", "Bluebird heronry"])
    assert [(f.entity_type, f.score) for f in found(hit, "PROJECT_CODE_NAME")] == [("PROJECT_CODE_NAME", 1.0)]
    assert found(miss, "PROJECT_CODE_NAME") == []


def test_allow_list_terms_never_reported(factory: DetectorFactory) -> None:
    """Allow-listed names are not reported, whatever the case, also inside a longer NER span."""
    detector = factory.build(DetectorSpecs(allow_list=("Secret Service", "Alejandro Mayorkas")))
    text = "The Secret Service briefed alejandro mayorkas and Alejandro Mayorkas; Maria Garcia took notes."
    got = {(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0]}
    assert ("PERSON", "Maria Garcia") in got
    assert not any("Secret Service" in t or "ayorkas" in t for _, t in got)


def test_threads_get_the_same_findings(detector: PresidioDetector) -> None:
    """Concurrent calls from several threads give the same findings as one call."""
    texts = [f"Case {i}: Maria Garcia, SSN 212-67-40{i:02d}, mail m{i}@example.com" for i in range(40)]
    expected = detector.analyze(texts)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: detector.analyze([t])[0], texts))
    assert got == expected


def test_scans_with_networking_unavailable() -> None:
    """With every socket refused, the engine loads and finds an e-mail address (nothing is fetched)."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network disabled in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from gateway.detect.engine import DetectorFactory\n"
        "d = DetectorFactory().build()\n"
        "print(sorted({f.entity_type for f in d.analyze(['mail maria.garcia@example.com'])[0]}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=100)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "['EMAIL_ADDRESS']"
