"""Assemble set p from the voice generators in parts/ via blindlib.build()."""
import sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)  # tests/data: blindlib.py and the built set
sys.path.insert(0, DATA)
sys.path.insert(0, os.path.join(HERE, "parts"))
import blindlib

PARTS = ["p01_cisa", "p02_field", "p03_oig_fema", "p04_code", "p05_chat_mail", "p06_personal_hr",
         "p07_multilingual", "p08_markings", "p09_evasions", "p10_hardneg"]


def main():
    records = []
    for name in PARTS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            print("missing part", name); continue
        records.extend(mod.RECORDS)
    out = blindlib.build(records, "blind-p", os.path.join(DATA, "blind_p_2026-12-05.jsonl"))
    c, t, e, x = blindlib.summary(out)
    print(len(out), "records", dict(c), dict(x))
    print(dict(e))


if __name__ == "__main__":
    main()
