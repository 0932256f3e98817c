"""Assemble blind set z from parts/z*.py (deterministic: fixed file order, no randomness)."""
import glob, importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
import blindlib

OUT = os.path.join(os.path.dirname(HERE), "blind_z_2026-12-06.jsonl")  # tests/data


def load():
    records = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "z[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        records.extend(mod.RECORDS)
    return records


if __name__ == "__main__":
    out = blindlib.build(load(), "blind-z", OUT)
    c, t, e, x = blindlib.summary(out)
    print(f"wrote {len(out)} records to {OUT}")
    print("categories:", dict(c))
    print("expect:", dict(x))
