"""Print which of OUR entity values also occur as entity values in the other tests/data/*.jsonl files.
Only text[start:end] of their entities is loaded; their texts are never printed or otherwise used."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARKING = {"CLASSIFICATION_MARKING", "CUI_MARKING"}
theirs = set()
MINE = os.path.join(os.path.dirname(HERE), "blind_l_2026-12-05.jsonl")
for p in glob.glob(os.path.join(os.path.dirname(HERE), "*.jsonl")):
    if os.path.abspath(p) == os.path.abspath(MINE): continue
    for line in open(p, encoding="utf-8"):
        line = line.strip()
        if not line: continue
        try: r = json.loads(line)
        except Exception: continue
        t = r.get("text", "")
        for e in r.get("entities", []):
            try: theirs.add(t[e["start"]:e["end"]].strip().lower())
            except Exception: pass
        del t
bad, shared_marks = [], []
for line in open(MINE, encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        v = r["text"][e["start"]:e["end"]]
        if v.strip().lower() in theirs:
            (shared_marks if e["type"] in MARKING else bad).append((r["id"], e["type"], v))
print(f"shared marking strings (standard vocabulary, kept): {len(shared_marks)}")
for x in bad: print("COLLISION", *x)
print(f"colliding personal/identifier/secret values: {len(bad)}")
sys.exit(1 if bad else 0)
