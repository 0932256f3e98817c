"""Assemble blind set r from parts/r01_*.py ... r10_*.py (deterministic)."""
import glob, importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
import blindlib

def load():
    records = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "r[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        records.extend(mod.RECORDS)
    return records

if __name__ == "__main__":
    recs = load()
    out = blindlib.build(recs, "blind-r", os.path.join(os.path.dirname(HERE), "blind_r_2026-12-06.jsonl"))
    c, t, e, x = blindlib.summary(out)
    print("records", len(out), dict(c), dict(x))
