"""Round 20: a driver's licence number followed by its issuing state and the licence label in parentheses
("4419 2087 (OK DL)"), the way rosters and logs note the kind of a number after it. Every text here is invented."""

from __future__ import annotations

import pytest

from .conftest import Spans, kept_back, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drug-test roster:\nPellow, Arn - deckhand - 0710 - 53190277 (OK DL)\n", "53190277"),
        ("Witness gave W318-442-90-117-0 (FL driver's license) and left.", "W318-442-90-117-0"),
        ("Operator ID on file: D7720431 (DL, CA), verified 3/2.", "D7720431"),
        ("Second driver: 802 118 447 (New York license).", "802 118 447"),
    ],
)
def test_number_then_state_and_label(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # a flight and a distribution list named DL are no licence
        "Rebooked on 4418 (ATL DL) after the delay; see the notes.",
        # a year in front of "(TX DL)" is not a licence's shape
        "Program started 2019 (TX DL) under the new statute.",
        # a capitalised word before the number does not make it part of the value
        "Updated MASTERFILE (TX DL) before the audit.",
    ],
)
def test_what_is_not_a_licence_after_its_number(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_phone_number_before_the_label_is_no_licence(reported: Spans) -> None:
    text = "Call the DPS office 512-555-0100 (TX DL) about the renewal backlog."
    assert "US_DRIVER_LICENSE" not in {entity for entity, _ in reported(text)}
