"""Run the tests embedded in rule files against the real detector: each text, its expected decision and entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gateway.detect.findings import Detector, Finding
from gateway.policy.active import ActiveRules
from gateway.policy.flow import scan_and_decide
from gateway.policy.rules import RuleSet, RuleTest
from gateway.yamlsrc import Problem


@dataclass(frozen=True, slots=True)
class TestResult:
    test: RuleTest
    ok: bool
    got: str  # decision, acted entity types and blocking rule, for the table
    why: str = ""


def run_rule_tests(ruleset: RuleSet, detector: Detector) -> list[TestResult]:
    tests = ruleset.tests
    if not tests:
        return []
    rules = ActiveRules(ruleset, detector)
    findings = detector.analyze([t.test.text for t in tests])  # one batch; each text is its own request
    return [_check(rules, t, f) for t, f in zip(tests, findings, strict=True)]


def _check(rules: ActiveRules, t: RuleTest, findings: Sequence[Finding]) -> TestResult:
    test = t.test
    decision = scan_and_decide([test.text], test.policy, rules, role=test.role, findings=[findings]).decision
    acted = set(decision.counts)
    got = decision.outcome
    rule = decision.block.rule_id if decision.block else None
    summary = f"{got} {sorted(acted)}" + (f" by {rule}" if rule else "")
    problems = []
    if got != test.expect.decision:
        problems.append(f"expected {test.expect.decision}, got {got}")
    missing = set(test.expect.entities) - acted
    if missing:
        problems.append(f"no {', '.join(sorted(missing))} acted on")
    if test.expect.rule and rule != test.expect.rule:
        problems.append(f"expected rule {test.expect.rule}, got {rule}")
    return TestResult(t, not problems, summary, "; ".join(problems))


def failures(results: Sequence[TestResult]) -> list[Problem]:
    """One problem per failed test, naming its file, line and name."""
    return [
        Problem(r.test.file, r.test.line, f"test {r.test.test.name!r} failed: {r.why}") for r in results if not r.ok
    ]
