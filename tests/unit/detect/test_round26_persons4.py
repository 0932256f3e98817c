"""Round 26 (persons4): kinds of leaked names and of altered hard negatives that recur across writers' sets
(invented examples, different from the sets' records)."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a record's "Surname, Given" right before its date of birth ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Two arrivals look mistyped:\n- Hrytsenko, Bohdana, DOB 1902-07-19\n- Melnychuk, Ostap, DOB 2033-01-05\n"
            "please flag both",
            ("Hrytsenko, Bohdana", "Melnychuk, Ostap"),
        ),
        ("join misses: I94 77120938441, Okonkwo-Ibe, Chidubem, DOB 1999-11-02", ("Okonkwo-Ibe, Chidubem",)),
        (
            "> head(df)\n  id           nm        dob\n1 A0991  Sayfullayev, Rustamjon 1985-06-30",
            ("Sayfullayev, Rustamjon",),
        ),
    ],
)
def test_an_inverted_name_before_its_date_of_birth(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Offices by opening date:\n1  Lagos, Nigeria 2020-01-02\n2  Accra, Ghana 2020-03-09",
        "site list:\n- Vancouver, British Columbia, 2021-04-01\n- Austin, Texas, 2022-05-06",
    ],
)
def test_a_dated_place_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a double surname in capitals before a given name, after a label ---


def test_a_double_surname_in_capitals_after_a_label(boundary) -> None:
    kept_back(boundary, "Owner 2: HARGROVE-BELL,  TERRENCE  Plate: 7KLM220", "HARGROVE-BELL,  TERRENCE")


# --- a Coast Guard cutter by its "CGC" prefix: a ship named after a person is no one's data ---


def test_a_cutter_by_its_cgc_prefix_is_left(boundary) -> None:
    untouched(boundary, "Is CGC Frederick Hatch still homeported in Guam, or did it move? Need it for the slide.")


def test_a_person_after_the_cgc_prefix_words_is_still_kept_back(boundary) -> None:
    kept_back(boundary, "CGC crew change: BM1 Tavita Leota, DOB 03/04/1990, reports aboard Monday.", "Tavita Leota")
