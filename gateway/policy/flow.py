"""scan_and_decide: texts + a policy of the rules in force → findings and one decision.

The one path from text to decision, used by the pipeline (detect/decide phases), shadow rules, ``gateway scan``,
the admin playground and dry run, and the rules' embedded tests, so that they can never disagree. The pipeline
scans off the event loop with its cache and hands its findings in; everyone else lets this function scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gateway.detect.findings import Detector, Finding
from gateway.detect.names import repeated_names
from gateway.policy.active import ActiveRules
from gateway.policy.decide import decide
from gateway.policy.decision import Decision, Operator
from gateway.policy.rules import Policy
from gateway.segments import Segment
from gateway.transform.redact import Placeholders, redact


class UnknownPolicy(KeyError):
    """The rules in force define no policy of this name."""


@dataclass(frozen=True, slots=True)
class Outcome:
    policy: str
    rules_version: str
    compiled: Policy
    restore: bool
    segments: tuple[Segment, ...]
    findings: list[list[Finding]]  # per segment, after the rules' allow list
    decision: Decision

    def texts_sent(self, hash_key: bytes = b"preview") -> list[str]:
        """What would leave the gateway for each segment: the texts with this decision's placeholders."""
        if self.decision.block is not None:
            return []
        changed = redact(self.segments, self.decision.redactions, Placeholders(hash_key))
        return [changed.get(s.index, s.text) for s in self.segments]


def default_operator(restore: bool) -> Operator:
    """Redactions without an operator of their own: restorable placeholders, or one-way masks (``restore: false``)."""
    return Operator.PSEUDONYMIZE if restore else Operator.MASK


def scan(detector: Detector, texts: Sequence[str]) -> list[list[Finding]]:
    """Findings for each text; a name found in one text of a request counts in all of them (detect/names.py)."""
    findings = detector.analyze(list(texts))
    if len(findings) != len(texts):
        raise ValueError("detector returned findings for a different number of texts")
    if names_to_share(texts, findings):
        findings = repeated_names(list(texts), findings)
    return findings


def names_to_share(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> bool:
    """Whether a name found in one text must be looked for in the others (``repeated_names``): the pipeline scans
    through its queue and cache, then completes its findings the same way ``scan`` does."""
    return len(texts) > 1 and any(f.entity_type == "PERSON" for found in findings for f in found)


def as_segments(texts: Sequence[str | Segment], role: str = "user") -> tuple[Segment, ...]:
    return tuple(
        t if isinstance(t, Segment) else Segment(i, t, f"text {i + 1}" if len(texts) > 1 else "text", role, ())
        for i, t in enumerate(texts)
    )


def scan_and_decide(
    texts: Sequence[str | Segment],
    policy: str,
    rules: ActiveRules,
    *,
    restore: bool = True,
    role: str = "user",
    findings: Sequence[Sequence[Finding]] | None = None,
) -> Outcome:
    """Scan (unless ``findings`` are given), apply the rules' allow list and decide under ``policy``.

    Raises ``UnknownPolicy`` when the rules define no such policy; detector errors propagate (callers fail closed).
    """
    segments = as_segments(texts, role)
    try:
        compiled = rules.ruleset.policy(policy)
    except KeyError:
        raise UnknownPolicy(policy) from None
    found = scan(rules.detector, [s.text for s in segments]) if findings is None else [list(f) for f in findings]
    allow = rules.ruleset.allow
    if allow:
        found = [allow.filter(s.text, f) for s, f in zip(segments, found, strict=True)]
    decision = decide(compiled, segments, found, default_operator=default_operator(restore))
    return Outcome(policy, rules.ruleset.version, compiled, restore, segments, found, decision)
