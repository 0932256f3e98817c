"""A reported name is a name everywhere in the request: the full name and its words, in every text."""

from __future__ import annotations

from gateway.detect.engine import PresidioDetector
from gateway.detect.findings import Finding
from gateway.detect.names import RECOGNIZER, repeated_names

from .conftest import Spans


def person(text: str, name: str, score: float = 0.85) -> Finding:
    start = text.index(name)
    return Finding("PERSON", start, start + len(name), score, "test")


def names_in(text: str, found: list[Finding]) -> list[str]:
    return [text[f.start : f.end] for f in found if f.entity_type == "PERSON"]


def test_surname_and_given_name_alone_are_found_in_every_text() -> None:
    """A name found in message one makes its words findings in message three, and later in message one."""
    first = "Please write to Maria Garcia today; Garcia is waiting."
    third = "Maria asked again. Tell Garcia the file is complete."
    out = repeated_names([first, "ok", third], [[person(first, "Maria Garcia")], [], []])
    assert names_in(first, out[0]) == ["Maria Garcia", "Garcia"]
    assert out[1] == []
    assert sorted(names_in(third, out[2])) == ["Garcia", "Maria"]
    assert all(f.recognizer == RECOGNIZER for f in out[2])


def test_only_reported_names_and_name_like_words_are_carried() -> None:
    """A low-score candidate carries nothing; function words, short words and acronyms are not carried alone;
    other casings are other words."""
    text = "Will Al Brown NASA met. Will the brown dog and Al see NASA?"
    reported = repeated_names([text], [[person(text, "Will Al Brown NASA")]])[0]
    assert names_in(text, reported) == ["Will Al Brown NASA"]
    weak = repeated_names(["Maria Garcia, Garcia"], [[Finding("PERSON", 0, 12, 0.3, "test")]])[0]
    assert len(weak) == 1


def test_mentions_inside_a_longer_finding_are_not_doubled() -> None:
    """A name inside an e-mail address or a longer name finding is settled by the overlap rules: one finding."""
    text = "Maria Garcia <maria.garcia@example.com>; ask Maria Garcia-Lopez"
    found = [
        person(text, "Maria Garcia"),
        Finding("EMAIL_ADDRESS", 14, 38, 1.0, "test"),
        person(text, "Maria Garcia-Lopez"),
    ]
    out = repeated_names([text], [found])[0]
    assert sorted(names_in(text, out)) == ["Maria Garcia", "Maria Garcia-Lopez"]


def test_detector_carries_a_name_within_one_text(detector: PresidioDetector, spans: Spans) -> None:
    """End to end on the real detector: the second mention, alone, is a finding too."""
    text = "Officer Tigist Lefebvre filed the report. Lefebvre signed it."
    assert ("PERSON", "Lefebvre") in spans(text)
    assert [f.recognizer for f in detector.analyze([text])[0] if text[f.start : f.end] == "Lefebvre"] == [RECOGNIZER]
