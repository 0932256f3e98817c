"""Round 28 (persons): name-shaped words that the text itself says name a thing, not a person (invented examples,
different from the sets' records): a room or a courthouse named after someone, a public park's two last words, a
facility's or a street's word in Spanish or French before the name it bears, a body of law after a state's name, a
relief body or a police force the small model takes for a person, a place or a document named after someone, a
famous name in a ceremony's remarks, an e-mail's subject that is a topic, a list of vessels after a colon and a bay
after English words. Each release has a hard negative: the same shape around a private person stays redacted. And
two leaks: a timesheet's "emp" and an event list's "poc" column of names."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a room, a hall or a courthouse named after someone: an article before, a lower-case facility noun after ---


@pytest.mark.parametrize(
    "text",
    [
        "The swearing-in moved from the Harriet Tubman courthouse to the Cesar Chavez room on the fourth floor.",
        "Orientation is in the Grace Hopper auditorium; lunch is in the Ada Lovelace hall afterwards.",
    ],
)
def test_a_room_or_courthouse_named_after_someone(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_person_before_a_room_number_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Discharge note: patient Marisol Quintanilla room 14 was sent home with her daughter.",
        "Marisol Quintanilla",
    )


# --- a public park's or forest's two last words: a kind of public body before "Park", "Forest", "Hall" ---


def test_a_state_park_named_after_someone(boundary) -> None:
    untouched(boundary, "Label the map: the Jefferson Davis school, Wallace Stegner State Park and the Route 9 bridge.")


# --- a facility's or a street's word in Spanish or French before the name it bears ---


def test_a_foreign_facility_word_before_a_name(boundary) -> None:
    untouched(
        boundary,
        "Refugios abiertos esta noche: Escuela Rafael Hernández Marín y el gimnasio de la Calle Eugenio María de"
        " Hostos.",
    )


# --- a body of law after a state's name, with a section near ---


def test_a_state_code_with_its_section(boundary) -> None:
    untouched(boundary, "Montana Code § 40-4-212 sets out the parenting factors. Summarize them plainly, please.")


# --- a relief body, alone or in a list with acronyms, and a police force in its own language ---


@pytest.mark.parametrize(
    "text",
    [
        "Salvation Army and Red Crescent volunteers staffed the cooling centres; Red Cross brought water.",
        "Partners this quarter: NVOAD, Catholic Charities, Habitat. Draft a thank-you paragraph.",
        "For incidents on Italian trains the Carabinieri take over; in Ireland it is the Garda Síochána.",
    ],
)
def test_a_relief_body_or_police_force(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_person_whose_given_name_is_a_forces_word_stays_redacted(boundary) -> None:
    kept_back(boundary, "Garda Kowalczyk called the hotline about her missing passport.", "Garda Kowalczyk")


# --- a place or a document named after someone ---


@pytest.mark.parametrize(
    "text",
    [
        "Our picnic is at a park named after Sojourner Truth, near the river trail. Write a short invitation.",
        "Fun fact: the Whitcombe library downtown was named for Eliza Whitcombe, who donated the land in 1903.",
    ],
)
def test_a_place_named_after_someone(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_child_named_after_family_stays_redacted(boundary) -> None:
    kept_back(
        boundary, "Our daughter was named after my grandmother Teodora Villaseñor, who raised me.", "Teodora Villaseñor"
    )


# --- a famous name in a ceremony's welcome remarks or a training's opener ---


def test_a_famous_name_in_welcome_remarks(boundary) -> None:
    untouched(
        boundary,
        'Tighten the welcome remarks: "Today you join a long line of new citizens. As Abraham Lincoln reminded the'
        ' nation, the government belongs to the people."',
    )


# --- an e-mail's subject that is a topic: a hyphened compound of English words ---


def test_a_subject_line_with_a_hyphened_topic(boundary) -> None:
    untouched(boundary, "Subject: Friday check-ins\n\nTeam - please post your status in the channel by noon.")


def test_a_subject_that_is_a_person_stays_redacted(boundary) -> None:
    kept_back(
        boundary, "Subject: Zdenka Horváthová\nDOB: 03/11/1979\nReason: secondary inspection", "Zdenka Horváthová"
    )


# --- the items of a list that a plural noun of things opens right after a colon ---


def test_a_list_of_vessels_after_a_colon(boundary) -> None:
    untouched(boundary, "Sample rows: vessels OCEAN WILLOW, NORDIC PEARL, HARBOUR GRACE. Are these test names?")


# --- a feature of a coast or a land after English words, none a given name ---


def test_a_bay_after_english_words(boundary) -> None:
    untouched(boundary, "Regatta course: 2 km along Possession Sound, turning at Discovery Bay. Need a permit?")


def test_a_person_whose_surname_is_a_coasts_word_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Patient Rosalind Hill, DOB 04/02/1961, slipped on the ramp and was seen at the clinic.",
        "Rosalind Hill",
    )


# --- a timesheet's short header for the person on each row, the cells "SURNAME, Given" ---


def test_a_timesheet_with_an_emp_column(boundary) -> None:
    kept_back(
        boundary,
        "date\temp\tin\tout\thrs\n12/01\tQuispe Mamani, Edwin\t06:00\t14:30\t8.5\n"
        "12/01\tTzul, Herlinda\t06:00\t14:00\t8.0",
        "Quispe Mamani, Edwin",
        "Tzul, Herlinda",
    )


def test_an_event_list_with_a_poc_column(boundary) -> None:
    kept_back(
        boundary,
        "event,date,host,poc,poc_phone\nLantern Walk,05/02,Riverside Garden Club,Ofelia Tuimavave,555-0114\n"
        "Kite Day,05/09,Harbor Rotary,Semisi Latu,555-0173",
        "Ofelia Tuimavave",
        "Semisi Latu",
    )


def test_a_printed_report_with_an_emp_number_before_the_name_column(boundary) -> None:
    kept_back(
        boundary,
        "Overtime sample:\nEMP   NAME                  PERIOD   HRS\n0511  OKONKWO, ADAEZE       PP09     12\n"
        "0523  HALVORSEN, TRYGVE     PP09     20\nBoth lacked signed timesheets.",
        "OKONKWO, ADAEZE",
        "HALVORSEN, TRYGVE",
    )
