"""US_SSN follows the SSA's issuance rules, not Presidio's list of 'sample' numbers."""

from __future__ import annotations

import pytest

from gateway.detect.engine import PresidioDetector
from gateway.detect.recognizers.identifiers.ssn import NEVER_ISSUED_SCORE, issued

from .conftest import found


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("212674093", True),
        ("123456789", True),  # Presidio rejects it; the SSA rules allow it
        ("111111111", True),
        ("078051120", True),
        ("000123456", False),
        ("666123456", False),
        ("900123456", False),
        ("999123456", False),
        ("212004093", False),
        ("212670000", False),
    ],
)
def test_issued_follows_ssa_rules(digits: str, expected: bool) -> None:
    """Area 000/666/9xx, group 00 and serial 0000 are never issued; everything else may be."""
    assert issued(digits) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her SSN is 123-45-6789.", "123-45-6789"),
        ("SSN: 212674093", "212674093"),
        ("Social Security Number 212 67 4093", "212 67 4093"),
        ("applicant 212-67-4093 (new case)", "212-67-4093"),
        ("ss# 111-11-1111", "111-11-1111"),
    ],
)
def test_valid_ssns_found(detector: PresidioDetector, text: str, value: str) -> None:
    """Valid SSNs are found with a score a 0.5 threshold keeps; a label is never part of the span."""
    (ssn,) = found(detector.analyze([text])[0], "US_SSN")
    assert text[ssn.start : ssn.end] == value
    assert ssn.score >= 0.5


@pytest.mark.parametrize(
    "text",
    ["Ticket 900-12-3456 closed", "build 666-12-3456", "ref 212-00-4093", "part 212-67-0000", "zip 123456789"],
)
def test_never_issued_or_bare_numbers_not_reported(detector: PresidioDetector, text: str) -> None:
    """Never-issued numbers under another number's label, and bare nine digits, are not SSNs at any useful score."""
    assert all(f.score < 0.4 for f in found(detector.analyze([text])[0], "US_SSN"))


@pytest.mark.parametrize(
    "text", ["SSN: 900-12-3456", "SSN 914-27-6083", "ssn 666123456", "Social Security 212-00-4093"]
)
def test_labelled_never_issued_is_still_redacted(detector: PresidioDetector, text: str) -> None:
    """An SSN-shaped value next to an SSN label is an SSN to whoever pasted it, whatever its area (issue 11)."""
    (ssn,) = found(detector.analyze([text])[0], "US_SSN")
    assert ssn.score >= 0.5


def test_advertising_numbers_stay_low(detector: PresidioDetector) -> None:
    """987-65-4320..4329 are the SSA's numbers for printed examples: labelled, they still score low."""
    (ssn,) = found(detector.analyze(["Test SSN 987-65-4321 is used only in training materials."])[0], "US_SSN")
    assert ssn.score == NEVER_ISSUED_SCORE


def test_mixed_separators_are_not_a_delimited_ssn(detector: PresidioDetector) -> None:
    """212-67.4093 has two different separators and no label: not an SSN."""
    assert found(detector.analyze(["code 212-67.4093"])[0], "US_SSN") == []


def test_shape_inside_a_longer_identifier_needs_context(detector: PresidioDetector) -> None:
    """'order 212-67-4093-B' is an order number; with "SSN" nearby the same glued shape is still reported."""
    (glued,) = found(detector.analyze(["Order #212-67-4093-B shipped on Tuesday."])[0], "US_SSN")
    assert glued.score < 0.5
    (named,) = found(detector.analyze(["my ssn is a-212-67-4093"])[0], "US_SSN")
    assert named.score >= 0.5
    (plain,) = found(detector.analyze(["Her number is 212-67-4093."])[0], "US_SSN")
    assert plain.score >= 0.5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please review: 912-04-5678 and the card on file.", "912-04-5678"),
        ("row 14 | 666-31-0457 | pending", "666-31-0457"),
        ("copied from the form: 000-52-1187", "000-52-1187"),
    ],
)
def test_unlabelled_dashed_never_issued_is_redacted(detector: PresidioDetector, text: str, value: str) -> None:
    """Written in the SSN's own dashed form, a never-issued number is an SSN to whoever pasted it, label or not
    (pii-leak-benchmark's v2 prompts list such values bare)."""
    (ssn,) = found(detector.analyze([text])[0], "US_SSN")
    assert text[ssn.start : ssn.end] == value
    assert ssn.score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Tracking code 931-02-7745 was reissued.",
        "ref. 912-04-5678 in the vendor portal",
        "lot 918-22-0071-B shipped",
        "Use 987-65-4325 in the slide deck.",
    ],
)
def test_dashed_never_issued_under_another_label_or_glued_stays(detector: PresidioDetector, text: str) -> None:
    """Another number's label, a longer glued token or the SSA's advertising range keep it below the threshold."""
    assert all(f.score < 0.5 for f in found(detector.analyze([text])[0], "US_SSN"))
