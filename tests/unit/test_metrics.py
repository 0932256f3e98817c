"""Metrics from an exchange: closed-set labels, findings by action, blocks by rule."""

from __future__ import annotations

from prometheus_client import REGISTRY

from gateway import metrics
from gateway.exchange import Exchange
from gateway.identity.principal import Principal
from gateway.policy.decision import Block, Decision


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_blocked_exchange_counts_request_findings_and_rule() -> None:
    """A block moves the request, findings-by-action and blocks-by-rule counters; no user id becomes a label."""
    ex = Exchange("req_m1", "/v1/messages", "anthropic")
    ex.principal = Principal("unique-user-7731")
    ex.upstream, ex.model, ex.outcome = "anthropic", "claude-test-model", "blocked"
    ex.timings.scan, ex.timings.total = 0.01, 0.02
    ex.decision = Decision(
        block=Block("cui-marking", "s", "m", ("CUI_MARKING",), ("message 1",)),
        counts={"CUI_MARKING": 2},
        audited={"IP_ADDRESS": 1},
    )
    before = (
        _value(
            "gateway_requests_total",
            route="/v1/messages",
            upstream="anthropic",
            model="claude-test-model",
            decision="blocked",
        ),
        _value("gateway_findings_total", entity_type="CUI_MARKING", action="block"),
        _value("gateway_findings_total", entity_type="IP_ADDRESS", action="audit"),
        _value("gateway_blocks_total", rule_id="cui-marking"),
    )
    metrics.observe_exchange(ex)
    after = (
        _value(
            "gateway_requests_total",
            route="/v1/messages",
            upstream="anthropic",
            model="claude-test-model",
            decision="blocked",
        ),
        _value("gateway_findings_total", entity_type="CUI_MARKING", action="block"),
        _value("gateway_findings_total", entity_type="IP_ADDRESS", action="audit"),
        _value("gateway_blocks_total", rule_id="cui-marking"),
    )
    assert [a - b for a, b in zip(after, before, strict=True)] == [1, 2, 1, 1]
    assert b"unique-user-7731" not in metrics.exposition()


def test_refusal_and_upstream_error_kinds() -> None:
    """Refusals count by reason; upstream failures by upstream and kind; unknown models become 'none'."""
    ex = Exchange("req_m2", "/v1/chat/completions", "openai")
    ex.outcome, ex.reason = "refused", "unknown_model"
    before = _value("gateway_refusals_total", reason="unknown_model")
    metrics.observe_exchange(ex)
    assert _value("gateway_refusals_total", reason="unknown_model") == before + 1
    assert (
        _value(
            "gateway_requests_total", route="/v1/chat/completions", upstream="none", model="none", decision="refused"
        )
        >= 1
    )
    ex2 = Exchange("req_m3", "/v1/chat/completions", "openai")
    ex2.outcome, ex2.upstream, ex2.upstream_error = "error", "openai", "timeout"
    before = _value("gateway_upstream_errors_total", upstream="openai", kind="timeout")
    metrics.observe_exchange(ex2)
    assert _value("gateway_upstream_errors_total", upstream="openai", kind="timeout") == before + 1


def test_rules_version_info_keeps_one_version() -> None:
    """The info metric shows only the version in force after a reload."""
    metrics.set_rules_version("aaaaaaaaaaaa")
    metrics.observe_rules_reload(True, "bbbbbbbbbbbb")
    assert _value("gateway_rules_version_info", version="bbbbbbbbbbbb") == 1
    assert REGISTRY.get_sample_value("gateway_rules_version_info", {"version": "aaaaaaaaaaaa"}) is None


def test_a_reload_attempt_counts_once(tmp_path: object, monkeypatch: object) -> None:
    """Every worker reloading the same state of the rules folder counts one reload; a new state counts again.
    Between processes a marker file in the metrics folder decides who counts (here: the same process twice)."""
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    before = _value("gateway_rules_reloads_total", outcome="failed")
    metrics.observe_rules_reload(False, None, "state-1")
    metrics.observe_rules_reload(False, None, "state-1")
    assert _value("gateway_rules_reloads_total", outcome="failed") == before + 1
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    metrics.observe_rules_reload(False, None, "state-2")
    metrics.observe_rules_reload(False, None, "state-2")
    assert _value("gateway_rules_reloads_total", outcome="failed") == before + 2
    metrics.observe_rules_reload(True, "cccccccccccc", "state-2")  # the same state, another outcome
    assert _value("gateway_rules_reloads_total", outcome="failed") == before + 2
    assert _value("gateway_rules_version_info", version="cccccccccccc") == 1
