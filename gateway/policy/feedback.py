"""Feedback on decisions: an employee says a block or a redaction was wrong, or that data was missed.

Joined to the decision's rules by request id, never to content: the book keeps, per recent request, only who sent
it and which rules decided. Feedback carries no text at all (a closed list of kinds), and counts per rule.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.policy.decision import Decision

KINDS = ("wrong_block", "wrong_redaction", "missed_data")
NO_RULE = "none"  # the rule label when no rule decided (data was missed)


@dataclass(frozen=True, slots=True)
class Decided:
    """What the gateway decided for one request: ids only."""

    user_id: str
    outcome: str
    block_rule: str | None
    redaction_rules: tuple[str, ...]
    fired_rules: tuple[str, ...]
    at: float

    def rules_for(self, kind: str) -> tuple[str, ...]:
        """The rules the feedback is about: the block's rule, the redacting rules, or none for missed data."""
        if kind == "wrong_block":
            return (self.block_rule,) if self.block_rule else ()
        if kind == "wrong_redaction":
            return self.redaction_rules
        return ()


class FeedbackBook:
    """The last ``capacity`` decisions of this process, and which feedback each already got (once per kind)."""

    def __init__(self, capacity: int = 20_000, max_age_seconds: float = 7 * 86400) -> None:
        self._entries: OrderedDict[str, Decided] = OrderedDict()
        self._given: set[tuple[str, str]] = set()
        self._capacity = capacity
        self._max_age = max_age_seconds

    def remember(self, request_id: str, user_id: str, decision: Decision) -> None:
        self._entries[request_id] = Decided(
            user_id,
            decision.outcome,
            decision.block.rule_id if decision.block else None,
            tuple(dict.fromkeys(r.rule_id for r in decision.redactions)),
            decision.fired_rules,
            time.time(),
        )
        while len(self._entries) > self._capacity:
            old, _ = self._entries.popitem(last=False)
            self._given.difference_update({(old, k) for k in KINDS})

    def find(self, request_id: str, audit_file: Path | None = None) -> Decided | None:
        """This process's record, else the ``exchange.completed`` event in the audit file (another worker's)."""
        found = self._entries.get(request_id)
        if found is None and audit_file is not None:
            found = _from_audit(audit_file, request_id)
        if found is None or time.time() - found.at > self._max_age:
            return None
        return found

    def mark_given(self, request_id: str, kind: str) -> bool:
        """False when this request already got feedback of this kind."""
        key = (request_id, kind)
        if key in self._given:
            return False
        self._given.add(key)
        return True


def _from_audit(path: Path, request_id: str, tail_bytes: int = 16 * 1024 * 1024) -> Decided | None:
    needle = f'"request_id":"{request_id}"'.encode()
    try:
        with path.open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - tail_bytes))
            data = fh.read()
    except OSError:
        return None
    for line in reversed(data.splitlines()):
        if needle not in line or b'"exchange.completed"' not in line:
            continue
        try:
            event: dict[str, Any] = json.loads(line)
        except ValueError:
            continue
        if event.get("request_id") != request_id or not event.get("user_id") or not event.get("decision"):
            continue
        rules = tuple(str(r) for r in event.get("rules") or ())
        block = event.get("block_rule")
        return Decided(
            str(event["user_id"]),
            str(event["decision"]),
            str(block) if block else None,
            tuple(r for r in rules if r != block) if event.get("decision") == "redacted" else (),
            rules,
            time.time(),
        )
    return None
