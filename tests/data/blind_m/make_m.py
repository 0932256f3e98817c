"""Concatenate the hand-written parts and build the blind set."""
import importlib, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA)
sys.path.insert(0, os.path.join(HERE, "parts"))
import blindlib

NPARTS = 10
records, part_of = [], []
for i in range(1, NPARTS + 1):
    m = importlib.import_module(f"p{i}")
    records += m.RECORDS
    part_of += [f"p{i}"] * len(m.RECORDS)

out = blindlib.build(records, "bm", os.path.join(DATA, "blind_m_2026-12-05.jsonl"))
with open(os.path.join(HERE, "parts_index.txt"), "w") as f:
    for r, p in zip(out, part_of):
        f.write(f"{r['id']}\t{p}\n")
c, t, e, x = blindlib.summary(out)
print("records", len(out))
print("category", dict(c))
print("expect", dict(x))
print("types", dict(sorted(e.items())))
