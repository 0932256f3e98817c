"""Checks the built blind set against the brief's rules."""
import json, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
from collections import Counter, defaultdict
sys.path.insert(0, DATA)
from blindlib import TYPES, BLOCK_TYPES

PATH = os.path.join(DATA, "blind_m_2026-12-05.jsonl")
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
errs = []
def err(*a):
    errs.append(" ".join(map(str, a)))

KEYS = {"id", "category", "tag", "origin", "expect", "text", "entities"}
ids, texts = set(), set()
type_records = defaultdict(set)
for r in recs:
    rid = r.get("id")
    if set(r) != KEYS:
        err(rid, "keys", sorted(r))
    if rid in ids: err(rid, "duplicate id")
    ids.add(rid)
    if r["text"] in texts: err(rid, "duplicate text")
    texts.add(r["text"])
    if r["category"] not in ("positive", "evasion", "hard_negative"): err(rid, "category")
    if not isinstance(r["tag"], str) or not r["tag"]: err(rid, "tag")
    if r["expect"] not in ("allow", "redact", "block"): err(rid, "expect value")
    t = r["text"]
    ents = sorted(r["entities"], key=lambda e: (e["start"], e["end"]))
    prev_end = -1
    types = set()
    for e in ents:
        if set(e) != {"type", "start", "end"}: err(rid, "entity keys")
        if e["type"] not in TYPES: err(rid, "type", e["type"])
        if e["type"] == "IP_ADDRESS": err(rid, "IP_ADDRESS labelled")
        s, en = e["start"], e["end"]
        if not (0 <= s < en <= len(t)): err(rid, "offsets", e)
        v = t[s:en]
        if v != v.strip() and e["type"] != "PRIVATE_KEY": err(rid, "unstripped span", repr(v))
        if s < prev_end: err(rid, "overlap", e)
        prev_end = en
        types.add(e["type"])
        type_records[e["type"]].add(rid)
    if r["category"] == "hard_negative":
        if ents: err(rid, "hard negative has entities")
        if r["expect"] != "allow": err(rid, "hard negative expect")
    else:
        if not ents: err(rid, "no entities")
        want = "block" if types & BLOCK_TYPES else "redact"
        if r["expect"] != want: err(rid, "expect", r["expect"], "want", want)
    has_person = "PERSON" in types
    if has_person != bool(r["origin"]): err(rid, "origin iff PERSON", r["origin"])

n = len(recs)
cat = Counter(r["category"] for r in recs)
if not 200 <= n <= 230: err("record count", n)
if cat["hard_negative"] < 0.4 * n: err("hard negatives below 40%", cat["hard_negative"], n)
for ty, rs in type_records.items():
    if len(rs) < 2: err("type in < 2 records", ty, len(rs))
persons = sum(1 for r in recs for e in r["entities"] if e["type"] == "PERSON")
origins = Counter(r["origin"] for r in recs if r["origin"])
single = {o for o in origins if o != "mixed"}
if persons < 100: err("PERSON spans", persons)
if len(single) < 15: err("origins", len(single))

print(f"records={n} categories={dict(cat)} persons={persons} origins={len(single)}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("verify: OK")
