"""Round 21: kinds of leaked names that recur across writers' sets (invented examples)."""

from __future__ import annotations

import pytest

from gateway.detect.script_twins import script_twins
from tests.unit.detect.conftest import kept_back, untouched

# --- a found name's twin in another script, right beside it ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Applicant CHEN Weiming (陈伟明), A# A204 119 377, asks for a copy.", ("陈伟明", "CHEN Weiming")),
        ("Applicant Dawit Tesfaye / ዳዊት ተስፋዬ, phone 240-555-0147.", ("ዳዊት ተስፋዬ", "Dawit Tesfaye")),
        ("Driver 佐々木 大輔 (SASAKI Daisuke) was late on 3 March.", ("佐々木 大輔", "SASAKI Daisuke")),
    ],
)
def test_twin_in_another_script_beside_a_found_name(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_no_twin_without_a_found_name(boundary) -> None:
    untouched(boundary, "Our Tokyo (東京) office ships the order on Monday.")


def test_latin_twin_must_not_be_a_plain_word() -> None:
    text = "王小明\uff08Manager\uff09"
    assert list(script_twins(text, [(0, 3)])) == []


# --- Persian letters in an Arabic-script name ---


def test_persian_name_in_mostly_latin_text(boundary) -> None:
    text = "The sponsor form lists محمد عبدالله رضایی as the household head; please check the spelling."
    kept_back(boundary, text, "رضایی", "عبدالله")


# --- a given name that is an everyday word, in a list of people ---


def test_everyday_given_name_among_list_lines(boundary) -> None:
    text = "Sign-up sheet:\nMarisol Quintero - adult\nFaith Rivers - adult\nDamian Okafor - adult"
    kept_back(boundary, text, "Faith Rivers")


def test_everyday_given_name_in_a_comma_list(boundary) -> None:
    text = "Thanks to Priya Raman, Hope Summers, Tomasz Nowak and Joaquin Ferreira for the setup."
    kept_back(boundary, text, "Hope Summers")


def test_comma_list_entry_running_into_a_noun_is_left(boundary) -> None:
    blocked, forwarded = boundary(
        "Agenda for the fair: Priya Raman, Tomasz Nowak, Rose Parade and Summer Camp sign-ups."
    )
    assert not blocked
    assert "Summer Camp sign-ups" in forwarded


def test_everyday_given_name_as_a_field_value(boundary) -> None:
    kept_back(boundary, "Escort form\nOfficer: Name: Faith Castellanos\nUnit: 4", "Faith Castellanos")


def test_field_value_of_everyday_words_is_left(boundary) -> None:
    untouched(boundary, "Poster title: Hope Springs\nVenue: main hall")


# --- lower case ---


def test_lower_case_name_after_kinship_with_a_listed_surname(boundary) -> None:
    kept_back(boundary, "my sister hope mccarthy needs her renewal form by friday", "mccarthy")


def test_lower_case_kinship_before_plain_words_is_left(boundary) -> None:
    untouched(boundary, "my friend will review the renewal form by friday")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("send the roster to adaeze okonkwo and also dario feliciano-mesa today", "dario feliciano-mesa"),
        ("remind me to ping bartholomew ekwueme and tamsin okonkwo-lindh about the van", "bartholomew"),
    ],
)
def test_lower_case_names_joined_to_a_found_one(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_lower_case_words_joined_to_a_found_name_are_left(boundary) -> None:
    blocked, forwarded = boundary("send the roster to adaeze okonkwo and the shift leads today")
    assert not blocked
    assert "and the shift leads today" in forwarded


def test_lower_case_name_after_traveler(boundary) -> None:
    kept_back(boundary, "traveler marisela quintanilla-ortiz was referred to secondary", "quintanilla-ortiz")
