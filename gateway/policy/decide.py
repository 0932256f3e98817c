"""decide: findings + policy → one Decision. Pure: no I/O, no model.

Precedence: block beats redact beats audit; overlapping findings to redact merge into one replacement.
"""

from __future__ import annotations

from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.policy.decision import Action, Block, Decision, Operator, Redaction
from gateway.policy.rules import Policy, RuleModel
from gateway.segments import Segment

_RANK = {Action.BLOCK: 3, Action.REDACT: 2, Action.AUDIT: 1}


def _rule_for(policy: Policy, segment: Segment, finding: Finding) -> RuleModel | None:
    best: RuleModel | None = None
    for rule in policy.rules:
        if finding.entity_type not in rule.entities or finding.score < rule.min_score:
            continue
        if rule.roles and segment.role not in rule.roles:
            continue
        if best is None or _RANK[rule.action] > _RANK[best.action]:
            best = rule
    return best


def decide(
    policy: Policy,
    segments: Sequence[Segment],
    findings: Sequence[Sequence[Finding]],
    *,
    default_operator: Operator = Operator.PSEUDONYMIZE,
) -> Decision:
    blocks: list[tuple[RuleModel, Finding, Segment]] = []
    candidates: list[tuple[Segment, Finding, RuleModel]] = []
    counts: dict[str, int] = {}
    audited: dict[str, int] = {}
    fired: list[str] = []
    for segment, found in zip(segments, findings, strict=True):
        for finding in found:
            rule = _rule_for(policy, segment, finding)
            if rule is None:
                continue
            if rule.id not in fired:
                fired.append(rule.id)
            if rule.action is Action.AUDIT:
                audited[finding.entity_type] = audited.get(finding.entity_type, 0) + 1
                continue
            counts[finding.entity_type] = counts.get(finding.entity_type, 0) + 1
            if rule.action is Action.BLOCK:
                blocks.append((rule, finding, segment))
            else:
                candidates.append((segment, finding, rule))
    if blocks:
        rule = blocks[0][0]
        same = [(f, s) for r, f, s in blocks if r.id == rule.id]
        block = Block(
            rule.id,
            rule.source,
            rule.message or "",
            tuple(dict.fromkeys(f.entity_type for f, _ in same)),
            tuple(dict.fromkeys(s.place for _, s in same)),
        )
        return Decision(block=block, fired_rules=tuple(fired), counts=counts, audited=audited)
    return Decision(
        redactions=_merge(candidates, default_operator), fired_rules=tuple(fired), counts=counts, audited=audited
    )


def _merge(candidates: list[tuple[Segment, Finding, RuleModel]], default: Operator) -> tuple[Redaction, ...]:
    out: list[Redaction] = []
    ordered = sorted(candidates, key=lambda c: (c[0].index, c[1].start, -c[1].end))
    for segment, finding, rule in ordered:
        operator = rule.operator or default
        if out and out[-1].segment_index == segment.index and finding.start < out[-1].end:
            last = out[-1]
            longer = (finding.end - finding.start) > (last.end - last.start)
            out[-1] = Redaction(
                last.segment_index,
                last.start,
                max(last.end, finding.end),
                finding.entity_type if longer else last.entity_type,
                operator if longer else last.operator,
                rule.id if longer else last.rule_id,
            )
            continue
        out.append(Redaction(segment.index, finding.start, finding.end, finding.entity_type, operator, rule.id))
    return tuple(out)
