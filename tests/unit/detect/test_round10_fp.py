"""Round 10, false positives by decision (found on blind set m): a lone word that only the model calls a person,
in a text that is about no one (lone_names.py), beside the positives the same decision must keep. Every text
here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.findings import Finding
from gateway.detect.lone_names import unsupported_lone_name

from .conftest import kept_back, untouched

# --- the model's lone word in a text about no one ---


@pytest.mark.parametrize(
    "text",
    [
        "For the data team, compare Hadoop, Spark and Airflow, and say whether Jenkins fits our nightly builds.",
        "Explain the Gantt chart and the Kanban board to a new program analyst in plain words.",
    ],
)
def test_lone_model_word_in_a_text_about_no_one_passes(boundary, text: str) -> None:
    untouched(boundary, text)


# --- the same kind of word where the text speaks of or to a person ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rewrite politely: Inspector Halvorsen wants the overtime sheet by Friday.", "Halvorsen"),  # a title
        ("Make this friendlier: Ms. Abernethy still has not signed the travel voucher.", "Abernethy"),  # honorific
        ("Make this shorter: my neighbor Gebremariam keeps parking in the fire lane.", "Gebremariam"),  # relation
        ("Fix the tone: Hi Oyelaran, the badge office closes early today.", "Oyelaran"),  # a greeting
        ("Shorten: the contractor says Haugland will fix the roof in May.", "Haugland"),  # a person's verb after
        ("Reword: Svetlana forgot the access badge again.", "Svetlana"),  # a given name, no English word
    ],
)
def test_lone_word_with_a_person_cue_is_still_a_name(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- the decision itself, on findings made by hand ---


def _person(text: str, word: str, recognizer: str = "SpacyRecognizer") -> Finding:
    start = text.index(word)
    return Finding("PERSON", start, start + len(word), 0.85, recognizer)


def test_only_the_models_lone_words_are_judged() -> None:
    text = "Compare Pareto charts with run charts."
    assert unsupported_lone_name(text, _person(text, "Pareto"), [_person(text, "Pareto")])
    # another recognizer's finding, or two words, is not this decision's
    cue = _person(text, "Pareto", "PersonCueRecognizer")
    assert not unsupported_lone_name(text, cue, [cue])
    two = "Compare Vilfredo Pareto charts with run charts."
    assert not unsupported_lone_name(two, _person(two, "Vilfredo Pareto"), [_person(two, "Vilfredo Pareto")])


def test_other_personal_data_is_evidence_but_generic_types_are_not() -> None:
    text = "Compare Pareto charts for the Denver office."
    f = _person(text, "Pareto")
    place = Finding("LOCATION", text.index("Denver"), text.index("Denver") + 6, 0.85, "SpacyRecognizer")
    assert unsupported_lone_name(text, f, [f, place])
    email = Finding("EMAIL_ADDRESS", 0, 7, 1.0, "EmailRecognizer")
    assert not unsupported_lone_name(text, f, [f, email])
    weak = Finding("PHONE_NUMBER", 0, 7, 0.3, "PhoneRecognizer")
    assert unsupported_lone_name(text, f, [f, weak])  # below the reporting threshold: no evidence
    other = _person(text, "Denver")
    assert unsupported_lone_name(text, f, [f, other])  # another lone model word is no evidence either


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Summarize: {"approver": "Pareto", "status": "pending"}', "Pareto"),  # a field of structured data
        ('Soften this: "Pareto your leave slip is missing again."', "Pareto"),  # addressed
        ("Soften this: Pareto, you left the badge at the desk.", "Pareto"),  # addressed
        ("Shorten: our cousin Pareto arrives Monday.", "Pareto"),  # a relation word
        ("Shorten: Pareto said the charts are due.", "Pareto"),  # a person's verb
        ("Close out the Pareto case by Friday.", "Pareto"),  # a person's record
    ],
)
def test_cues_keep_the_lone_word(text: str, word: str) -> None:
    f = _person(text, word)
    assert not unsupported_lone_name(text, f, [f])


def test_lone_words_listed_together_are_people_listed_by_surname() -> None:
    text = "Night shift went to Brandvold, Kastelic and Lindqvist last month."
    found = [_person(text, w) for w in ("Brandvold", "Kastelic", "Lindqvist")]
    assert not any(unsupported_lone_name(text, f, found) for f in found)
    apart = "Brandvold charts differ from Kastelic diagrams."
    spread = [_person(apart, w) for w in ("Brandvold", "Kastelic")]
    assert all(unsupported_lone_name(apart, f, spread) for f in spread)


def test_a_table_cell_is_the_headers_to_judge() -> None:
    text = "| shift | lead |\n|---|---|\n| night | Brandvold |"
    f = _person(text, "Brandvold")
    assert not unsupported_lone_name(text, f, [f])
