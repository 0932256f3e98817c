"""Round 27 (persons): kinds of leaked names that recur across writers' sets (invented examples, different from the
sets' records): a role in capitals before a name in capitals, lower-case names after chat shorthand, a table's
maiden or alias column, a directory's user display name, a query's filter on a name column, an HTML name table."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a role, kin word or rank in capitals before two or three name words in capitals no list holds ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LOG 0930 — REGISTRANT TAVAKE MOALA PHONED ABOUT THE HOTEL EXTENSION. ADVISED TO WAIT.", "TAVAKE MOALA"),
        ("SUPPORTER OSVANY RIVERÓN CALLED TWICE TODAY ABOUT THE TRAVEL AUTHORIZATION.", "OSVANY RIVERÓN"),
        ("VISITOR: BABATUNDE OKEKUNLE — ESCORT NEEDED — BADGE AT GATE 3", "BABATUNDE OKEKUNLE"),
        ("CAN YOUR BROTHER ADJEPONG NYANTAKYIWAA PICK HER UP AT 4?", "ADJEPONG NYANTAKYIWAA"),
    ],
)
def test_a_name_in_capitals_after_a_role_in_capitals(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_role_in_capitals_before_everyday_words_is_left(boundary) -> None:
    untouched(boundary, "VISITOR PARKING LOT CLOSED. SPONSOR PORTAL DOWN. VICTIM ASSISTANCE UNIT HOURS POSTED.")


# --- a lower-case name after chat shorthand: a rank, an account's user, a parcel's addressee ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls add to the manifest: ofc dakota tsosie flying armed phx to den friday", "dakota tsosie"),
        ("ticket notes:\nuser wen yu-ting (ywen@agency-example.gov) cannot reach the vpn", "wen yu-ting"),
        ("the box was addressed to harjit kaur dhillon at the old apartment", "harjit kaur dhillon"),
    ],
)
def test_a_lower_case_name_after_chat_shorthand(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the user account settings page breaks; user data export is slow; user group policy too",
        "A portal user asked if the fee waiver covers biometrics. Explain generally.",
    ],
)
def test_user_before_everyday_words_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a table's maiden, birth-name or alias column beside its name column ---


def test_a_maiden_column_of_a_csv(boundary) -> None:
    text = (
        "alumni sheet, sort by last name:\nname,maiden,email\n"
        "Rosalind Achebe,Whitcombe,ros.achebe@example.com\nDerek Hollis,,dhollis@example.com\n"
        "Marisol Ybarra,Quintanilla,mybarra@example.com\n"
    )
    kept_back(boundary, text, "Whitcombe", "Quintanilla")


# --- a directory's "userDisplayName" in a JSON export ---


def test_a_user_display_name_in_json(boundary) -> None:
    text = '[{"device":"LT-30112","userDisplayName":"Chidinma Adeyemi-Cole","lastSeen":"2026-10-01"}]'
    kept_back(boundary, text, "Chidinma Adeyemi-Cole")


def test_an_apps_display_name_is_left(boundary) -> None:
    untouched(boundary, '{"app": {"displayName": "Fleet Manager Pro", "version": "2.1"}}')


# --- a query's filter on a name column by a list of quoted values ---


def test_names_a_query_filters_a_surname_column_by(boundary) -> None:
    text = (
        "why is this slow?\nSELECT id FROM staff s WHERE s.surname IN ('Adebayo-Okon','Wrzesniewski','Tran-Delacroix')"
        " ORDER BY id;"
    )
    kept_back(boundary, text, "Adebayo-Okon", "Wrzesniewski", "Tran-Delacroix")


def test_a_query_filtering_cities_is_left(boundary) -> None:
    untouched(boundary, "SELECT * FROM sites WHERE city IN ('Santa Clara', 'Houston') ORDER BY city;")


# --- an HTML table's name column (its tags blanked, its rows a blank line apart) ---


def test_the_name_column_of_an_html_table(boundary) -> None:
    text = (
        "<table>\n<tr><th>Name</th><th>Rank</th></tr>\n<tr><td>Tevita Lolohea</td><td>Oiler</td></tr>\n"
        "<tr><td>Mereani Tuilagi</td><td>Steward</td></tr>\n</table>\nadd borders please"
    )
    kept_back(boundary, text, "Tevita Lolohea", "Mereani Tuilagi")


# --- the other entries of a list of people: a numbered list with a bare number, a pipe roster with no header ---


def test_the_entries_of_a_list_numbered_with_a_bare_number(boundary) -> None:
    text = (
        "Raffle winners, clean this up:\n1 Gordon Pelletier - 44 Birch Ln, Bangor, ME 04401\n"
        "2 Tomasz Wielgosz-Amadi - 9 Elm St, Orono, ME 04473\n3 Rhonda Castellano - 12 Pine Rd, Brewer, ME 04412\n"
    )
    kept_back(boundary, text, "Tomasz Wielgosz-Amadi")


def test_the_entries_of_a_pipe_roster_with_no_header(boundary) -> None:
    text = (
        "mentors list (pipe), count per site:\nAkech Majok Deng|Lincoln East|2008-03-14\n"
        "Nyaluak Ruach|Lincoln East|2009-11-02\nTigist Alemu Bekele|North Star|2008-06-19\n"
    )
    kept_back(boundary, text, "Nyaluak Ruach")


def test_a_numbered_menu_is_left(boundary) -> None:
    untouched(boundary, "Menu:\n1 Chicken Tikka - $12\n2 Pad Thai - $11\n3 Beef Pho - $13")


# --- a rule or a law named for what it does, in hyphened English words (a hard negative) ---


@pytest.mark.parametrize(
    "text",
    [
        "Does the FTC's Cooling-Off Rule cover a gym membership sold at a fair? One sentence.",
        "Is the Buy-Now-Pay-Later Rule in force yet, and who enforces it?",
    ],
)
def test_a_rule_named_in_hyphened_english_words_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_hyphened_given_name_before_a_surname_rule_is_kept_back(boundary) -> None:
    kept_back(boundary, "Mary-Ann Rule called about her claim, phone 555-201-8832.", "Mary-Ann Rule")


# --- a list of storms after "storm names", the storm's word on the first only (a hard negative) ---


def test_a_list_of_storms_after_storm_names_is_left(boundary) -> None:
    text = "The report groups by storm name \u2014 Hurricane Ida, Nicole, Fiona \u2014 and by DR number. Query?"
    untouched(boundary, text)


def test_names_after_a_storm_in_a_sentence_about_people_are_kept_back(boundary) -> None:
    kept_back(boundary, "After Hurricane Ian, Maria and Jose filed storm claims, phone 555-201-8832.", "Maria")
