"""Check every span of set p and print summary counts."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)  # tests/data: blindlib.py and the built set
sys.path.insert(0, DATA)
from blindlib import TYPES, BLOCK_TYPES

NEVER = {"LOCATION", "DATE_TIME", "ORGANIZATION", "NRP", "URL", "IP_ADDRESS"}  # LABELLING.md: never labelled
ALLOWED = TYPES - NEVER
PATH = os.path.join(DATA, "blind_p_2026-12-05.jsonl")


def main():
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    errors = []
    ids = set()
    for r in recs:
        rid, t, ents = r["id"], r["text"], r["entities"]
        if rid in ids:
            errors.append((rid, "duplicate id"))
        ids.add(rid)
        for k in ("id", "category", "tag", "origin", "expect", "text", "entities"):
            if k not in r:
                errors.append((rid, "missing field " + k))
        prev_end = -1
        for e in sorted(ents, key=lambda e: e["start"]):
            if not (0 <= e["start"] < e["end"] <= len(t)):
                errors.append((rid, "offset out of range", e))
            if e["type"] not in ALLOWED:
                errors.append((rid, "type not allowed", e["type"]))
            if e["start"] < prev_end:
                errors.append((rid, "overlap", e))
            v = t[e["start"]:e["end"]]
            if v != v.strip() and e["type"] != "PRIVATE_KEY":
                errors.append((rid, "span has outer whitespace", repr(v)))
            prev_end = max(prev_end, e["end"])
        types = {e["type"] for e in ents}
        if r["category"] == "hard_negative":
            want = "allow"
            if ents:
                errors.append((rid, "hard negative with labels"))
        elif not ents:
            errors.append((rid, "positive/evasion without labels")); want = None
        else:
            want = "block" if types & BLOCK_TYPES else "redact"
        if r["expect"] != want:
            errors.append((rid, "expect mismatch", r["expect"], want))
        if "PERSON" in types and not r["origin"]:
            errors.append((rid, "origin missing"))
    for e in errors:
        print("ERROR", *e)
    cat = Counter(r["category"] for r in recs)
    exp = Counter((r["category"], r["expect"]) for r in recs)
    spans = Counter(e["type"] for r in recs for e in r["entities"])
    names = Counter(r["origin"] for r in recs for e in r["entities"] if e["type"] == "PERSON")
    tags = Counter(r["tag"] for r in recs)
    print(f"records: {len(recs)}")
    print("by category:", dict(cat))
    print("by expect:", dict(Counter(r['expect'] for r in recs)))
    print("by category x expect:", {f"{a}/{b}": n for (a, b), n in sorted(exp.items())})
    print("spans by type:", dict(spans.most_common()))
    print("total spans:", sum(spans.values()))
    print(f"PERSON spans by origin ({len(names)} origins):", dict(names.most_common()))
    print(f"distinct tags: {len(tags)}")
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
