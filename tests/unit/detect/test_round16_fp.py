"""Round 16, false positives by class (found on blind set s, checked against every set): schools and roads named
after people, road numbers in directions, reference numbers in a phone's digits, public contact points. Beside
each, the people and values the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, kept_back, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- schools named after people: a school's last word ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Campus tours: Booker Washington University on Friday.", "Booker Washington University"),
        ("She teaches at Eleanor Whitcombe Middle School now.", "Eleanor Whitcombe Middle School"),
        ("Transfer credits from Harlan Pryce Community College are accepted.", "Harlan Pryce Community College"),
        ("Grants went to the Ida Marlowe Institute and others.", "Ida Marlowe Institute"),
    ],
)
def test_a_schools_last_word_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # School and College are also surnames: alone after a given name they stay a person's
        ("Interview notes for Dana School, born in Ohio.", "Dana School"),
        ("Witness: Peter College, the night clerk.", "Peter College"),
    ],
)
def test_a_surname_that_is_a_schools_word_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_schools_in_a_list_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Certified campuses near us: Abigail Fenwick University, Horace Tilden High School and Fenwick University. "
        "Which renew this year?",
    )


def test_a_student_beside_the_school_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Please update the I-20 for Priya Raghunathan, SEVIS N0012345678; she transfers to Horace Tilden University.",
        "Priya Raghunathan",
    )


# --- roads named after people, in directions that number the roads ---


@pytest.mark.parametrize(
    "text",
    [
        "From I-66 take exit 9, turn onto Hezekiah Lord Hwy, then right on Abner Coyle Memorial Pkwy. Shorten this.",
        "Take Route 29 north, then left at Lucius Brandt Boulevard; the depot is after the bridge.",
    ],
)
def test_roads_in_numbered_directions_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_house_number_beside_the_road_is_still_an_address(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "From I-66 take exit 9; Corisande Vallejo-Marsh lives at 4410 Abner Coyle Pkwy, Fairfax, VA 22030.",
        "Corisande Vallejo-Marsh",
        "4410 Abner Coyle Pkwy",
    )


# --- reference numbers in a phone's digits: a year and a serial, an EIN-based importer number ---


@pytest.mark.parametrize(
    "text",
    [
        "The appeal files on the remand list are 2025-017734 and 2026-002291; which is older?",
        "An importer number like 51-7730914-00 is EIN-based; how do I read the suffix?",
        "Sort these importer numbers: 38-1120457-01, 38-1120457-00.",
    ],
)
def test_reference_numbers_are_not_phones(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call the petitioner back at 202-600-4417 after lunch.", "202-600-4417"),
        ("Her mobile is 0806 214 7789, she prefers WhatsApp.", "0806 214 7789"),
        ("Reach him on +44 20 7946 0321 tomorrow.", "+44 20 7946 0321"),
    ],
)
def test_phone_numbers_are_still_hidden(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- public contact points (rules/lists.yaml, each with its source) ---


@pytest.mark.parametrize(
    "text",
    [
        "Tell respondents to check their hearing date at 1-800-898-7180, in English or Spanish.",
        "The immigration court's address is 1901 South Bell Street, Suite 200, Arlington, VA 22202.",
        "For a locked ACE portal account, brokers call the ACE Help Desk at 1-866-530-4172.",
        "Schools write to the SEVP Response Center at sevp@ice.dhs.gov with questions.",
    ],
)
def test_public_contact_points_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_callers_own_number_beside_a_contact_point_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Osvaldo Quirindongo called 1-800-898-7180 and asks us to call him back at (571) 555-0182.",
        "Osvaldo Quirindongo",
        "(571) 555-0182",
    )
