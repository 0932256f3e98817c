"""Assemble blind set q from parts/q01..q10 (deterministic: fixed order, no randomness)."""
import sys, os, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)  # tests/data: the built set
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
sys.path.insert(0, os.path.join(HERE, "parts"))
import blindlib

records = []
for path in sorted(glob.glob(os.path.join(HERE, "parts", "q[0-9][0-9]_*.py"))):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    records.extend(mod.RECORDS)

out = blindlib.build(records, "blind-q", os.path.join(DATA, "blind_q_2026-12-06.jsonl"))
c, t, e, x = blindlib.summary(out)
print(f"built {len(out)} records: {dict(c)}; expect {dict(x)}")
