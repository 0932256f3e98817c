"""Placeholders written into segment texts."""

from __future__ import annotations

import pytest

from gateway.policy.decision import Operator, Redaction
from gateway.segments import Segment
from gateway.transform.redact import Placeholders, RedactionError, redact


def seg(i: int, text: str) -> Segment:
    return Segment(i, text, f"message {i + 1}", "user", ("messages", i, "content"))


def r(i: int, start: int, end: int, entity: str, op: Operator = Operator.PSEUDONYMIZE) -> Redaction:
    return Redaction(i, start, end, entity, op, "rule")


def test_same_value_same_placeholder_different_values_different() -> None:
    """Within a request, a repeated value reuses its placeholder and a new value gets the next number."""
    segs = [seg(0, "Ann Lee and Bob Ray"), seg(1, "again Ann Lee")]
    book = Placeholders(b"k")
    out = redact(segs, [r(0, 0, 7, "PERSON"), r(0, 12, 19, "PERSON"), r(1, 6, 13, "PERSON")], book)
    assert out == {0: "<PERSON_1> and <PERSON_2>", 1: "again <PERSON_1>"}
    assert book.restorable == {"<PERSON_1>": "Ann Lee", "<PERSON_2>": "Bob Ray"}


def test_mask_and_hash_are_one_way() -> None:
    """Masked and hashed values are not restorable; a hash is stable for the same key and value."""
    segs = [seg(0, "SSN 123-45-6789")]
    a = redact(segs, [r(0, 4, 15, "US_SSN", Operator.HASH)], Placeholders(b"key"))[0]
    b = redact(segs, [r(0, 4, 15, "US_SSN", Operator.HASH)], Placeholders(b"key"))[0]
    c = redact(segs, [r(0, 4, 15, "US_SSN", Operator.HASH)], Placeholders(b"other"))[0]
    book = Placeholders(b"key")
    masked = redact(segs, [r(0, 4, 15, "US_SSN", Operator.MASK)], book)[0]
    assert a == b != c and "123-45-6789" not in a
    assert masked == "SSN <US_SSN>" and book.restorable == {}


def test_overlapping_redactions_fail_closed() -> None:
    """Overlapping spans cannot be applied safely, so redact refuses."""
    with pytest.raises(RedactionError):
        redact([seg(0, "abcdefgh")], [r(0, 0, 5, "PERSON"), r(0, 3, 7, "PERSON")], Placeholders(b"k"))
