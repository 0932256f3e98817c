"""Scan CPU of two detectors side by side: two checkouts (or two venvs), each in its own resident process, fed
the same prompts alternately, so load on a shared machine hits both alike. Prints, per prompt size, the median CPU
milliseconds of each, the median of the per-prompt ratios B/A, and how many prompts got different findings.

Run: .venv/bin/python bench/scan_duel.py --a REPO[:PYTHON] --b REPO[:PYTHON] [--sizes "200 B,2 KB,20 KB"] [--no-digits]
(PYTHON defaults to this interpreter; a checkout of an older commit: ``git worktree add /tmp/old <rev>``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"200 B": (200, 40), "2 KB": (2048, 24), "20 KB": (20480, 6), "100 KB": (102400, 3)}


def worker() -> None:
    """The resident side: one detector, a JSON request per line in, CPU ms and a digest of the findings out."""
    from gateway.detect.engine import DetectorFactory

    detector = DetectorFactory().build()
    detector.analyze(["warm up: Maria Garcia, 212-555-0101"])
    print("ready", flush=True)
    for line in sys.stdin:
        texts = json.loads(line)
        started = time.process_time()
        findings = detector.analyze(texts)
        ms = (time.process_time() - started) * 1000
        digest = hashlib.sha256(repr(findings).encode()).hexdigest()[:16]
        print(json.dumps({"ms": ms, "digest": digest}), flush=True)


class Side:
    def __init__(self, spec: str) -> None:
        repo, _, python = spec.partition(":")
        self.repo = Path(repo).resolve()
        env_python = python or sys.executable
        self.proc = subprocess.Popen(
            [env_python, __file__, "--worker"],
            cwd=self.repo,
            env={**os.environ, "PYTHONPATH": str(self.repo)},  # the side's own gateway package, whatever the venv
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        if self._out.readline().strip() != "ready":
            raise SystemExit(f"{spec}: the detector did not start")

    @property
    def _out(self) -> IO[str]:
        assert self.proc.stdout is not None
        return self.proc.stdout

    def scan(self, text: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps([text]) + "\n")
        self.proc.stdin.flush()
        result: dict[str, Any] = json.loads(self._out.readline())
        return result


def main() -> None:
    if sys.argv[1:] == ["--worker"]:
        worker()
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", required=True, help="REPO[:PYTHON] of the reference side")
    parser.add_argument("--b", required=True, help="REPO[:PYTHON] of the side measured against it")
    parser.add_argument("--sizes", default="200 B,2 KB,20 KB")
    parser.add_argument("--no-digits", action="store_true", help="only corpus texts without a digit (prose)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from gateway.detect.eval.corpus import default_corpus, load_corpus
    from gateway.detect.eval.timing import prompts

    corpus = [r.text for r in load_corpus(default_corpus()) if r.category != "evasion"]
    if args.no_digits:
        corpus = [t for t in corpus if not any(c.isdigit() for c in t)]
    a, b = Side(args.a), Side(args.b)
    print(f"A = {args.a}\nB = {args.b}")
    for label in args.sizes.split(","):
        size, count = SIZES[label.strip()]
        a_ms: list[float] = []
        b_ms: list[float] = []
        ratios: list[float] = []
        differ = 0
        for i, text in enumerate(prompts(corpus, size, count)):
            first, second = (a, b) if i % 2 == 0 else (b, a)
            results = {id(first): first.scan(text), id(second): second.scan(text)}
            ra, rb = results[id(a)], results[id(b)]
            a_ms.append(ra["ms"])
            b_ms.append(rb["ms"])
            ratios.append(rb["ms"] / ra["ms"])
            differ += ra["digest"] != rb["digest"]
        print(
            f"{label.strip():>7}: A {statistics.median(a_ms):8.1f} ms   B {statistics.median(b_ms):8.1f} ms   "
            f"B/A {statistics.median(ratios):.3f}   prompts {len(a_ms)}   findings differ {differ}",
            flush=True,
        )


if __name__ == "__main__":
    main()
