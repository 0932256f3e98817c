"""Print THIS set's entity values that also occur as entity values in the other tests/data/*.jsonl files.
Loads only text[start:end] of other sets' entities; never prints their texts."""
import json, os, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
MINE = os.path.join(D, "blind_k_2026-12-04.jsonl")
other = set()
for p in glob.glob(os.path.join(D, "*.jsonl")):
    if os.path.abspath(p) == os.path.abspath(MINE): continue
    for l in open(p, encoding="utf-8"):
        try: r = json.loads(l)
        except Exception: continue
        for e in r.get("entities", []):
            other.add(r["text"][e["start"]:e["end"]].strip().lower())
from collections import Counter
MARKINGS = {"CLASSIFICATION_MARKING", "CUI_MARKING"}
std = Counter()
hits = []
for l in open(MINE, encoding="utf-8"):
    r = json.loads(l)
    for e in r["entities"]:
        v = r["text"][e["start"]:e["end"]]
        if v.strip().lower() in other:
            if e["type"] in MARKINGS: std[e["type"]] += 1  # standard marking strings are shared vocabulary
            else: hits.append((r["id"], e["type"], v))
for h in hits: print("COLLIDE", *h)
print(len(hits), "collisions of personal/identifier/secret values;", dict(std), "standard markings also used elsewhere (not renamed)")
sys.exit(1 if hits else 0)
