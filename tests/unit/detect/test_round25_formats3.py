# ruff: noqa: RUF001 - Cyrillic letters on purpose
"""Round 25, formats (sets ae and af): birth dates with no label beside them in a text about birth dates (a list
of people, each with a date); OCR'd birth dates (a stray space inside a number, an O for a zero) under a label or
a birth-date column, the column's header OCR'd too; a birth month and year after a label; a document that "says"
the birth date; Albanian and other European birth-date labels; the Ukrainian and Russian "year of birth" after a
date; a passport's machine-readable zone whose check digits fail. And, left alone, the same shapes where they are
no one's. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.recognizers.personal.date_of_birth import ocr_birth_date

from .conftest import kept_back, refused, untouched

# --- a list of people with their dates, in a text about birth dates ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The gym wants birthdates for the guest passes: Marisol Quintero 11/03/1988, Teodor Halvorsen 7/22/1979. "
            "Can I say no?",
            ("11/03/1988", "7/22/1979"),
        ),
        (
            "Dedupe this list, some people are in it twice with two DOBs:\nAnneliese Brandtner 1969-05-17\n"
            "Kofi Mensah-Ollennu 1983-10-02\nAnneliese Brandtner 1969-07-15",
            ("1969-05-17", "1983-10-02", "1969-07-15"),
        ),
        (
            "Dates of birth for the chaperones, please format as a table:\n- Brandtner, Anneliese — 04.02.1971\n"
            "- Ollennu, Kofi — 19.11.1980",
            ("04.02.1971", "19.11.1980"),
        ),
    ],
)
def test_dates_of_listed_people_in_a_text_about_birth_dates(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def forwarded_with(boundary, text: str, value: str) -> None:
    """Forwarded, ``value`` in it as written (the names beside it may be redacted)."""
    blocked, forwarded = boundary(text)
    assert not blocked, text
    assert value in forwarded, (value, forwarded)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no talk of birth dates: a name beside a date is a signature's date
        ("Signed off: Marisol Quintero 11/03/2021. Next review with the vendor in spring.", "11/03/2021"),
        # talk of birth dates, but the date after the name is this year's: an event
        ("Who fixed the DOB import? Changes: Teodor Halvorsen 2026-03-02, reviewed.", "2026-03-02"),
    ],
)
def test_dates_that_are_not_listed_birth_dates(boundary, text: str, value: str) -> None:
    forwarded_with(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Which DOB format does the portal want? Release notes: Version 4 shipped 2021-03-02, Version 5 2020-11-20.",
        "DOB fields changed: Policy Memo 2019-04-01 replaced Policy Memo 2016-08-15. Summarize the change.",
    ],
)
def test_dates_after_things_in_a_text_about_birth_dates(boundary, text: str) -> None:
    untouched(boundary, text)


# --- OCR'd birth dates ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Scan of the enrolment card:\nDOB: 1 1/2 3/2 0 0 9   Grade: 10", "1 1/2 3/2 0 0 9"),
        ("OCR text, intake form\nDate of Birth (mm/dd/yyyy)  O7/O4/1991  Sex F", "O7/O4/1991"),
        ("Birth date  2 O / O 5 / 1 9 7 7 (per the old scan)", "2 O / O 5 / 1 9 7 7"),
    ],
)
def test_ocr_birth_dates_under_a_label(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_ocr_birth_dates_under_an_ocr_header(boundary) -> None:
    text = (
        "Scanned roster, the O's are zeros:\nN0.  NAME                D0B          PH0NE\n"
        "3    OYELARAN, TUNDE      O9/14/1972   2O2-555-0141\n4    LINDQVIST, MAJA      12/O1/1985   202-555-0177\n"
        "please clean it"
    )
    kept_back(boundary, text, "O9/14/1972", "12/O1/1985")


def test_ocr_birth_date_must_read_back_as_a_date() -> None:
    assert ocr_birth_date("O3/18/1966")
    assert ocr_birth_date("0 4/ 1 7/19 8 2")
    assert not ocr_birth_date("03/18/1966")  # a plain date: the plain pattern's
    assert not ocr_birth_date("O3/48/1966")
    assert not ocr_birth_date("1 2/1 3/1 8 0 0")  # no one alive was born then


def test_ocr_shapes_that_are_no_birth_date(boundary) -> None:
    untouched(boundary, "Room O4 / 1 2 / 3 is the storage cage; the DOB audit is on the 3rd floor.")


# --- more label forms ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CASE NOTE: SUBJ STATES ACTUAL DOB IS SEPTEMBER 1981, PPT SHOWS 01/01/1980.", "SEPTEMBER 1981"),
        ("the nurse says his DOB on the chart says 02/14/2016, can you check the wristband?", "02/14/2016"),
        ("Data e lindjes: 17.06.1992, vendlindja Durrës", "17.06.1992"),
        ("Ditëlindja e tij në aplikacion shfaqet: 1979-01-30", "1979-01-30"),
        ("Datum rođenja: 08.03.1986. Mjesto: Tuzla", "08.03.1986"),
        ("Довідка видана Олені Петрівні Ковальчук, 02.11.1990 р.н., для пред'явлення", "02.11.1990"),
    ],
)
def test_more_birth_date_labels(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The DOB field was added to the form in March 2024; before that we asked for age.",
        "Our DOB policy lists 3 exceptions, each in section 2 of the memo.",
    ],
)
def test_label_shapes_that_are_no_birth_date(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a passport's machine-readable zone with a failing check digit ---


def test_mrz_with_wrong_number_and_expiry_checks_under_its_name_line(boundary) -> None:
    text = (
        "Our kiosk says invalid MRZ for this one:\nP<CANMARTEL<<JOSEE<AMELIE<<<<<<<<<<<<<<<<<<<<\n"
        "GK481927<5CAN8507147F2908227<<<<<<<<<<<<<<06\nwhat is wrong?"
    )
    kept_back(boundary, text, "GK481927", "850714", "MARTEL<<JOSEE<AMELIE")


def test_mrz_shaped_line_alone_is_not_taken_without_its_checks(boundary) -> None:
    untouched(boundary, "Fixture row for the parser test: GK481927<5CAN8507147F2908227<<<<<<<<<<<<<<06 (expect reject)")


# --- a passport's number in a travel record typed as a passport ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'booking API dump: {"pax":{"surname":"Oyelaran","doc":{"type":"P","num":"K7731904C","iss":"NGA"}}}',
            "K7731904C",
        ),
        ("SSR DOCS line parsed: doc_number=Y20418837; doc_type=PASSPORT; nat=GBR", "Y20418837"),
    ],
)
def test_number_of_a_passport_typed_document(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_number_of_another_document_type_is_left(boundary) -> None:
    untouched(boundary, 'Schema check: {"type":"V","num":"BATCH20418","status":"queued"} - is "num" required?')


# --- e-mail addresses with a mistyped top-level name ---


def test_email_with_a_mistyped_top_level_name(boundary) -> None:
    kept_back(
        boundary,
        "These bounced: kalani.reyes@gmail.cmo and d.okafor@outlook.con - fix them?",
        "kalani.reyes@gmail.cmo",
        "d.okafor@outlook.con",
    )


def test_code_with_a_dotted_name_is_not_an_email(boundary) -> None:
    untouched(boundary, "In the config, set retries@host.cfg to 3 and timeout to 30.")


# --- phone numbers read out a digit at a time ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'Transcript: "yeah you can call me back at 9 1 2, 5 5 5, 0 1 7 4 anytime after five"',
            "9 1 2, 5 5 5, 0 1 7 4",
        ),
        ("voicemail says her mobile is 4 0 4. 5 5 5. 0 1 9 2, she'll wait", "4 0 4. 5 5 5. 0 1 9 2"),
    ],
)
def test_phone_read_out_digit_by_digit(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_digits_read_out_that_are_no_phone(boundary) -> None:
    untouched(boundary, "The phone survey scores, in order: 5, 0, 4, 5, 5, 5, 0, 1, 3, 8, 9. What is the median?")


# --- street addresses: grid streets with rarer suffixes, highways in lower case, OCR's spaces ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "We bought 10420 SW 184th Path, Miami, FL 33157 last spring and the flood map changed.",
            "10420 SW 184th Path",
        ),
        ("remind me: the survey is for 2215 hwy 90, jennings la 70546 - send to the owner", "2215 hwy 90"),
        ("OCR of the form: Addr ess: 614 NE 23 rd St, Ocala, FL 3 4 4 7 0  Phone: none", "614 NE 23 rd St"),
    ],
)
def test_more_street_address_forms(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_route_in_a_trip_is_no_address(boundary) -> None:
    untouched(boundary, "We drove 2400 miles on route 66 in 2019; which towns in il are worth a stop?")


# --- a driver's licence after the state's code ---


def test_licence_after_the_state_code(boundary) -> None:
    text = "For the permit form: I'm the parent, and my license is MI K-204-118-593-771. Her SSN is pending."
    kept_back(boundary, text, "K-204-118-593-771")


# --- passwords in prose, named by a pronoun ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The benefits site made me pick a new password, I saved it as Harbor#2031mist in my notes. Is that safe?",
            "Harbor#2031mist",
        ),
        (
            "Locked out of the county VPN again. IT reset it and sent me the temporary one: Qv7!mPz2Lr - no luck.",
            "Qv7!mPz2Lr",
        ),
    ],
)
def test_password_given_by_a_pronoun(boundary, text: str, value: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new password policy: set it to expire every 90 days and keep it at 12 characters. Draft the memo.",
        "Release notes for the kiosk: the new one: Build-4.2.0 replaces the old one.",
    ],
)
def test_pronouns_after_a_password_word_that_give_no_password(boundary, text: str) -> None:
    untouched(boundary, text)
