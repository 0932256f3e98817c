"""decide(): precedence, context, roles, volume rules and overlap resolution, on hand-made findings."""

from __future__ import annotations

from pathlib import Path

from gateway.detect.findings import Finding
from gateway.policy.decide import decide
from gateway.policy.decision import Operator
from gateway.policy.rules import Policy, load_rules
from gateway.segments import Segment

RULES = """\
policies:
  p:
    rules:
      - {id: ssn-redact, description: d, source: s, entities: [US_SSN, PERSON], action: redact}
      - {id: ssn-block, description: d, source: "PS 139-07 x", entities: [US_SSN], action: block, message: no SSNs,
         roles: [system]}
      - {id: person-audit, description: d, source: s, entities: [PERSON], action: audit}
      - {id: person-mask-tool, description: d, source: s, entities: [PERSON], action: redact, operator: mask,
         roles: [tool]}
      - {id: badge, description: d, source: s, entities: [NUMBER], action: redact, operator: hash,
         context: [badge], context_window: 10}
      - {id: bulk, description: d, source: s, entities: [EMAIL_ADDRESS], min_count: 3, action: block,
         message: too many}
      - {id: email, description: d, source: s, entities: [EMAIL_ADDRESS], action: redact, min_score: 0.5}
"""


def policy(tmp_path: Path) -> Policy:
    (tmp_path / "r.yaml").write_text(RULES)
    return load_rules(tmp_path).policy("p")


def seg(i: int, text: str, role: str = "user") -> Segment:
    return Segment(i, text, f"message {i + 1}", role, ())


def f(entity: str, start: int, end: int, score: float = 0.9) -> Finding:
    return Finding(entity, start, end, score, "test")


def test_block_beats_redact_beats_audit(tmp_path: Path) -> None:
    """An SSN in the system prompt is blocked; in a user turn it is redacted; a name is redacted, not audited."""
    p = policy(tmp_path)
    d = decide(p, [seg(0, "SSN 212-67-4093", "system")], [[f("US_SSN", 4, 15)]])
    assert d.block is not None and d.block.rule_id == "ssn-block" and d.block.places == ("message 1",)
    assert d.block.source == "PS 139-07 x" and d.outcome == "blocked"
    d = decide(p, [seg(0, "SSN 212-67-4093 Ann Lee")], [[f("US_SSN", 4, 15), f("PERSON", 16, 23)]])
    assert [(r.rule_id, r.entity_type) for r in d.redactions] == [("ssn-redact", "US_SSN"), ("ssn-redact", "PERSON")]


def test_more_specific_rule_wins_among_same_action(tmp_path: Path) -> None:
    """In a tool result a name follows the role-specific mask rule instead of the general one."""
    p = policy(tmp_path)
    d = decide(p, [seg(0, "Ann Lee", "tool")], [[f("PERSON", 0, 7)]], default_operator=Operator.PSEUDONYMIZE)
    assert d.redactions[0].rule_id == "person-mask-tool" and d.redactions[0].operator is Operator.MASK
    d = decide(p, [seg(0, "Ann Lee", "user")], [[f("PERSON", 0, 7)]], default_operator=Operator.MASK)
    assert d.redactions[0].rule_id == "ssn-redact" and d.redactions[0].operator is Operator.MASK


def test_context_words_must_stand_near_the_finding(tmp_path: Path) -> None:
    """A rule with context words applies only when one of them is within its window."""
    p = policy(tmp_path)
    near = decide(p, [seg(0, "badge 55512")], [[f("NUMBER", 6, 11)]])
    far = decide(p, [seg(0, "badge is in the drawer; 55512")], [[f("NUMBER", 24, 29)]])
    assert near.redactions[0].operator is Operator.HASH and far.redactions == ()


def test_volume_rule_blocks_many_findings_in_one_request(tmp_path: Path) -> None:
    """Two e-mails are redacted; three across segments trip the bulk rule."""
    p = policy(tmp_path)
    two = decide(p, [seg(0, "a@x.gov b@x.gov")], [[f("EMAIL_ADDRESS", 0, 7), f("EMAIL_ADDRESS", 8, 15)]])
    assert two.block is None and len(two.redactions) == 2
    three = decide(
        p,
        [seg(0, "a@x.gov b@x.gov"), seg(1, "c@x.gov")],
        [[f("EMAIL_ADDRESS", 0, 7), f("EMAIL_ADDRESS", 8, 15)], [f("EMAIL_ADDRESS", 0, 7)]],
    )
    assert three.block is not None and three.block.rule_id == "bulk"
    assert three.block.places == ("message 1", "message 2")


def test_volume_rule_counts_distinct_values(tmp_path: Path) -> None:
    """One address repeated across a conversation is one person, not a list: it is redacted, never bulk; values
    that differ only in case or spacing are the same value."""
    p = policy(tmp_path)
    turns = [seg(i, text) for i, text in enumerate(["a@x.gov", "A@X.gov again", "b@x.gov", " b@x.gov"])]
    found = [
        [f("EMAIL_ADDRESS", 0, 7)],
        [f("EMAIL_ADDRESS", 0, 7)],
        [f("EMAIL_ADDRESS", 0, 7)],
        [f("EMAIL_ADDRESS", 1, 8)],
    ]
    repeated = decide(p, turns, found)
    assert repeated.block is None and len(repeated.redactions) == 4
    more = decide(p, [*turns, seg(4, "c@x.gov")], [*found, [f("EMAIL_ADDRESS", 0, 7)]])
    assert more.block is not None and more.block.rule_id == "bulk"


def test_low_scores_are_ignored(tmp_path: Path) -> None:
    """A finding under the rule's min_score is not acted on."""
    d = decide(policy(tmp_path), [seg(0, "a@x.gov")], [[f("EMAIL_ADDRESS", 0, 7, score=0.3)]])
    assert d.outcome == "allowed" and d.counts == {}


def test_overlapping_findings_become_one_replacement(tmp_path: Path) -> None:
    """An e-mail inside which a name was also found is replaced once, named after the longer finding."""
    text = "maria.garcia@example.com"
    d = decide(policy(tmp_path), [seg(0, text)], [[f("PERSON", 0, 12), f("EMAIL_ADDRESS", 0, 24)]])
    assert [(r.start, r.end, r.entity_type) for r in d.redactions] == [(0, 24, "EMAIL_ADDRESS")]
    assert d.counts == {"PERSON": 1, "EMAIL_ADDRESS": 1}
