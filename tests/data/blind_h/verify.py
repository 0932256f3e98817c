#!/usr/bin/env python3
"""Independent check of blind set h: schema, offsets, overlap, expect, mix, value validity."""
import json, re
from collections import Counter
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import TYPES, BLOCK_TYPES, check_values

PATH, PREFIX = "blind_h_2026-12-03.jsonl", "bh"
recs = []
ids = set()
for line in open(PATH, encoding="utf-8"):
    r = json.loads(line)
    recs.append(r)
    assert set(r) == {"id", "category", "tag", "origin", "expect", "text", "entities"}, r["id"]
    assert re.fullmatch(PREFIX + r"-\d{4}", r["id"]) and r["id"] not in ids, r["id"]
    ids.add(r["id"])
    t = r["text"]
    prev_end = -1
    for e in sorted(r["entities"], key=lambda e: e["start"]):
        assert set(e) == {"type", "start", "end"}, r["id"]
        assert e["type"] in TYPES, r["id"]
        assert 0 <= e["start"] < e["end"] <= len(t), r["id"]
        assert e["start"] >= prev_end, ("overlap", r["id"])
        prev_end = e["end"]
        v = t[e["start"]:e["end"]]
        assert v == v.strip() or e["type"] == "PRIVATE_KEY", ("span whitespace", r["id"])
        check_values({"type": e["type"], "value": v}, r["id"], r["category"])
    types = {e["type"] for e in r["entities"]}
    exp = "block" if types & BLOCK_TYPES else ("redact" if types else "allow")
    assert exp == r["expect"], r["id"]
    assert (r["category"] == "hard_negative") == (not types), r["id"]
print(PATH, len(recs), "records OK")

# extra checks for set h
assert len({r["text"] for r in recs}) == len(recs), "duplicate text"
assert all("[[" not in r["text"] and "]]" not in r["text"] for r in recs), "leftover mark"
cat = Counter(r["category"] for r in recs)
assert len(recs) >= 220 and cat["hard_negative"] >= 80 and cat["evasion"] >= 40 and cat["positive"] >= 100, cat
orig = Counter(r["origin"] for r in recs if r["origin"])
big = {o for o, n in orig.items() if n >= 10}
assert len(big) >= 12, orig
need = {"indian", "chinese", "vietnamese", "korean", "arabic", "somali", "nigerian", "haitian",
        "filipino", "hispanic", "slavic", "anglo"}
assert need <= big, need - big
for r in recs:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", r["tag"]), r["id"]
    assert r["category"] in ("positive", "evasion", "hard_negative"), r["id"]
    has_p = any(e["type"] == "PERSON" for e in r["entities"])
    assert (r["origin"] is not None) == has_p, ("origin must be null iff no PERSON", r["id"])
assert sum(r["tag"] == "public_contact" for r in recs) >= 5
assert all(r["category"] == "hard_negative" for r in recs if r["tag"] == "public_contact")
types_seen = Counter(e["type"] for r in recs for e in r["entities"])
for t in ("CLASSIFICATION_MARKING", "CUI_MARKING", "PASSWORD", "PERSON", "US_SSN", "A_NUMBER",
          "USCIS_RECEIPT_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS",
          "US_PASSPORT", "I94_NUMBER", "CREDIT_CARD", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER"):
    assert types_seen[t] >= 5, (t, types_seen[t])
for t in ("US_ITIN", "SEVIS_ID", "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI", "US_DRIVER_LICENSE", "IP_ADDRESS",
          "CLOUD_ACCESS_KEY", "CLOUD_SECRET_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "JWT",
          "PRIVATE_KEY", "CONNECTION_STRING"):
    assert types_seen[t] >= 1, (t, types_seen[t])
# every origin with names appears in all three casings/positions is not machine-checkable; check evasions carry names
assert sum(1 for r in recs if r["category"] == "evasion" and r["origin"]) >= 20
print("set h extra checks OK:", dict(cat), dict(orig))
