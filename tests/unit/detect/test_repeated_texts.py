"""A text repeated within one call is scanned once, and every copy gets the same findings in its own list."""

from __future__ import annotations

from gateway.detect.engine import PresidioDetector


def test_repeated_texts_get_equal_findings_in_separate_lists(detector: PresidioDetector) -> None:
    text = "Please call Maria Garcia at 202-555-0143 about SSN 212-67-4093."
    other = "Nothing to see here."
    results = detector.analyze([text, other, text])
    assert results[0] == results[2] and results[0] == detector.analyze([text])[0]
    assert {f.entity_type for f in results[0]} >= {"PERSON", "PHONE_NUMBER", "US_SSN"}
    assert results[1] == []
    assert results[0] is not results[2]
