"""Checks a blind set's JSONL independently of its build script and prints its counts: offsets, allowed types,
overlaps, outer whitespace, that `expect` agrees with the labels, and that `origin` is present whenever a PERSON is
labelled. Sets u to y call it from their own verify.py (their writers' copies were this code with the file name filled
in).

Run: python3 tests/data/blindverify.py tests/data/blind_y_2026-12-06.jsonl
"""
import json
import sys
from collections import Counter

from blindlib import BLOCK_TYPES, TYPES


def main(path: str) -> int:
    """Check the set at ``path``; 1 when any record is malformed."""
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    errors = []
    ids = set()
    for r in recs:
        rid, text, ents = r["id"], r["text"], r["entities"]
        if rid in ids:
            errors.append((rid, "duplicate id"))
        ids.add(rid)
        if r["category"] not in ("positive", "evasion", "hard_negative"):
            errors.append((rid, "category"))
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
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
