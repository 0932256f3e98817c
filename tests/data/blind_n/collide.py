"""Report which of OUR labelled values also occur among the labelled values of tests/data/*.jsonl (the other sets).

Reads from those files ONLY text[start:end] of each labelled span (never prints or otherwise uses their
texts). Compares exactly, case-folded, and (for numeric identifier types) digits-only.
Markings are counted separately: shared standard marking strings are allowed.
"""
import json, glob, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
MARKINGS = {"CLASSIFICATION_MARKING", "CUI_MARKING"}
NUMERIC = {"US_SSN", "US_ITIN", "CREDIT_CARD", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "PHONE_NUMBER",
           "A_NUMBER", "USCIS_RECEIPT_NUMBER", "US_PASSPORT", "US_DRIVER_LICENSE", "I94_NUMBER",
           "SEVIS_ID", "KNOWN_TRAVELER_NUMBER", "DOD_EDIPI"}

def norm(t, v):
    v = unicodedata.normalize("NFKC", v).casefold().strip()
    if t in NUMERIC:
        d = re.sub(r"[^0-9a-z]", "", v)
        return d
    return re.sub(r"\s+", " ", v)

theirs_exact, theirs_norm, theirs_tokens = set(), set(), set()
nfiles = nvals = 0
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for path in sorted(p for p in glob.glob(os.path.join(DATA, "*.jsonl")) if not p.endswith("blind_n_2026-12-05.jsonl")):
    nfiles += 1
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            text = rec.get("text", "")
            for e in rec.get("entities", []):
                v = text[e["start"]:e["end"]]
                nvals += 1
                theirs_exact.add(v)
                theirs_norm.add(norm(e["type"], v))
                if e["type"] == "PERSON":
                    for tok in norm("PERSON", v).replace(",", " ").split():
                        if len(tok) > 2:
                            theirs_tokens.add(tok)
            del text, rec

own = json.load(open(os.path.join(HERE, ".own_values.json"), encoding="utf-8"))
coll, mark_shared, full_name_token_overlap = [], [], []
for r in own:
    for e in r["entities"]:
        v, t = e["value"], e["type"]
        hit = v in theirs_exact or norm(t, v) in theirs_norm
        if hit:
            (mark_shared if t in MARKINGS else coll).append((r["id"], t, v))
print(f"read {nvals} labelled values from {nfiles} files")
print(f"personal/identifier/secret collisions: {len(coll)}")
for c in coll:
    print("  ", *c)
print(f"shared marking strings (allowed): {len(mark_shared)}")
for c in mark_shared:
    print("  ", *c)
sys.exit(1 if coll else 0)
