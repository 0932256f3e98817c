"""The feedback book (this worker's decisions, else the audit file) and the new config keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.audit_chain import ChainFile
from gateway.policy.decision import Block, Decision, Operator, Redaction
from gateway.policy.feedback import FeedbackBook
from gateway.settings import load_settings
from gateway.yamlsrc import YamlSourceError


def test_book_names_the_rules_each_kind_is_about() -> None:
    """A redaction's feedback names the redacting rules, a block's its rule, missed data none; once per kind."""
    book = FeedbackBook(capacity=2)
    redacted = Decision(
        redactions=(Redaction(0, 0, 4, "PERSON", Operator.PSEUDONYMIZE, "names"),),
        fired_rules=("names", "ip-addresses"),
    )
    blocked = Decision(block=Block("credentials", "PS 139-07", "No.", ("PASSWORD",), ("message 1",)))
    book.remember("req_a", "jdoe", redacted)
    book.remember("req_b", "jdoe", blocked)
    a, b = book.find("req_a"), book.find("req_b")
    assert a is not None and b is not None
    assert a.rules_for("wrong_redaction") == ("names",) and a.rules_for("missed_data") == ()
    assert b.rules_for("wrong_block") == ("credentials",) and b.outcome == "blocked"
    assert book.mark_given("req_a", "missed_data") and not book.mark_given("req_a", "missed_data")
    book.remember("req_c", "jdoe", redacted)  # capacity 2: the oldest is forgotten
    assert book.find("req_a") is None and book.find("req_c") is not None


def test_book_finds_another_workers_decision_in_the_audit_file(tmp_path: Path) -> None:
    """With several workers, a decision made elsewhere is read back from the hash-chained audit file."""
    chain = ChainFile(tmp_path / "audit.jsonl", b"k" * 32)
    chain.append(
        {
            "event": "exchange.completed",
            "request_id": "req_x",
            "user_id": "jdoe",
            "decision": "blocked",
            "rules": ["classified-marking"],
            "block_rule": "classified-marking",
        }
    )
    chain.append({"event": "feedback.received", "request_id": "req_y", "about": "req_x", "user_id": "jdoe"})
    chain.close()
    found = FeedbackBook().find("req_x", tmp_path / "audit.jsonl")
    assert found is not None and found.user_id == "jdoe" and found.rules_for("wrong_block") == ("classified-marking",)
    assert FeedbackBook().find("req_y", tmp_path / "audit.jsonl") is None  # not a decision
    assert FeedbackBook().find("req_x", tmp_path / "missing.jsonl") is None


def test_rules_with_shadow_resolve_against_the_config_folder(tmp_path: Path) -> None:
    """`rules: {path, shadow}` sets both folders, relative to the config file; an unknown key is a plain error."""
    config = tmp_path / "gateway.yaml"
    config.write_text(
        "upstreams:\n  - {name: demo, protocol: openai, base_url: demo, models: [m]}\n"
        "rules: {path: rules, shadow: candidate}\nweb: {dashboards: [{title: Grafana, url: 'https://g.example'}]}\n"
    )
    settings = load_settings(config)
    assert settings.rules == tmp_path / "rules" and settings.shadow_rules == tmp_path / "candidate"
    assert (
        settings.web.pages and settings.web.dashboards[0].title == "Grafana" and not settings.redaction_notice_in_text
    )
    config.write_text(config.read_text().replace("shadow: candidate", "shadw: candidate"))
    with pytest.raises(YamlSourceError, match="unknown key 'shadw'"):
        load_settings(config)
