"""Build blind evaluation set "i" from the hand-written parts/p*.py."""
import glob, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data/blindlib.py
import blindlib

R = []
ns = {"R": R, "b64": blindlib.b64, "jwt": blindlib.jwt}
for p in sorted(glob.glob(os.path.join(HERE, "parts", "p*.py")),
                key=lambda x: int(re.search(r"p(\d+)\.py$", x).group(1))):
    with open(p, encoding="utf-8") as f:
        exec(compile(f.read(), p, "exec"), ns)

out = blindlib.build(R, "bi", os.path.join(os.path.dirname(HERE), "blind_i_2026-12-04.jsonl"))
c, t, e, x = blindlib.summary(out)
print("records:", len(out))
print("categories:", dict(c))
print("expect:", dict(x))
print("entity types:")
for k, v in sorted(e.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {k:24s} {v}")
print("origins:", dict(Counter(r["origin"] for r in out if r["origin"]).most_common()))
print("tags:", len(t), "distinct (category, tag)")
