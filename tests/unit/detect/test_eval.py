"""The quality eval: the shipped corpus is well formed, the scoring counts what it says, and our detector keeps
the issue's targets on a slice of the corpus (a regression in a recognizer fails here, not only in the report)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from gateway.detect.eval.corpus import Record, Span, default_corpus, load_corpus
from gateway.detect.eval.report import TARGETS, EvalReport, format_summary, main, run_eval
from gateway.detect.eval.scoring import score
from gateway.detect.findings import Finding

SLICE = 300


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return run_eval(default_corpus(), slice=SLICE, vanilla=False, timing=False)


def test_corpus_has_a_quarter_hard_negatives_and_every_category() -> None:
    """The shipped corpus keeps at least 25 % hard negatives, and has positives and evasion variants."""
    records = load_corpus(default_corpus())
    categories = Counter(r.category for r in records)
    assert categories["hard_negative"] / len(records) >= 0.25
    assert categories["positive"] > 0 and categories["evasion"] > 0
    assert all(not r.entities for r in records if r.category == "hard_negative")


def test_slice_spreads_over_the_corpus() -> None:
    """A slice takes records from every category, not only the first ones in the file."""
    records = load_corpus(default_corpus(), slice=60)
    assert len(records) == 60
    assert {r.category for r in records} == {"positive", "evasion", "hard_negative"}


def test_structured_identifiers_keep_their_targets(report: EvalReport) -> None:
    """On the slice, structured identifiers, markings and secrets keep recall >= 0.99 and precision >= 0.97."""
    structured = report.structured(report.ours)
    assert structured.gold > 100
    assert structured.recall >= TARGETS["structured recall"], structured
    assert structured.precision >= TARGETS["structured precision"], structured


def test_other_targets_hold_on_the_slice(report: EvalReport) -> None:
    """Names/addresses, hard negatives flagged and evasion recall meet the issue's targets on the slice."""
    headline = report.headline(report.ours)
    assert headline["names/addresses recall"] >= TARGETS["names/addresses recall"]
    assert headline["names/addresses precision"] >= TARGETS["names/addresses precision"]
    assert headline["hard negatives flagged (max)"] <= TARGETS["hard negatives flagged (max)"]
    assert headline["evasion recall"] >= TARGETS["evasion recall"]


def _record(text: str, *spans: tuple[str, int, int], category: str = "positive") -> Record:
    return Record("t", category, "", text, tuple(Span(*s) for s in spans))


def test_partial_coverage_is_a_miss_and_stray_finding_a_false_positive() -> None:
    """A finding covering under 90 % of a value does not find it; a finding on no value costs precision;
    a hard negative with any finding counts as flagged."""
    records = [
        _record("SSN 212-67-4093", ("US_SSN", 4, 15)),
        _record("call 555 0100", category="hard_negative"),
    ]
    findings = [
        [Finding("US_SSN", 4, 10, 0.9, "r"), Finding("US_SSN", 0, 3, 0.9, "r")],
        [Finding("US_SSN", 5, 13, 0.9, "r")],
    ]
    scores = score(records, findings, threshold=0.5)
    ssn = scores.by_entity["US_SSN"]
    assert (ssn.gold, ssn.found, ssn.predicted, ssn.correct) == (1, 0, 3, 1)
    assert scores.flagged_rate == 1.0


def test_findings_below_threshold_do_not_count() -> None:
    """A finding under the threshold neither finds a value nor flags a hard negative."""
    records = [_record("SSN 212-67-4093", ("US_SSN", 4, 15)), _record("x 123", category="hard_negative")]
    findings = [[Finding("US_SSN", 4, 15, 0.3, "r")], [Finding("US_SSN", 2, 5, 0.3, "r")]]
    scores = score(records, findings, threshold=0.5)
    assert scores.by_entity["US_SSN"].recall == 0.0
    assert scores.flagged_rate == 0.0


def test_cli_prints_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m gateway eval --json`` prints per-entity scores and the headline targets."""
    assert main(["--corpus", str(default_corpus()), "--slice", "40", "--no-vanilla", "--no-timing", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["boundary"]["leak_recall"]["n"] > 0
    assert out["records"] == 40
    assert out["vanilla"] is None
    assert set(out["ours"]["headline"]) >= {"structured recall", "evasion recall"}
    for entity in out["ours"]["by_entity"].values():
        assert 0.0 <= entity["recall"] <= 1.0 and 0.0 <= entity["precision"] <= 1.0


def test_text_report_is_one_table_per_corpus_and_a_summary() -> None:
    """Each corpus prints one headed table (by type, by category and tag) with its boundary and detector headline
    figures; a summary has one line per corpus."""
    one = run_eval(default_corpus(), slice=30, vanilla=False, timing=False, boundary=True)
    out = one.format()
    assert out.startswith("== detection_corpus.jsonl: 30 records")
    assert out.count("   boundary: leak recall") == 1 and out.count("   detector: hard negatives flagged") == 1
    assert out.count("by type") == 1 and out.count("by category and tag") == 1
    summary = format_summary([one, one]).splitlines()
    assert sum(line.startswith("detection_corpus.jsonl") for line in summary) == 2


def test_generated_records_keep_only_personal_data_labels() -> None:
    """A generated sentence becomes a corpus line: labels of types our policy does not treat as personal data
    (countries, companies, job titles) are dropped; with no label left the record must pass untouched."""
    from gateway.detect.eval.generated import to_record

    text = "Dana Whitfield moved to Canada and works at Acme"
    kept = to_record(3, text, 17, [("GPE", 24, 30), ("PERSON", 0, 14), ("ORGANIZATION", 44, 48)])
    assert kept["expect"] == "redact" and kept["id"] == "pe-0003-t017"
    assert kept["entities"] == [{"type": "PERSON", "start": 0, "end": 14}]
    dropped = to_record(4, text, 17, [("GPE", 24, 30)])
    assert dropped["expect"] == "allow" and dropped["entities"] == []


def test_generated_records_load_as_a_corpus(tmp_path) -> None:
    """What the generator writes is read by both scorers (the detector's and the boundary's)."""
    from gateway.detect.eval.boundary import load_records
    from gateway.detect.eval.generated import to_record, write

    path = tmp_path / "generated.jsonl"
    write([to_record(0, "Call Dana Whitfield", 1, [("PERSON", 5, 19)]), to_record(1, "Hello", 2, [])], path)
    assert [r.negative for r in load_corpus(path)] == [False, True]
    assert [r.expect for r in load_records(path)] == ["redact", "allow"]


def test_response_split_holds_on_the_request_path_and_the_echo() -> None:
    """The v2 profile's injection half cannot pass (answers are not scanned); what must hold is no request-path
    leak and full fidelity, on cases that were scored."""
    from gateway.detect.eval.response_split import format_row, held

    row = {
        "outcome": "fail", "fidelity_rate": 1.0, "leak_single_chunk": 1.0, "leak_adversarial": 1.0,
        "delta_frag": 0.0, "request_path_leak": [], "cases_applicable": 32, "cases_attempted": 32, "inconclusive": 0,
    }  # fmt: skip
    assert held(row)
    assert "request-path leak: none" in format_row(row)
    assert not held({**row, "request_path_leak": ["SSN"]})
    assert not held({**row, "fidelity_rate": 0.75})
    assert not held({**row, "cases_applicable": 0})
