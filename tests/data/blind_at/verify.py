"""Checks blind set at: the project's tests/data/blindverify.py on this set's file."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data: blindverify.py, blindlib.py
import blindverify  # noqa: E402

if __name__ == "__main__":
    sys.exit(blindverify.main(os.path.join(os.path.dirname(HERE), "blind_at_2026-12-07.jsonl")))
