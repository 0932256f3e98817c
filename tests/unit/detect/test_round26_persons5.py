"""Round 26 (persons5): kinds of leaked names and of altered hard negatives that recur across writers' sets
(invented examples, different from the sets' records)."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- an initial and a surname: after a role in capitals, a "St." surname, a signature's dash, a sale's party ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NEED THE FILE BACK BY FRIDAY.\n-- SGT M. OYELARAN", "M. OYELARAN"),
        ("FWD TO: REMOVAL OFFICER J. ST. LOUIS FOR ACTION", "J. ST. LOUIS"),
        ("The estimate is attached, please send it on.\n\u2014 K. Lindqvist, appraiser", "K. Lindqvist"),
        ("Receipt (typed):\nSold to: T. Marchetti\nTotal: $212.40", "T. Marchetti"),
        ("Claim reopened after a second look.\n\u2013 D. Abernathy", "D. Abernathy"),
        ("Reviewed; no liability found. R. Castellanos, examiner", "R. Castellanos"),
    ],
)
def test_an_initial_and_a_surname_after_a_role_or_a_dash(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Meeting notes are below, edits welcome.\n-- A. Team",
        "Forwarded for action per officer K. STREET.",
        "Which is older, U.S. Steel or the B. Street trolley line?",
    ],
)
def test_an_initial_before_a_word_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a word cut short by its full stop before "No." and a number: a registration's or a patent's number ---


@pytest.mark.parametrize(
    "text",
    [
        "The seizure notice cites Reg. No. 4,402,118 and Reg. No. 6,011,953; which owner recorded them with CBP?",
        "Is Pat. No. 7,215,440 still in force, or did it lapse in 2019?",
    ],
)
def test_an_abbreviation_before_its_number_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_name_before_a_no_that_is_no_number_is_still_kept_back(boundary) -> None:
    kept_back(boundary, "Keys went to Tomczak. No. 2 on the list, Wieslaw Tomczak, DOB 04/11/1979, is next.", "Tomczak")
