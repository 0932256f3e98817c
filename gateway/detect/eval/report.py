"""``python -m gateway eval``: detection quality and speed on the labelled corpora, side by side with vanilla Presidio.

For each corpus separately (by default every one shipped in tests/data: the generated corpus, the hand-written
hold-out and the dated blind sets) it prints per entity type recall, precision and F1 for our detector and for
Presidio's default AnalyzerEngine on the same small spaCy model, the targets of the "Detection" issue
(structured identifiers, markings and secrets; names and addresses; hard negatives flagged; evasion recall),
and the figures at the proxy boundary under the commercial policy (boundary.py: leak recall, block recall,
negatives altered, by type, category and name origin). Then, once, the median and p95 scan time of
200-character, 2 KB and 20 KB prompts for both detectors. Scoring rules: scoring.py; labelling rules:
tests/data/LABELLING.md.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gateway.detect.engine import DetectorFactory
from gateway.detect.eval.boundary import BoundaryScores, format_boundary, load_records, run_boundary
from gateway.detect.eval.corpus import Record, load_corpus, shipped_corpora
from gateway.detect.eval.scoring import NAMES_AND_ADDRESSES, Counts, Scores, score
from gateway.detect.eval.timing import Analyze, Timing, measure

THRESHOLD = 0.5
TARGETS = {
    "structured recall": 0.99,
    "structured precision": 0.97,
    "names/addresses recall": 0.92,
    "names/addresses precision": 0.85,
    "hard negatives flagged (max)": 0.02,
    "evasion recall": 0.95,
    "2 KB median vs vanilla (max)": 0.5,
}


@dataclass
class EvalReport:
    """What one eval run measured; ``ours``/``vanilla`` are per-detector scores (vanilla None when skipped)."""

    corpus: str
    records: int
    threshold: float
    ours: Scores
    vanilla: Scores | None = None
    timings: dict[str, dict[str, Timing]] = field(default_factory=dict)
    boundary: BoundaryScores | None = None

    def structured(self, scores: Scores) -> Counts:
        return scores.group(e for e in scores.by_entity if e not in NAMES_AND_ADDRESSES)

    def names_and_addresses(self, scores: Scores) -> Counts:
        return scores.group(NAMES_AND_ADDRESSES)

    def headline(self, scores: Scores) -> dict[str, float]:
        """The measured value of each target, for one detector."""
        structured, names = self.structured(scores), self.names_and_addresses(scores)
        values = {
            "structured recall": structured.recall,
            "structured precision": structured.precision,
            "names/addresses recall": names.recall,
            "names/addresses precision": names.precision,
            "hard negatives flagged (max)": scores.flagged_rate,
            "evasion recall": scores.by_category.get("evasion", Counts()).recall,
        }
        if "ours" in self.timings and "vanilla" in self.timings:
            values["2 KB median vs vanilla (max)"] = (
                self.timings["ours"]["2 KB"].median_ms / self.timings["vanilla"]["2 KB"].median_ms
            )
        return values

    def to_dict(self) -> dict[str, Any]:
        def detector(scores: Scores | None) -> dict[str, Any] | None:
            if scores is None:
                return None
            return {
                "headline": self.headline(scores),
                "by_entity": {
                    e: {"recall": c.recall, "precision": c.precision, "f1": c.f1, **asdict(c)}
                    for e, c in sorted(scores.by_entity.items())
                },
            }

        return {
            "corpus": self.corpus,
            "records": self.records,
            "threshold": self.threshold,
            "targets": TARGETS,
            "ours": detector(self.ours),
            "vanilla": detector(self.vanilla),
            "timings_ms": {d: {s: asdict(t) for s, t in ts.items()} for d, ts in self.timings.items()},
            "boundary": None if self.boundary is None else self.boundary.to_dict(),
        }

    def format(self) -> str:
        lines = [f"Detection eval: {self.records} records from {self.corpus}, threshold {self.threshold}", ""]
        lines.append(f"{'entity':<24}{'n':>5}   {'ours R':>7}{'P':>7}{'F1':>7}   {'vanilla R':>10}{'P':>7}{'F1':>7}")
        for entity in sorted(self.ours.by_entity):
            ours = self.ours.by_entity[entity]
            row = f"{entity:<24}{ours.gold:>5}   {ours.recall:>7.3f}{ours.precision:>7.3f}{ours.f1:>7.3f}   "
            if self.vanilla is not None:
                van = self.vanilla.by_entity.get(entity, Counts(gold=ours.gold))
                row += f"{van.recall:>10.3f}{van.precision:>7.3f}{van.f1:>7.3f}"
            lines.append(row)
        lines += ["", f"{'category':<24}{'n':>5}   {'ours R':>7}{'P':>7}"]
        for category, c in sorted(self.ours.by_category.items()):
            lines.append(f"{category:<24}{c.gold:>5}   {c.recall:>7.3f}{c.precision:>7.3f}")
        lines.append(
            f"{'false positives':<24}hard negatives flagged {self.ours.flagged_rate:.3f} "
            f"({self.ours.hard_negatives_flagged}/{self.ours.hard_negatives})"
        )
        lines += ["", f"{'target':<32}{'goal':>8}{'ours':>10}{'':>6}{'vanilla':>10}"]
        ours_h = self.headline(self.ours)
        van_h = self.headline(self.vanilla) if self.vanilla is not None else {}
        for name, goal in TARGETS.items():
            if name not in ours_h:
                continue
            value = ours_h[name]
            met = value <= goal if "(max)" in name else value >= goal
            van_cell = f"{van_h[name]:>10.3f}" if name in van_h and not name.startswith("2 KB") else f"{'':>10}"
            lines.append(f"{name:<32}{goal:>8.2f}{value:>10.3f}{'  ok' if met else '  MISS':>6}{van_cell}")
        if self.timings:
            lines += ["", f"{'scan time (ms)':<16}" + "".join(f"{d + ' median':>16}{'p95':>9}" for d in self.timings)]
            sizes = next(iter(self.timings.values())).keys()
            for size in sizes:
                row = f"{size:<16}"
                for per_size in self.timings.values():
                    t = per_size[size]
                    row += f"{t.median_ms:>16.1f}{t.p95_ms:>9.1f}"
                lines.append(row)
        if self.boundary is not None:
            lines += ["", format_boundary(Path(self.corpus).name, self.boundary)]
        return "\n".join(lines)


def _run(analyze: Analyze, records: list[Record], threshold: float) -> Scores:
    # one record, one request: what is found in one prompt must not count in another (names.py)
    return score(records, [analyze([r.text])[0] for r in records], threshold)


def run_eval(
    corpus: Path,
    *,
    slice: int | None = None,
    threshold: float = THRESHOLD,
    vanilla: bool = True,
    timing: bool = True,
    boundary: bool = False,
) -> EvalReport:
    """Score our detector (and vanilla Presidio unless ``vanilla=False``) on ``corpus``; time both if ``timing``;
    with ``boundary``, also what would reach the upstream under the shipped rules (boundary.py)."""
    records = load_corpus(corpus, slice=slice)
    factory = DetectorFactory()
    ours = factory.build()
    report = EvalReport(str(corpus), len(records), threshold, _run(ours.analyze, records, threshold))
    if boundary:
        from gateway.detect.eval.boundary import load_policy

        detector, policy = load_policy(Path(__file__).resolve().parents[3] / "rules", factory)
        report.boundary = run_boundary(load_records(corpus), detector.analyze, policy)
    detectors: dict[str, Analyze] = {"ours": ours.analyze}
    if vanilla:
        from gateway.detect.eval.vanilla import VanillaPresidio

        baseline = VanillaPresidio()
        report.vanilla = _run(baseline.analyze, records, threshold)
        detectors["vanilla"] = baseline.analyze
    if timing:
        texts = [r.text for r in records if r.category != "evasion"]
        report.timings = measure(detectors, texts)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gateway eval", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, action="append", default=None, help="JSONL corpus, repeatable (default: all shipped)"
    )
    parser.add_argument("--slice", type=int, default=None, help="score only N records, spread over the corpus")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="minimum score of a finding")
    parser.add_argument("--no-vanilla", action="store_true", help="skip vanilla Presidio")
    parser.add_argument("--no-timing", action="store_true", help="skip the scan-time measurement")
    parser.add_argument("--no-boundary", action="store_true", help="skip the proxy-boundary figures")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    reports = [
        run_eval(
            corpus,
            slice=args.slice,
            threshold=args.threshold,
            vanilla=not args.no_vanilla,
            timing=not args.no_timing and i == 0,  # scan time once, on the first corpus
            boundary=not args.no_boundary,
        )
        for i, corpus in enumerate(args.corpus or shipped_corpora())
    ]
    if args.json:
        print(json.dumps([r.to_dict() for r in reports] if len(reports) > 1 else reports[0].to_dict(), indent=2))
    else:
        print("\n\n".join(r.format() for r in reports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
