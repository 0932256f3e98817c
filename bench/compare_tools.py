"""Measure, not integrate: ``detect-secrets`` against our credential detection and ``usaddress`` against our
street-address detection, on the labelled records of the dated blind sets.

Neither library is a dependency of the gateway. The script needs the gateway's packages and the two tools, so
the usual call is the gateway venv with a throw-away venv's site-packages appended:

    .venv/bin/python bench/compare_tools.py --extra-site /tmp/tools-venv/lib/python3.11/site-packages

Prints aggregates only (counts and rates per set), never a record: the holdout set must stay unread.

What is counted (docs/EVALUATION.md):
- credentials: the labelled values of the secret types (``SECRET_TYPES``; PASSWORD on its own row too). A value
  is found when a finding of the tool overlaps it (any overlap: a credential refuses the whole request, so
  finding it is enough). Records: share of ``expect: block`` records with a labelled credential in which the tool
  finds anything. False positives: share of ``expect: allow`` records (hard negatives) in which it finds anything.
- addresses: the labelled STREET_ADDRESS values. Found when the tool's address spans cover at least 90 % of the
  value's characters (as gateway/detect/eval/scoring.py counts). False positives: share of ``expect: allow``
  records with any address span; and address spans on any record that overlap no labelled address.
- ours: the shipped rules' detector (gateway/detect/eval/boundary.py ``load_policy``), findings at score >= 0.5.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = ("blind_tune_2026-12-03.jsonl", "blind_holdout_2026-12-03.jsonl")
SECRET_TYPES = frozenset(
    {"PASSWORD", "CLOUD_ACCESS_KEY", "CLOUD_SECRET_KEY", "PRIVATE_KEY", "JWT", "GITHUB_TOKEN", "GITLAB_TOKEN",
     "SLACK_TOKEN", "CONNECTION_STRING", "SECRET", "API_KEY", "CREDENTIAL"}
)  # fmt: skip
THRESHOLD = 0.5
COVERAGE = 0.9
# detect-secrets plugins: the brief's keyword + entropy set (limits are the library's defaults), then all of them.
KEYWORD_ENTROPY = [
    {"name": "KeywordDetector"},
    {"name": "Base64HighEntropyString", "limit": 4.5},
    {"name": "HexHighEntropyString", "limit": 3.0},
]
# usaddress labels that make a run of tokens an address, and the ones that must be in it.
ADDRESS_LABELS = frozenset(
    {"AddressNumber", "AddressNumberPrefix", "AddressNumberSuffix", "StreetNamePreDirectional",
     "StreetNamePreModifier", "StreetNamePreType", "StreetName", "StreetNamePostType", "StreetNamePostDirectional",
     "StreetNamePostModifier", "OccupancyType", "OccupancyIdentifier", "SubaddressType", "SubaddressIdentifier",
     "PlaceName", "StateName", "ZipCode", "USPSBoxType", "USPSBoxID", "USPSBoxGroupType", "USPSBoxGroupID",
     "BuildingName", "CornerOf", "IntersectionSeparator", "LandmarkName"}
)  # fmt: skip

Spans = list[tuple[int, int]]


@dataclass
class Tally:
    values: int = 0
    found: int = 0
    records: int = 0
    records_found: int = 0
    negatives: int = 0
    negatives_flagged: int = 0
    spans: int = 0
    stray_spans: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)

    def row(self, name: str) -> str:
        def r(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        values, records = r(self.found, self.values), r(self.records_found, self.records)
        negatives = r(self.negatives_flagged, self.negatives)
        return (
            f"  {name:<34} value recall {values:<18} records {records:<16}"
            f" negatives flagged {negatives:<16} stray spans {self.stray_spans}/{self.spans}"
        )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _covered(value: tuple[int, int], spans: Spans) -> bool:
    chars: set[int] = set()
    for s in spans:
        chars.update(range(max(s[0], value[0]), min(s[1], value[1])))
    return len(chars) >= COVERAGE * (value[1] - value[0])


def score(records: list[dict], types: frozenset[str], find: Callable[[str], Spans], *, cover: bool) -> Tally:
    t = Tally()
    for r in records:
        spans = find(r["text"])
        gold = [(e["start"], e["end"], e["type"]) for e in r["entities"] if e["type"] in types]
        for start, end, kind in gold:
            hit = _covered((start, end), spans) if cover else any(_overlap((start, end), s) for s in spans)
            t.values += 1
            t.found += hit
            per = t.by_type.setdefault(kind, [0, 0])
            per[0] += hit
            per[1] += 1
        if gold:
            t.records += 1
            t.records_found += bool(spans)
        if r.get("expect") == "allow":
            t.negatives += 1
            t.negatives_flagged += bool(spans)
        t.spans += len(spans)
        t.stray_spans += sum(not any(_overlap(s, (g[0], g[1])) for g in gold) for s in spans)
    return t


def ours(types: frozenset[str]) -> Callable[[str], Spans]:
    from gateway.detect.eval.boundary import load_policy

    detector, _ = load_policy(ROOT / "rules")

    def find(text: str) -> Spans:
        return [
            (f.start, f.end) for f in detector.analyze([text])[0] if f.entity_type in types and f.score >= THRESHOLD
        ]

    return find


def detect_secrets(plugins: list[dict] | None, suffix: str = ".txt") -> Callable[[str], Spans]:
    """detect-secrets as a file scanner would run it on the prompt saved as a .txt file (its filters apply)."""
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings, transient_settings

    folder = Path(tempfile.mkdtemp(prefix="ds-"))

    def find(text: str) -> Spans:
        path = folder / f"prompt{suffix}"
        path.write_text(text, encoding="utf-8")
        collection = SecretsCollection()
        context = transient_settings({"plugins_used": plugins}) if plugins else default_settings()
        with context:
            collection.scan_file(str(path))
        lines = text.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        out: Spans = []
        for secret in (s for _, s in collection):
            n = secret.line_number - 1
            value = secret.secret_value or ""
            at = lines[n].find(value) if 0 <= n < len(lines) and value else -1
            if at >= 0:
                out.append((starts[n] + at, starts[n] + at + len(value)))
            elif 0 <= n < len(lines):
                out.append((starts[n], starts[n] + len(lines[n])))  # value not verbatim in the line: the line
        return out

    return find


def union(*finders: Callable[[str], Spans]) -> Callable[[str], Spans]:
    return lambda text: [s for f in finders for s in f(text)]


def usaddress_spans(*, strict: bool = False) -> Callable[[str], Spans]:
    """usaddress parses an address string; on free text each line is parsed and every run of address-labelled
    tokens that has a house number (or PO box) and a street name (or box type) counts as one address."""
    import usaddress

    def find(text: str) -> Spans:
        out: Spans = []
        offset = 0
        for line in text.split("\n"):
            try:
                tokens = usaddress.parse(line) if line.strip() else []
            except Exception:
                tokens = []
            cursor, run = 0, []
            for token, label in [*tokens, ("", "")]:
                at = line.find(token, cursor) if token else -1
                if token and at >= 0:
                    cursor = at + len(token)
                if label in ADDRESS_LABELS and at >= 0:
                    run.append((at, at + len(token), label))
                    continue
                labels = {x[2] for x in run}
                has_number = labels & {"AddressNumber", "USPSBoxID", "USPSBoxGroupID"}
                has_street = labels & {"StreetName", "USPSBoxType", "USPSBoxGroupType"}
                # strict: the run must also end like an address (a street type, a ZIP code or a PO box)
                closed = labels & {"StreetNamePostType", "ZipCode", "USPSBoxID", "OccupancyIdentifier"}
                if run and has_number and has_street and (closed or not strict):
                    out.append((offset + run[0][0], offset + run[-1][1]))
                run = []
            offset += len(line) + 1
        return out

    return find


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra-site", action="append", default=[], help="site-packages to append to sys.path")
    parser.add_argument("--suffix", default=".txt", help="file name suffix detect-secrets sees (default .txt)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    sys.path.extend(args.extra_site)
    data = ROOT / "tests" / "data"
    secrets_tools = {
        "ours (shipped rules)": ours(SECRET_TYPES),
        "detect-secrets keyword+entropy": detect_secrets(KEYWORD_ENTROPY, args.suffix),
        "detect-secrets all plugins": detect_secrets(None, args.suffix),
        "ours + detect-secrets all": union(ours(SECRET_TYPES), detect_secrets(None, args.suffix)),
    }
    our_addresses = ours(frozenset({"STREET_ADDRESS"}))
    address_tools = {
        "ours (shipped rules)": our_addresses,
        "usaddress": usaddress_spans(),
        "usaddress strict": usaddress_spans(strict=True),
        "ours + usaddress strict": union(our_addresses, usaddress_spans(strict=True)),
    }
    for name in SETS:
        records = load(data / name)
        labelled = sorted(SECRET_TYPES & {e["type"] for r in records for e in r["entities"]})
        print(f"{name}: credentials ({', '.join(labelled)})")
        for tool, find in secrets_tools.items():
            t = score(records, SECRET_TYPES, find, cover=False)
            print(t.row(tool))
            pw = t.by_type.get("PASSWORD", [0, 0])
            print(f"  {'':<34} of which PASSWORD {pw[0]}/{pw[1]}")
        print(f"{name}: street addresses")
        for tool, find in address_tools.items():
            print(score(records, frozenset({"STREET_ADDRESS"}), find, cover=True).row(tool))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
