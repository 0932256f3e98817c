"""Independent checks of blind_k_2026-12-04.jsonl."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from blindlib import TYPES, BLOCK_TYPES
P = os.path.join(os.path.dirname(HERE), "blind_k_2026-12-04.jsonl")
recs = [json.loads(l) for l in open(P, encoding="utf-8")]
errs = []
texts = set(); ids = set(); tc = Counter()
for r in recs:
    rid = r.get("id")
    if set(r) != {"id", "category", "tag", "origin", "expect", "text", "entities"}: errs.append((rid, "keys"))
    if not rid.startswith("bk-") or rid in ids: errs.append((rid, "id"))
    ids.add(rid)
    if r["category"] not in ("positive", "evasion", "hard_negative"): errs.append((rid, "cat"))
    if r["text"] in texts: errs.append((rid, "dup text"))
    texts.add(r["text"])
    ents = sorted(r["entities"], key=lambda e: e["start"]); prev = -1
    for e in ents:
        tc[e["type"]] += 1
        if e["type"] not in TYPES or e["type"] == "IP_ADDRESS": errs.append((rid, "type", e))
        if not (0 <= e["start"] < e["end"] <= len(r["text"])): errs.append((rid, "offs", e))
        v = r["text"][e["start"]:e["end"]]
        if v != v.strip() and e["type"] != "PRIVATE_KEY": errs.append((rid, "unstripped", v))
        if e["start"] < prev: errs.append((rid, "overlap", e))
        prev = e["end"]
    types = {e["type"] for e in ents}
    if r["category"] == "hard_negative":
        if ents or r["expect"] != "allow": errs.append((rid, "hn"))
    else:
        if not ents: errs.append((rid, "no ents"))
        want = "block" if types & BLOCK_TYPES else "redact"
        if r["expect"] != want: errs.append((rid, "expect"))
    if ("PERSON" in types) != bool(r["origin"]): errs.append((rid, "origin iff PERSON"))
for t in sorted(TYPES - {"IP_ADDRESS"}):
    n = len({r["id"] for r in recs for e in r["entities"] if e["type"] == t})
    if n < 2: errs.append(("coverage", t, n))
for x in errs: print("ERR", x)
print(len(recs), "records;", "OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
