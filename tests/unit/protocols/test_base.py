"""The shared default-deny walk: keys and scalars become segments, JSON in strings is parsed strictly and forwarded
as scanned, vendor blobs are checked, and replacements land on keys, values and key-value entries."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

import pytest

from gateway.protocols.base import BadRequest, SegmentCollector, opaque, write_back


def collect(body: dict[str, Any]) -> SegmentCollector:
    c = SegmentCollector(body)
    c.rest()
    return c


def test_keys_numbers_and_booleans_are_segments_with_their_keys() -> None:
    """A client's key and its scalar value are read together; a key over an object or a list is read alone."""
    c = collect({"metadata": {"ssn": 212674093, "ok": True, "Maria Garcia": {"n": [1.5, "x"]}}})
    assert [s.text for s in c.segments] == [
        "metadata",
        "ssn: 212674093",
        "ok: true",
        "Maria Garcia",
        "n",
        "1.5",
        "x",
    ]


def test_documented_field_names_are_not_segments_but_their_values_are() -> None:
    body = {"user": "maria@example.com", "other": "y"}
    c = SegmentCollector(body)
    c.fields((), frozenset({"user"}))
    c.rest()
    assert [s.text for s in c.segments] == ["maria@example.com", "other: y"]


def test_write_back_renames_keys_and_splits_entries() -> None:
    """Replacements reach values, keys and both halves of an entry; parents are renamed after their children."""
    body: dict[str, Any] = {"Ann Lee": {"Ann Lee": "Ann Lee", "ssn": 212674093}}
    c = collect(body)
    write_back(
        body, c.segments, {s.index: s.text.replace("Ann Lee", "<P>").replace("212674093", "<S>") for s in c.segments}
    )
    assert body == {"<P>": {"<P>": "<P>", "ssn": "<S>"}}


def test_write_back_leaves_unchanged_scalars_their_type() -> None:
    body: dict[str, Any] = {"x": {"n": 2, "b": False}}
    c = collect(body)
    write_back(body, c.segments, {s.index: s.text for s in c.segments})
    assert body == {"x": {"n": 2, "b": False}}


@pytest.mark.parametrize("arguments", ['{"q": "a", "q": "b"}', '{"n": NaN}', '{"n": 1e999}', '{"a": {"b": 1, "b": 2}}'])
def test_json_in_strings_refuses_repeated_keys_and_non_finite_numbers(arguments: str) -> None:
    body = {"args": arguments}
    with pytest.raises(BadRequest) as err:
        SegmentCollector(body).json_text(arguments, ("args",), "tool-call arguments in message 2", "assistant")
    assert "tool-call arguments in message 2" in str(err.value)
    assert not {'"q"', '"a"', '"b"', "NaN", "999"} & set(str(err.value).split())


def test_json_in_strings_is_forwarded_as_scanned() -> None:
    """Escapes are decoded before the scan, and the string forwarded is the serialisation of what was scanned."""
    body = {"args": '{"ssn": "\\u0032\\u0031\\u0032-67-4093",   "n": 1}'}
    c = SegmentCollector(body)
    c.json_text(body["args"], ("args",), "p", "assistant")
    assert [s.text for s in c.segments] == ["ssn: 212-67-4093", "n: 1"]
    assert json.loads(body["args"]) == {"ssn": "212-67-4093", "n": 1} and "\\u" not in body["args"]
    write_back(body, c.segments, {0: "ssn: <S>"})
    assert json.loads(body["args"]) == {"ssn": "<S>", "n": 1}


def test_a_string_that_is_not_json_is_scanned_whole() -> None:
    body = {"args": "{not json Maria"}
    c = SegmentCollector(body)
    c.json_text(body["args"], ("args",), "p", "assistant")
    assert [s.text for s in c.segments] == ["{not json Maria"]


def test_vendor_blobs_must_be_ciphertext() -> None:
    """Random bytes in base64 pass; base64 of readable text, short data, or anything else is refused."""
    assert opaque(base64.b64encode(os.urandom(300)).decode(), "sig")
    assert opaque(base64.urlsafe_b64encode(os.urandom(64)).decode().rstrip("="), "sig")
    readable = base64.b64encode(b"Maria Garcia, SSN 212-67-4093, lives at 12 Elm St." * 3).decode()
    for bad in (readable, base64.b64encode(os.urandom(8)).decode(), "not base64!", "", 12, ["x"]):
        with pytest.raises(BadRequest):
            opaque(bad, "'signature' in message 2")


def test_a_replacement_that_cannot_be_split_back_into_key_and_value_is_a_bad_request() -> None:
    """A redaction across a key and its value cannot be written back: the request is refused, never half-written."""
    body: dict[str, Any] = {"metadata": {"a: b": "c: d"}}
    c = collect(body)
    entry = next(s for s in c.segments if s.text == "a: b: c: d")
    with pytest.raises(BadRequest, match="across an object key and its value"):
        write_back(body, c.segments, {entry.index: "a<X>d"})


def test_two_keys_that_would_share_a_name_after_redaction_are_a_bad_request() -> None:
    body: dict[str, Any] = {"metadata": {"Maria": {"x": 1}, "<PERSON_1>": {"y": 2}}}
    c = collect(body)
    key = next(s for s in c.segments if s.text == "Maria")
    with pytest.raises(BadRequest, match="same name"):
        write_back(body, c.segments, {key.index: "<PERSON_1>"})
