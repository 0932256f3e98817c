"""Re-read blind_t_2026-12-06.jsonl and check it independently of build.py; print counts."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
from blindlib import TYPES, BLOCK_TYPES

PATH = os.path.join(os.path.dirname(HERE), "blind_t_2026-12-06.jsonl")  # tests/data
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
    if r["category"] not in ("positive", "evasion", "hard_negative"):
        errors.append((rid, "category"))
    text = r["text"]
    if not text or text != text.strip():
        errors.append((rid, "record text has outer whitespace or is empty"))
    ents = sorted(r["entities"], key=lambda e: (e["start"], e["end"]))
    prev_end = -1
    for e in ents:
        if e["type"] not in TYPES:
            errors.append((rid, "type " + e["type"]))
        if not (0 <= e["start"] < e["end"] <= len(text)):
            errors.append((rid, "offsets", e))
            continue
        v = text[e["start"]:e["end"]]
        if v != v.strip() and e["type"] != "PRIVATE_KEY":
            errors.append((rid, "outer whitespace", v))
        if e["start"] < prev_end:
            errors.append((rid, "overlap", e))
        prev_end = max(prev_end, e["end"])
        if e["type"] == "IP_ADDRESS":
            errors.append((rid, "IP_ADDRESS should not be labelled"))
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
        errors.append((rid, "origin missing"))

cat = Counter(r["category"] for r in recs)
exp = Counter(r["expect"] for r in recs)
ce = Counter((r["category"], r["expect"]) for r in recs)
spans = Counter(e["type"] for r in recs for e in r["entities"])
person_recs = [r for r in recs if any(e["type"] == "PERSON" for e in r["entities"])]
origins = Counter(r["origin"] for r in person_recs)
print(f"records: {len(recs)}")
print("by category:", dict(cat), f"hard-negative share {cat['hard_negative']/len(recs):.1%}, evasion share {cat['evasion']/len(recs):.1%}")
print("by expect:", dict(exp))
print("category x expect:", {f"{a}/{b}": n for (a, b), n in sorted(ce.items())})
print(f"spans: {sum(spans.values())}")
for t, n in spans.most_common():
    print(f"  {t:24s} {n}")
print(f"PERSON spans: {spans['PERSON']}; records with PERSON: {len(person_recs)}; distinct origins: {len(origins)}")
print("origins:", ", ".join(f"{o}={n}" for o, n in sorted(origins.items())))
print("tags:", len({r['tag'] for r in recs}), "distinct")
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("verify: OK")
