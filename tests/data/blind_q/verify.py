"""Re-read blind_q_2026-12-06.jsonl and check it independently of build.py; print counts."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
from blindlib import TYPES, BLOCK_TYPES

PATH = os.path.join(os.path.dirname(HERE), "blind_q_2026-12-06.jsonl")
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
errors = []
ids = set()
for r in recs:
    rid = r["id"]
    if rid in ids:
        errors.append((rid, "duplicate id"))
    ids.add(rid)
    for k in ("id", "category", "tag", "origin", "expect", "text", "entities"):
        if k not in r:
            errors.append((rid, "missing " + k))
    t, ents = r["text"], r["entities"]
    if r["category"] not in ("positive", "evasion", "hard_negative"):
        errors.append((rid, "category"))
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        if e["type"] not in TYPES:
            errors.append((rid, "type " + e["type"]))
        if not (0 <= e["start"] < e["end"] <= len(t)):
            errors.append((rid, "offsets", e))
            continue
        v = t[e["start"]:e["end"]]
        if v != v.strip() and e["type"] != "PRIVATE_KEY":
            errors.append((rid, "outer whitespace", e))
        if e["start"] < last_end:
            errors.append((rid, "overlap", e))
        last_end = max(last_end, e["end"])
    types = {e["type"] for e in ents}
    if r["category"] == "hard_negative":
        want = "allow"
        if ents:
            errors.append((rid, "hard negative with labels"))
    else:
        if not ents:
            errors.append((rid, "positive/evasion without labels"))
        want = "block" if types & BLOCK_TYPES else "redact"
    if r["expect"] != want:
        errors.append((rid, "expect", r["expect"], want))
    if "PERSON" in types and not r["origin"]:
        errors.append((rid, "PERSON without origin"))

cat = Counter(r["category"] for r in recs)
exp = Counter(r["expect"] for r in recs)
cx = Counter((r["category"], r["expect"]) for r in recs)
spans = Counter(e["type"] for r in recs for e in r["entities"])
with_person = [r for r in recs if any(e["type"] == "PERSON" for e in r["entities"])]
atoms = Counter()
for r in with_person:
    for o in r["origin"].split("/"):
        atoms[o] += 1
print(f"records: {len(recs)}  categories: {dict(cat)}  hard-negative share: {cat['hard_negative']/len(recs):.1%}")
print(f"expect: {dict(exp)}")
print("category x expect:", {f'{a}/{b}': n for (a, b), n in sorted(cx.items())})
print("spans by type:", dict(sorted(spans.items(), key=lambda kv: -kv[1])), " total", sum(spans.values()))
print(f"PERSON spans: {spans['PERSON']} in {len(with_person)} records; distinct origins (atomic): {len(atoms)}")
print("origins:", dict(sorted(atoms.items())))
print("tags:", len(Counter(r["tag"] for r in recs)), "distinct")
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK: offsets, types, overlaps, whitespace, expect and origin all consistent")
