#!/usr/bin/env python3
"""Generator for blind set h. Every text is a hand-written literal in parts/p*.py."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import build, summary
R = []
a = R.append
g = {"R": R, "a": a}
for part in ["p1", "p2", "p3", "p4", "p5", "p6"]:
    src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "parts", part + ".py"), encoding="utf-8").read()
    if part == "p1":
        src = src.replace("R = []\na = R.append\n", "")
    exec(compile(src, part, "exec"), g)
out = build(R, "bh", "blind_h_2026-12-03.jsonl")
for x in summary(out):
    print(x)
