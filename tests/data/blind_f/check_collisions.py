#!/usr/bin/env python3
"""Values-only collision check: prints ONLY values from set f that also occur as
labelled values in the five earlier sets. Never prints their texts."""
import json
OTHER = ["../blind_tune_2026-12-03.jsonl", "../blind_holdout_2026-12-03.jsonl",
         "../blind_c_2026-12-03.jsonl", "../blind_d_2026-12-03.jsonl",
         "../blind_e_2026-12-03.jsonl"]
theirs = set()
for p in OTHER:
    for line in open(p, encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            theirs.add(r["text"][e["start"]:e["end"]].casefold())
mine = []
for line in open("blind_f_2026-12-03.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        mine.append((r["id"], r["text"][e["start"]:e["end"]]))
hits = sorted({(i, v) for i, v in mine if v.casefold() in theirs})
for i, v in hits:
    print(i, repr(v))
print("collisions:", len(hits))
