"""Round 11, false positives by decision (found on blind set n, checked against every set): words that the name
readers take for a person although the words themselves say they are something else: a thing's last word
("… Building", "… Telescope"), a phrase's joining word in a field's value ("Review of …"), a log's field label
("Failure Reason:", "Logon Type:"), an operating system's own account ("Administrator"). Beside each, the names
the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing
from gateway.detect.recognizers.personal.chat_speaker import ChatSpeakerRecognizer
from gateway.detect.recognizers.structured_field import StructuredFieldRecognizer

from .conftest import kept_back, untouched

# --- a thing named after a person: its last word says what it is ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Badge pickup is at the Hubert Humphrey Building on Independence Ave.", "Hubert Humphrey Building"),
        (
            "The class visits the Nancy Grace Roman Space Telescope mock-up at noon.",
            "Nancy Grace Roman Space Telescope",
        ),
        ("Kayak around Theodore Roosevelt Island after the offsite.", "Theodore Roosevelt Island"),
        ("Park in the Frances Perkins Garage, level 3.", "Frances Perkins Garage"),
        ("Summarize the Mansfield Fellowship Act for new hires.", "Mansfield Fellowship Act"),
    ],
)
def test_a_name_ending_in_a_things_noun_names_a_thing(text: str, span: str) -> None:
    start = text.index(span)
    assert names_a_thing(text, start, start + len(span))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ask Shirley Temple to sign the roster.", "Shirley Temple"),  # a surname that is also a thing's word
        ("Forward the leave slip to Jae-won Park.", "Jae-won Park"),
        ("Forward the memo to Margaret Bridges.", "Margaret Bridges"),
        ("Loop in Dana Arena from payroll.", "Dana Arena"),
    ],
)
def test_a_surname_that_is_also_a_word_is_not_a_thing(text: str, span: str) -> None:
    start = text.index(span)
    assert not names_a_thing(text, start, start + len(span))


def test_a_person_beside_a_building_is_still_hidden(boundary) -> None:
    kept_back(
        boundary,
        "Rewrite: Odalys Ferreira-Quint will meet the auditors at the Wilbur Cohen Building.",
        "Odalys Ferreira-Quint",
    )


# --- a field's value with a phrase's joining word is a title, not a name ---


def _structured_people(text: str) -> list[str]:
    found = StructuredFieldRecognizer().analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in found if r.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "MEMORANDUM FOR: Regional Directors\nSUBJECT: Review of Telework Agreements for Field Staff\n\n1. Purpose.",
        "Subject: Notice to Employees about the Parking Change\nPlease read by Friday.",
        "Subject: Closure of the Records Room in January\nThanks.",
    ],
)
def test_a_subject_line_that_reads_as_a_phrase_is_no_person(text: str) -> None:
    assert _structured_people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Subject: Maria de la Cruz Benavides\nDOB: 04/11/1983", "Maria de la Cruz Benavides"),  # name particles
        ("Name: Yusuf bin Tariq Haddad\nPhone: 202-555-0147", "Yusuf bin Tariq Haddad"),
        ("Witness: Corinne Abara-Lindqvist, neighbor of the applicant", "Corinne Abara-Lindqvist"),
    ],
)
def test_a_name_field_still_reads_names(text: str, name: str) -> None:
    assert any(name in p for p in _structured_people(text))


def test_a_memo_subject_passes_untouched(boundary) -> None:
    untouched(
        boundary,
        "Tighten this memo:\n\nMEMORANDUM FOR: All Program Managers\nSUBJECT: Use of Shared Drives for Draft "
        "Budgets\n\n1. Purpose. This memo explains where draft budgets should be kept.",
    )


@pytest.mark.parametrize("account", ["Administrator", "Guest", "root"])
def test_an_operating_systems_own_account_is_no_person(account: str) -> None:
    assert _structured_people(f"Account Name: {account}\nAccount Domain: LAB-07\nStatus: 0xC000006D") == []


# --- a log's field labels are not the speakers of a chat ---


def _speakers(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ChatSpeakerRecognizer().analyze(text, ["PERSON"])]


def test_field_labels_of_an_event_log_are_not_speakers() -> None:
    text = (
        "An account failed to log on.\n"
        "Caller Process Name: C:\\Windows\\System32\\svchost.exe\n"
        "Failure Reason: Unknown user name or bad password.\n"
        "Source Network Address: -\n"
        "Logon Type: 3\n"
        "Caller Process Name: -\n"
    )
    assert not {"Failure Reason", "Source Network Address", "Logon Type"} & set(_speakers(text))


def test_speakers_of_a_chat_are_still_people() -> None:
    text = "Ingrid Solberg: is the VPN down?\nTomasz Wrobel: yes since 9\nIngrid Solberg: ok thanks\n"
    assert {"Ingrid Solberg", "Tomasz Wrobel"} <= set(_speakers(text))


def test_a_model_span_before_a_colon_ending_in_a_field_word_is_a_label(boundary) -> None:
    untouched(boundary, "what does this mean?\nLogon Process: NtLmSsp   Logon Type: 3   Package Name: NTLM V2")


# --- never-issued SSN-shaped numbers offered as examples of the rules ---


def test_never_issued_numbers_in_a_question_about_the_rules_pass(boundary) -> None:
    untouched(
        boundary,
        "my form check lets through 000-31-5521, 666-90-1187 and 913-22-4410. which of these could be real? "
        "fix the regex please",
    )


def test_an_issuable_number_among_them_is_still_hidden(boundary) -> None:
    kept_back(
        boundary,
        "my form check lets through 000-31-5521 and 531-84-2290. which of these could be real? fix the regex please",
        "531-84-2290",
    )


def test_a_lone_never_issued_number_under_its_label_is_still_hidden(boundary) -> None:
    kept_back(boundary, "Fix the format rules for this row: name Odile Marchetti, SSN 913-22-4410", "913-22-4410")


# --- a job title after "Sr." is a post, not a person ---


@pytest.mark.parametrize(
    "text",
    [
        "Summarize: labor category ceiling $142.10/hr for Sr. Network Engineer, period of performance 2026-2028.",
        "Rate card: $97/hr for Sr. Data Analyst and $121/hr for Sr. Cloud Architect.",
    ],
)
def test_a_senior_job_title_passes(boundary, text: str) -> None:
    untouched(boundary, text)


def test_an_honorific_before_a_name_is_still_a_person(boundary) -> None:
    kept_back(boundary, "Traduce: el Sr. Anselmo Quiroga-Villalba llamó sobre su cita.", "Anselmo Quiroga-Villalba")


# --- one digit written over and over is a placeholder, not an issued number ---


@pytest.mark.parametrize(
    "text",
    [
        'write a zod schema for {"receipt": "IOE0000000000", "anumber": "A000000000", "status": "pending"}',
        "the sample form shows phone 555-555-5555 and account 111111111111; make the labels bold",
    ],
)
def test_a_repeated_digit_placeholder_passes(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_real_looking_number_beside_a_placeholder_is_still_hidden(boundary) -> None:
    kept_back(
        boundary, "fill in: phone 555-555-5555 (placeholder), but Ilse Varga's real one is 312-894-2271", "312-894-2271"
    )


# --- a constant's name passed on in code is a reference, not the secret ---


@pytest.mark.parametrize(
    "text",
    [
        'add retries:\n\nTOKEN_VALUE = os.environ["SVC_TOKEN"]\nr = httpx.post(url, headers={"Authorization": '
        "TOKEN_VALUE}, timeout=5)",
        "why does this fail?\nconst DB_SECRET = process.env.DB_SECRET;\n"
        "const pool = new Pool({ password: DB_SECRET });",
    ],
)
def test_an_assigned_constant_passed_as_a_credential_passes(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_literal_assigned_to_the_constant_still_blocks(boundary) -> None:
    blocked, _ = boundary(
        'fix this:\nDB_SECRET = "Qv7!harbor-Lantern22"\npool = Pool(password=DB_SECRET)\nprint(pool.status)'
    )
    assert blocked


# --- a year-led serial is an ID, not a phone number ---


def test_a_year_led_serial_is_no_phone(boundary) -> None:
    untouched(boundary, "average the lab scores: 71, 84, 90. Kit numbers run 2025-0917-04 to -09.")


def test_a_phone_number_is_still_hidden(boundary) -> None:
    kept_back(boundary, "text Marguerite Osei at 2025-551-017 ... no wait, her cell is 415-662-3381", "415-662-3381")
