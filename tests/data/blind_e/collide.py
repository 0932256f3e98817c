#!/usr/bin/env python3
"""Values-only collision check: prints ONLY values of set e that also occur
as labelled values in the four earlier sets. Never prints their texts."""
import json, unicodedata
OTHERS = ["../blind_tune_2026-12-03.jsonl", "../blind_holdout_2026-12-03.jsonl",
          "../blind_c_2026-12-03.jsonl", "../blind_d_2026-12-03.jsonl"]
def norm(v):
    return unicodedata.normalize("NFKC", v).casefold().strip()
theirs = set()
for p in OTHERS:
    for line in open(p, encoding="utf-8"):
        r = json.loads(line)
        for e in r.get("entities", []):
            theirs.add(norm(r["text"][e["start"]:e["end"]]))
mine = {}
for line in open("blind_e_2026-12-03.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        v = r["text"][e["start"]:e["end"]]
        mine.setdefault(norm(v), (r["id"], e["type"], v))
hits = sorted((mine[k] for k in mine if k in theirs))
for rid, typ, v in hits:
    print(rid, typ, repr(v))
print("collisions:", len(hits))
