"""decide: a policy + a request's findings → one Decision. Pure: no I/O, no model.

Precedence, per finding: block beats redact beats audit; among rules of the same action the more specific one
wins (context words, roles, a single entity type), then the one listed first. Volume rules (``min_count``) count
the distinct values in the whole request. Overlapping findings to redact merge into one replacement; the longest
finding names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.policy.decision import Action, Block, Decision, Operator, Redaction
from gateway.policy.rules import Policy, RuleModel
from gateway.segments import Segment

_RANK = {Action.BLOCK: 3, Action.REDACT: 2, Action.AUDIT: 1}


def matches(policy: Policy, rule: RuleModel, segment: Segment, finding: Finding) -> bool:
    if finding.entity_type not in rule.entities or finding.score < rule.min_score:
        return False
    if rule.roles and segment.role not in rule.roles:
        return False
    pattern = policy.compiled_context.get(rule.id)
    if pattern is not None:
        window = segment.text[max(0, finding.start - rule.context_window) : finding.end + rule.context_window]
        if pattern.search(window) is None:
            return False
    return True


def rule_for(policy: Policy, segment: Segment, finding: Finding) -> RuleModel | None:
    """The rule that decides this finding, by the precedence above; None if no rule applies."""
    best: tuple[int, int, int] | None = None
    chosen: RuleModel | None = None
    for position, rule in enumerate(policy.rules):
        if rule.min_count is not None or not matches(policy, rule, segment, finding):
            continue
        key = (_RANK[rule.action], rule.specificity, -position)
        if best is None or key > best:
            best, chosen = key, rule
    return chosen


def decide(
    policy: Policy,
    segments: Sequence[Segment],
    findings: Sequence[Sequence[Finding]],
    *,
    default_operator: Operator = Operator.PSEUDONYMIZE,
) -> Decision:
    blocks: list[tuple[RuleModel, Finding, Segment]] = []
    redact: list[tuple[Segment, Finding, RuleModel]] = []
    counts: dict[str, int] = {}
    audited: dict[str, int] = {}
    fired: dict[str, None] = {}
    for segment, found in zip(segments, findings, strict=True):
        for finding in found:
            rule = rule_for(policy, segment, finding)
            if rule is None:
                continue
            fired[rule.id] = None
            if rule.action is Action.AUDIT:
                audited[finding.entity_type] = audited.get(finding.entity_type, 0) + 1
                continue
            counts[finding.entity_type] = counts.get(finding.entity_type, 0) + 1
            if rule.action is Action.BLOCK:
                blocks.append((rule, finding, segment))
            else:
                redact.append((segment, finding, rule))
    blocks.extend(_volume_blocks(policy, segments, findings))
    for rule, _, _ in blocks:
        fired[rule.id] = None
    if blocks:
        order = {r.id: i for i, r in enumerate(policy.rules)}
        rule = min((b[0] for b in blocks), key=lambda r: order[r.id])
        mine = [(f, s) for r, f, s in blocks if r.id == rule.id]
        block = Block(
            rule_id=rule.id,
            source=rule.source,
            message=rule.message or "",
            entity_types=tuple(dict.fromkeys(f.entity_type for f, _ in mine)),
            places=tuple(dict.fromkeys(s.place for _, s in mine)),
        )
        return Decision(block=block, fired_rules=tuple(fired), counts=counts, audited=audited)
    return Decision(
        redactions=merge(redact, default_operator), fired_rules=tuple(fired), counts=counts, audited=audited
    )


def _volume_blocks(
    policy: Policy, segments: Sequence[Segment], findings: Sequence[Sequence[Finding]]
) -> list[tuple[RuleModel, Finding, Segment]]:
    out = []
    for rule in policy.rules:
        if rule.min_count is None:
            continue
        hits = [
            (rule, f, s)
            for s, found in zip(segments, findings, strict=True)
            for f in found
            if matches(policy, rule, s, f)
        ]
        # distinct values: a conversation that names one person thirty times is not a list of thirty people
        if len({(f.entity_type, _same_value(s.text[f.start : f.end])) for _, f, s in hits}) >= rule.min_count:
            out.extend(hits)
    return out


def _same_value(text: str) -> str:
    return " ".join(text.casefold().split())


def merge(candidates: list[tuple[Segment, Finding, RuleModel]], default: Operator) -> tuple[Redaction, ...]:
    """One non-overlapping redaction per stretch of text, sorted by segment and offset."""
    out: list[Redaction] = []
    ordered = sorted(candidates, key=lambda c: (c[0].index, c[1].start, -c[1].end))
    for segment, finding, rule in ordered:
        operator = rule.operator or default
        last = out[-1] if out else None
        if last is not None and last.segment_index == segment.index and finding.start < last.end:
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
