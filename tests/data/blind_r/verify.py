"""Re-read blind_r JSONL and check it; print counts."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
from blindlib import TYPES, BLOCK_TYPES
PATH = os.path.join(os.path.dirname(HERE), "blind_r_2026-12-06.jsonl")

def main():
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    errs = []
    ids = set()
    for r in recs:
        rid = r["id"]
        if rid in ids:
            errs.append((rid, "dup id"))
        ids.add(rid)
        t = r["text"]
        if r["category"] not in ("positive", "evasion", "hard_negative"):
            errs.append((rid, "category"))
        spans = sorted((e["start"], e["end"], e["type"]) for e in r["entities"])
        for s, e, ty in spans:
            if ty not in TYPES:
                errs.append((rid, "type", ty))
            if not (0 <= s < e <= len(t)):
                errs.append((rid, "offset", s, e))
                continue
            v = t[s:e]
            if v != v.strip() and ty != "PRIVATE_KEY":
                errs.append((rid, "outer whitespace", ty, v))
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                errs.append((rid, "overlap", s1, e1, s2, e2))
        types = {x[2] for x in spans}
        if r["category"] == "hard_negative":
            want = "allow"
            if spans:
                errs.append((rid, "labels on hard negative"))
        else:
            if not spans:
                errs.append((rid, "no labels"))
            want = "block" if types & BLOCK_TYPES else "redact"
        if r["expect"] != want:
            errs.append((rid, "expect", r["expect"], want))
        if "PERSON" in types and not r.get("origin"):
            errs.append((rid, "origin missing"))
    cat = Counter(r["category"] for r in recs)
    exp = Counter(r["expect"] for r in recs)
    ce = Counter((r["category"], r["expect"]) for r in recs)
    typ = Counter(e["type"] for r in recs for e in r["entities"])
    origins = Counter()
    for r in recs:
        if any(e["type"] == "PERSON" for e in r["entities"]):
            for o in (r["origin"] or "").split("+"):
                origins[o] += 1
    print(f"records {len(recs)}: " + ", ".join(f"{k} {v}" for k, v in sorted(cat.items())))
    print(f"hard-negative share {cat['hard_negative'] / len(recs):.1%}; evasion share {cat['evasion'] / len(recs):.1%}")
    print("expect: " + ", ".join(f"{k} {v}" for k, v in sorted(exp.items())))
    print("category x expect: " + ", ".join(f"{a}/{b} {v}" for (a, b), v in sorted(ce.items())))
    print(f"spans {sum(typ.values())}:")
    for k, v in typ.most_common():
        print(f"  {k:24s} {v}")
    print(f"distinct name origins {len(origins)} over {typ['PERSON']} PERSON spans in "
          f"{sum(1 for r in recs if any(e['type']=='PERSON' for e in r['entities']))} records")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(origins.items())))
    if errs:
        for e in errs:
            print("ERROR", e)
        return 1
    print("OK: offsets, types, overlaps, whitespace, expect, origin all consistent")
    return 0

if __name__ == "__main__":
    sys.exit(main())
