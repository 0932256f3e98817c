"""Verify blind_o_2026-12-05.jsonl: schema, offsets, values, expect/label consistency."""
import json, os, sys, importlib, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)  # tests/data: blindlib.py and the built set
sys.path.insert(0, DATA)
from blindlib import TYPES, BLOCK_TYPES, strip

PATH = os.path.join(DATA, "blind_o_2026-12-05.jsonl")
KEYS = {"id", "category", "tag", "origin", "expect", "text", "entities"}


def main():
    # marked sources, in build order, to compare span text with the written value
    marked = []
    for f in sorted(glob.glob(os.path.join(HERE, "parts", "p[0-9][0-9]_*.py"))):
        marked.extend(importlib.import_module("parts." + os.path.basename(f)[:-3]).R)
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    errs = []
    assert len(recs) == len(marked), (len(recs), len(marked))
    ids = set()
    for r, m in zip(recs, marked):
        rid = r.get("id")
        if set(r) != KEYS:
            errs.append((rid, "keys", set(r) ^ KEYS))
        if rid in ids:
            errs.append((rid, "dup id"))
        ids.add(rid)
        if r["category"] not in ("positive", "evasion", "hard_negative"):
            errs.append((rid, "category"))
        if r["expect"] not in ("allow", "redact", "block"):
            errs.append((rid, "expect"))
        text = r["text"]
        if not isinstance(text, str) or not text:
            errs.append((rid, "text"))
        if len(text) > 1200:
            errs.append((rid, "too long", len(text)))
        if "[[" in text or "]]" in text:
            errs.append((rid, "leftover mark"))
        t2, ents = strip(m[3])
        if t2 != text:
            errs.append((rid, "text differs from source"))
        if len(ents) != len(r["entities"]):
            errs.append((rid, "entity count"))
        prev_end = -1
        for e, src in zip(r["entities"], ents):
            if set(e) != {"type", "start", "end"}:
                errs.append((rid, "entity keys"))
            if e["type"] not in TYPES:
                errs.append((rid, "type", e["type"]))
            if e["type"] == "IP_ADDRESS":
                errs.append((rid, "IP_ADDRESS is never labelled"))
            if not (0 <= e["start"] < e["end"] <= len(text)):
                errs.append((rid, "bounds", e))
            if text[e["start"]:e["end"]] != src["value"] or e["type"] != src["type"]:
                errs.append((rid, "span text != value", e, src["value"]))
            if e["start"] < prev_end:
                errs.append((rid, "overlap", e))
            prev_end = e["end"]
        types = {e["type"] for e in r["entities"]}
        if r["category"] == "hard_negative":
            if r["entities"] or r["expect"] != "allow":
                errs.append((rid, "hard negative with labels / not allow"))
        else:
            if not r["entities"]:
                errs.append((rid, "positive without labels"))
            want = "block" if types & BLOCK_TYPES else "redact"
            if r["expect"] != want:
                errs.append((rid, "expect mismatch", r["expect"], want))
        if "PERSON" in types and not r["origin"]:
            errs.append((rid, "PERSON without origin"))
        if "PERSON" not in types and r["origin"]:
            errs.append((rid, "origin without PERSON"))
    for e in errs:
        print("ERROR", e)
    print(f"{len(recs)} records checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
