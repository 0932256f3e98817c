"""Scoring at the proxy boundary: a value counts as kept back when the forwarded text no longer holds it or the
request was refused; a negative counts as altered when its text changed or it was refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.detect.eval.boundary import (
    BoundaryRecord,
    Value,
    load_policy,
    load_records,
    run_boundary,
    score_boundary,
    through_boundary,
)
from gateway.detect.eval.corpus import shipped_corpora

RULES = Path(__file__).resolve().parents[3] / "rules"


def _rec(text: str, expect: str, *values: tuple[str, int, int, str], category: str = "c") -> BoundaryRecord:
    return BoundaryRecord("r", category, "", text, expect, "", tuple(Value(*v) for v in values))


def test_leak_block_and_negative_tallies() -> None:
    """A redacted value is kept back, a value left in the forwarded text leaks, a block keeps everything back."""
    text = "Ana Lima SSN 212-67-4093"
    records = [
        _rec(text, "redact", ("PERSON", 0, 8, "lusophone"), ("US_SSN", 13, 24, "")),
        _rec("SECRET//NOFORN Ana Lima", "block", ("CLASSIFICATION_MARKING", 0, 14, ""), ("PERSON", 15, 23, "")),
        _rec("Invoice 4471", "allow"),
        _rec("Invoice 4472", "allow"),
    ]
    outcomes = [
        (False, "Ana Lima SSN <US_SSN_1>"),
        (True, ""),
        (False, "Invoice 4471"),
        (False, "Invoice <PHONE_NUMBER_1>"),
    ]
    s = score_boundary(records, outcomes)
    assert (s.leak.good, s.leak.total) == (2, 3)  # the name leaked; the SSN and the blocked name did not
    assert s.leak_by_type["PERSON"].rate == 0.5
    assert s.leak_by_origin["lusophone"].rate == 0.0
    assert (s.block.good, s.block.total) == (1, 1)
    assert (s.negatives.good, s.negatives.total) == (1, 2)
    assert s.clean_records.rate == 0.0


def test_old_records_imply_what_must_happen(tmp_path: Path) -> None:
    """Without ``expect``: a marking or credential label means block, other labels redact, none allow."""
    path = tmp_path / "c.jsonl"
    rows = [
        {
            "id": "1",
            "category": "positive",
            "text": "TOP SECRET",
            "entities": [{"type": "CLASSIFICATION_MARKING", "start": 0, "end": 10}],
        },
        {"id": "2", "category": "positive", "text": "Ana Lima", "entities": [{"type": "PERSON", "start": 0, "end": 8}]},
        {"id": "3", "category": "hard_negative", "text": "Secret Service", "entities": []},
        {"id": "4", "category": "names", "text": "x", "entities": [], "expect": "redact", "origin": "x"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [r.expect for r in load_records(path)] == ["block", "redact", "allow", "redact"]


def test_bad_expect_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "x", "entities": [], "expect": "maybe"}), encoding="utf-8")
    with pytest.raises(ValueError, match="expect"):
        load_records(path)


def test_through_the_real_policy() -> None:
    """The shipped commercial policy blocks a marking, pseudonymises an SSN and leaves prose alone."""
    detector, policy = load_policy(RULES)

    def run(text: str) -> tuple[bool, str]:
        return through_boundary(detector.analyze([text])[0], text, policy)

    assert run("SECRET//NOFORN\nThe convoy leaves at dawn.")[0] is True
    blocked, forwarded = run("Her SSN is 212-67-4093.")
    assert not blocked and "212-67-4093" not in forwarded and "<US_SSN_1>" in forwarded
    assert run("The Secret Service will brief us.") == (False, "The Secret Service will brief us.")


def test_negatives_beyond_ip_pseudonymisation() -> None:
    """A hard negative whose only change is an IP address pseudonymised (policy, on a type no corpus labels) counts
    as altered, and not in the figure that sets IP addresses aside; any other change counts in both."""
    detector, policy = load_policy(RULES)
    records = [
        _rec("Blocked scans from 45.79.112.203 all night; is the rule too loose?", "allow"),
        _rec("Ask Dolores Ferreira-Wynn on 212-555-0187 about 45.79.112.204.", "allow"),
        _rec("The quarterly report is due on Friday.", "allow"),
    ]
    s = run_boundary(records, detector.analyze, policy)
    assert (s.negatives.good, s.negatives.total) == (2, 3)
    assert (s.negatives_beyond_ip.good, s.negatives_beyond_ip.total) == (1, 3)
    assert s.to_dict()["negatives_altered_beyond_ip"] == {"n": 3, "rate": round(1 / 3, 4)}


def test_every_shipped_corpus_loads() -> None:
    for path in shipped_corpora():
        assert load_records(path), path
