"""Round 13, false positives by decision (found on blind set p, with m, n and the holdout, checked against every
set): placeholders (a form's words for a name, a mailbox of anyone at a documentation domain, a sample town or
ZIP, a database's unknown-date sentinel, a template's token of one repeated character), numbers of things (a
hotel folio, a lab sample, an LDAP timestamp, a room code), published addresses written with "D.C." or a suite,
names of things (a school, a state park, medals, a business's possessive, a team, a storm, a list of counties or
cutters), a person cue before an office, iCalendar keys, foreign prose the name readers misread, and a Terraform
reference read over a line break. Beside each, the people and values the same decision must keep. Every text
here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, Spans, kept_back, refused, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- placeholders ---


def test_a_schema_placeholder_row_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "INSERT INTO people (full_name, dob) VALUES ('TEST NAME', '1900-01-01');\nShould dob allow NULL instead?",
    )


def test_a_storybook_sample_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        '// obviously fake\nconst demo = {\n  name: "Firstname Lastname",\n  email: "user@example.com",\n'
        '  address: "42 Elm St, Anytown, ST 00000",\n};',
    )


def test_a_real_person_in_the_same_schema_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "INSERT INTO people (full_name, dob, email) VALUES ('Odalys Quintero', '1984-07-19', "
        "'odalys.q@mail.example.com');",
        "Odalys Quintero",
        "1984-07-19",
        "odalys.q@mail.example.com",
    )


def test_a_sample_name_and_mailbox_in_a_caption_pass(boundary: Boundary) -> None:
    untouched(boundary, 'The mock-up shows Name "Jane Q. Public" and email "name@example.gov". Reword the caption.')


def test_a_template_token_of_one_character_is_not_blocked(boundary: Boundary) -> None:
    untouched(boundary, "Is this .env.sample fine?\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")


def test_a_real_looking_token_is_still_blocked(boundary: Boundary) -> None:
    refused(boundary, "Is this .env fine?\nGITHUB_TOKEN=ghp_4fQx9ZkP2mLw7RtY8vBn3CdE6hJs1aGu0oTi")


# --- numbers of things ---


@pytest.mark.parametrize(
    "text",
    [
        "Summarize the stay: room 1412, hotel folio 582-31-7706, checkout Friday.",
        "Reword: water sample ID 233-61-9048 from the east intake passed.",
        "Explain this filter: (&(objectClass=user)(pwdLastSet>=20251231235959.0Z))",
    ],
)
def test_numbers_of_things_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_an_ssn_with_its_own_label_beside_a_sample_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Sample kit for Ivo Brandt, SSN 233-61-9048, arrives Monday.", "233-61-9048")


def test_a_room_code_before_a_number_is_no_house_number(reported: Spans) -> None:
    text = "Ticket: printer jam in Room 4C-212 Oakmont Ave Annex, facilities queue."
    assert not any(t == "STREET_ADDRESS" for t, _ in reported(text))


def test_a_form_name_before_an_address_keeps_the_address(boundary: Boundary) -> None:
    kept_back(boundary, "Please send my W-2 to 918 Larch St Apt 2B, Bangor, ME 04401 by Friday.", "918 Larch St")


# --- published contact points written another way ---


@pytest.mark.parametrize(
    "text",
    [
        "Footer: Department of Homeland Security, 245 Murray Lane SW, Washington, D.C. 20528.",
        "Address block: U.S. Secret Service Headquarters, 950 H Street NW, Suite 7800, Washington, DC 20223.",
    ],
)
def test_a_published_address_with_dots_or_a_suite_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


# --- names of things ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("My kid misses class for the Harriet Oakes Elementary field trip.", "Harriet Oakes Elementary"),
        ("Stops at the Amos Greer State Park and the lighthouse.", "Amos Greer State"),
        ("Nominate the team for the Lowell Brandt Service Medals this year.", "Brandt Service Medals"),
        ("Does Wanda Cyber Security's simulator support SSO?", "Wanda Cyber Security's"),
        ("The sister team is Team Odette, after the drill.", "Team Odette"),
        ("Storm Imelda is now a Cat 2, track shifted east.", "Storm Imelda"),
        ("Abrirá 30 días después de la tormenta Inés.", "Inés"),
        ("Declared: designated counties Marlow, Quill, Dunmore, Hatcher; IA only.", "Hatcher"),
        ("The cutters Alder, Bramble and Osgood are in port.", "Osgood"),
        ("Alder and Winslow Reed are icebreakers; list their home ports.", "Winslow Reed"),
    ],
)
def test_the_words_around_a_name_say_it_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ask Harriet Oakes to sign the field trip form.", "Harriet Oakes"),
        ("Send the bridges report to Mabel Bridges today.", "Mabel Bridges"),
        ("Storm Whitaker called about the desk.", "Storm Whitaker"),
        ("Ask the county clerks Marlow and Hatcher to call me.", "Hatcher"),
        ("Winslow Reed is a ship captain from Maine.", "Winslow Reed"),
    ],
)
def test_a_person_near_the_same_words_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_a_cue_before_an_office_is_no_person(boundary: Boundary) -> None:
    untouched(
        boundary,
        "From: TSA Contact Center <no-reply@example.gov>\nThank you for contacting the TSA Contact Center. "
        "Shorten this reply.",
    )


def test_a_cue_before_a_person_still_hides_the_person(boundary: Boundary) -> None:
    kept_back(boundary, "From: Marisol Ibarra-Quint\nPlease reset my badge PIN.", "Marisol Ibarra-Quint")


# --- keys, foreign prose, a reference over a line break ---


def test_an_icalendar_event_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "BEGIN:VEVENT\nUID:1234-abcd\nSUMMARY:Records training\nLOCATION:Annex B\nEND:VEVENT\nMake this a reminder.",
    )


def test_a_chat_in_capitals_still_names_its_speakers(reported: Spans) -> None:
    text = "NGUYEN: can you cover\nOKAFOR: yes\nNGUYEN: thanks\nOKAFOR: np"
    assert ("PERSON", "OKAFOR") in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        'Translate: "Xafiiska waa xiran yahay. Dalabaadka waxa lagu soo gudbin karaa bogga internetka."',
        'Translate: "Lütfen pasaportunuzu ve gümrük beyannamenizi haz\u0131r bulundurun."',
        'Traduce: "Centro en la Biblioteca Pública de Marlow. Línea de ayuda abierta."',
        'ترجم إلى الإنجليزية من فضلك: "يمكن تقديم الطلبات عبر الإنترنت."',
        "Proofread: Trainees report at 0730. Lunch at Quill Street Cafe.",
    ],
)
def test_foreign_prose_and_schedules_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_lower_case_name_in_a_lower_case_chat_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "ok so xiomara peralta ran the desk last night, can you log it", "xiomara peralta")


def test_a_terraform_reference_is_not_blocked(boundary: Boundary) -> None:
    untouched(
        boundary,
        'resource "aws_db_instance" "main" {\n  password          = var.db_admin_password\n'
        "  kms_key_id        = data.aws_kms_key.rds.arn\n}\nIs this safe?",
    )


def test_a_literal_password_in_terraform_is_still_blocked(boundary: Boundary) -> None:
    refused(boundary, 'resource "aws_db_instance" "main" {\n  password = "Qx7!mLp2#Rv9"\n}\nIs this safe?')


# --- code words, methods, a camel-cased programme, a letter range ---


@pytest.mark.parametrize(
    "text",
    [
        "Our drill code words are LYNX, CORVUS and PAVO. Suggest three more bird names.",
        "Contrast the Kalman filter with a Monte Carlo simulation for the sensor brief.",
        "Does the phishing tool support FedRAMP Moderate? Keep the answer short.",
        "Declaration summary: IA and PA categories A-G. Hazard Mitigation statewide.",
    ],
)
def test_code_words_methods_and_ranges_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_manifest_in_capitals_still_names_its_people(reported: Spans) -> None:
    text = "Manifest rows: OKONKWO, CHIDIEBERE and MBEKI, THANDIWE boarded at gate 4."
    assert ("PERSON", "OKONKWO, CHIDIEBERE") in reported(text)


def test_a_given_name_that_is_a_storm_word_elsewhere_is_still_a_name(boundary: Boundary) -> None:
    # "bão" is Vietnamese for a storm, and Bao a Vietnamese given name: only other languages' storm words lead storms
    kept_back(boundary, "Her full name is Bao Tran-Pham, put it on the cover sheet.", "Bao Tran-Pham")
