"""Which of this set's entity values also occur among the entity values of the other tests/data/*.jsonl files.
Reads only text[start:end] of the other files' entities; never prints their texts."""
import glob, json, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

MINE = os.path.join(DATA, "blind_m_2026-12-05.jsonl")
SHARED_TYPES = {"CLASSIFICATION_MARKING", "CUI_MARKING"}  # standard vocabulary: counted, not renamed

theirs = set()
for path in (p for p in glob.glob(os.path.join(DATA, "*.jsonl")) if os.path.abspath(p) != os.path.abspath(MINE)):
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                r = json.loads(line)
            except Exception:
                continue
            for e in r.get("entities", []):
                theirs.add(r["text"][e["start"]:e["end"]].strip().lower())

bad, shared = [], []
for line in open(MINE, encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        v = r["text"][e["start"]:e["end"]]
        if v.strip().lower() in theirs:
            (shared if e["type"] in SHARED_TYPES else bad).append((r["id"], e["type"], v))

print(f"values in other sets: {len(theirs)}; shared marking vocabulary: {len(shared)}; colliding personal/identifier/secret values: {len(bad)}")
for rid, ty, v in bad:
    print(" ", rid, ty, repr(v))
sys.exit(1 if bad else 0)
