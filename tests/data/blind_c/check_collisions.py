#!/usr/bin/env python3
"""Print ONLY values of set c that also occur (as whole tokens) in the texts of the two older blind sets.
The older texts are never printed."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_c
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import strip
theirs = []
for p in ["../blind_tune_2026-12-03.jsonl", "../blind_holdout_2026-12-03.jsonl"]:
    for line in open(p, encoding="utf-8"):
        theirs.append(json.loads(line)["text"])
blob = "\n".join(theirs)
mine = set()
for rec in make_c.records:
    _, ents = strip(rec[3])
    for e in ents:
        mine.add((e["type"], e["value"]))
hits = 0
for typ, val in sorted(mine):
    if re.search(r"(?<!\w)" + re.escape(val) + r"(?!\w)", blob):
        print("COLLISION", typ, repr(val)); hits += 1
print("collisions:", hits, "of", len(mine), "values")
