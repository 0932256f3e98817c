#!/usr/bin/env python3
"""Generator for blind set d (2026-12-03). Texts are hand-written literals in part_*.py."""
import os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import build, summary
import part_a, part_b, part_c, part_d, part_e, part_f, part_g, part_h, part_i, part_j, part_k

# interleave so categories are not in blocks
pos = part_a.R + part_b.R + part_c.R + part_d.R + part_e.R + part_f.R + part_j.R + [r for r in part_k.R if r[0] == "positive"]
eva = part_g.R
neg = part_h.R + part_i.R + [r for r in part_k.R if r[0] == "hard_negative"]
records = []
i = j = k = 0
while i < len(pos) or j < len(eva) or k < len(neg):
    for _ in range(3):
        if i < len(pos): records.append(pos[i]); i += 1
    if j < len(eva): records.append(eva[j]); j += 1
    for _ in range(2):
        if k < len(neg): records.append(neg[k]); k += 1

out = build(records, "bd", "blind_d_2026-12-03.jsonl")
c, t, e, x = summary(out)
print("records", len(out)); print(dict(c)); print(dict(x))
print(sorted(e.items(), key=lambda z: -z[1]))
print(sorted(Counter(r["origin"] for r in out if r["origin"]).items(), key=lambda z: -z[1]))
if "-v" in sys.argv:
    for k2, v in sorted(t.items()): print(k2, v)
