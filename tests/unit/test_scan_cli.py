"""`gateway scan` without a config, its errors, the one scan-and-decide path, and `gateway shadow report`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gateway.__main__ import main
from gateway.policy.active import ActiveRules
from gateway.policy.flow import scan_and_decide
from gateway.policy.rules import load_rules
from gateway.scan import report

RULES = Path(__file__).resolve().parents[2] / "rules"
TEXT = "Please write to Maria Garcia, SSN 212-67-4093."


def test_scan_with_rules_and_policy_shows_the_text_that_would_be_sent(
    capsys: pytest.CaptureFixture[str], detector_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--rules/--policy need no gateway config; --show-redacted prints the placeholders in place of the values."""
    monkeypatch.chdir(tmp_path)  # no gateway.yaml here
    assert main(["scan", "--rules", str(RULES), "--policy", "commercial-139-07", "--show-redacted", TEXT]) == 0
    out = capsys.readouterr().out
    assert "REDACTED" in out and "would send:" in out
    sent = out.split("would send:")[1]
    assert "<PERSON_1>" in sent and "<US_SSN_1>" in sent and "212-67-4093" not in sent and "Garcia" not in sent
    assert main(["scan", "--rules", str(RULES), "--policy", "commercial-139-07", "--json", TEXT]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "sent" not in data and {f["rule"] for f in data["findings"]} >= {"names", "sensitive-identifiers"}


def test_scan_errors_are_sentences_not_tracebacks(
    capsys: pytest.CaptureFixture[str], detector_factory: Any, tmp_path: Path
) -> None:
    """An unknown upstream or policy exits 2 with what exists; nothing is raised."""
    config = tmp_path / "gateway.yaml"
    config.write_text(
        f"upstreams:\n  - {{name: demo, protocol: openai, base_url: demo, models: [m]}}\nrules: {RULES}\n"
    )
    assert main(["scan", "--config", str(config), "--upstream", "nope", "hi"]) == 2
    assert "has no upstream 'nope' (it has: demo)" in capsys.readouterr().err
    assert main(["scan", "--rules", str(RULES), "--policy", "nope", "hi"]) == 2
    err = capsys.readouterr().err
    assert "has no policy 'nope'" in err and "commercial-139-07" in err


def test_restore_false_previews_masks(detector_factory: Any) -> None:
    """The preview honours the config's restore setting (the old admin dry run ignored it)."""
    ruleset = load_rules(RULES, known_entities=detector_factory.build().entities)
    rules = ActiveRules(ruleset, detector_factory.build(ruleset.detector_specs))
    kept = report(scan_and_decide([TEXT], "commercial-139-07", rules, restore=True))
    masked = report(scan_and_decide([TEXT], "commercial-139-07", rules, restore=False))
    # the SSN rule names no operator, so the config decides; the names rule asks for pseudonymize itself
    assert "<US_SSN_1>" in kept["sent"] and "<US_SSN>" in masked["sent"] and "<PERSON_1>" in masked["sent"]
    assert {f["entity_type"]: f["action"] for f in masked["findings"]}["US_SSN"] == "redact (mask)"


def test_shadow_report_lists_disagreements_by_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The report counts live/shadow pairs that differ and names the rules that fire only on one side."""
    events = [
        {
            "event": "exchange.completed",
            "policy": "p",
            "decision": "redacted",
            "rules": ["names"],
            "block_rule": None,
            "shadow": {"decision": "blocked", "rules": ["names-block"], "block_rule": "names-block"},
        },
        {
            "event": "exchange.completed",
            "policy": "p",
            "decision": "allowed",
            "rules": [],
            "block_rule": None,
            "shadow": {"decision": "allowed", "rules": [], "block_rule": None},
        },
        {"event": "exchange.completed", "policy": "p", "decision": "allowed", "rules": [], "shadow": None},
    ]
    audit = tmp_path / "audit.jsonl"
    audit.write_text("\n".join(json.dumps(e) for e in events) + "\nnot json\n")
    assert main(["shadow", "report", str(audit)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 decisions with a shadow decision; 1 disagree")
    assert "live redacted  shadow blocked   1" in out
    assert "names-block" in out and "blocks in shadow, not live" in out and "fires only live" in out
