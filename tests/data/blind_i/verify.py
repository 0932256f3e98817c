"""Independent re-check of blind_i_2026-12-04.jsonl.

Checks: schema and field types; ids unique and sequential; offsets inside the text;
spans stripped (except PRIVATE_KEY), non-overlapping and of allowed types; hard
negatives carry no entities; expect derived consistently (allow / block iff a block
type / redact); origin null iff no PERSON; texts unique; no leftover [[ marks; value
validity via blindlib.check_values; the file is reproduced byte for byte by make_i.py.
"""
import json, os, re, subprocess, sys, hashlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data/blindlib.py
import blindlib

PATH = os.path.join(os.path.dirname(HERE), "blind_i_2026-12-04.jsonl")
KEYS = ["id", "category", "tag", "origin", "expect", "text", "entities"]
ORIGINS = {"anglo", "hispanic", "african_american", "chinese", "vietnamese", "korean", "filipino",
           "indian", "arabic", "somali", "nigerian", "haitian", "slavic", "pacific_islander",
           "japanese", "iranian", "ethiopian", "brazilian"}

errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

raw = open(PATH, "rb").read()
digest_before = hashlib.sha256(raw).hexdigest()
recs = [json.loads(l) for l in raw.decode("utf-8").splitlines()]
texts = set()
for n, r in enumerate(recs, 1):
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        err(rid, "keys", list(r.keys()))
        continue
    if rid != f"bi-{n:04d}":
        err(rid, "id not sequential")
    if r["category"] not in ("positive", "evasion", "hard_negative"):
        err(rid, "category")
    if not isinstance(r["tag"], str) or not r["tag"]:
        err(rid, "tag")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err(rid, "empty text")
    if "[[" in t or "]]" in t:
        err(rid, "leftover mark")
    if t in texts:
        err(rid, "duplicate text")
    texts.add(t)
    ents = r["entities"]
    prev_end = -1
    for e in sorted(ents, key=lambda e: (e["start"], e["end"])):
        if set(e) != {"type", "start", "end"}:
            err(rid, "entity keys", e)
        if e["type"] not in blindlib.TYPES:
            err(rid, "type", e["type"])
        if not (isinstance(e["start"], int) and isinstance(e["end"], int) and 0 <= e["start"] < e["end"] <= len(t)):
            err(rid, "offsets", e)
            continue
        if e["start"] < prev_end:
            err(rid, "overlap", e)
        prev_end = e["end"]
        v = t[e["start"]:e["end"]]
        if v != v.strip() and e["type"] != "PRIVATE_KEY":
            err(rid, "unstripped span", e)
        try:
            blindlib.check_values({"type": e["type"], "value": v}, rid, r["category"])
        except AssertionError as ex:
            err(rid, "invalid value", e["type"], ex)
        # deliberate specimen: the only 9xx-area SSN outside evasion records
        if e["type"] == "US_SSN" and r["category"] == "positive":
            d = blindlib.digits(v)
            if len(d) == 9 and d[0] == "9" and r["tag"] != "deliberate_invalid_ssn_specimen":
                err(rid, "9xx SSN outside the deliberate specimen")
    types = {e["type"] for e in ents}
    if r["category"] == "hard_negative":
        if ents:
            err(rid, "hard negative with entities")
        if r["expect"] != "allow":
            err(rid, "expect of hard negative")
    else:
        if not ents:
            err(rid, "positive/evasion without entities")
        want = "block" if types & blindlib.BLOCK_TYPES else "redact"
        if r["expect"] != want:
            err(rid, "expect", r["expect"], "want", want)
    if ("PERSON" in types) != (r["origin"] is not None):
        err(rid, "origin null iff no PERSON violated", r["origin"])
    if r["origin"] is not None and r["origin"] not in ORIGINS:
        err(rid, "unknown origin", r["origin"])

# reproducibility: rebuild and compare bytes
subprocess.run([sys.executable, os.path.join(HERE, "make_i.py")], check=True, stdout=subprocess.DEVNULL)
digest_after = hashlib.sha256(open(PATH, "rb").read()).hexdigest()
if digest_before != digest_after:
    err("make_i.py does not reproduce the file byte for byte")

cats = Counter(r["category"] for r in recs)
types = Counter(e["type"] for r in recs for e in r["entities"])
origins = Counter(r["origin"] for r in recs if r["origin"])
few = [t for t in blindlib.TYPES if types[t] < 2]
if few:
    err("types with fewer than 2 spans:", few)
if len(origins) < 14:
    err("fewer than 14 origins")
print(f"{len(recs)} records, {sum(types.values())} spans; categories {dict(cats)}; "
      f"{len(origins)} origins; sha256 {digest_after[:16]}")
if errors:
    print(f"FAIL: {len(errors)} problems")
    for e in errors[:50]:
        print("  ", e)
    sys.exit(1)
print("OK")
