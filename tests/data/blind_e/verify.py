#!/usr/bin/env python3
"""Independent check of blind set e: schema, offsets, overlap, expect, mix."""
import json, sys
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import TYPES, BLOCK_TYPES
ok = True
for path, prefix in [("blind_e_2026-12-03.jsonl", "be")]:
    n = 0; ids = set()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line); n += 1
        assert set(r) == {"id", "category", "tag", "origin", "expect", "text", "entities"}, r["id"]
        assert r["id"].startswith(prefix) and r["id"] not in ids; ids.add(r["id"])
        t = r["text"]; prev_end = -1
        for e in sorted(r["entities"], key=lambda e: e["start"]):
            assert e["type"] in TYPES
            assert 0 <= e["start"] < e["end"] <= len(t), r["id"]
            assert e["start"] >= prev_end, ("overlap", r["id"])
            prev_end = e["end"]
        types = {e["type"] for e in r["entities"]}
        exp = "block" if types & BLOCK_TYPES else ("redact" if types else "allow")
        assert exp == r["expect"], r["id"]
        assert (r["category"] == "hard_negative") == (not types), r["id"]
        if "PERSON" in types: assert r["origin"], r["id"]
    print(path, n, "records OK")
# extra checks for set e
from collections import Counter
recs = [json.loads(l) for l in open("blind_e_2026-12-03.jsonl", encoding="utf-8")]
assert all("[[" not in r["text"] and "]]" not in r["text"] for r in recs), "leftover mark"
cat = Counter(r["category"] for r in recs)
assert len(recs) >= 240 and cat["hard_negative"] >= 80 and cat["evasion"] >= 40, cat
orig = Counter(r["origin"] for r in recs if r["origin"])
assert sum(1 for o, n in orig.items() if n >= 10) >= 12, orig
import re
for r in recs:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", r["tag"]), r["id"]
    assert r["category"] in ("positive", "evasion", "hard_negative"), r["id"]
    has_p = any(e["type"] == "PERSON" for e in r["entities"])
    assert (r["origin"] is not None) == has_p, ("origin must be null iff no PERSON", r["id"])
assert all(not r["entities"] for r in recs if r["category"] == "hard_negative")
assert sum(r["tag"] == "public_contact" for r in recs) >= 5
print("set e extra checks OK:", dict(cat), dict(orig))
