"""How the eval scores findings against the labels.

A labelled value counts as found when findings of its type, at or above the threshold, cover at least
``COVERAGE`` of its characters (a redaction that leaves part of an SSN is a leak). A finding counts as correct
when it overlaps a labelled value of its type; one of a labelled type that overlaps none is a false positive.
Types the corpus never labels (LOCATION, DATE_TIME, URL, ...) are not scored. A hard-negative text is
"flagged" when any finding of a scored type reaches the threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from gateway.detect.eval.corpus import Record, Span
from gateway.detect.findings import Finding

COVERAGE = 0.9
# The groups the targets name (issue "Detection"): names and addresses have their own, looser target.
NAMES_AND_ADDRESSES = frozenset({"PERSON", "STREET_ADDRESS"})


@dataclass
class Counts:
    gold: int = 0
    found: int = 0  # labelled values found
    predicted: int = 0
    correct: int = 0  # findings that overlap a labelled value of their type

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct


@dataclass
class Scores:
    """Counts per entity type, per category, and the hard negatives flagged."""

    by_entity: dict[str, Counts] = field(default_factory=dict)
    by_category: dict[str, Counts] = field(default_factory=dict)
    hard_negatives: int = 0
    hard_negatives_flagged: int = 0

    def group(self, entities: Iterable[str]) -> Counts:
        total = Counts()
        for e in entities:
            total.add(self.by_entity.get(e, Counts()))
        return total

    @property
    def flagged_rate(self) -> float:
        return self.hard_negatives_flagged / self.hard_negatives if self.hard_negatives else 0.0


def _covered(span: Span, findings: Sequence[Finding]) -> bool:
    chars: set[int] = set()
    for f in findings:
        if f.entity_type == span.entity_type and f.start < span.end and span.start < f.end:
            chars.update(range(max(f.start, span.start), min(f.end, span.end)))
    return len(chars) >= COVERAGE * (span.end - span.start)


def score(records: Sequence[Record], findings: Sequence[Sequence[Finding]], threshold: float) -> Scores:
    labelled = {s.entity_type for r in records for s in r.entities}
    out = Scores()
    for record, found in zip(records, findings, strict=True):
        kept = [f for f in found if f.score >= threshold and f.entity_type in labelled]
        category = out.by_category.setdefault(record.category, Counts())
        for span in record.entities:
            c = out.by_entity.setdefault(span.entity_type, Counts())
            hit = _covered(span, kept)
            c.gold += 1
            c.found += hit
            category.gold += 1
            category.found += hit
        for f in kept:
            c = out.by_entity.setdefault(f.entity_type, Counts())
            ok = any(s.entity_type == f.entity_type and f.start < s.end and s.start < f.end for s in record.entities)
            c.predicted += 1
            c.correct += ok
            category.predicted += 1
            category.correct += ok
        if record.negative:
            out.hard_negatives += 1
            out.hard_negatives_flagged += bool(kept)
    return out
