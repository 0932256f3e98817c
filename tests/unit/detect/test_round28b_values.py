"""Round 28b, part "values": refusals of secrets written the ways set am showed (a PIN ending its sentence, a
password's first part given unquoted, a pre-shared key typed out with blanks, a device's config line quoted inside
prose, a Cisco type 7 string, a wireless controller's PSK), values cut or disguised the ways it showed, and their hard
negatives. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, kept_back, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        "Badge office says the card PIN they issued is 8052. Can she change it herself?",
        "the alarm panel code is 3391. Remind me to change it Friday",
    ],
)
def test_a_pin_or_code_ending_its_sentence_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


def test_a_pin_with_a_decimal_after_it_stays(boundary: Boundary) -> None:
    untouched(boundary, "the card PIN length is 4.5 digits on average across the issuers we studied")


@pytest.mark.parametrize(
    "text",
    [
        "bridge line: the passcode starts Wq5$ and the rest comes in the next text",
        "chat 1: wifi password begins with: Lm8!\nchat 2: zzRt",
    ],
)
def test_a_passwords_first_part_given_unquoted_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new password policy starts Monday, so plan the rollout for the team.",
        "Your password ends with a digit in the old scheme; explain the new rule to staff.",
    ],
)
def test_a_password_rule_that_starts_or_ends_is_no_part(boundary: Boundary, text: str) -> None:
    assert not boundary(text)[0]


def test_a_psk_typed_out_with_blanks_is_refused(boundary: Boundary) -> None:
    refused(boundary, "the vendor read me their PSK and I typed it out like so: q R 7 ! w Z 3 k # M p 2 then hung up")


@pytest.mark.parametrize(
    "text",
    [
        'saw this in the spare switch: "username opsuser privilege 15 password 7 1511021F07257A767B". rotate it?',
        "the old note says radius key 7 060506324F41584B56 for the lab, is it still valid?",
        'from the runbook: "radius-server key Fjord\u200b#Lamp\u200b-77". why does it fail?',
        "ap group config: security wpa akm psk set-key ascii 0 Harbor!Lane-904. is WPA3 better?",
    ],
)
def test_a_device_secret_quoted_in_prose_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'the doc says to run "username admin privilege 15 password" and then pick a type. which type is best?',
        "type 7 passwords are reversible; use a type 9 secret instead, see the hardening guide",
    ],
)
def test_device_config_talk_without_a_value_stays(boundary: Boundary, text: str) -> None:
    assert not boundary(text)[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('scanned file came in as "W4_Dunmore_Pia_231\u200c58\u200c7746.pdf" - rename it for the archive', "7746"),
        ("the onboarding packet is saved as I9_Raskin_Teo_231-58-7746.pdf on the share", "231-58-7746"),
        ("the SSN on her form is 231\u206058\u20607746 if you need it", "7746"),
    ],
)
def test_a_number_whose_separators_are_invisible_or_in_a_file_name_is_kept_back(
    boundary: Boundary, text: str, value: str
) -> None:
    kept_back(boundary, text, value)


def test_a_version_with_an_invisible_character_between_single_digits_is_not_made_a_number(boundary: Boundary) -> None:
    untouched(boundary, "build 1\u200b2 shipped with 3 fixes")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('my SSN, as I read it out: "five two eight, seventeen, four four zero one"', "four four zero one"),
        ("his SSN is six one two, eighty-three, one nine nine four", "one nine nine four"),
    ],
)
def test_an_ssn_read_out_with_a_group_said_as_a_number_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_counting_words_with_tens_stay(boundary: Boundary) -> None:
    untouched(boundary, "we ordered twenty one two three times, then fifty more boxes for the fair")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('sent the card to the shelter in two texts:\n"4532 0151 1283"\n"0366 exp 09/28"\nwas that safe?', "0366"),
        (
            'cousin sent his A-number in two texts:\n"A 2 1 7 4"\n"0 9 2 2 6 please"\nput it in the tracker',
            "0 9 2 2 6",
        ),
    ],
)
def test_a_number_sent_as_two_quoted_bubbles_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_two_quoted_numbers_that_make_no_card_stay(boundary: Boundary) -> None:
    untouched(boundary, 'the two quotes we got:\n"1200 1500 1800"\n"2100 for the big hall"\nwhich is cheaper per seat?')


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ticket for the instructor Jonas Wehrle, passport T4PW61LRC, recurrent on the 5th", "T4PW61LRC"),
        ("pedido: chamo-me Rita Lobo Freire, nascida a 22 de janeiro de 1968, em Braga", "22 de janeiro de 1968"),
    ],
)
def test_a_labelled_passport_of_letters_and_a_portuguese_birth_date_are_kept_back(
    boundary: Boundary, text: str, value: str
) -> None:
    kept_back(boundary, text, value)


def test_a_passport_office_word_after_the_label_stays(boundary: Boundary) -> None:
    untouched(boundary, "the passport CENTRE in town reopens on the 5th, bring the old book")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "why does the carrier reject this?\nSSR DOCS XQ HK1 P/GBR/553019284/GBR/07JUL81/F/02FEB30/WYNN/AGATHA\nthx",
            ("553019284", "07JUL81"),
        ),
        (
            "UNH+1+PAXLST:D:05B:UN:IATA'\nNAD+FL+++MERROW:ODILE'\nDTM+329:830915'\nDOC+P:110:111+K58204417'\n"
            "UNT+5+1'\nis the DOC segment right?",
            ("830915", "K58204417"),
        ),
    ],
)
def test_passenger_data_fields_are_read_by_their_place(boundary: Boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_a_paxlst_departure_date_stays(boundary: Boundary) -> None:
    blocked, forwarded = boundary("UNH+1+PAXLST:D:05B:UN:IATA'\nDTM+189:2612061340'\nLOC+87+JFK'\nwhat is DTM 189?")
    assert not blocked and "2612061340" in forwarded


def test_a_subnets_own_network_address_with_its_prefix_stays(boundary: Boundary) -> None:
    untouched(boundary, "Plan for the annex: 172.20.0.0/16 in /24s, printers 172.20.14.0/24, cameras 172.20.15.0/24.")


def test_a_host_address_with_a_prefix_is_still_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "my laptop's address is 172.20.14.37/24 and it can't reach the share", "172.20.14.37")


def test_trailer_numbers_in_a_phones_groups_stay(boundary: Boundary) -> None:
    untouched(boundary, "yard check: TRL 614-330-2817 seal 118820 ok, trailer 614-330-2819 seal 118821 ok. all good?")


def test_a_phone_after_other_words_about_a_trailer_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "the trailer driver said to call him at 614-330-2817 before noon", "614-330-2817")


def test_an_account_number_labelled_after_it_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "the lender's note: you gave 40018822713 as your loan number, please confirm", "40018822713")


def test_a_number_before_a_label_without_a_possessive_stays(boundary: Boundary) -> None:
    untouched(boundary, "the form shows 20241130 as the loan number format example for the template")
