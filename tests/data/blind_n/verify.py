"""Check blind_n_2026-12-05.jsonl: schema, offsets, span text == generator value, labels vs expect."""
import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA); sys.path.insert(0, os.path.join(HERE, "parts"))
from blindlib import TYPES, BLOCK_TYPES, strip, luhn, aba_ok, digits

PATH = os.path.join(DATA, "blind_n_2026-12-05.jsonl")
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
src = []
for i in range(1, 13):
    src.extend(__import__(f"p{i}").RECORDS)
errs = []
def err(*a): errs.append(" ".join(map(str, a)))

if len(recs) != len(src): err("count mismatch", len(recs), len(src))
KEYS = {"id", "category", "tag", "origin", "expect", "text", "entities"}
ids, texts = set(), set()
for r, (cat, tag, origin, marked) in zip(recs, src):
    rid = r.get("id")
    if set(r) != KEYS: err(rid, "keys", set(r) ^ KEYS)
    if rid in ids: err(rid, "dup id")
    ids.add(rid)
    if r["text"] in texts: err(rid, "dup text")
    texts.add(r["text"])
    if r["category"] not in ("positive", "evasion", "hard_negative"): err(rid, "category")
    if r["category"] != cat or r["tag"] != tag: err(rid, "category/tag differ from source")
    text, ents = strip(marked)
    if text != r["text"]: err(rid, "text differs from source")
    if len(ents) != len(r["entities"]): err(rid, "entity count differs")
    prev_end = -1
    for e, g in zip(r["entities"], ents):
        if set(e) != {"type", "start", "end"}: err(rid, "entity keys", e)
        if e["type"] not in TYPES: err(rid, "type", e)
        if e["type"] == "IP_ADDRESS": err(rid, "IP_ADDRESS is never labelled per LABELLING.md")
        if not (0 <= e["start"] < e["end"] <= len(r["text"])): err(rid, "offsets", e)
        if r["text"][e["start"]:e["end"]] != g["value"]: err(rid, "span text != value", e, g["value"])
        if (e["type"], e["start"], e["end"]) != (g["type"], g["start"], g["end"]): err(rid, "span differs", e, g)
        if e["start"] < prev_end: err(rid, "overlapping spans", e)
        prev_end = e["end"]
        v = g["value"]
        if v != v.strip() and e["type"] != "PRIVATE_KEY": err(rid, "untrimmed span", repr(v))
        d = digits(v)
        if r["category"] != "evasion" or d:
            if e["type"] == "CREDIT_CARD" and not luhn(d): err(rid, "luhn", v)
            if e["type"] == "ABA_ROUTING_NUMBER" and not aba_ok(d): err(rid, "aba", v)
            if e["type"] == "US_SSN" and (d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000"): err(rid, "ssn range", v)
    types = {e["type"] for e in r["entities"]}
    want = "allow" if not types else ("block" if types & BLOCK_TYPES else "redact")
    if r["expect"] != want: err(rid, "expect", r["expect"], want)
    if (r["category"] == "hard_negative") != (not types): err(rid, "hard_negative must have no spans and vice versa")
    if "PERSON" in types and not r["origin"]: err(rid, "origin missing")
    if "PERSON" not in types and r["origin"]: err(rid, "origin given without PERSON")
    if "[[" in r["text"]: err(rid, "leftover mark")
    n = len(r["text"])
    if n > 1300: err(rid, "too long", n)
print(f"{len(recs)} records checked, {len(errs)} problems")
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
