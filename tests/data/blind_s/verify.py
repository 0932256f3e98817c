"""Re-read blind_s JSONL and check it independently of build.py."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
from blindlib import TYPES, BLOCK_TYPES

PATH = os.path.join(os.path.dirname(HERE), "blind_s_2026-12-06.jsonl")  # tests/data
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)


recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = set()
cat, exp, typ, tags, origins = Counter(), Counter(), Counter(), Counter(), Counter()
person_spans = 0
for r in recs:
    rid = r["id"]
    if rid in ids:
        fail(f"{rid} duplicate id")
    ids.add(rid)
    for k in ("id", "category", "tag", "origin", "expect", "text", "entities"):
        if k not in r:
            fail(f"{rid} missing {k}")
    t = r["text"]
    if not t or t != t.strip() and False:
        fail(f"{rid} empty")
    ents = sorted(r["entities"], key=lambda e: (e["start"], e["end"]))
    prev_end = -1
    for e in ents:
        if e["type"] not in TYPES or e["type"] == "IP_ADDRESS":
            fail(f"{rid} type {e['type']}")
        if not (0 <= e["start"] < e["end"] <= len(t)):
            fail(f"{rid} bad offsets {e}")
        v = t[e["start"]:e["end"]]
        if v != v.strip() and e["type"] != "PRIVATE_KEY":
            fail(f"{rid} outer whitespace {e}")
        if e["start"] < prev_end:
            fail(f"{rid} overlap {e}")
        prev_end = e["end"]
        if "[[" in v or "]]" in v:
            fail(f"{rid} mark residue {e}")
        typ[e["type"]] += 1
        if e["type"] == "PERSON":
            person_spans += 1
    if "[[" in t and re.search(r"\[\[[A-Z_]+:", t):
        fail(f"{rid} mark residue in text")
    types = {e["type"] for e in ents}
    if r["category"] == "hard_negative":
        want = "allow"
        if ents:
            fail(f"{rid} hard negative with labels")
    else:
        if not ents:
            fail(f"{rid} {r['category']} without labels")
        want = "block" if types & BLOCK_TYPES else "redact"
    if r["expect"] != want:
        fail(f"{rid} expect {r['expect']} != {want}")
    if "PERSON" in types and not r["origin"]:
        fail(f"{rid} PERSON without origin")
    cat[r["category"]] += 1
    exp[r["expect"]] += 1
    tags[r["tag"]] += 1
    if "PERSON" in types:
        for o in r["origin"].split("+"):
            origins[o] += 1

n = len(recs)
print(f"records: {n}")
print("by category:", dict(cat), f"hard_negative share {cat['hard_negative']/n:.1%}, evasion share {cat['evasion']/n:.1%}")
print("by expect:", dict(exp))
print("spans by type:", dict(sorted(typ.items(), key=lambda x: -x[1])))
print(f"PERSON spans: {person_spans}; distinct name origins in PERSON records: {len(origins)}")
print("origins:", ", ".join(f"{k}:{v}" for k, v in sorted(origins.items())))
print(f"distinct tags: {len(tags)}")
checks = [(n >= 300, "records >= 300"), (person_spans >= 250, "PERSON spans >= 250"),
          (len(origins) >= 60, "origins >= 60"), (exp["block"] >= 60, "block >= 60"),
          (0.35 <= cat["hard_negative"] / n <= 0.45, "hard negatives about 40 %"),
          (0.07 <= cat["evasion"] / n <= 0.14, "evasions about 10 %")]
for good, what in checks:
    print(("ok   " if good else "MISS ") + what)
    ok = ok and good
print("VERIFY OK" if ok else "VERIFY FAILED")
sys.exit(0 if ok else 1)
