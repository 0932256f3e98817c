"""The real detector (Presidio + the spaCy model + our recognizers), built once per test session."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from gateway.detect.engine import DetectorFactory, PresidioDetector
from gateway.detect.eval.boundary import load_policy, through_boundary
from gateway.detect.findings import Finding

RULES = Path(__file__).resolve().parents[3] / "rules"
DATA = Path(__file__).resolve().parents[2] / "data"


def corpus_texts() -> list[str]:
    """The text of every record of every labelled corpus in tests/data, in file order."""
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


@pytest.fixture(scope="session")
def factory(detector_factory: DetectorFactory) -> DetectorFactory:
    """The session's factory (tests/conftest.py): the spaCy model loads once for the whole run."""
    return detector_factory


@pytest.fixture(scope="session")
def detector(factory: DetectorFactory) -> PresidioDetector:
    """A detector with the built-in recognizers only."""
    return factory.build()


Spans = Callable[[str], set[tuple[str, str]]]


@pytest.fixture(scope="session")
def spans(detector: PresidioDetector) -> Spans:
    """(entity type, covered text) of every finding in one text, for table-driven tests."""

    def run(text: str) -> set[tuple[str, str]]:
        return {(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0]}

    return run


def found(findings: list[Finding], entity: str) -> list[Finding]:
    return [f for f in findings if f.entity_type == entity]


REPORT_SCORE = 0.5  # the default policy's threshold: a finding below it is not acted on


@pytest.fixture(scope="session")
def reported(detector: PresidioDetector) -> Spans:
    """(entity type, covered text) of the findings a 0.5 threshold keeps."""

    def run(text: str) -> set[tuple[str, str]]:
        return {(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0] if f.score >= REPORT_SCORE}

    return run


def types(found_spans: set[tuple[str, str]]) -> set[str]:
    return {entity for entity, _ in found_spans}


Boundary = Callable[[str], tuple[bool, str]]


@pytest.fixture(scope="session")
def boundary(factory: DetectorFactory) -> Boundary:
    """One text through detect → decide → redact under the shipped rules and the commercial policy: whether it is
    refused, and the text the upstream would get."""
    detector, policy = load_policy(RULES, factory)

    def run(text: str) -> tuple[bool, str]:
        return through_boundary(detector.analyze([text])[0], text, policy)

    return run


def kept_back(boundary: Boundary, text: str, *values: str) -> None:
    """Forwarded, without any of ``values``."""
    blocked, forwarded = boundary(text)
    assert not blocked, text
    for v in values:
        assert v not in forwarded, (v, forwarded)


def refused(boundary: Boundary, text: str) -> None:
    assert boundary(text)[0], text


def untouched(boundary: Boundary, text: str) -> None:
    assert boundary(text) == (False, text)
