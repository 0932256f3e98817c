#!/usr/bin/env python3
"""Build blind_j_2026-12-04.jsonl from parts/p*.py with blindlib (deterministic)."""
import importlib.util, os, re, sys
sys.dont_write_bytecode = True  # write nothing outside blind_j
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA)
import blindlib  # noqa: E402

OUT = os.path.join(DATA, "blind_j_2026-12-04.jsonl")


def load_parts():
    pdir = os.path.join(HERE, "parts")
    names = sorted((f for f in os.listdir(pdir) if re.fullmatch(r"p\d+\.py", f)),
                   key=lambda f: int(f[1:-3]))
    recs = []
    for f in names:
        spec = importlib.util.spec_from_file_location(f[:-3], os.path.join(pdir, f))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return names, recs


def main():
    names, recs = load_parts()
    out = blindlib.build(recs, "bj", OUT)
    c, t, e, x = blindlib.summary(out)
    print(f"parts: {', '.join(names)}; records: {len(out)} -> {OUT}")
    print("category:", dict(sorted(c.items())))
    print("expect:", dict(sorted(x.items())))
    print("spans:", dict(sorted(e.items())))


if __name__ == "__main__":
    main()
