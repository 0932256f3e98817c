"""The scan-cost shortcuts of 2026-12-06 (second session) answer exactly what the loops they replace answered."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from gateway.detect import context_filters
from gateway.detect.context_filters import RULED_OUT, _like_the_ruled_out, _same_kind
from gateway.detect.findings import Finding
from gateway.detect.names import _Spans
from gateway.detect.text_memo import anywhere


def test_spans_overlap_as_the_pairwise_check() -> None:
    rng = random.Random(13)
    for _ in range(300):
        spans = [(s, s + rng.randint(0, 30)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        index = _Spans(spans)
        for _ in range(30):
            start = rng.randint(0, 230)
            end = start + rng.randint(0, 25)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def _like_the_ruled_out_pairwise(text: str, findings: list[Finding]) -> list[Finding]:
    """The loop as it was before: every finding against every ruled-out one."""
    ruled = [f for f in findings if f.entity_type in context_filters._SHAPED and f.score <= RULED_OUT]
    if not ruled:
        return findings
    out = []
    for f in findings:
        if (
            f.entity_type in context_filters._SHAPED
            and f.score > RULED_OUT
            and any(_same_kind(text, r, f) for r in ruled)
        ):
            f = replace(f, score=RULED_OUT)
        out.append(f)
    return out


def test_like_the_ruled_out_as_the_pairwise_loop() -> None:
    rng = random.Random(6)
    pieces = ["Requisition ", "218-40-7751", " went through, but ", "218-40-7790", " didn't. ", "\n", "SSN ", "PO "]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(5, 60)))
        findings = [
            Finding(
                rng.choice(["US_SSN", "PHONE_NUMBER", "PERSON"]),
                m.start(),
                m.end(),
                rng.choice([0.2, RULED_OUT, 0.85]),
                "test",
            )
            for m in re.finditer(r"\d{3}-\d{2}-\d{4}", text)
        ]
        assert _like_the_ruled_out(text, findings) == _like_the_ruled_out_pairwise(text, findings)


def test_anywhere_answers_per_text_and_pattern() -> None:
    digits, letters = re.compile(r"\d"), re.compile(r"[a-z]")
    first = "abc"
    assert anywhere(digits, first) is False
    assert anywhere(letters, first) is True
    second = "".join(["12", "3"])  # another text object: answered afresh
    assert anywhere(digits, second) is True
    assert anywhere(letters, second) is False
    assert anywhere(digits, first) is False  # back to the first text: searched again, same answer
