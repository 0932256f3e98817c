#!/usr/bin/env python3
"""Print the counts of blind_j_2026-12-04.jsonl as markdown (pasted into README.md)."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(os.path.dirname(HERE), "blind_j_2026-12-04.jsonl"), encoding="utf-8")]
n = len(recs)
print(f"Records: {n}\n")
print("| category | allow | redact | block | total |\n|---|---|---|---|---|")
cx = collections.Counter((r["category"], r["expect"]) for r in recs)
for c in ("positive", "evasion", "hard_negative"):
    row = [cx[(c, e)] for e in ("allow", "redact", "block")]
    print(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
ex = collections.Counter(r["expect"] for r in recs)
print(f"| **total** | {ex['allow']} ({ex['allow']/n:.1%}) | {ex['redact']} ({ex['redact']/n:.1%}) | {ex['block']} ({ex['block']/n:.1%}) | {n} |\n")
sp = collections.Counter(e["type"] for r in recs for e in r["entities"])
rc = collections.Counter(t for r in recs for t in {e["type"] for e in r["entities"]})
print("| type | spans | records |\n|---|---|---|")
for t in sorted(sp):
    print(f"| {t} | {sp[t]} | {rc[t]} |")
print(f"| **all** | {sum(sp.values())} | |\n")
oc = collections.Counter(o for r in recs if r["origin"] for o in r["origin"].split("+"))
print("Records by name origin (a record with names of several origins counts once for each):\n")
print("| origin | records |\n|---|---|")
for o, k in sorted(oc.items(), key=lambda x: (-x[1], x[0])):
    print(f"| {o} | {k} |")
print(f"\n{len(oc)} origins; {sum(1 for r in recs if r['origin'])} records with a PERSON; "
      f"{sum(1 for r in recs if r['origin'] and '+' in r['origin'])} of them mix origins.")
