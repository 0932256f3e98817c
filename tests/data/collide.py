"""Collision check for a blind set written in tests/data/blind_<x>/: which of its labelled values also occur as
labelled values in the other tests/data/*.jsonl. Reads only text[start:end] of each labelled span in those files;
never prints or otherwise uses their texts. Sets o to t call it from their own collide.py (their writers' copies
were this code with the set's file name filled in).

Run: python3 tests/data/collide.py tests/data/blind_t_2026-12-06.jsonl
"""
import glob
import json
import os
import sys
from collections import defaultdict

DATA = os.path.dirname(os.path.abspath(__file__))
MARKINGS = {"CLASSIFICATION_MARKING", "CUI_MARKING"}


def values(path):
    out = defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            t = r.get("text", "")
            for e in r.get("entities", []):
                try:
                    v = t[e["start"]:e["end"]]
                except Exception:
                    continue
                if v:
                    out[v.casefold()].add(e.get("type"))
    return out


def main(mine: str) -> int:
    """Compare the set at ``mine`` with every other tests/data/*.jsonl; 1 when a non-marking value collides."""
    theirs = defaultdict(set)
    files = sorted(p for p in glob.glob(os.path.join(DATA, "*.jsonl")) if os.path.abspath(p) != os.path.abspath(mine))
    for p in files:
        for v, ts in values(p).items():
            theirs[v] |= {(t, os.path.basename(p)) for t in ts}
    mine = values(mine)
    hits, shared_marks = [], []
    for v, ts in sorted(mine.items()):
        if v in theirs:
            (shared_marks if ts <= MARKINGS else hits).append((v, sorted(ts), sorted({f for _, f in theirs[v]})))
    print(f"compared against {len(files)} files, {len(theirs)} distinct labelled values")
    for v, ts, fs in hits:
        print("COLLISION", ts, repr(v), fs)
    for v, ts, fs in shared_marks:
        print("shared marking (allowed)", ts, repr(v))
    print(f"{len(hits)} collisions of personal/identifier/secret values; {len(shared_marks)} shared standard markings")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
