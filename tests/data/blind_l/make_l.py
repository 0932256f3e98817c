import sys, importlib, glob, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path[:0] = [HERE, DATA, os.path.join(HERE, "parts")]
import blindlib
records, part_of = [], []
names = sorted(glob.glob(os.path.join(HERE, "parts", "p*.py")), key=lambda p: int(os.path.basename(p)[1:-3]))
for path in names:
    mod = importlib.import_module(os.path.basename(path)[:-3])
    records += mod.RECORDS
    part_of += [os.path.basename(path)[:-3]] * len(mod.RECORDS)
out = blindlib.build(records, "bl", os.path.join(DATA, "blind_l_2026-12-05.jsonl"))
c, t, e, x = blindlib.summary(out)
print("records", len(out)); print("category", dict(c)); print("expect", dict(x))
print("part", dict(Counter(part_of)))
print("types", dict(sorted(e.items())))
print("origin(records)", dict(Counter(r["origin"] for r in out if r["origin"])))
print("PERSON spans", e["PERSON"])
