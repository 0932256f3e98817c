"""Round 17, false positives by class (found on blind set t, checked against every set): calendars, conventions,
statues and a question's list of things named after people; flight numbers after an airline's "DL"; a template's
filler phone number; a mail stop inside an allow-listed address; texts about public figures (heritage-month
displays, fictional adoptees, famous people from history, the civics test's questions). Beside each release, the
private people and values the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

import time

import pytest

from gateway.detect.context_filters import _FIGURES_TALK
from gateway.detect.named_things import _THINGS_THEN_QUESTION, names_a_thing

from .conftest import Boundary, kept_back, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- things named after people, by the words around them ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Is Laos party to the Hague Adoption Convention yet?", "Hague Adoption Convention"),
        ("How do I convert Bikram Sambat dates to Gregorian in Java?", "Bikram Sambat"),
        ("A photo of the Harriet Lane statue by the pier.", "Harriet Lane"),
        (
            "Which of these airports are busiest? Ronald Reagan Washington National, Louis Armstrong New Orleans, "
            "Bob Hope Airport.",
            "Louis Armstrong New Orleans",
        ),
    ],
)
def test_things_named_after_people(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no other calendar in the text: a person who dates
        ("Maya Okafor dates back to the first cohort of the programme.", "Maya Okafor"),
        # a question that asks about people, not things
        ("Which of these airports has staff who speak Dari? Maya Okafor, Tomas Vidal.", "Maya Okafor"),
        # her own statue-still pose is no statue
        ("Dana Whitlock's statue collection was insured.", "Dana Whitlock"),
    ],
)
def test_people_beside_the_same_words_stay_people(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_airports_in_a_question_list_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Which of these airports had the most delays? George Bush Intercontinental, Louis Armstrong New Orleans, "
        "Will Rogers World Airport.",
    )


def test_a_traveller_beside_a_calendar_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Convert Bikram Sambat dates to Gregorian for traveler Sushila Gurung, phone 703-555-0148.",
        "Sushila Gurung",
        "703-555-0148",
    )


# --- numbers ---


def test_flight_numbers_after_an_airlines_code_pass(boundary: Boundary) -> None:
    untouched(boundary, "Rebook onto DL 2214 ATL-DCA 10:40 or AA 318 DFW-DCA 12:05, please.")


def test_a_drivers_licence_after_dl_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Applicant Tomas Vidal, DL 5593 8812 04, renewed in March.", "5593 8812 04")


def test_a_templates_filler_phone_passes(boundary: Boundary) -> None:
    untouched(boundary, "BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=WORK:+1-000-000-0000\nEND:VCARD\nIs this valid?")


def test_a_real_phone_in_a_vcard_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary, "BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:+1-571-555-0143\nEND:VCARD\nIs this valid?", "571-555-0143"
    )


def test_an_allow_listed_address_with_a_mail_stop_passes(boundary: Boundary) -> None:
    untouched(boundary, "Mail it to TSA, 6595 Springfield Center Drive, TSA-910, Springfield, VA 20598-6900.")


def test_a_private_address_with_a_code_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Mail it to Tomas Vidal, 6597 Springfield Center Drive, APT-12, Springfield, VA 22150.",
        "6597 Springfield Center Drive",
    )


# --- texts about public figures ---


@pytest.mark.parametrize(
    "text",
    [
        "For a Women's History Month display: short paragraphs on Amelia Earhart and Sally Ride.",
        "Poster of famous fictional adoptees: Anne Shirley, Frodo Baggins, Luke Skywalker.",
        "Keynote ideas: famous naturalized citizens from history, such as Albert Einstein and Irving Berlin.",
        "Flashcards: Who was the first President? (George Washington) Who wrote the Declaration of Independence? "
        "(Thomas Jefferson)",
    ],
)
def test_texts_about_public_figures_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the same cue beside a person of the writer's own life
        ("For the History Month display, add a paragraph on my coworker Danita Farrow's mentoring.", "Danita Farrow"),
        # a personal value beside the names keeps every name hidden
        (
            "Famous immigrants from history for the ceremony: Albert Einstein; and call Danita Farrow at 571-555-0182.",
            "Danita Farrow",
        ),
        # a quiz question about the office, its answer a private person
        ("Who was the caller on the Tuesday shift? (Danita Farrow) Log it please.", "Danita Farrow"),
        # "famous" alone, without "from history", releases nothing
        ("Our famous team lead Danita Farrow retires Friday; write the card.", "Danita Farrow"),
    ],
)
def test_private_people_beside_the_same_cues_stay_hidden(boundary: Boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


# --- every new pattern is linear on hostile input ---


@pytest.mark.parametrize(
    "hostile",
    [
        "Which of these airports " + "Ab " * 20000 + "?",
        "Who was " + "Washington " * 5000 + "(",
        "famous " + "great " * 10000,
        "fictional " * 8000,
    ],
)
def test_new_patterns_are_fast_on_hostile_text(hostile: str) -> None:
    began = time.perf_counter()
    _FIGURES_TALK.search(hostile)
    _THINGS_THEN_QUESTION.search(hostile)
    assert time.perf_counter() - began < 0.5


# --- a registry's prefixed numbers; organisations' names in a list ---


def test_a_registrys_numbers_under_several_prefixes_pass(boundary: Boundary) -> None:
    untouched(boundary, "Registry numbers for the litter: HP41872209, SR55120874, DL60231187. Which are valid?")


def test_a_drivers_licence_glued_to_dl_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Applicant Tomas Vidal, DL60231187, passport 561204873.", "60231187")


def test_organisations_in_a_list_pass(boundary: Boundary) -> None:
    untouched(
        boundary, "Partners to invite: World Relief, HIAS, Lutheran Immigration and Refugee Service, Islamic Relief."
    )


def test_a_surname_comma_given_name_that_is_also_a_word_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Which rows lack a phone?\ndela Cruz, Maria Theresa\t+63 917 555 0142\nVillanueva, Arnel\t\t"
        "arnel.v@example.com\nPacquing, Joy\t(02) 8555 0199\n",
        "Pacquing",
    )


# --- set s: container ships in quotes, courses in a catalogue ---


def test_container_ships_in_quotes_pass(boundary: Boundary) -> None:
    untouched(boundary, "Due Friday: 'CMA CGM Antoine Roussel', 'Maersk Eleonora Lind' and 'MSC Aurelia'. Sort by TEU.")


def test_a_person_quoted_beside_a_ship_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "The master of the 'Maersk Kensington', 'Danita Farrow', gave her cell 571-555-0182 to the boarding team.",
        "Danita Farrow",
    )


def test_courses_in_a_catalogue_pass(boundary: Boundary) -> None:
    untouched(boundary, "Catalogue: SEC-210 Records Hygiene (1 h), PRIV-110 Privacy Basics (45 min). Which are annual?")


def test_an_instructor_beside_a_course_code_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "SEC-210 is taught by Danita Farrow (1 h) on Tuesdays; call 571-555-0182.", "Danita Farrow")


def test_unissued_numbers_called_not_ssns_pass(boundary: Boundary) -> None:
    untouched(boundary, "Claim numbers look like 000-42-1187 and 666-10-2290; these are claim numbers, not SSNs. Why?")


def test_an_issued_ssn_beside_not_ssns_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "These are not SSNs, except hers: 212-67-4093.", "212-67-4093")


def test_party_themes_pass(boundary: Boundary) -> None:
    untouched(boundary, "Party theme ideas: Paddington Bear, Curious George, Peppa Pig. Which is easiest?")


def test_a_guest_beside_party_themes_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Party theme ideas for Danita Farrow's son; RSVP to 571-555-0182.", "Danita Farrow")
