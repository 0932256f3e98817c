#!/usr/bin/env python3
"""Values-only collision check: prints ONLY values of set g that also occur as entity values in the six earlier sets."""
import json, re
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import digits
OTHER = ["../blind_tune_2026-12-03.jsonl", "../blind_holdout_2026-12-03.jsonl",
         "../blind_c_2026-12-03.jsonl", "../blind_d_2026-12-03.jsonl",
         "../blind_e_2026-12-03.jsonl", "../blind_f_2026-12-03.jsonl"]
def vals(path):
    s = set()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            v = r["text"][e["start"]:e["end"]]
            s.add(v.lower())
            d = digits(v)
            if len(d) >= 7:
                s.add("#" + d)
    return s
other = set()
for p in OTHER:
    other |= vals(p)
mine = vals("blind_g_2026-12-03.jsonl")
hits = sorted(mine & other)
print(len(hits), "colliding values of set g:")
for h in hits:
    print("  ", h)
