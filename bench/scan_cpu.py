"""Scan CPU per prompt size: the detector's fast path against the plain path it must agree with
(``DetectorFactory(reference=True)``), interleaved prompt by prompt, in CPU time (``time.process_time``), which
other load on a shared machine disturbs far less than wall time.

Run: .venv/bin/python bench/scan_cpu.py [--runs 20]. Prints medians in milliseconds of CPU per scan.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.detect.engine import DetectorFactory, PresidioDetector
from gateway.detect.eval.corpus import default_corpus, load_corpus
from gateway.detect.eval.timing import prompts

SIZES = {"200 B": 200, "2 KB": 2048, "20 KB": 20480, "100 KB": 102400}


def cpu_ms(detector: PresidioDetector, text: str) -> float:
    started = time.process_time()
    detector.analyze([text])
    return (time.process_time() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    corpus = [r.text for r in load_corpus(default_corpus()) if r.category != "evasion"]
    detectors = {"fast": DetectorFactory().build(), "plain": DetectorFactory(reference=True).build()}
    print(f"{'size':<8}{'plain ms':>12}{'fast ms':>12}{'fast / plain':>14}{'runs':>6}")
    for label, size in SIZES.items():
        runs = max(3, args.runs if size <= 2048 else args.runs // (4 if size <= 20480 else 8))
        texts = prompts(corpus, size, runs)
        for d in detectors.values():
            d.analyze(texts[:1])
        samples: dict[str, list[float]] = {name: [] for name in detectors}
        for i, text in enumerate(texts):
            order = list(detectors.items()) if i % 2 == 0 else list(reversed(detectors.items()))
            for name, d in order:
                samples[name].append(cpu_ms(d, text))
        plain, fast = statistics.median(samples["plain"]), statistics.median(samples["fast"])
        print(f"{label:<8}{plain:>12.1f}{fast:>12.1f}{fast / plain:>14.2f}{runs:>6}", flush=True)


if __name__ == "__main__":
    main()
