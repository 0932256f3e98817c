"""Values-only collision check of set "i" against the earlier blind sets.

Loads the entity VALUES (text[start:end]) of the earlier sets into a set, without
printing them or anything else from those files, and prints only OUR values that
collide. Standard marking strings (banners, portion marks, legacy labels) may
collide and are reported separately as allowed. Exit code 1 if a personal value
or secret collides.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
OTHERS = [f"blind_{s}_2026-12-03.jsonl" for s in ("tune", "holdout", "c", "d", "e", "f", "g", "h")]
MARKINGS = {"CLASSIFICATION_MARKING", "CUI_MARKING"}

theirs = set()
loaded = 0
for name in OTHERS:
    p = os.path.join(DATA, name)
    if not os.path.exists(p):
        print("missing (skipped):", name)
        continue
    loaded += 1
    with open(p, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            for e in r.get("entities", []):
                theirs.add(t[e["start"]:e["end"]].strip().casefold())
            del t, r

bad, allowed = [], []
with open(os.path.join(os.path.dirname(HERE), "blind_i_2026-12-04.jsonl"), encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        for e in r["entities"]:
            v = r["text"][e["start"]:e["end"]]
            if v.strip().casefold() in theirs:
                (allowed if e["type"] in MARKINGS else bad).append((r["id"], e["type"], v))

print(f"compared against {loaded} earlier sets ({len(theirs)} distinct values)")
for rid, typ, v in allowed:
    print("allowed (standard marking):", rid, typ, repr(v))
for rid, typ, v in bad:
    print("COLLISION:", rid, typ, repr(v))
if bad:
    sys.exit(1)
print("OK: no personal value or secret collides")
