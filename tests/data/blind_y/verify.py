"""Re-read blind_y_2026-12-06.jsonl and check it independently of build.py; print counts."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
from blindlib import TYPES, BLOCK_TYPES

PATH = os.path.join(os.path.dirname(HERE), "blind_y_2026-12-06.jsonl")  # tests/data
recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
errors = []
ids = set()
for r in recs:
    rid, text, ents = r["id"], r["text"], r["entities"]
    if rid in ids:
        errors.append((rid, "duplicate id"))
    ids.add(rid)
    if r["category"] not in ("positive", "evasion", "hard_negative"):
        errors.append((rid, "category"))
    if text != text.strip() and False:
        pass
    spans = sorted((e["start"], e["end"], e["type"]) for e in ents)
    for i, (s, e, t) in enumerate(spans):
        if t not in TYPES:
            errors.append((rid, "type", t))
        if not (0 <= s < e <= len(text)):
            errors.append((rid, "offsets", s, e))
            continue
        v = text[s:e]
        if v != v.strip() and t != "PRIVATE_KEY":
            errors.append((rid, "outer whitespace", t, repr(v)))
        if i and s < spans[i - 1][1]:
            errors.append((rid, "overlap", spans[i - 1], (s, e, t)))
    types = {e["type"] for e in ents}
    if r["category"] == "hard_negative":
        want = "allow"
        if ents:
            errors.append((rid, "hard negative with labels"))
    else:
        if not ents:
            errors.append((rid, "no labels"))
        want = "block" if types & BLOCK_TYPES else "redact"
    if r["expect"] != want:
        errors.append((rid, "expect", r["expect"], want))
    if "PERSON" in types and not r.get("origin"):
        errors.append((rid, "origin missing"))
for e in errors:
    print("ERROR", e)
cat = Counter(r["category"] for r in recs)
exp = Counter(r["expect"] for r in recs)
ce = Counter((r["category"], r["expect"]) for r in recs)
types = Counter(e["type"] for r in recs for e in r["entities"])
person_recs = [r for r in recs if any(e["type"] == "PERSON" for e in r["entities"])]
origins = Counter()
for r in person_recs:
    for o in r["origin"].split("+"):
        origins[o] += 1
print(f"records: {len(recs)}")
print("by category:", dict(cat), f"hard-negative share {cat['hard_negative'] / len(recs):.1%}")
print("by expect:", dict(exp))
print("category x expect:", {f"{a}/{b}": n for (a, b), n in sorted(ce.items())})
print("spans by type:", dict(sorted(types.items(), key=lambda kv: -kv[1])), "total", sum(types.values()))
print(f"PERSON spans: {types['PERSON']} in {len(person_recs)} records; distinct origins: {len(origins)}")
print("origins:", dict(sorted(origins.items())))
print("tags:", len({r['tag'] for r in recs}), "distinct")
print("OK" if not errors else f"{len(errors)} ERRORS")
sys.exit(1 if errors else 0)
