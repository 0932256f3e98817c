"""Build blind_o_2026-12-05.jsonl from parts/pNN_*.py."""
import importlib, os, sys, glob, json, statistics
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)  # tests/data: blindlib.py and the built set
sys.path.insert(0, DATA)
from blindlib import build, summary

OUT = os.path.join(DATA, "blind_o_2026-12-05.jsonl")


def load():
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, "parts", "p[0-9][0-9]_*.py"))):
        mod = importlib.import_module("parts." + os.path.basename(f)[:-3])
        recs.extend(mod.R)
    return recs


def main():
    out = build(load(), "blind-o", OUT)
    c, t, e, x = summary(out)
    n = len(out)
    print("records", n)
    for k, v in sorted(c.items()):
        print(f"  {k}: {v} ({100*v/n:.1f}%)")
    print("expect", dict(x))
    print("spans", sum(e.values()))
    for k, v in e.most_common():
        print(f"  {k}: {v}")
    org = Counter()
    for r in out:
        for en in r["entities"]:
            if en["type"] == "PERSON":
                org[r["origin"]] += 1
    print("PERSON by origin (", len([o for o in org if o != 'mixed']), "origins )")
    for k, v in org.most_common():
        print(f"  {k}: {v}")
    L = [len(r["text"]) for r in out]
    print("length min/median/max", min(L), statistics.median(L), max(L))


if __name__ == "__main__":
    main()
