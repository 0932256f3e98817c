"""rules check | test: validate rule files, and run their embedded tests; non-zero exit on any failure."""

from __future__ import annotations

import sys
from pathlib import Path

from gateway.detect.engine import DetectorFactory
from gateway.policy.rules import RuleSet, load_rules
from gateway.policy.testing import run_rule_tests
from gateway.yamlsrc import YamlSourceError


def _load(directory: Path, factory: DetectorFactory) -> RuleSet | None:
    """The compiled rules, or None after printing every problem as file:line: sentence."""
    try:
        return load_rules(directory, known_entities=factory.build().entities)
    except YamlSourceError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {directory}", file=sys.stderr)
        return None


def check_command(directory: Path) -> int:
    """Schema, regexes and entity names against the real detector."""
    ruleset = _load(directory, DetectorFactory())
    if ruleset is None:
        return 1
    rules = sum(len(p.rules) for p in ruleset.policies.values())
    print(
        f"ok: {len(ruleset.files)} file(s), {len(ruleset.policies)} policies, {rules} rules, "
        f"{len(ruleset.tests)} tests; version {ruleset.version}"
    )
    return 0


def test_command(directory: Path) -> int:
    """Every embedded test through the real detector; a pass/fail table."""
    factory = DetectorFactory()
    ruleset = _load(directory, factory)
    if ruleset is None:
        return 1
    results = run_rule_tests(ruleset, factory.build(ruleset.detector_specs))
    width = max((len(r.test.test.name) for r in results), default=10)
    for r in results:
        status = "PASS" if r.ok else "FAIL"
        line = f"{status}  {r.test.test.policy:<20} {r.test.test.name:<{width}}  {r.got}"
        print(line + (f"   <- {r.why} ({Path(r.test.file).name}:{r.test.line})" if not r.ok else ""))
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0
