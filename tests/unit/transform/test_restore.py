"""Restoring placeholders in whole and streamed text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from gateway.transform.restore import Restorer, json_string_escape, restore_text, restore_values

MAPPING = {"<PERSON_1>": "Maria Garcia", "<PERSON_2>": "John Smith", "<US_SSN_1>": "123-45-6789"}


def test_whole_text() -> None:
    """Every placeholder in a text is replaced by its value; other text stays as is."""
    out = restore_text("Dear <PERSON_1>, re <US_SSN_1> and <PERSON_2>; <OTHER_1> <b>", MAPPING)
    assert out == "Dear Maria Garcia, re 123-45-6789 and John Smith; <OTHER_1> <b>"


def test_holds_back_only_a_possible_placeholder_start() -> None:
    """Text that cannot start a placeholder passes at once; a partial one waits for the rest."""
    r = Restorer(MAPPING)
    assert r.feed("Hello <PERS") == "Hello "
    assert r.feed("ON_1> and <b>") == "Maria Garcia and <b>"
    assert r.feed("x < y") == "x < y"
    assert r.flush() == ""


def test_flush_releases_an_unfinished_prefix() -> None:
    """At the end of a stream a held prefix that never completed is given back unchanged."""
    r = Restorer(MAPPING)
    assert r.feed("end <US_SS") == "end "
    assert r.flush() == "<US_SS"


@given(st.lists(st.integers(min_value=0, max_value=80), max_size=6))
def test_any_split_restores_the_same(cuts: list[int]) -> None:
    """However a text is cut into pieces, the restored concatenation is the same as restoring it whole."""
    text = "A <PERSON_1> met <PERSON_2> (<US_SSN_1>) <PERSON_1>> <<PERSON_2>"
    points = sorted({min(c, len(text)) for c in cuts})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    r = Restorer(MAPPING)
    streamed = "".join(r.feed(p) for p in pieces) + r.flush()
    assert streamed == restore_text(text, MAPPING)
    assert "Maria Garcia" in streamed and "<PERSON" not in streamed


def test_json_escaped_values_keep_partial_json_valid() -> None:
    """Values restored into JSON text are escaped, so the arguments still parse."""
    mapping = {"<PERSON_1>": 'Ann "Nan" O\\Neil'}
    args = '{"name": "<PERSON_1>"}'
    out = restore_text(args, mapping, json_string_escape)
    assert json.loads(out) == {"name": 'Ann "Nan" O\\Neil'}


def test_restore_values_in_objects_leaves_keys() -> None:
    """Nested string values are restored; dictionary keys are not touched."""
    obj = {"<PERSON_1>": ["<PERSON_2>", {"ssn": "<US_SSN_1>"}], "n": 3}
    assert restore_values(obj, MAPPING) == {"<PERSON_1>": ["John Smith", {"ssn": "123-45-6789"}], "n": 3}
