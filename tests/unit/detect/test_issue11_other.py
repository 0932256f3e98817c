"""Issue 11, the kinds of miss other than names, one test per class, through the proxy boundary under the
shipped commercial policy (as test_issue11_misses.py). The texts are this file's own; every value is invented
except the department's published contact points."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# -- false positives ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Add to the outreach flyer: questions go to CISA at 888.282.0870 or +1 (888) 282-0870.",
        "Our footer should say: report fraud to the DHS OIG Hotline, (800) 323-8603.",
        "Mail the comment to FEMA, 500 C St. SW, Washington, DC 20472-3100, by Friday.",
        "The TSA headquarters is at 6595 Springfield Center Dr., Springfield, VA 20598.",
        "Privacy questions about the pilot: write to privacy@hq.dhs.gov.",
    ],
)
def test_public_contact_points_in_other_layouts(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Reorder these: P/N 301-555-0199 (hinge), P/N 301-555-0142 (latch).",
        "INC 571-330-1184 was reopened after the outage and closed again Monday.",
        "Sum by desk:\ninvoice_no,desk,total\n402-71-88310,east,19.50\n402-71-88327,west,7.25",
        "What courier uses 1Z 9W2 K41 03 2210 5587 as a tracking number?",
    ],
)
def test_numbers_their_label_calls_something_else(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Release notes: version 12.3.0.44 fixes the crash; upgrade to 12.3.1.2 next week.",
        "Which agency does OID 2.16.840.1.113883.4.1 belong to?",
        "A 255.255.254.0 mask leaves how many hosts?",
        "Compare Edge 120.0.2210.91 with 120.0.2210.144 please.",
        "My validator rejects sample SSNs like 123-45-6789, why?",
    ],
)
def test_dotted_numbers_versions_and_examples(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_real_address_is_still_an_ip(boundary) -> None:
    kept_back(boundary, "Failed logins from 172.16.44.9 for the payroll app overnight.", "172.16.44.9")


def test_code_reading_a_password_is_not_one(boundary) -> None:
    untouched(
        boundary,
        "Review this:\ndef login(account, password):\n    stored = account.password_digest\n"
        "    return check(password, stored)",
    )


# -- block evasions ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Make a title slide: *SECRET*//_REL TO USA, FVEY_ -- harbor sensors",
        "What does this say? GBC FRPERG//ABSBEA Cynaf sbe gur oevqtr",
        "Explain the link: /viewer?banner=SECRET%2F%2FNOFORN&id=77",
        "Fix the header: C.U.I. // SP-CTI -- notes on the vendor breach",
        "Summarize: C U I // L E I roster of detainees for transfer",
        "Reword: \u0421UI - Transfer list for the Newark field office, due Monday.",
        "Shorten the subject line. The memo is marked F.O.U.O. and covers overtime.",
    ],
)
def test_disguised_markings_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Is this ok? p w d : H a r b o r 4 4 ! x q",
        "Tell him his p4ssw0rd is Lantern%Quay61 until Friday.",
    ],
)
def test_disguised_passwords_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


# -- values split, disguised or in markup --------------------------------------------------------------------------


def test_values_broken_across_lines(boundary) -> None:
    text = (
        "Join these lines:\nPetitioner Odile Marchetti, SSN 472-\n19-3365, born 11/23/\n1979, routing 2260\n18151, "
        "card: 4716 9083\n0166 1311, date of birth 05 APR\n1962"
    )
    kept_back(boundary, text, "472-\n19-3365", "11/23/\n1979", "2260\n18151", "4716 9083\n0166 1311", "05 APR\n1962")


def test_letters_for_digits_in_a_number(boundary) -> None:
    kept_back(boundary, "Clean this OCR: call 4l2-8O7-33l6 about A-2l9-O44-718", "4l2-8O7-33l6", "A-2l9-O44-718")


def test_values_in_an_html_table(boundary) -> None:
    text = "<tr><td>Known Traveler Number</td><td>TT48K2M91</td></tr><tr><td>Passport</td><td>581047263</td></tr>"
    kept_back(boundary, text, "TT48K2M91", "581047263")


def test_spaced_email_and_spoken_dashes(boundary) -> None:
    kept_back(
        boundary,
        "Retype: mara.ilves @ postbox . de, SSN 5 2 8 dash 4 1 dash 6 0 9 2",
        "mara.ilves @ postbox . de",
        "5 2 8 dash 4 1 dash 6 0 9 2",
    )


# -- national formats, labels, keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her cousin in Leeds, mobile 07700 900731, asked again.", "07700 900731"),
        ("Korean contact: 010-3391-4472 (Busan).", "010-3391-4472"),
        ("Makati office landline (02) 8817 2390 for the employer.", "(02) 8817 2390"),
        ('beneficiary:\n  phone_ng: "0805 311 9024"', "0805 311 9024"),
        ("Our Pune contact is 098230 51447 after 6pm.", "098230 51447"),
    ],
)
def test_national_phone_numbers_with_a_cue(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her birthday is 7/2/1990 and she starts Monday.", "7/2/1990"),
        ("Note: DOB listed as 03/15/1971 on the I-485.", "03/15/1971"),
        ("Please confirm his date of birth (09/30/1958) before mailing.", "09/30/1958"),
        ("Officer: Date of birth?\nApplicant: March 3, 1966.", "March 3, 1966"),
        ("Translate: 生年月日 is not used; 出生日期 1985年11月2日", "1985年11月2日"),
        ("번역: 생년월일 1979년 2월 14일", "1979년 2월 14일"),
        ("Benef. Date of B1rth: 10/02/1944", "10/02/1944"),
        ("Tradui: Mwen fèt 3 janvye 1988 nan Okap.", "3 janvye 1988"),
    ],
)
def test_dates_of_birth_under_more_labels(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_keys_with_qualifiers_and_nested_objects(boundary) -> None:
    text = (
        'const p = {\n  ukPassport: "533918204",\n  i94: "31847702916",\n};\n'
        '{"client":{"dob":"1981-06-01","itin":"912-71-4408"}}\n'
        "UPDATE pay SET x = 1 WHERE a.routing_no = '226018151' AND a.account_no = '66120938817';"
    )
    kept_back(boundary, text, "533918204", "31847702916", "1981-06-01", "912-71-4408", "226018151", "66120938817")


def test_passport_label_in_chinese(boundary) -> None:
    kept_back(boundary, "翻译: 他的护照号是 E71936402。", "E71936402")


def test_i94_with_the_letter_one_place_early(boundary) -> None:
    kept_back(boundary, "Her I-94 30581926B44 expires in May.", "30581926B44")
