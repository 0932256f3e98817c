"""Assemble blind set as from parts/as*.py: tests/data/blindlib.py's build_set (the writer's own copy was that code
with this set's letter filled in)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindlib.py
import blindlib  # noqa: E402

if __name__ == "__main__":
    blindlib.build_set(HERE, "as", "2026-12-07")
