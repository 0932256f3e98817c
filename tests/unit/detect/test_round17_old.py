"""Round 17, leaks and block misses by class on the older blind sets (i, holdout, o): grid addresses, caller
boxes, a ZIP set apart from the phone after it, "bday" and a two-digit year under a birth-date label, a ticket
tracker's people columns, disguised letters in LAW ENFORCEMENT SENSITIVE, a password after "it's" and JDBC's
password argument. Beside each, what the same rule must leave alone. Every text here is invented for this file."""

from __future__ import annotations

import re
import time

import pytest

from gateway.detect.encoded import _L_FOR_I
from gateway.detect.normalize import normalize
from gateway.detect.recognizers.personal.address_forms import PATTERNS as ADDRESS_FORMS

from .conftest import Boundary, Spans, kept_back, refused, untouched

# --- grid addresses: two numbers, each with its compass point, then city, state and ZIP ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Intake: Sela Moala, 1820 W 4100 S, Trlr 22, Taylorsville, UT 84123, needs a heater.", "1820 W 4100 S"),
        ("He moved to 3765 S 2700 W, West Valley City, UT 84119 last spring.", "3765 S 2700 W"),
        ("Mail it to 455 North 300 East, Logan, UT 84321 please.", "455 North 300 East"),
    ],
)
def test_a_grid_address_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The buoy drifted from 45 N 120 W to the shelf overnight.",
        "Set the antenna to 30 E 200 W and log the reading.",
    ],
)
def test_compass_numbers_without_a_city_state_and_zip_are_no_address(spans: Spans, text: str) -> None:
    assert not any(entity == "STREET_ADDRESS" for entity, _ in spans(text))


# --- caller boxes (USPS caller service), as the territories use them ---


def test_a_caller_box_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "Her mailing address is Caller Box 20931, Hagatna, GU 96932 since the storm.", "20931")


# --- a ZIP, a spaced dash, a phone: two fields, not one number ---


def test_a_zip_and_a_spaced_dash_stay_apart_from_the_phone(boundary: Boundary) -> None:
    text = "Applicants:\nDorcas Pettibone - 88 Ridge Rd, Salyersville, KY 41465 - 606-555-0148\n"
    kept_back(boundary, text, "606-555-0148", "88 Ridge Rd")
    assert normalize("KY 41465 - 606-555-0148").text == "KY 41465 - 606-555-0148"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("ssn 531 - 09 - 7714", "531-09-7714"),  # spaced dashes in one number still close up
        ("phone 606 - 555 - 0148", "606-555-0148"),
        ("zip 41465- 2210", "41465-2210"),  # no space before the dash: one ZIP+4
    ],
)
def test_spaced_dashes_inside_one_number_still_close_up(text: str, joined: str) -> None:
    assert joined in normalize(text).text


# --- birth-date labels: "bday", and a month's name with a two-digit year ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("k will do. fyi his bday is 7/14/1991 so he's over 30", "7/14/1991"),
        ("her b-day: 03/02/1985, she's at the front desk", "03/02/1985"),
        ("the man at window 4 gave his dob as mar 9 84 but the card says otherwise", "mar 9 84"),
    ],
)
def test_a_labelled_birth_date_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_month_and_two_digits_without_a_label_are_no_birth_date(spans: Spans) -> None:
    assert not any(e == "DATE_OF_BIRTH" for e, _ in spans("The sprint ends mar 9 24 and the demo is after."))


# --- a ticket tracker's export: the Reporter and Assignee columns hold people ---


def test_reporter_and_assignee_columns_hold_people(boundary: Boundary) -> None:
    text = (
        "Group these tickets please:\n\nKey,Summary,Reporter,Assignee,Status\n"
        'HD-2210,"Cannot print","Teodora Vlasceanu","Amadou Kanoute",Open\n'
        'HD-2211,"VPN drops","Teodora Vlasceanu","Unassigned",Open\n'
    )
    kept_back(boundary, text, "Teodora Vlasceanu", "Amadou Kanoute")
    assert "Unassigned" in boundary(text)[1]


# --- LAW ENFORCEMENT SENSITIVE with digits or a lower-case l for letters ---


@pytest.mark.parametrize(
    "text",
    [
        "Condense: LAW ENF0RCEMENT SENSITlVE suspect addresses and times",
        "Condense: LAW ENFORCEMENT SENSlTlVE suspect addresses and times",
    ],
)
def test_a_disguised_law_enforcement_sensitive_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ENF0RCEMENT team met on Monday.",  # the middle word alone is no marking
        "HELlO WORLD and CALlBACK handlers",  # a lower-case l in capitals that spells no marking word
        "Traffic enforcement is sensitive to weather.",
    ],
)
def test_other_words_with_such_letters_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_the_l_for_i_pattern_is_linear() -> None:
    hostile = ("A" * 5000 + "l") * 10 + " " + "ABCl " * 10000
    start = time.perf_counter()
    list(_L_FOR_I.finditer(hostile))
    assert time.perf_counter() - start < 0.5


# --- a password after "it's"; JDBC's getConnection(url, user, password) ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I keep typing my password wrong, it's kT7#vR2!pQx9 — can you reset it?", "kT7#vR2!pQx9"),
        ('Java: DriverManager.getConnection(dbUrl, "ia_reader", "Harbor#Lamp77") fails, why?', "Harbor#Lamp77"),
        ('conn = DriverManager.getConnection(url, user, "Quartz!9Sparrow");', "Quartz!9Sparrow"),
    ],
)
def test_the_password_is_refused(boundary: Boundary, text: str, value: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "My password expired yesterday, it's annoying.",  # no digit or symbol: a word
        'DriverManager.getConnection(url, "ia_reader", pw) is how we connect.',  # a variable, not a value
    ],
)
def test_no_password_value_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_the_new_address_pattern_is_linear() -> None:
    grid = next(p for p in ADDRESS_FORMS if p.name == "grid address")
    compiled = re.compile(grid.regex)
    for hostile in ("1 N 22 S " * 6000, "1 N 22 S, Aaaa " * 4000, "12 W 300 S, " + "Word " * 10000):
        start = time.perf_counter()
        list(compiled.finditer(hostile))
        assert time.perf_counter() - start < 0.5


# --- a US street address right after Chinese or Japanese text, with no space ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请翻译 我的新地址是2207 W Valley Blvd, Alhambra, CA 91803。谢谢。", "2207 W Valley Blvd"),
        ("住所は1650 Sawtelle Blvd, Los Angeles, CA 90025です。", "1650 Sawtelle Blvd"),
    ],
)
def test_a_street_address_after_cjk_text_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_number_glued_to_latin_letters_is_no_street_address(spans: Spans) -> None:
    assert not any(e == "STREET_ADDRESS" for e, _ in spans("Part XR2207 W Valley Blvd sign"))


# --- a form's dot leaders between the label and the value; German "geb." ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Convert to JSON:\nHọ và tên ......... Lương Thị Hạnh\nNgày sinh ......... 23/09/1979\n", "23/09/1979"),
        ("Date of birth ........ 03/04/1977\nSex ........ F", "03/04/1977"),
        ("Convert to JSON:\nSố hộ chiếu ....... B7720914\nĐiện thoại ..... none", "B7720914"),
        ("Übersetzen: Jarosław Wiśniewski, geb. 4. Mai 1968 in Posen.", "4. Mai 1968"),
    ],
)
def test_a_value_after_dot_leaders_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 3 ......... 14\nChapter 4 ......... 22",  # a table of contents
        "Total due ......... 12/04/2026 (invoice)",  # dot leaders without a birth label
    ],
)
def test_dot_leaders_without_a_label_change_nothing(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_teams_and_queues_in_a_trackers_people_columns_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Key,Summary,Reporter,Assignee\nHD-130,Disk full,Help Desk,Service Desk\nHD-131,VPN,Network,Unassigned",
    )
