#!/usr/bin/env python3
"""Print only values of set d that also occur in the earlier sets (their texts are never printed)."""
import json
mine = [json.loads(l) for l in open("blind_d_2026-12-03.jsonl", encoding="utf-8")]
others = []
for p in ["../blind_tune_2026-12-03.jsonl", "../blind_holdout_2026-12-03.jsonl", "../blind_c_2026-12-03.jsonl"]:
    for l in open(p, encoding="utf-8"):
        others.append(json.loads(l)["text"])
blob = "\n".join(others)
blob_l = blob.lower()
hits = set()
for r in mine:
    for e in r["entities"]:
        v = r["text"][e["start"]:e["end"]]
        if len(v) >= 4 and v.lower() in blob_l:
            hits.add((r["id"], e["type"], v))
# also whole-text duplicates
for r in mine:
    if r["text"] in others:
        hits.add((r["id"], "WHOLE_TEXT", "(duplicate text)"))
for h in sorted(hits): print(*h, sep="\t")
print("collisions:", len(hits))
