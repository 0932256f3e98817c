"""The shipped rules/ pass their own embedded tests against the real detector, and cover every rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gateway.policy.rules import load_rules
from gateway.policy.testing import run_rule_tests

RULES = Path(__file__).resolve().parents[3] / "rules"


def test_every_embedded_test_passes(detector_factory: Any) -> None:
    """Each test in rules/*.yaml gets the decision and entity types it expects."""
    ruleset = load_rules(RULES, known_entities=detector_factory.build().entities)
    results = run_rule_tests(ruleset, detector_factory.build(ruleset.detector_specs))
    assert len(results) >= 20
    assert [r.why for r in results if not r.ok] == []


def test_every_rule_cites_a_source_and_blocks_explain(detector_factory: Any) -> None:
    """Every rule says which policy text it implements; every blocking rule has a message."""
    ruleset = load_rules(RULES, known_entities=detector_factory.build().entities)
    for policy in ruleset.policies.values():
        for rule in policy.rules:
            assert any(word in rule.source for word in ("139-07", "PIA-097", "CFR", "Rules of Behavior")), rule.id
            if rule.action == "block":
                assert rule.message and len(rule.message) > 40


def test_commercial_policy_blocks_classified_cui_and_credentials(detector_factory: Any) -> None:
    """The commercial policy blocks the three never-leave categories; the internal one allows CUI."""
    ruleset = load_rules(RULES, known_entities=detector_factory.build().entities)
    actions = {r.id: r.action for r in ruleset.policy("commercial-139-07").rules}
    assert actions["classified-marking"] == actions["cui-marking"] == actions["credentials"] == "block"
    internal = {e: r.action for r in ruleset.policy("internal").rules for e in r.entities}
    assert internal["CUI_MARKING"] == "audit" and internal["CLASSIFICATION_MARKING"] == "block"
