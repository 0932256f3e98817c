"""The outcome of applying a policy to a request's findings. Pure data."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    BLOCK = "block"
    REDACT = "redact"
    AUDIT = "audit"


class Operator(StrEnum):
    PSEUDONYMIZE = "pseudonymize"  # typed, numbered placeholder restored in the answer
    MASK = "mask"  # typed placeholder, one way
    HASH = "hash"  # keyed hash, stable across requests, one way


@dataclass(frozen=True, slots=True)
class Redaction:
    """Replace ``[start, end)`` of segment ``segment_index`` using ``operator``."""

    segment_index: int
    start: int
    end: int
    entity_type: str
    operator: Operator
    rule_id: str


@dataclass(frozen=True, slots=True)
class Block:
    """Why a request is refused: the rule, its source, its message and where (never what)."""

    rule_id: str
    source: str
    message: str
    entity_types: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """``block`` set means refuse; otherwise apply ``redactions`` (non-overlapping, sorted)."""

    block: Block | None = None
    redactions: tuple[Redaction, ...] = ()
    fired_rules: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)  # findings acted on, by entity type
    audited: dict[str, int] = field(default_factory=dict)  # findings only counted (audit rules)

    @property
    def outcome(self) -> str:
        if self.block is not None:
            return "blocked"
        return "redacted" if self.redactions else "allowed"
