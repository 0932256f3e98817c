"""Where a scan's time goes: normalisation, the spaCy pipeline (lean NER-only vs the full pipeline), and
Presidio's recognizers, for prompts of 200 characters, 2 KB and 20 KB cut from the labelled corpus.

Run: .venv/bin/python bench/detect_profile.py [--runs 30] [--cpu] [--no-full]. Prints medians in milliseconds, of
wall time or (``--cpu``) of the process's CPU time, which other load on a shared machine disturbs far less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.detect.engine import DetectorFactory
from gateway.detect.eval.corpus import default_corpus, load_corpus
from gateway.detect.eval.timing import SIZES, prompts
from gateway.detect.nlp import LANGUAGE, load_nlp_engine
from gateway.detect.normalize import normalize


def _median_ms(fn: Callable[[str], object], texts: list[str], clock: Callable[[], float] = time.perf_counter) -> float:
    fn(texts[0])
    samples = []
    for t in texts:
        t0 = clock()
        fn(t)
        samples.append((clock() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cpu", action="store_true", help="process CPU time instead of wall time")
    parser.add_argument("--no-full", action="store_true", help="leave out the full pipeline (for contrast) row")
    args = parser.parse_args()

    corpus = [r.text for r in load_corpus(default_corpus()) if r.category != "evasion"]
    factory = DetectorFactory()
    detector = factory.build()
    lean = factory.nlp_engine
    full = load_nlp_engine(lean=False)
    engine = detector._engine  # the AnalyzerEngine, to time the recognizers on precomputed NLP artifacts

    print(f"{'stage (median ms)':<34}" + "".join(f"{label:>12}" for label in SIZES))
    rows: dict[str, list[float]] = {}
    for size in SIZES.values():
        texts = prompts(corpus, size, args.runs if size < 20000 else max(5, args.runs // 3))
        artifacts = {t: next(lean.artifacts([normalize(t).text])) for t in texts}
        stages = {
            "normalise": lambda t: normalize(t),
            "spaCy lean (NER only)": lambda t: list(lean.artifacts([t])),
            "spaCy full pipeline (for contrast)": lambda t: full.process_text(t, LANGUAGE),
            "recognizers + context": lambda t, artifacts=artifacts: engine.analyze(
                text=normalize(t).text, language=LANGUAGE, nlp_artifacts=artifacts[t]
            ),
            "whole scan": lambda t: detector.analyze([t]),
        }
        if args.no_full:
            del stages["spaCy full pipeline (for contrast)"]
        clock = time.process_time if args.cpu else time.perf_counter
        for name, fn in stages.items():
            rows.setdefault(name, []).append(_median_ms(fn, texts, clock))
    for name, values in rows.items():
        print(f"{name:<34}" + "".join(f"{v:>12.2f}" for v in values))


if __name__ == "__main__":
    main()
