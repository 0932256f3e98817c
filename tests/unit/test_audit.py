"""The audit trail: one event per request without content, and a hash chain that shows tampering."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from gateway import audit
from gateway.detect.findings import Finding
from gateway.exchange import Exchange
from gateway.identity.principal import Principal
from gateway.policy.decision import Block, Decision
from gateway.segments import Segment


@pytest.fixture(autouse=True)
def _reset() -> None:
    yield
    audit.configure_logging(None)


def _exchange() -> Exchange:
    ex = Exchange("req_1", "/v1/chat/completions", "openai", "10.1.2.3")
    ex.principal = Principal("jdoe", component="USCIS")
    ex.upstream, ex.model, ex.outcome, ex.status, ex.rules_version = "openai", "gpt-4o", "blocked", 400, "abc123"
    ex.segments = [Segment(0, "SECRET//NOFORN Maria Garcia 212-67-4093", "message 1", "user", ())]
    ex.findings = [[Finding("CLASSIFICATION_MARKING", 0, 14, 1.0, "r"), Finding("PERSON", 15, 27, 0.9, "s")]]
    ex.placeholders = {"<PERSON_1>": "Maria Garcia"}
    ex.decision = Decision(
        block=Block("classified-marking", "PS 139-07", "no", ("CLASSIFICATION_MARKING",), ("message 1",)),
        fired_rules=("classified-marking",),
        counts={"CLASSIFICATION_MARKING": 1, "PERSON": 1},
    )
    return ex


def test_exchange_event_has_decisions_and_no_content() -> None:
    """The event names user, upstream, decision, counts, rules and version, and none of the text or values."""
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    audit.exchange_completed(_exchange())
    event = json.loads(out.getvalue())
    assert event["event"] == "exchange.completed" and event["decision"] == "blocked"
    assert event["user_id"] == "jdoe" and event["component"] == "USCIS" and event["client_address"] == "10.1.2.3"
    assert event["findings"] == {"CLASSIFICATION_MARKING": 1, "PERSON": 1}
    assert event["block_rule"] == "classified-marking" and event["rules_version"] == "abc123"
    assert "timestamp" in event
    for value in ("Maria", "212-67-4093", "SECRET//NOFORN", "<PERSON_1>"):
        assert value not in out.getvalue()


def test_file_chain_verifies_and_reports_the_first_tampered_line(tmp_path: Path) -> None:
    """Events appended to the file chain up; editing a line breaks the chain at the line after it."""
    path = tmp_path / "audit.log"
    audit.configure_logging(path, stream=io.StringIO())
    audit.emit("gateway.started", rules_version="v1")
    for i in range(3):
        ex = _exchange()
        ex.request_id = f"req_{i}"
        audit.exchange_completed(ex)
    audit.emit("gateway.stopped")
    assert audit.verify_chain(path) == audit.ChainReport(True, 5, None, "chain intact")
    lines = path.read_text().splitlines()
    lines[2] = lines[2].replace('"decision":"blocked"', '"decision":"allowed"')
    path.write_text("\n".join(lines) + "\n")
    report = audit.verify_chain(path)
    assert not report.ok and report.first_broken_line == 4


def test_chain_continues_across_restarts(tmp_path: Path) -> None:
    """A second process (or a restart) appends to the same chain without breaking it."""
    path = tmp_path / "audit.log"
    audit.configure_logging(path, stream=io.StringIO())
    audit.emit("gateway.started")
    audit.configure_logging(path, stream=io.StringIO())
    audit.emit("gateway.started")
    assert audit.verify_chain(path).ok and audit.verify_chain(path).lines == 2


def test_verify_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`audit verify` exits 0 on an intact file and 1 naming the line on a broken one."""
    path = tmp_path / "audit.log"
    audit.configure_logging(path, stream=io.StringIO())
    audit.emit("gateway.started")
    audit.emit("gateway.stopped")
    assert audit.verify_command(path) == 0
    path.write_text(path.read_text().splitlines()[1] + "\n")
    assert audit.verify_command(path) == 1
    assert f"{path}:1: chain broken" in capsys.readouterr().out
