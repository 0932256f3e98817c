"""``python -m gateway.detect.eval.generated``: records made by Presidio's own data generator, scored at the boundary.

``presidio-evaluator`` (PyPI, Microsoft's evaluation kit for Presidio) ships ``PresidioSentenceFaker``: about 200
sentence templates of customer-service and form text filled by Faker and its own providers, each value returned
with its span and type. Nobody on this team wrote the templates, so the figures are a second independent check
beside ``pii-leak-benchmark``. Records are made offline from a fixed seed (the same seed, the same records).

Only the types our policy treats as personal data are kept as labels (``KEPT``); countries, cities, companies,
job titles, nationalities, ages and bare dates are dropped. A record with a kept label must be redacted
(``expect: redact``), one without must pass untouched (``expect: allow``); the id carries the template
number. An address label spans the whole address; it counts as kept back when any part of it was redacted.

``presidio-evaluator`` brings pandas, scikit-learn, transformers and its own spaCy, so it lives in a venv of its
own (``make eval`` makes ``.venv-evalgen``), never beside the gateway: ``--generator-python`` names that venv's
interpreter, which writes the records (``--write``) for this one to score. It installs beside the pinned
presidio-analyzer and presidio-anonymizer 2.2.366 without changing them (docs/EVALUATION.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

N = 300
SEED = 42
LOWER_CASE_RATIO = 0.05  # share of names the generator writes in lower case (its own default use)
# The generator's type names that are personal data under our policy, as our detector names them.
KEPT = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_DRIVER_LICENSE": "US_DRIVER_LICENSE",
}


def to_record(index: int, text: str, template_id: int, spans: list[tuple[str, int, int]]) -> dict[str, Any]:
    """One corpus line (tests/data/LABELLING.md) from one generated sentence."""
    entities = sorted(
        ({"type": KEPT[t], "start": s, "end": e} for t, s, e in spans if t in KEPT and 0 <= s < e <= len(text)),
        key=lambda x: (x["start"], x["end"]),
    )
    return {
        "id": f"pe-{index:04d}-t{template_id:03d}",
        "category": "positive" if entities else "negative",
        "expect": "redact" if entities else "allow",
        "text": text,
        "entities": entities,
    }


def generate(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` records from presidio-evaluator's generator (needs the package in this interpreter)."""
    import contextlib
    import io
    import random

    from presidio_evaluator.data_generator import PresidioSentenceFaker

    random.seed(seed)  # the generator picks templates with the random module
    with contextlib.redirect_stdout(io.StringIO()):  # it prints what defaults it uses
        faker = PresidioSentenceFaker("en_US", lower_case_ratio=LOWER_CASE_RATIO, random_seed=seed)
        samples = faker.generate_new_fake_sentences(n)
    return [
        to_record(
            i,
            s.full_text,
            int(getattr(s, "template_id", -1) or 0),
            [(sp.entity_type, sp.start_position, sp.end_position) for sp in s.spans],
        )
        for i, s in enumerate(samples)
    ]


def write(records: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _generate_elsewhere(python: str, n: int, seed: int, path: Path) -> None:
    root = Path(__file__).resolve().parents[3]
    subprocess.run(
        [python, "-m", "gateway.detect.eval.generated", "-n", str(n), "--seed", str(seed), "--write", str(path)],
        cwd=root, check=True, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gateway.detect.eval.generated", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("-n", type=int, default=N, help=f"records to generate (default {N})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"generator seed (default {SEED})")
    parser.add_argument("--write", type=Path, default=None, help="only write the records to this JSONL file")
    parser.add_argument("--generator-python", default=None, help="interpreter that has presidio-evaluator")
    parser.add_argument("--no-vanilla", action="store_true", help="skip vanilla Presidio")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.write is not None:
        write(generate(args.n, args.seed), args.write)
        return 0
    with tempfile.TemporaryDirectory(prefix="presidio-generated-") as tmp:
        path = Path(tmp) / f"presidio_generated_seed{args.seed}_n{args.n}.jsonl"
        if args.generator_python:
            _generate_elsewhere(args.generator_python, args.n, args.seed, path)
        else:
            try:
                write(generate(args.n, args.seed), path)
            except ImportError:
                print("presidio-evaluator is not installed here; pass --generator-python (make eval)", file=sys.stderr)
                return 2
        from gateway.detect.eval.report import run_eval

        report = run_eval(path, vanilla=not args.no_vanilla, timing=False, boundary=True)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
