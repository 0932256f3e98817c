"""Assemble blind set t from parts/t01..t10 (deterministic: no randomness, fixed order)."""
import glob, importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
import blindlib

OUT = os.path.join(os.path.dirname(HERE), "blind_t_2026-12-06.jsonl")  # tests/data


def load_parts():
    records = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "t[0-9][0-9]_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        records.extend(mod.RECORDS)
    return records


if __name__ == "__main__":
    out = blindlib.build(load_parts(), "blind-t", OUT)
    c, t, e, x = blindlib.summary(out)
    print(f"wrote {len(out)} records to {OUT}")
    print("categories:", dict(c))
    print("expect:", dict(x))
