"""Every finding of one checkout on every text of the labelled corpora and the timing prompts, one line per text,
for a byte-for-byte comparison of two checkouts (same findings, or which texts differ).

Run from the checkout to dump (PYTHONPATH=<checkout>): .venv/bin/python bench/findings_dump.py OUT [--skip GLOB]
Each line: ``corpus-file:line-number`` or ``prompt:<size>:<index>``, then each finding's type, start, end, score
and recognizer. ``--skip`` leaves out corpus files matching a glob (repeatable; by default nothing is left out).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {200: 40, 2048: 24, 20480: 6}  # as bench/scan_duel.py cuts them


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--skip", action="append", default=None)
    parser.add_argument("--data", default=str(ROOT / "tests" / "data"))
    args = parser.parse_args()
    skip = args.skip or []
    sys.path.insert(0, str(ROOT))
    from gateway.detect.engine import DetectorFactory
    from gateway.detect.eval.corpus import default_corpus, load_corpus
    from gateway.detect.eval.timing import prompts

    items: list[tuple[str, str]] = []
    for path in sorted(Path(args.data).glob("*.jsonl")):
        if any(fnmatch.fnmatch(path.name, g) for g in skip):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                items.append((f"{path.name}:{n}", json.loads(line)["text"]))
    corpus = [r.text for r in load_corpus(default_corpus()) if r.category != "evasion"]
    for size, count in SIZES.items():
        for i, text in enumerate(prompts(corpus, size, count)):
            items.append((f"prompt:{size}:{i}", text))
    detector = DetectorFactory().build()
    started = time.process_time()
    with open(args.out, "w", encoding="utf-8") as out:
        for key, text in items:
            (found,) = detector.analyze([text])
            cells = sorted((f.entity_type, f.start, f.end, repr(f.score), f.recognizer) for f in found)
            out.write(json.dumps([key, cells], ensure_ascii=False) + "\n")
    print(f"{len(items)} texts, {time.process_time() - started:.0f} s CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
