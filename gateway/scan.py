"""scan: what the detector finds in a text and what the policy of an upstream would decide, for admins."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gateway.detect.engine import default_factory
from gateway.policy.decide import decide
from gateway.policy.decision import Operator
from gateway.policy.rules import load_rules
from gateway.segments import Segment
from gateway.settings import default_config_path, load_settings


def scan_command(text: str, *, config: Path | None, upstream: str | None, as_json: bool) -> int:
    rules_dir, policy_name, restore = Path("rules"), "commercial-139-07", True
    path = config or default_config_path()
    if config is not None or path.exists():
        settings = load_settings(path)
        rules_dir, restore = settings.rules, settings.restore
        chosen = settings.upstream(upstream) if upstream else settings.upstreams[0]
        policy_name = chosen.policy
    elif upstream:
        print(f"error: no config file ({path}) to look up upstream {upstream!r}", file=sys.stderr)
        return 2
    factory = default_factory()
    ruleset = load_rules(rules_dir, known_entities=factory.build().entities)
    detector = factory.build(ruleset.detector_specs)
    findings = detector.analyze([text])[0]
    segment = Segment(0, text, "input", "user", ())
    operator = Operator.PSEUDONYMIZE if restore else Operator.MASK
    policy = ruleset.policy(policy_name)
    decision = decide(policy, [segment], [findings], default_operator=operator)
    report = _report(text, findings, decision, policy_name, ruleset.version)
    print(json.dumps(report, indent=2) if as_json else _human(report))
    return 0


def _report(text: str, findings: list[Any], decision: Any, policy: str, version: str) -> dict[str, Any]:
    by_span = {(r.start, r.end): r for r in decision.redactions}
    rows = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        red = by_span.get((f.start, f.end))
        rows.append(
            {
                "entity_type": f.entity_type,
                "start": f.start,
                "end": f.end,
                "text": text[f.start : f.end],
                "score": round(f.score, 3),
                "recognizer": f.recognizer,
                "rule": red.rule_id if red else None,
                "action": f"redact ({red.operator.value})" if red else None,
            }
        )
    block = decision.block
    return {
        "policy": policy,
        "rules_version": version,
        "decision": decision.outcome,
        "block": None
        if block is None
        else {
            "rule": block.rule_id,
            "source": block.source,
            "message": block.message,
            "entity_types": list(block.entity_types),
        },
        "rules_fired": list(decision.fired_rules),
        "findings": rows,
    }


def _human(report: dict[str, Any]) -> str:
    lines = [f"policy {report['policy']} (rules {report['rules_version']}): {report['decision'].upper()}"]
    if report["block"]:
        b = report["block"]
        lines.append(f"  blocked by rule {b['rule']} ({b['source']}): {b['message']}")
    if not report["findings"]:
        lines.append("  no findings")
    for f in report["findings"]:
        action = f"{f['action']} by {f['rule']}" if f["rule"] else "no redaction"
        lines.append(
            f"  {f['entity_type']:<24} [{f['start']}:{f['end']}] {f['text']!r:<30} score {f['score']:.2f} "
            f"{f['recognizer']:<28} {action}"
        )
    if report["rules_fired"]:
        lines.append(f"  rules fired: {', '.join(report['rules_fired'])}")
    return "\n".join(lines)
