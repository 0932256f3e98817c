"""Assemble blind set at from parts/at*.py: tests/data/blindlib.py's build_set (the writer's own copy was that code
with this set's letter filled in)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
import blindlib  # noqa: E402

if __name__ == "__main__":
    blindlib.build_set(HERE, "at", "2026-12-07")
