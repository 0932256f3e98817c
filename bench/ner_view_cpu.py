"""Scan CPU with the model shown the cut view of each text (gateway/detect/ner_view.py) against the whole text,
in one process, interleaved input by input, in CPU time (``time.process_time``): technical pastes (corpus texts
in pretty-printed JSON beside base64 attachments, a PEM key) and a request whose segments repeat.

Run: .venv/bin/python bench/ner_view_cpu.py [--runs 12]. Prints medians in milliseconds of CPU per scan.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.detect.engine import DetectorFactory
from gateway.detect.eval.corpus import default_corpus, load_corpus


def cases(corpus: list[str], rng: random.Random) -> dict[str, Callable[[], list[str]]]:
    def blob(n: int) -> str:
        return base64.b64encode(rng.randbytes(n)).decode()

    def json_paste(size: int) -> list[str]:
        records: list[dict] = []
        out = ""
        while len(out) < size:
            records.append({"id": rng.randint(1, 10**6), "note": rng.choice(corpus), "attachment": blob(48)})
            out = json.dumps(records, indent=2)
        return [out]

    def pem_paste() -> list[str]:
        body = "\n".join(blob(48) for _ in range(60))
        return [
            f"Why does openssl reject this key?\n-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
        ]

    def conversation() -> list[str]:
        turns = [rng.choice(corpus) + "\n\n" + rng.choice(corpus) for _ in range(3)]
        return [turns[0], turns[1], turns[0], turns[2], turns[1], turns[0]]

    return {
        "JSON 2 KB": lambda: json_paste(2048),
        "JSON 20 KB": lambda: json_paste(20480),
        "PEM 4 KB": pem_paste,
        "6 segments, 3 distinct": conversation,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    corpus = [r.text for r in load_corpus(default_corpus()) if r.category != "evasion"]
    factory = DetectorFactory()
    detector, engine = factory.build(), factory.nlp_engine
    print(f"{'input':<26}{'whole ms':>10}{'cut ms':>10}{'cut / whole':>13}{'runs':>6}")
    for label, make in cases(corpus, random.Random(5)).items():
        runs = args.runs if "20 KB" not in label else max(3, args.runs // 3)
        inputs = [make() for _ in range(runs)]
        detector.analyze(inputs[0])
        samples: dict[bool, list[float]] = {True: [], False: []}
        for i, texts in enumerate(inputs):
            for trim in (True, False) if i % 2 == 0 else (False, True):
                engine.trim = trim
                started = time.process_time()
                detector.analyze(texts)
                samples[trim].append((time.process_time() - started) * 1000)
        whole, cut = statistics.median(samples[False]), statistics.median(samples[True])
        print(f"{label:<26}{whole:>10.1f}{cut:>10.1f}{cut / whole:>13.2f}{runs:>6}", flush=True)


if __name__ == "__main__":
    main()
