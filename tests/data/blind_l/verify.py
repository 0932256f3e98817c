import json, sys, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA)
from blindlib import TYPES, BLOCK_TYPES
ALLOWED = TYPES - {"IP_ADDRESS"}
recs = [json.loads(l) for l in open(os.path.join(DATA, "blind_l_2026-12-05.jsonl"), encoding="utf-8")]
err = []
def bad(rid, msg): err.append(f"{rid}: {msg}")
ids, texts = set(), set()
type_recs = defaultdict(set)
for r in recs:
    rid = r.get("id")
    keys = {"id", "category", "tag", "origin", "expect", "text", "entities"}
    if set(r) != keys: bad(rid, f"keys {set(r)}")
    if rid in ids: bad(rid, "dup id")
    ids.add(rid)
    if r["text"] in texts: bad(rid, "dup text")
    texts.add(r["text"])
    if r["category"] not in ("positive", "evasion", "hard_negative"): bad(rid, "category")
    if not isinstance(r["tag"], str) or not r["tag"]: bad(rid, "tag")
    t = r["text"]
    spans = sorted((e["start"], e["end"], e["type"]) for e in r["entities"])
    prev_end = -1
    for s, e, ty in spans:
        if ty not in ALLOWED: bad(rid, f"type {ty}")
        if not (0 <= s < e <= len(t)): bad(rid, f"offsets {s},{e}")
        v = t[s:e]
        if ty != "PRIVATE_KEY" and v != v.strip(): bad(rid, f"unstripped {ty}")
        if s < prev_end: bad(rid, "overlap")
        prev_end = e
        type_recs[ty].add(rid)
    types = {ty for _, _, ty in spans}
    if r["category"] == "hard_negative":
        if spans: bad(rid, "hard negative with entities")
        if r["expect"] != "allow": bad(rid, "hard negative expect")
    else:
        if not spans: bad(rid, "positive/evasion without entities")
        want = "block" if types & BLOCK_TYPES else "redact"
        if r["expect"] != want: bad(rid, f"expect {r['expect']} != {want}")
    if ("PERSON" in types) != bool(r["origin"]): bad(rid, "origin iff PERSON")
for ty, rs in type_recs.items():
    if len(rs) < 2: err.append(f"type {ty} in only {len(rs)} record(s)")
n = len(recs)
c = Counter(r["category"] for r in recs)
if not 200 <= n <= 230: err.append(f"record count {n}")
if c["hard_negative"] / n < 0.35: err.append("hard negatives < 35%")
persons = sum(1 for r in recs for e in r["entities"] if e["type"] == "PERSON")
origins = {r["origin"] for r in recs if r["origin"] and r["origin"] != "mixed"}
if persons < 100: err.append(f"PERSON spans {persons}")
if len(origins) < 15: err.append(f"origins {len(origins)}")
if err:
    print("\n".join(err)); sys.exit(1)
print(f"OK {n} records, {dict(c)}, PERSON spans {persons}, origins {len(origins)}, types {len(type_recs)}")
