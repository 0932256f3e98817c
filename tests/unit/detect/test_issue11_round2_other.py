"""Issue 11, round 2 (set d), the kinds of miss other than names: one test per class, through the proxy boundary
under the shipped commercial policy. The texts are this file's own; every value is invented except the
department's published contact points."""

from __future__ import annotations

import pytest

from gateway.detect.labels import entity_for

from .conftest import kept_back, refused, untouched

# --- labels of more languages, qualifiers in parentheses, EDIPI columns ---


@pytest.mark.parametrize(
    ("label", "entity"),
    [
        ("ngay_sinh", "DATE_OF_BIRTH"),
        ("Ngày sinh", "DATE_OF_BIRTH"),
        ("Dat nesans", "DATE_OF_BIRTH"),
        ("Дата рождения", "DATE_OF_BIRTH"),
        ("Dt of birth", "DATE_OF_BIRTH"),
        ("DOB (per I-94)", "DATE_OF_BIRTH"),
        ("Số hộ chiếu", "US_PASSPORT"),
        ("رقم الجواز", "US_PASSPORT"),
        ("여권번호", "US_PASSPORT"),
        ("Số an sinh xã hội", "US_SSN"),
        ("Địa chỉ", "STREET_ADDRESS"),
        ("주소", "STREET_ADDRESS"),
        ("Телефон", "PHONE_NUMBER"),
        ("Số định tuyến", "ABA_ROUTING_NUMBER"),
        ("Số tài khoản", "US_BANK_NUMBER"),
        ("edipi", "DOD_EDIPI"),
        ("dod_id", "DOD_EDIPI"),
        ("Name (company)", None),
    ],
)
def test_labels_of_more_languages(label: str, entity: str | None) -> None:
    assert entity_for(label) == entity


def test_dob_column_of_a_semicolon_csv_with_a_vietnamese_header(boundary) -> None:
    text = "Who is oldest?\nho_ten;ngay_sinh;ghi_chu\nTran Minh Khoa;1979-03-30;ok\nLe Thi Hoa;1990-11-02;ok"
    kept_back(boundary, text, "1979-03-30", "1990-11-02")


def test_dob_column_with_a_qualifier_in_parentheses(boundary) -> None:
    text = "Compare:\nLAST | FIRST | DOB (I-94) | DOB (visa)\nADEYEMI | KOLA | 1983-05-14 | 1983-14-05"
    kept_back(boundary, text, "1983-05-14", "1983-14-05")


def test_html_table_with_a_header_row(boundary) -> None:
    text = (
        "Fix this table:\n<table><tr><th>Name</th><th>DOB</th><th>Notes</th></tr>"
        "<tr><td>Petar Ilic</td><td>1977-08-21</td><td>none</td></tr></table>"
    )
    kept_back(boundary, text, "1977-08-21")


def test_edipi_column(boundary) -> None:
    text = "Who lacks a CAC?\nsurname,given,edipi,unit\nMarsh,Owen,1402938475,USCG Sector Mobile"
    kept_back(boundary, text, "1402938475")


def test_mistyped_ssn_in_an_ssn_column(boundary) -> None:
    text = "Spot the typo:\nNAME;SSN\nKOVAC, Ana;512-33-0914\nBABIC, Luka;512-3-309144"
    kept_back(boundary, text, "512-33-0914", "512-3-309144")


def test_foreign_language_form_labels(boundary) -> None:
    text = "Translate:\nФИО: Орлова Анна\nДата рождения: 02.11.1986\nТелефон: +7 903 555-12-40"  # noqa: RUF001 - Cyrillic on purpose
    kept_back(boundary, text, "02.11.1986")
    kept_back(boundary, "Tradui:\nDat nesans: 14/07/1979\nTelefòn: 786-555-0133", "14/07/1979")


# --- dates of birth in prose ---


def test_date_in_parentheses_after_a_name(boundary) -> None:
    kept_back(boundary, "Subject Dana Whitfield (03/14/1971) was referred to secondary.", "03/14/1971")
    # an event date in the same shape stays
    untouched(boundary, "The memo (11/28/2026) covers the staffing plan.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fix: Ada was born on the ninth of October nineteen seventy-six in Aba.", "the ninth of October nineteen"),
        ("She was born June the twenty-first, two thousand three, in Cebu.", "June the twenty-first, two thousand"),
        ("born on the first of may nineteen oh five", "the first of may nineteen oh five"),
    ],
)
def test_date_of_birth_in_words(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_dob_then_a_verb(boundary) -> None:
    kept_back(boundary, "the hit on Kiran Mehta cleared, DOB matches 3 Feb 1979 not the other", "3 Feb 1979")


def test_chat_answer_that_is_only_a_date(boundary) -> None:
    text = "[1/2/26, 9:14 PM] Counsel: please send her DOB\n[1/2/26, 9:20 PM] Amaka: March 9, 1990\n"
    kept_back(boundary, text, "March 9, 1990")
    untouched(boundary, "Fields we collect: name, DOB\nLast updated: 11/30/2099")


# --- identifiers ---


def test_precheck_ktn_with_few_digits(boundary) -> None:
    kept_back(boundary, "Passenger says he is enrolled, KTN TT5R9XQW, and asked for the lane.", "TT5R9XQW")
    text = "[09:02] ann: anyone have the KTN for Paul?\n[09:04] bo: it's TT7M2QRZ i think\n"
    kept_back(boundary, text, "TT7M2QRZ")


def test_passports_listed_together(boundary) -> None:
    text = "the traveler carried two passports, one jordanian K30918274 and one us 540918273, per the log"
    kept_back(boundary, text, "K30918274", "540918273")


def test_i94_created(boundary) -> None:
    kept_back(boundary, "Passenger admitted B2. I-94 created: 55012398761. Refer to HSI.", "55012398761")


def test_ssn_given_as_words_after_his_social(boundary) -> None:
    text = "caller said his social as four one seven, two two, nine zero eight one and hung up"
    kept_back(boundary, text, "four one seven, two two, nine zero eight one")


def test_card_broken_over_a_line(boundary) -> None:
    kept_back(boundary, "what's the card for Ms. Ortiz? 4111 1111\n1111 1111 exp 04/29", "4111 1111\n1111 1111")


def test_uk_desk_line(boundary) -> None:
    kept_back(boundary, "he asked for calls on his desk line 020 7946 0377 instead of e-mail.", "020 7946 0377")


# --- addresses ---


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("they crossed near 4410 w. 12th st, yuma az 85364 in 2018", "4410 w. 12th st, yuma az 85364"),
        ("i live at 41-22 82nd st apt 3c, elmhurst ny 11373. help", "41-22 82nd st apt 3c, elmhurst ny 11373"),
        ("Kim Ha-na, 30 Riverside Commons Apt 12B Jersey City NJ 07310", "30 Riverside Commons Apt 12B Jersey City NJ"),
        ("his uncle lives at House No. 45, Sector 22-B, Chandigarh 160022.", "House No. 45, Sector 22-B, Chandigarh"),
        ("resident of Street 14, F-8/2, Islamabad, born 1980", "Street 14, F-8/2, Islamabad"),
    ],
)
def test_addresses_beyond_title_case_us_streets(boundary, text: str, address: str) -> None:
    kept_back(boundary, text, address)


def test_a_zip_alone_is_no_address(boundary) -> None:
    untouched(boundary, "The 3 teams met in ny 10001 is the zip of the venue, right?")


# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "C.U.I. -- please tidy this: the team moves to the annex on Monday.",
        "F.O.U.O. -- shorten this: the shelter opens once the bridge inspection ends.",
        "SBU\n\nTurn this into bullets: the gate alarm was found disabled during the audit.",
        "The banner reads FOUO. Anyway, please condense the paragraph below.",
        "Why won't this parse?\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.\neyJzdWIiOiJ0ZXN0LXVzZXIifQ.\n"
        "c2lnbmF0dXJlLXZhbHVlLWhlcmU",
        "dice que su contraseña es T u l i p a 7 7 8 8 ! con espacios",
    ],
)
def test_disguised_markings_and_credentials_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "What should I do if the header says CUI? Explain the rule.",
        "CUI -- what does it cover, and who decides?",
        "Benefits he receives:\nSSI\nSNAP\nMedicaid",
        "Banners differ: some say CUI, some say SECRET//NOFORN in training examples. Which matter?",
    ],
)
def test_markings_talked_about_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- false positives ---


def test_case_number_formats_shown_by_example(boundary) -> None:
    untouched(boundary, "Our ticket numbers look like 515-33-2290; write a regex for them.")
    untouched(boundary, "Internal case IDs are like CAS-2026-0041183 and old ones look like 233-08-1190.")


def test_version_numbers_in_a_firmware_sentence(boundary) -> None:
    untouched(boundary, "The camera firmware is 8.1.14.202 and the vendor says 8.1.15.3 fixes the RTSP bug.")
    kept_back(boundary, "Block traffic from host 10.2.3.4 after the firmware update.", "10.2.3.4")


def test_coast_guard_headquarters_is_public(boundary) -> None:
    untouched(boundary, "Mail it to 2703 Martin Luther King Jr Ave SE, Washington, DC 20593 (Coast Guard HQ).")
