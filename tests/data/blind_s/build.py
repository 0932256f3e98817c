"""Assemble blind set s from parts/s01_*.py ... s10_*.py (deterministic)."""
import glob, importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
sys.path.insert(0, os.path.join(HERE, "parts"))
import blindlib

OUT = os.path.join(os.path.dirname(HERE), "blind_s_2026-12-06.jsonl")  # tests/data


def load():
    records = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "s[0-9][0-9]_*.py"))):
        name = os.path.splitext(os.path.basename(p))[0]
        spec = importlib.util.spec_from_file_location(name, p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for r in mod.RECORDS:
            assert len(r) == 4, (name, r)
        records.extend(mod.RECORDS)
    return records


if __name__ == "__main__":
    out = blindlib.build(load(), "blind-s", OUT)
    c, t, e, x = blindlib.summary(out)
    print(f"wrote {len(out)} records to {OUT}")
    print("categories:", dict(c))
    print("expect:", dict(x))
