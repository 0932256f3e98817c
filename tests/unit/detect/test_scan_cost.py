"""The scan-cost shortcuts of 2026-12-06 (second session) answer exactly what the loops they replace answered."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import regex
from presidio_analyzer import RecognizerResult

from gateway.detect import context_filters
from gateway.detect.context_filters import RULED_OUT, _like_the_ruled_out, _same_kind
from gateway.detect.findings import Finding
from gateway.detect.names import _Spans
from gateway.detect.recognizers.identifiers.ssn import SsnRecognizer
from gateway.detect.recognizers.secrets.password import PasswordRecognizer
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


def _spans(results: list[RecognizerResult]) -> list[tuple[str, int, int, float]]:
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


def test_pattern_plan_finds_what_the_plain_loop_finds_and_follows_changes() -> None:
    """The pattern loop's plan (each pattern compiled with its requirement, made once) reports what Presidio's own
    loop reports, and is made again when the recognizer's patterns or flags change."""
    texts = [
        "password = hunter2!x and pwd: s3cr3t-Value",
        "PASSWORD: CorrectHorse9",
        "nothing to see here",
        "",
        "login with -p'Tr0ub4dor&3' please",
    ]
    fast, plain = PasswordRecognizer(), PasswordRecognizer()
    plain.prefilter = False
    entities = fast.supported_entities
    for text in texts:
        assert _spans(fast.analyze(text, entities)) == _spans(plain.analyze(text, entities))
    first = fast._pattern_plan(fast.global_regex_flags)
    assert fast._pattern_plan(fast.global_regex_flags) is first  # made once
    assert [p for p, _, _ in first] == fast.patterns

    fewer = SsnRecognizer()
    fewer.patterns = [p for p in fewer.patterns if not p.name.startswith("labelled")]  # another list: a new plan
    reference = SsnRecognizer()
    reference.patterns = list(fewer.patterns)
    reference.prefilter = False
    for text in ["SSN 212-67-4093", "her number is 212 67 4093", "ssn: 078-05-1120"]:
        assert _spans(fewer.analyze(text, ["US_SSN"])) == _spans(reference.analyze(text, ["US_SSN"]))
    assert [p for p, _, _ in fewer._pattern_plan(fewer.global_regex_flags)] == fewer.patterns

    flags = fast.global_regex_flags | regex.IGNORECASE  # other flags: compiled again, with them
    plan = fast._pattern_plan(flags)
    assert plan is not first
    assert all(compiled.flags & regex.IGNORECASE for _, compiled, _ in plan)
