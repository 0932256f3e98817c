"""Round 24, hard negatives by kind: a part's serial and an order's number in an SSN's or an A-number's shape, a
ticket number after its airline code, storms and ships named after people and the people they are named after,
a course's famous people, pets in a list, a pedigree's sire and dam, rooms in a table, kin words of other
languages, a machine's log, a form letter's closing, a format's example, boats' quoted names, aircraft types and
a password read by code. Beside each release, the private data the same rule must keep. Every text here is
invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, kept_back, refused, untouched

# --- numbers of things in the shapes of people's numbers ---


def test_a_parts_serial_numbers_pass(boundary: Boundary) -> None:
    untouched(boundary, "Compressor swap on unit 4: old S/N 912-33-0456 pulled, new S/N 914-20-7781 installed. Log it.")


def test_an_employees_ssn_beside_a_serial_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Pump S/N 912-33-0456 was signed out by Dana Pruitt, SSN 412-55-8890.", "412-55-8890")


def test_a_number_called_an_ssn_right_after_a_serial_label_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "The S/N 412-55-8890 on the form is really her SSN; fix the field name.", "412-55-8890")


def test_an_order_number_in_an_a_numbers_shape_passes(boundary: Boundary) -> None:
    untouched(boundary, "Please reissue work order A20241103 and batch A2024-1103-07; invoice INV-0077120.")


def test_an_a_number_under_its_own_label_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Applicant file: A-number A204518837, work order pending.", "A204518837")


def test_a_ticket_number_after_its_airline_code_passes(boundary: Boundary) -> None:
    untouched(boundary, "The passenger's e-ticket number is 016 7734120982, booked on United.")


def test_a_phone_after_a_dialling_prefix_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Her cell is 011 4477120982 and the ticket number is pending.", "4477120982")


def test_a_sample_returns_never_issued_ssns_pass(boundary: Boundary) -> None:
    untouched(boundary, "Our payroll sample uses SSN 000-45-6712 and 666-12-0001. Guaranteed never to be real?")


def test_a_never_issued_ssn_as_someones_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Her SSN is 000-45-6712 on the W-2.", "000-45-6712")


def test_a_short_identifiers_format_example_passes(boundary: Boundary) -> None:
    untouched(boundary, "Help text: a PreCheck KTN such as TT1234567 starts with TT; a PASSID is 9 digits.")


def test_a_travelers_ktn_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Traveler's KTN is TT1234567, please add it to her booking.", "TT1234567")


# --- storms, ships, regimes, stations and places named after people ---


def test_a_storm_named_again_without_its_word_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Rank Hurricane Katrina (2005), Hurricane Milton (2024) and Hurricane Sandy (2012) by insured losses, and"
        " say why Milton's wind claims dominated.",
    )


def test_a_person_who_shares_a_storms_name_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "After Hurricane Milton flooded the street, Milton Ferreira (DOB 04/11/1980) filed claim 55-1234.",
        "Milton Ferreira",
        "04/11/1980",
    )


def test_ships_and_their_namesakes_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "For the lobby display, list two Legend-class cutters: USCGC Hamilton and USCGC Munro. Add who each is"
        " named after (Alexander Hamilton, Signalman Douglas Munro).",
    )


def test_a_crew_member_who_shares_a_ships_name_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Crew list for USCGC Munro: BM2 Kayla Munro and ME1 Travis Oakes, call 305-555-0148 for the duty roster.",
        "Kayla Munro",
        "305-555-0148",
    )


def test_a_regimes_one_word_name_and_a_rulers_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "For an e-learning module on Cold War Latin America, give neutral background on Fulgencio Batista's fall"
        " in 1959 and the Somocista regime next door. 150 words.",
    )


def test_a_station_and_a_sainte_place_pass(boundary: Boundary) -> None:
    untouched(boundary, "Boat crew: Depart Station Ponce Inlet 0600L, recover at Sault Ste. Marie by 1800L.")


# --- famous people in a course, a paragraph, an open house ---


def test_a_paragraph_for_a_course_on_a_landmark_plaintiff_passes(boundary: Boundary) -> None:
    untouched(boundary, "Draft a paragraph for our civics course on Ernesto Miranda and the warnings named for him.")


def test_an_aircraft_makers_founder_in_a_blurb_passes(boundary: Boundary) -> None:
    untouched(boundary, "For the museum open house, a short blurb on how William Boeing started building seaplanes.")


def test_a_namesake_in_a_case_note_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Paragraph for the file: Ernesto Miranda called me about his case at 3pm.", "Ernesto Miranda")


def test_a_namesake_applicant_in_a_training_roster_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Training module roster: applicant Ernesto Miranda, DOB 03/09/1981, needs the course by Friday.",
        "Ernesto Miranda",
    )


# --- animals, rooms and kin ---


def test_a_litters_names_pass(boundary: Boundary) -> None:
    untouched(boundary, "Caption for the shelter page: meet our new kittens: Oliver, Cleo, Milo and Daisy.")


def test_the_people_who_took_the_puppies_are_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Our new puppies went home with Maria Alvarez and Tom Becker; Maria's number is 555-201-3344.",
        "Maria Alvarez",
        "555-201-3344",
    )


def test_a_pedigrees_sire_and_dam_pass(boundary: Boundary) -> None:
    untouched(boundary, 'Registry check: Sire: "Von der Wolfsheide Basko". Dam: "Aska vom Kirschental". Which club?')


def test_rooms_in_a_list_pass(boundary: Boundary) -> None:
    untouched(boundary, "Room, water depth\nGarage, 18\nLaundry, 16\nKitchen, 12\nWhich rooms need a flood cut?")


def test_kin_words_of_other_languages_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Family tree craft for class: Abuela and Abuelo on dad's side, Nonna and Nonno on mom's side, plus aunts"
        " and cousins. Layout ideas?",
    )


def test_a_grandmother_named_with_her_kin_word_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Abuela Rosa Delgado (DOB 02/11/1941) lives with us; her grandchildren visit Sundays.",
        "Rosa Delgado",
        "02/11/1941",
    )


# --- logs, letters, boats, aircraft ---


def test_a_machines_log_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Pump house log, anything odd?\n03:14:22 PUMP2 START\n03:14:40 VFD FAULT CLEARED\n"
        "2026-01-04 03:20:11 HIGH LEVEL ALARM",
    )


def test_names_in_capitals_in_a_badge_log_are_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Badge log 2026-01-04 08:02:11 GARCIA MARIA entered lobby; 08:05 desk call from LOPEZ JUAN.",
        "GARCIA MARIA",
        "LOPEZ JUAN",
    )


def test_a_user_in_a_stamped_log_line_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary, "Auth log, why the lockout?\n2026-01-04 08:02:11 DENISE HARTWELL LOGIN FAILED", "DENISE HARTWELL"
    )


def test_a_form_letters_closing_and_office_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Shorten this template:\nDear [Applicant Name],\nYour card number is [CARD_NO]. If you need an interpreter,"
        " bring one.\nRespectfully,\nFraud Detection Programs",
    )


def test_a_letters_signer_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Dear Ms. Ortega,\nYour appointment is confirmed.\nSincerely,\nDana Whitfield\nField Office Director",
        "Dana Whitfield",
        "Ortega",
    )


def test_boats_quoted_names_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        'Marina slip assignments for spring: "Lady Margaret" in B-4, "Salty Dog" in B-5, "Captain Ron" in C-1.'
        " Draft the boat owners' notice.",
    )


def test_a_boat_owner_with_a_phone_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        'Boat owners for the VSC: "Maria Delgado" (cell 305-555-0188) and "Tom Price". Send reminders.',
        "Maria Delgado",
        "305-555-0188",
    )


def test_an_aircraft_type_passes(boundary: Boundary) -> None:
    untouched(boundary, "Our King Air is down for a prop overhaul; the Jayhawk covers the Thursday patrol.")


# --- passwords that code reads ---


@pytest.mark.parametrize(
    "text",
    [
        'Review this please:\nimport os\ndb_password = os.environ["DB_PASSWORD"]\nconn = connect(password=db_password)',
        "Review this please:\ncreds = vault.read(\"kv/app\")\npassword = creds['password']",
    ],
)
def test_a_password_read_by_code_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_literal_password_is_refused(boundary: Boundary) -> None:
    refused(boundary, "config:\npassword = hunter2Blue!")
