"""Scoring at the proxy boundary: what of a labelled text would reach the upstream.

Each record goes through the same steps as a request (detect → decide under a policy → redact), in process, and
the forwarded text is compared with the labels:

- **leak recall**: the share of labelled personal-data values (types the policy does not block) that do not
  reach the upstream verbatim; a blocked request leaks nothing;
- **block recall**: the share of records that must be refused (markings, credentials) that are refused;
- **negatives altered**: the share of records that must pass untouched whose text is altered or blocked.

A record says what must happen in ``expect`` (``allow``, ``redact`` or ``block``); records without it (the
older corpora) are read as: hard negatives must pass, records with a marking or credential label must be
refused, the rest redacted. Figures are split by entity type, by category (``category`` and ``tag``), and by
name origin (``origin`` on the entity or the record).

This module imports only what the pipeline has had from the start, so the same scorer can measure an older
checkout (``PYTHONPATH=<checkout> python -m gateway.detect.eval.boundary --corpus …``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.detect.findings import Finding
from gateway.detect.resolve import BLOCKING
from gateway.policy.decide import decide
from gateway.policy.decision import Operator
from gateway.segments import Segment
from gateway.transform.redact import Placeholders, redact

POLICY = "commercial-139-07"
# Types a commercial policy refuses outright (markings and credentials), plus generic credential labels that
# corpora written elsewhere may use.
BLOCK_TYPES = BLOCKING | {"SECRET", "API_KEY", "CREDENTIAL"}
EXPECTS = ("allow", "redact", "block")


@dataclass(frozen=True, slots=True)
class Value:
    entity_type: str
    start: int
    end: int
    origin: str


@dataclass(frozen=True, slots=True)
class BoundaryRecord:
    id: str
    category: str
    tag: str
    text: str
    expect: str
    origin: str
    values: tuple[Value, ...]


def load_records(path: Path) -> list[BoundaryRecord]:
    """Every record of a JSONL corpus, old format or new; spans are checked against the text."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line_number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            text = raw["text"]
            origin = str(raw.get("origin") or "")
            values = []
            for e in raw.get("entities") or ():
                start, end = int(e["start"]), int(e["end"])
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"{path}:{line_number}: entity span {start}-{end} outside the text")
                values.append(Value(str(e["type"]), start, end, str(e.get("origin") or origin)))
            expect = str(raw.get("expect") or _implied_expect(raw.get("category", ""), values))
            if expect not in EXPECTS:
                raise ValueError(f"{path}:{line_number}: expect must be one of {EXPECTS}, not {expect!r}")
            out.append(
                BoundaryRecord(
                    str(raw.get("id", line_number)),
                    str(raw.get("category", "")),
                    str(raw.get("tag", "")),
                    text,
                    expect,
                    origin,
                    tuple(values),
                )
            )
    return out


def _implied_expect(category: str, values: Sequence[Value]) -> str:
    if any(v.entity_type in BLOCK_TYPES for v in values):
        return "block"
    return "redact" if values else "allow"


@dataclass
class Tally:
    total: int = 0
    good: int = 0

    @property
    def rate(self) -> float:
        return self.good / self.total if self.total else 1.0

    def add(self, good: bool) -> None:
        self.total += 1
        self.good += bool(good)


@dataclass
class BoundaryScores:
    leak: Tally = field(default_factory=Tally)  # good = the value did not reach the upstream
    block: Tally = field(default_factory=Tally)  # good = refused
    negatives: Tally = field(default_factory=Tally)  # good = altered or blocked (a false positive)
    # the same, when the policy's pseudonymisation of IP addresses (system data, which the corpora never label) is
    # set aside: what is left is altered for a reason the labels can judge
    negatives_beyond_ip: Tally = field(default_factory=Tally)
    leak_by_type: dict[str, Tally] = field(default_factory=dict)
    leak_by_category: dict[str, Tally] = field(default_factory=dict)
    leak_by_origin: dict[str, Tally] = field(default_factory=dict)
    block_by_category: dict[str, Tally] = field(default_factory=dict)
    negatives_by_category: dict[str, Tally] = field(default_factory=dict)
    clean_records: Tally = field(default_factory=Tally)  # redact records whose every value was kept back
    clean_by_category: dict[str, Tally] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        def rows(d: dict[str, Tally]) -> dict[str, Any]:
            return {k: {"n": t.total, "rate": round(t.rate, 4)} for k, t in sorted(d.items())}

        return {
            "leak_recall": {"n": self.leak.total, "rate": round(self.leak.rate, 4)},
            "block_recall": {"n": self.block.total, "rate": round(self.block.rate, 4)},
            "negatives_altered": {"n": self.negatives.total, "rate": round(self.negatives.rate, 4)},
            "negatives_altered_beyond_ip": {
                "n": self.negatives_beyond_ip.total,
                "rate": round(self.negatives_beyond_ip.rate, 4),
            },
            "clean_records": {"n": self.clean_records.total, "rate": round(self.clean_records.rate, 4)},
            "leak_by_type": rows(self.leak_by_type),
            "leak_by_category": rows(self.leak_by_category),
            "leak_by_origin": rows(self.leak_by_origin),
            "block_by_category": rows(self.block_by_category),
            "negatives_by_category": rows(self.negatives_by_category),
            "clean_by_category": rows(self.clean_by_category),
        }


Outcome = tuple[bool, str]  # (blocked, the text that would be forwarded)


def through_boundary(findings: Sequence[Finding], text: str, policy: Any) -> Outcome:
    """What the pipeline forwards for one user message with these findings: (blocked, forwarded text)."""
    segment = Segment(0, text, "message 1", "user", ())
    decision = decide(policy, [segment], [list(findings)], default_operator=Operator.PSEUDONYMIZE)
    if decision.block is not None:
        return True, ""
    if not decision.redactions:
        return False, text
    return False, redact([segment], decision.redactions, Placeholders(b"boundary-eval")).get(0, text)


def _categories(record: BoundaryRecord) -> Iterable[str]:
    if record.category:
        yield record.category
    if record.tag and record.tag != record.category:
        yield f"tag:{record.tag}"


def score_boundary(
    records: Sequence[BoundaryRecord],
    outcomes: Sequence[Outcome],
    outcomes_beyond_ip: Sequence[Outcome] | None = None,
) -> BoundaryScores:
    """Scores of ``outcomes``; ``outcomes_beyond_ip`` (the same records with IP-address findings dropped) gives
    ``negatives_beyond_ip``, and ``outcomes`` stands in for it when absent."""
    out = BoundaryScores()
    beyond_ip = outcomes if outcomes_beyond_ip is None else outcomes_beyond_ip
    for record, (blocked, forwarded), (blocked_b, forwarded_b) in zip(records, outcomes, beyond_ip, strict=True):
        cats = list(_categories(record))
        if record.expect == "block":
            out.block.add(blocked)
            for c in cats:
                out.block_by_category.setdefault(c, Tally()).add(blocked)
        elif record.expect == "allow":
            altered = blocked or forwarded != record.text
            out.negatives.add(altered)
            out.negatives_beyond_ip.add(blocked_b or forwarded_b != record.text)
            for c in cats:
                out.negatives_by_category.setdefault(c, Tally()).add(altered)
        clean = True
        counted = False
        for v in record.values:
            if v.entity_type in BLOCK_TYPES:
                continue
            counted = True
            kept_back = blocked or record.text[v.start : v.end] not in forwarded
            clean = clean and kept_back
            out.leak.add(kept_back)
            out.leak_by_type.setdefault(v.entity_type, Tally()).add(kept_back)
            for c in cats:
                out.leak_by_category.setdefault(c, Tally()).add(kept_back)
            if v.entity_type == "PERSON":
                out.leak_by_origin.setdefault(v.origin or "unstated", Tally()).add(kept_back)
        if counted and record.expect == "redact":
            out.clean_records.add(clean)
            for c in cats:
                out.clean_by_category.setdefault(c, Tally()).add(clean)
    return out


def run_boundary(
    records: Sequence[BoundaryRecord],
    analyze: Callable[[list[str]], list[list[Finding]]],
    policy: Any,
    misses: list[str] | None = None,
) -> BoundaryScores:
    """Scores for ``records``; with ``misses``, a line for each value leaked, record not blocked and negative
    altered is appended to it (these quote the corpus: for corpora one may read, never a holdout)."""
    # one record, one request
    outcomes, outcomes_beyond_ip = [], []
    for r in records:
        findings = analyze([r.text])[0]
        outcomes.append(through_boundary(findings, r.text, policy))
        if r.expect == "allow":
            beyond = [f for f in findings if f.entity_type != "IP_ADDRESS"]
            outcomes_beyond_ip.append(through_boundary(beyond, r.text, policy))
        else:
            outcomes_beyond_ip.append(outcomes[-1])
    if misses is not None:
        for r, (blocked, forwarded) in zip(records, outcomes, strict=True):
            if r.expect == "block" and not blocked:
                misses.append(f"{r.id} [{r.category}] NOT BLOCKED: {r.text[:300]!r}")
            if r.expect == "allow" and (blocked or forwarded != r.text):
                misses.append(f"{r.id} [{r.category}] ALTERED: {'blocked' if blocked else forwarded[:300]!r}")
            for v in r.values:
                value = r.text[v.start : v.end]
                if v.entity_type not in BLOCK_TYPES and not blocked and value in forwarded:
                    misses.append(f"{r.id} [{r.category}] LEAK {v.entity_type} {value!r} in {r.text[:200]!r}")
    return score_boundary(records, outcomes, outcomes_beyond_ip)


def format_boundary(name: str, s: BoundaryScores, *, min_rows: int = 1) -> str:
    lines = [
        f"Boundary ({POLICY}) on {name}:",
        f"  leak recall {s.leak.rate:.3f} (n={s.leak.total})   block recall {s.block.rate:.3f} (n={s.block.total})"
        f"   negatives altered {s.negatives.rate:.3f} (n={s.negatives.total};"
        f" {s.negatives_beyond_ip.rate:.3f} beyond IP pseudonymisation)"
        f"   records wholly clean {s.clean_records.rate:.3f} (n={s.clean_records.total})",
    ]

    def table(title: str, rows: dict[str, Tally]) -> None:
        shown = {k: t for k, t in rows.items() if t.total >= min_rows}
        if not shown:
            return
        lines.append(f"  {title}:")
        for k, t in sorted(shown.items()):
            lines.append(f"    {k:<36}{t.rate:>7.3f}  ({t.good}/{t.total})")

    table("leak recall by type", s.leak_by_type)
    table("leak recall by name origin", s.leak_by_origin)
    table("leak recall by category", s.leak_by_category)
    table("block recall by category", s.block_by_category)
    table("negatives altered by category", s.negatives_by_category)
    return "\n".join(lines)


def load_policy(rules: Path = Path("rules"), factory: Any = None) -> tuple[Any, Any]:
    """The detector for the rules in ``rules`` and the commercial policy (what the default config runs)."""
    from gateway.detect.engine import DetectorFactory
    from gateway.policy.rules import load_rules

    factory = factory or DetectorFactory()
    ruleset = load_rules(rules, known_entities=factory.build().entities)
    return factory.build(ruleset.detector_specs), ruleset.policy(POLICY)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gateway.detect.eval.boundary", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--corpus", type=Path, action="append", required=True, help="JSONL corpus (repeatable)")
    parser.add_argument("--rules", type=Path, default=Path("rules"), help="rules folder (default: rules/)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--aggregate-only", action="store_true", help="only the headline figures per corpus")
    parser.add_argument("--misses", action="store_true", help="list what leaked or was altered (quotes the corpus)")
    args = parser.parse_args(argv)
    detector, policy = load_policy(args.rules)
    results = {}
    for path in args.corpus:
        misses: list[str] | None = [] if args.misses else None
        scores = run_boundary(load_records(path), detector.analyze, policy, misses)
        results[str(path)] = scores
        for line in misses or ():
            print(line)
        if not args.json:
            if args.aggregate_only:
                print(format_boundary(path.name, scores).split("\n  leak recall by")[0])
            else:
                print(format_boundary(path.name, scores))
            print()
    if args.json:
        print(json.dumps({k: v.to_dict() for k, v in results.items()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
