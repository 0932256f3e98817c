"""scan: what the detector finds in a text and what a policy decides, for admins (CLI, playground, dry run).

Reports are built from ``policy.flow.scan_and_decide``, the path every request takes, so a preview is what the
gateway would do. ``shadow report`` reads an audit file and shows where the shadow rules disagreed, by rule.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from gateway.detect.engine import DetectorFactory
from gateway.policy.active import ActiveRules
from gateway.policy.decide import rule_for
from gateway.policy.decision import Action
from gateway.policy.flow import Outcome, UnknownPolicy, default_operator, scan_and_decide
from gateway.policy.rules import load_rules
from gateway.settings import default_config_path, load_settings

DEFAULT_POLICY = "commercial-139-07"


def scan_command(
    text: str,
    *,
    config: Path | None,
    upstream: str | None,
    as_json: bool,
    rules_dir: Path | None = None,
    policy: str | None = None,
    show_redacted: bool = False,
) -> int:
    """Without ``--rules`` the gateway config names the rules folder and the upstream's policy."""
    restore = True
    path = config or default_config_path()
    if rules_dir is None or config is not None:
        if config is not None or path.exists():
            settings = load_settings(path)
            rules_dir, restore = rules_dir or settings.rules, settings.restore
            if upstream:
                names = [u.name for u in settings.upstreams]
                if upstream not in names:
                    print(f"error: {path} has no upstream {upstream!r} (it has: {', '.join(names)})", file=sys.stderr)
                    return 2
                chosen = settings.upstream(upstream)
            else:
                chosen = settings.upstreams[0]
            policy = policy or chosen.policy
        elif upstream:
            print(
                f"error: no config file ({path}) to look up upstream {upstream!r}; use --rules and --policy",
                file=sys.stderr,
            )
            return 2
    rules_dir = rules_dir or Path("rules")
    policy = policy or DEFAULT_POLICY
    factory = DetectorFactory()
    ruleset = load_rules(rules_dir, known_entities=factory.build().entities)
    active = ActiveRules(ruleset, factory.build(ruleset.detector_specs))
    try:
        outcome = scan_and_decide([text], policy, active, restore=restore)
    except UnknownPolicy:
        print(
            f"error: {rules_dir} has no policy {policy!r} (it has: {', '.join(sorted(ruleset.policies))})",
            file=sys.stderr,
        )
        return 2
    result = report(outcome)
    if not show_redacted:
        result.pop("sent")
    print(json.dumps(result, indent=2) if as_json else _human(result))
    return 0


def report(outcome: Outcome) -> dict[str, Any]:
    """Findings with the rule and action deciding each, the decision, and the text that would be sent."""
    segment, findings = outcome.segments[0], outcome.findings[0]
    text = segment.text
    rows = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        rule = rule_for(outcome.compiled, segment, f)
        rows.append(
            {
                "entity_type": f.entity_type,
                "start": f.start,
                "end": f.end,
                "text": text[f.start : f.end],
                "score": round(f.score, 3),
                "recognizer": f.recognizer,
                "rule": rule.id if rule else None,
                "action": _action(rule, outcome.restore) if rule else None,
            }
        )
    block = outcome.decision.block
    sent = outcome.texts_sent()
    return {
        "policy": outcome.policy,
        "rules_version": outcome.rules_version,
        "decision": outcome.decision.outcome,
        "block": None
        if block is None
        else {
            "rule": block.rule_id,
            "source": block.source,
            "message": block.message,
            "entity_types": list(block.entity_types),
        },
        "rules_fired": list(outcome.decision.fired_rules),
        "findings": rows,
        "sent": sent[0] if sent else None,
    }


def _action(rule: Any, restore: bool) -> str:
    if rule.action is Action.REDACT:
        return f"redact ({(rule.operator or default_operator(restore)).value})"
    return str(rule.action.value)


def disagreements(live: Outcome, shadow: Outcome) -> list[dict[str, Any]]:
    """Where the shadow rules decide differently: the whole request, then each finding, naming the rules."""
    out: list[dict[str, Any]] = []
    ld, sd = live.decision, shadow.decision
    if ld.outcome != sd.outcome or (ld.block and ld.block.rule_id) != (sd.block and sd.block.rule_id):
        out.append(
            {
                "what": "decision",
                "live": ld.outcome + (f" by {ld.block.rule_id}" if ld.block else ""),
                "shadow": sd.outcome + (f" by {sd.block.rule_id}" if sd.block else ""),
            }
        )
    text = live.segments[0].text
    spans: dict[tuple[int, int, str], list[str]] = {}
    for index, outcome in enumerate((live, shadow)):
        for f in outcome.findings[0]:
            rule = rule_for(outcome.compiled, outcome.segments[0], f)
            said = f"{_action(rule, outcome.restore)} by {rule.id}" if rule else "no rule"
            spans.setdefault((f.start, f.end, f.entity_type), ["not found", "not found"])[index] = said
    for (start, end, entity), (in_live, in_shadow) in sorted(spans.items()):
        if in_live != in_shadow:
            out.append({"what": f"{entity} {text[start:end]!r}", "live": in_live, "shadow": in_shadow})
    return out


def _human(report: dict[str, Any]) -> str:
    lines = [f"policy {report['policy']} (rules {report['rules_version']}): {report['decision'].upper()}"]
    if report["block"]:
        b = report["block"]
        lines.append(f"  blocked by rule {b['rule']} ({b['source']}): {b['message']}")
    if not report["findings"]:
        lines.append("  no findings")
    for f in report["findings"]:
        action = f"{f['action']} by {f['rule']}" if f["rule"] else "no rule applies"
        lines.append(
            f"  {f['entity_type']:<24} [{f['start']}:{f['end']}] {f['text']!r:<30} score {f['score']:.2f} "
            f"{f['recognizer']:<28} {action}"
        )
    if report["rules_fired"]:
        lines.append(f"  rules fired: {', '.join(report['rules_fired'])}")
    if "sent" in report:
        lines.append("  would send:" if report["sent"] is not None else "  would send nothing (blocked)")
        if report["sent"] is not None:
            lines.extend("    " + line for line in report["sent"].splitlines() or [""])
    return "\n".join(lines)


def shadow_report_command(audit_file: Path) -> int:
    """Read ``exchange.completed`` events and print where live and shadow rules disagreed, by rule."""
    pairs: Counter[tuple[str, str, str]] = Counter()
    by_rule: Counter[tuple[str, str]] = Counter()
    total = 0
    try:
        lines = audit_file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"error: cannot read {audit_file} ({exc.strerror})", file=sys.stderr)
        return 2
    for line in lines:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        shadow = event.get("shadow") if isinstance(event, dict) else None
        if event.get("event") != "exchange.completed" or not isinstance(shadow, dict):
            continue
        total += 1
        live, cand = str(event.get("decision")), str(shadow.get("decision"))
        live_rules, shadow_rules = set(event.get("rules") or ()), set(shadow.get("rules") or ())
        if live == cand and event.get("block_rule") == shadow.get("block_rule") and live_rules == shadow_rules:
            continue
        pairs[(str(event.get("policy")), live, cand)] += 1
        for rule in shadow_rules - live_rules:
            by_rule[(rule, "fires only in shadow")] += 1
        for rule in live_rules - shadow_rules:
            by_rule[(rule, "fires only live")] += 1
        if shadow.get("block_rule") and shadow.get("block_rule") != event.get("block_rule"):
            by_rule[(str(shadow["block_rule"]), "blocks in shadow, not live")] += 1
    disagreeing = sum(pairs.values())
    print(f"{total} decisions with a shadow decision; {disagreeing} disagree")
    for (policy, live, cand), n in pairs.most_common():
        print(f"  {policy:<24} live {live:<9} shadow {cand:<9} {n}")
    if by_rule:
        print("by rule:")
        for (rule, how), n in by_rule.most_common():
            print(f"  {rule:<28} {how:<28} {n}")
    return 0
