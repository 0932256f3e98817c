#!/usr/bin/env python3
"""Values-only collision check: prints only values of set h that also occur as entity values in the older sets."""
import json
OLD = ["../blind_tune_2026-12-03.jsonl", "../blind_holdout_2026-12-03.jsonl",
       "../blind_c_2026-12-03.jsonl", "../blind_d_2026-12-03.jsonl",
       "../blind_e_2026-12-03.jsonl", "../blind_f_2026-12-03.jsonl",
       "../blind_g_2026-12-03.jsonl"]
old = set()
for p in OLD:
    for line in open(p, encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            old.add(r["text"][e["start"]:e["end"]].strip().lower())
mine = set()
for line in open("blind_h_2026-12-03.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        mine.add(r["text"][e["start"]:e["end"]].strip().lower())
hits = sorted(mine & old)
for v in hits:
    print("COLLISION:", v)
print(len(hits), "collisions")
