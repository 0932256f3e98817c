"""Build blind_k_2026-12-04.jsonl from parts/p*.py (deterministic; ids bk-NNNN)."""
import os, sys, importlib.util, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from blindlib import build, summary
OUT = os.path.join(os.path.dirname(HERE), "blind_k_2026-12-04.jsonl")
records = []
for p in sorted(glob.glob(os.path.join(HERE, "parts", "p*.py")), key=lambda x: int(os.path.basename(x)[1:-3])):
    spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    records.extend(m.R)
out = build(records, "bk", OUT)
c, t, e, x = summary(out)
print(len(out), "records ->", OUT)
print("category:", dict(c)); print("expect:", dict(x)); print("types:", dict(sorted(e.items())))
