"""What a detector reports: typed spans in the original text of a segment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Finding:
    """An entity found in a segment; ``start``/``end`` index the segment's original text."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


class Detector(Protocol):
    """Finds entities in texts. CPU-bound and synchronous: callers run it off the event loop."""

    @property
    def entities(self) -> frozenset[str]:
        """Every entity type this detector can report."""
        ...

    def analyze(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text, in the same order; raises on any failure (callers fail closed)."""
        ...
