#!/usr/bin/env python3
"""Generator for blind set "c" (2026-12-03). Every text is a hand-written literal in part_*.py."""
import random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import build, summary
import part_a, part_b, part_c, part_d, part_e, part_f

records = part_a.RECORDS + part_b.RECORDS + part_c.RECORDS + part_d.RECORDS + part_e.RECORDS + part_f.RECORDS
random.Random(20261203).shuffle(records)   # fixed order, mixes categories
OUT = "./blind_c_2026-12-03.jsonl"

if __name__ == "__main__":
    out = build(records, "bc", OUT)
    c, t, e, x = summary(out)
    print(len(out), "records ->", OUT)
    print("category:", dict(c))
    print("expect:", dict(x))
    print("types:", dict(sorted(e.items())))
