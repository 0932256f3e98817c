"""The labelled corpus the eval runs on (tests/data/detection_corpus.jsonl; rules in tests/data/LABELLING.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

CATEGORIES = ("positive", "evasion", "hard_negative")  # the generated corpora's; blind sets bring their own


@dataclass(frozen=True, slots=True)
class Span:
    entity_type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    category: str  # one of CATEGORIES in the generated corpora; blind sets name their own
    tag: str
    text: str
    entities: tuple[Span, ...]
    expect: str = ""  # allow, redact or block (blind sets); empty: implied by the category and labels

    @property
    def negative(self) -> bool:
        """A text that must pass untouched."""
        return self.expect == "allow" or (not self.expect and self.category == "hard_negative")


def data_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data"


def default_corpus() -> Path:
    """The corpus shipped with the repository (next to the tests, not inside the package)."""
    return data_dir() / "detection_corpus.jsonl"


def shipped_corpora() -> list[Path]:
    """Every labelled corpus shipped: the generated one, the hand-written hold-out, then the dated blind sets."""
    blind = sorted(data_dir().glob("blind_*.jsonl"))
    return [default_corpus(), data_dir() / "holdout_corpus.jsonl", *blind]


def load_corpus(path: Path, *, slice: int | None = None) -> list[Record]:
    """All records, or ``slice`` of them spread evenly over the file (so every category is represented)."""
    records = []
    with path.open(encoding="utf-8") as fh:
        for line_number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            if "expect" not in raw and raw["category"] not in CATEGORIES:
                raise ValueError(f"{path}:{line_number}: unknown category {raw['category']!r}")
            spans = tuple(Span(e["type"], int(e["start"]), int(e["end"])) for e in raw["entities"])
            for s in spans:
                if not 0 <= s.start < s.end <= len(raw["text"]):
                    raise ValueError(f"{path}:{line_number}: entity span {s.start}-{s.end} outside the text")
            records.append(
                Record(
                    str(raw["id"]),
                    raw.get("category", ""),
                    raw.get("tag", ""),
                    raw["text"],
                    spans,
                    raw.get("expect", ""),
                )
            )
    if slice is not None and 0 < slice < len(records):
        step = len(records) / slice
        records = [records[int(i * step)] for i in range(slice)]
    return records
