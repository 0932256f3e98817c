#!/usr/bin/env python3
"""Independent check of blind set f: schema, offsets, overlap, expect, mix and set-f targets."""
import json, re, unicodedata
from collections import Counter
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import TYPES, BLOCK_TYPES, luhn, aba_ok

PATH = "blind_f_2026-12-03.jsonl"
recs = []
ids = set()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    r = json.loads(line)
    recs.append(r)
    assert set(r) == {"id", "category", "tag", "origin", "expect", "text", "entities"}, r["id"]
    assert r["id"] == f"bf-{n:04d}" and r["id"] not in ids, r["id"]
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
    types = {e["type"] for e in r["entities"]}
    exp = "block" if types & BLOCK_TYPES else ("redact" if types else "allow")
    assert exp == r["expect"], r["id"]
    assert (r["category"] == "hard_negative") == (not types), r["id"]
print(PATH, len(recs), "records OK")

# ---- extra checks for set f
assert all("[[" not in r["text"] and "]]" not in r["text"] for r in recs), "leftover mark"
assert len({r["text"] for r in recs}) == len(recs), "duplicate text"
cat = Counter(r["category"] for r in recs)
assert len(recs) >= 240 and cat["hard_negative"] >= 80 and cat["evasion"] >= 40 and cat["positive"] >= 110, cat
for r in recs:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", r["tag"]), r["id"]
    assert r["category"] in ("positive", "evasion", "hard_negative"), r["id"]
    has_p = any(e["type"] == "PERSON" for e in r["entities"])
    assert (r["origin"] is not None) == has_p, ("origin must be null iff no PERSON", r["id"])
    if r["origin"] is not None:
        assert re.fullmatch(r"[a-z_]+", r["origin"]), r["id"]

orig = Counter(r["origin"] for r in recs if r["origin"])
need = {"indian", "chinese", "vietnamese", "korean", "arabic", "somali", "nigerian", "haitian",
        "filipino", "hispanic", "slavic", "anglo"}
for o in need:
    assert orig[o] >= 10, (o, orig[o])
assert sum(1 for o, n in orig.items() if n >= 10) >= 12, orig

assert sum(r["tag"] == "public_contact" for r in recs) >= 5
assert all(r["category"] == "hard_negative" for r in recs if r["tag"] == "public_contact")

# value validity re-checked from the text spans (independent of the generator)
def dig(s):
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))
for r in recs:
    for e in r["entities"]:
        v = r["text"][e["start"]:e["end"]]
        d = dig(v)
        if r["category"] == "evasion":
            continue
        if e["type"] == "CREDIT_CARD":
            assert 13 <= len(d) <= 19 and luhn(d), (r["id"], "luhn")
        if e["type"] == "ABA_ROUTING_NUMBER":
            assert aba_ok(d), (r["id"], "aba")
        if e["type"] == "US_SSN":
            assert len(d) == 9 and d[:3] not in ("000", "666") and not d.startswith("9") \
                and d[3:5] != "00" and d[5:] != "0000", (r["id"], "ssn")
        if e["type"] == "US_ITIN":
            assert len(d) == 9 and d[0] == "9", (r["id"], "itin")
        if e["type"] == "DOD_EDIPI":
            assert len(d) == 10, (r["id"], "edipi")
        if e["type"] == "SEVIS_ID":
            assert re.fullmatch(r"N\d{10}", v), (r["id"], "sevis")
        if e["type"] == "I94_NUMBER":
            assert re.fullmatch(r"\d{11}|\d{9}[A-Z]\d", v), (r["id"], "i94")

# coverage of block types and identifier types
types_all = Counter(e["type"] for r in recs for e in r["entities"])
for ty in BLOCK_TYPES:
    assert types_all[ty] >= 1, ("missing block type", ty)
for ty in ["US_SSN", "US_ITIN", "US_PASSPORT", "A_NUMBER", "USCIS_RECEIPT_NUMBER", "I94_NUMBER", "SEVIS_ID",
           "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI", "US_DRIVER_LICENSE", "CREDIT_CARD", "US_BANK_NUMBER",
           "ABA_ROUTING_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "STREET_ADDRESS"]:
    assert types_all[ty] >= 2, ("thin type", ty)

# length variety: some one-liners, some long records
lens = [len(r["text"]) for r in recs]
assert min(lens) < 120 and max(lens) > 1500, (min(lens), max(lens))
print("set f extra checks OK:", dict(cat), dict(orig))
