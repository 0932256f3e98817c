"""Round 20 (speed): structure.py's windowed search of key/value pairs, its layout-line prefilter and labels.py's
remembered lookups give what the plain patterns and functions give."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gateway.detect import labels, structure
from gateway.detect.eval.corpus import load_corpus
from gateway.detect.normalize import normalize
from gateway.detect.structure import _PAIR, _pairs, _scalars, sep_windows

# _SCALAR as it was written before its key was made possessive
_SCALAR_BEFORE = re.compile(
    r"""(?P<kq>["']?)(?P<key>[A-Za-z_][\w.-]{0,40})(?P=kq)[ \t]*[:=][ \t]*"""
    r"""(?:(?P<vq>["'])(?P<qval>[^"'\n]{1,100})(?P=vq)|(?P<val>[^\s,;{}\[\]"']{1,100}))"""
)

DATA = Path(__file__).resolve().parents[2] / "data"

TRICKY = [
    "name: Ana Ruiz",
    "a->b: c",
    "x-->y ==> z",
    "id:=42 ; passport == X1234567",
    "*****name*****   :   Maria   Lopez",
    "____dob____=1990-01-02",
    '"ssn"   :   "123-45-6789", "phone": "555-0100"',
    "'ssn' => '123-45-6789'",
    "`token`: `abc`",
    "note:// not a value\nurl: http://example.com/a:b",
    "\tindented\tkey\t:\tvalue\r\nnext=1 other=2",
    "Patient Name (legal):   José Núñez,  DOB: 3/4/1980",
    "un\u2028sep: value\u2028more",
    "a " + "word " * 30 + ": after a long run of words",
    "k" * 60 + ": a key too long",
    "number: 123456789\ntype: DL\nstate: WA",
    '{"identifier": {"system": "urn:oid:2.16.840.1.113883.4.1", "value": "123-45-6789"}}',
    ":::: === ->-> :=:= ==",
    "= leading\n: leading\n-> leading",
    "\u00a0name\u00a0: value",
    "",
    ":",
    "x" * 3000 + " dob: 1990-01-01",
]


def _texts() -> list[str]:
    out = list(TRICKY)
    for path in sorted(DATA.glob("*.jsonl")):
        out += [r.text for r in load_corpus(path)]
    return out


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.groupdict() == b.groupdict()


@pytest.mark.parametrize(("windowed", "reference"), [(_pairs, _PAIR), (_scalars, _SCALAR_BEFORE)])
def test_windowed_search_is_the_patterns_own(windowed: Callable[..., Any], reference: re.Pattern[str]) -> None:
    checked = 0
    for raw in _texts():
        for text in {raw, normalize(raw).text}:
            search = windowed(text, sep_windows(text))
            got = list(search.finditer())
            want = list(reference.finditer(text))
            assert len(got) == len(want), text[:200]
            assert all(_same(a, b) for a, b in zip(got, want, strict=True)), text[:200]
            # keyed_fields searches again from inside a value (after its separator): any position will do
            starts = {0, len(text)} | {m.end("sep") for m in want if "sep" in reference.groupindex}
            starts |= set(range(0, len(text), 53)) if len(text) < 5000 else set()
            for pos in starts:
                assert _same(search.search(pos), reference.search(text, pos)), (text[:200], pos)
            checked += len(want)
    assert checked > 1000


def test_layout_lines_still_read() -> None:
    row = "WDL4T7QX2ZA" + "Maria Lopez".ljust(20) + "19800304"
    text = f"extract, cols: OLN 1-11, NAME 12-31, DOB 32-39\n{row}\n"
    found = [(f.entity_type, text[f.start : f.end]) for f in structure.layout_fields(text)]
    assert found == [
        ("US_DRIVER_LICENSE", "WDL4T7QX2ZA"),
        ("PERSON", "Maria Lopez"),
        ("DATE_OF_BIRTH", "19800304"),
    ]
    # spaced ranges ("1 - 11") count toward a layout line's three columns as they did
    spaced = text.replace("1-11", "1 - 11").replace("12-31", "12 -31")
    assert [f.entity_type for f in structure.layout_fields(spaced)] == [
        "US_DRIVER_LICENSE",
        "PERSON",
        "DATE_OF_BIRTH",
    ]
    # two ranges are not a layout
    assert list(structure.layout_fields("OLN 1-11, NAME 12-31\nWDL4T7QX2ZA Maria Lopez\n")) == []


@pytest.mark.parametrize(
    "key",
    ["passportNumber", "Geburtsdatum", "company_name", "DOB (form)", "Name (company)", "ssn9", "Pass-Nr.", "", "  "],
)
def test_remembered_lookups_are_the_lookups(key: str) -> None:
    for strict in (False, True):
        labels._cached_entity_for.cache_clear()
        cold = labels.entity_for(key, strict=strict)
        warm = labels.entity_for(key, strict=strict)
        assert cold == warm
        head, paren, _ = key.partition("(")
        if not (paren and head.strip()):
            assert cold == labels._entity_for(key, strict)
    assert labels.key_phrase(key) == " ".join(labels.words(key))


def _layout_fields_before(text: str) -> list[structure.Field]:
    """layout_fields as it was before round 20: every line read."""
    out: list[structure.Field] = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        start_of_next = pos + len(line) + 1
        layout = list(structure._LAYOUT_COLUMN.finditer(line))
        columns = []
        for m in layout:
            a, b = int(m.group("a")), int(m.group("b"))
            entity = labels.entity_for(m.group("label").split()[-1], strict=True)
            if 1 <= a <= b <= 400 and entity is not None:
                columns.append((entity, a - 1, b, m.group("label")))
        if len(columns) >= 2 and len(layout) >= 3:
            row_start = start_of_next
            for row in lines[i + 1 :]:
                if not row.strip():
                    break
                for entity, a, b, label in columns:
                    cell = row[a:b]
                    s, e = len(cell) - len(cell.lstrip()), len(cell.rstrip())
                    if e > s:
                        out.append(structure.Field(entity, row_start + a + s, row_start + a + e, label, "table"))
                row_start += len(row) + 1
        pos = start_of_next
    return out


LAYOUTS = [
    "cols: OLN 1-11, NAME 12-31, DOB 32-39",
    "layout OLN 1 - 11\tNAME 12 -31  DOB 32- 39 STATE 40-41",
    "OLN 1-11, NAME 12-31, DOB 32-39, ADDR 40-70, ZIP 71-75",
    "OLN 1-11, NAME 12-31",
    "OLN 1-1111, NAME 12-31, DOB 32-39",
    "OLN1-11, NAME 12-31, DOB 32-39",
]
ROWS = ["WDL4T7QX2ZA" + "Maria Lopez".ljust(20) + "19800304", "X" * 11 + " " * 20 + "1", "", "  "]


def test_layout_fields_as_before() -> None:
    texts = []
    for layout in LAYOUTS:
        for tail in ("", "\n", "\n" + ROWS[0], "\n" + "\n".join(ROWS), "\r\n" + ROWS[0] + "\r\n" + ROWS[1]):
            texts += [layout + tail, "intro\n" + layout + tail, ROWS[0] + "\n" + layout + tail + "\n" + layout]
    for raw in texts + [t for t in _texts() if "-" in t]:
        assert list(structure.layout_fields(raw)) == _layout_fields_before(raw), raw[:200]
    assert sum(bool(_layout_fields_before(t)) for t in texts) > 10


def test_no_key_of_a_scanned_text_is_remembered_after_its_scan(detector) -> None:
    from gateway.detect import labels

    detector.analyze(["Surname,Given,DOB\nQuillfeather,Orsolya,1984-02-11\n"])
    assert labels._cached_entity_for.cache_info().currsize == 0
    assert labels._cached_phrase.cache_info().currsize == 0
