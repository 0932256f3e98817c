#!/usr/bin/env python3
"""Independent check of blind set c: schema, offsets, overlap, expect."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import TYPES, BLOCK_TYPES
ok = True
for path, prefix in [("./blind_c_2026-12-03.jsonl", "bc")]:
    n = 0; ids = set(); texts = set()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line); n += 1
        assert set(r) == {"id", "category", "tag", "origin", "expect", "text", "entities"}, r["id"]
        assert re.fullmatch(prefix + r"-\d{4}", r["id"]) and r["id"] not in ids, r["id"]; ids.add(r["id"])
        assert r["category"] in ("positive", "evasion", "hard_negative"), r["id"]
        assert re.fullmatch(r"[a-z0-9_]+", r["tag"]), r["id"]
        t = r["text"]; prev_end = -1
        assert t and t not in texts, r["id"]; texts.add(t)
        for e in sorted(r["entities"], key=lambda e: e["start"]):
            assert set(e) == {"type", "start", "end"}, r["id"]
            assert e["type"] in TYPES
            assert 0 <= e["start"] < e["end"] <= len(t), r["id"]
            assert e["start"] >= prev_end, ("overlap", r["id"])
            prev_end = e["end"]
        types = {e["type"] for e in r["entities"]}
        exp = "block" if types & BLOCK_TYPES else ("redact" if types else "allow")
        assert exp == r["expect"], r["id"]
        assert (r["category"] == "hard_negative") == (not types), r["id"]
        if "PERSON" in types: assert r["origin"], r["id"]
        else: assert r["origin"] is None, r["id"]
    assert n >= 220, n
    print(path, n, "records OK")
