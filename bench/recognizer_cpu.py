"""CPU per recognizer: each recognizer alone on the same prompts cut from the labelled corpus, with the NLP
artifacts made once beforehand, and how many prompts it found something in. Called directly, a recognizer runs
even where the engine would skip it for lack of a trigger (recognizers/base.py); its own pattern prefilter
applies.

Run: .venv/bin/python bench/recognizer_cpu.py [--size 2048] [--count 40] [--top 25]. Prints the best of three
rounds in milliseconds of CPU per prompt, dearest first.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.detect.engine import DetectorFactory
from gateway.detect.eval.corpus import default_corpus, load_corpus
from gateway.detect.eval.timing import prompts
from gateway.detect.nlp import LANGUAGE
from gateway.detect.normalize import normalize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    texts = [normalize(t).text for t in prompts([r.text for r in load_corpus(default_corpus())], args.size, args.count)]
    detector = DetectorFactory().build()
    engine = detector._engine
    recognizers = engine.registry.get_recognizers(LANGUAGE, all_fields=True)
    entities = engine.get_supported_entities(LANGUAGE)
    best: dict[str, float] = {}
    hits: dict[str, int] = {}
    with detector._nlp.memory_zone():
        artifacts = list(detector._nlp.artifacts(texts))
        for _round in range(3):
            for recognizer in recognizers:
                started = time.process_time()
                found = sum(bool(recognizer.analyze(t, entities, a)) for t, a in zip(texts, artifacts, strict=True))
                ms = (time.process_time() - started) * 1000 / len(texts)
                best[recognizer.name] = min(ms, best.get(recognizer.name, ms))
                hits[recognizer.name] = found
    for name, ms in sorted(best.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{ms:7.3f} ms  {hits[name]:3d}/{len(texts)}  {name}")
    print(f"{sum(best.values()):7.3f} ms  all {len(best)} recognizers")


if __name__ == "__main__":
    main()
