"""The fast detection path reports exactly what the plain path reports, on every labelled corpus.

The plain path (``DetectorFactory(reference=True)``) runs the same recognizers without their shortcuts (no
triggers, no pattern prefilter, Presidio's own loops) on the model with thinc's stock kernels and an unseeded
tokenizer; comparing the two paths, not a stored snapshot, keeps this test true while the recognizers change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect.engine import DetectorFactory, PresidioDetector
from gateway.detect.eval.corpus import load_corpus
from gateway.detect.findings import Finding

DATA = Path(__file__).resolve().parents[2] / "data"
BATCH = 16  # several texts per call, as one request's segments arrive


@pytest.fixture(scope="module")
def reference() -> PresidioDetector:
    return DetectorFactory(reference=True).build()


def _corpus_texts() -> list[str]:
    texts = [r.text for path in sorted(DATA.glob("*.jsonl")) for r in load_corpus(path)]
    assert len(texts) > 500, "the corpora were not found"
    return texts


def _key(findings: list[list[Finding]]) -> list[list[tuple[str, int, int, float, str]]]:
    return [sorted((f.entity_type, f.start, f.end, f.score, f.recognizer) for f in fs) for fs in findings]


# every corpus twice (minutes on 2 cores, and it grows with each blind set): more than the default limit
@pytest.mark.timeout(900)
def test_fast_path_matches_the_plain_path_on_every_corpus(
    detector: PresidioDetector, reference: PresidioDetector
) -> None:
    texts = _corpus_texts()
    differing = []
    for i in range(0, len(texts), BATCH):
        batch = texts[i : i + BATCH]
        fast, plain = _key(detector.analyze(batch)), _key(reference.analyze(batch))
        differing += [i + k for k, (a, b) in enumerate(zip(fast, plain, strict=True)) if a != b]
    assert differing == [], f"{len(differing)} corpus texts differ between the paths (indexes {differing[:10]})"


def test_fast_path_matches_on_a_long_mixed_text(detector: PresidioDetector, reference: PresidioDetector) -> None:
    """Texts far longer than any corpus record: one prompt of every corpus text, then the same with code."""
    texts = _corpus_texts()
    long_text = "\n\n".join(texts[:150])
    code = '```python\nrecord = {"name": "Maria Garcia", "ssn": "212-67-4093", "id": 88231}\n```\n'
    pair = [long_text, code + long_text[:5000]]
    assert _key(detector.analyze(pair)) == _key(reference.analyze(pair))
    assert any(f.entity_type == "PERSON" for f in detector.analyze(pair)[1])
