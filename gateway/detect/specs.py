"""Recognizers declared in rule files, handed to the detector factory as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PatternSpec:
    """A regex recognizer declared by an admin."""

    entity_type: str
    name: str
    regex: str
    score: float
    context: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()  # "IGNORECASE", "MULTILINE", "DOTALL"


@dataclass(frozen=True, slots=True)
class DenyListSpec:
    """Terms that are always reported as ``entity_type`` (e.g. project code names)."""

    entity_type: str
    name: str
    terms: tuple[str, ...]
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class DetectorSpecs:
    """Everything rule files add to the built-in recognizers."""

    patterns: tuple[PatternSpec, ...] = ()
    deny_lists: tuple[DenyListSpec, ...] = ()
    allow_list: tuple[str, ...] = field(default=())  # terms never reported, case-insensitive
