# ruff: noqa: RUF001 - names and labels in Arabic, Turkish and other scripts are the point
"""Round 11, recall by class (tuned on blind set n): passwords given further on in a sentence, set "to" a value
or paired with a superuser's name; double-barrelled surnames; writers naming themselves in scripts without letter
case; identifier and birth-date labels in more languages; addresses under wildcard country suffixes and spelled
out in Korean. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.recognizers.personal.email import has_mail_domain

from .conftest import kept_back, refused, untouched

# --- passwords: block misses come first ---


@pytest.mark.parametrize(
    "text",
    [
        "Unlocked the account and reset his pw to temp Lantern#Cove4412, he must change it at first logon.",
        "I set the kiosk passcode as ember-Fox-61 for the weekend.",
        "heads up, the wiki password for the audit folder is still Gravel2031!! until Monday",
        "The break-glass password for the switch stack was read out at standup: Tulip#Gate38. Rotate it today.",
        "Lab users sign in to the sandbox VM with root / Quarry!Moth-19 for the whole exercise.",
        "my new password was taped under the keyboard, which was K e s t r e l - 7 7 2 0 ! and now it is gone",
    ],
)
def test_passwords_given_further_on_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The password policy for contractors is as follows: Minimum length fourteen, no reuse.",
        "Change your password to something longer; a passphrase works best.",
        "export DB_URL=postgresql://<user>:<password>@localhost:5432/<db>",
        "Log in as root / then open /etc/hosts and check the entries.",
        "password expiry for the kiosk accounts is set to ninety days",
    ],
)
def test_password_talk_without_a_password_is_not_refused(boundary, text: str) -> None:
    blocked, _ = boundary(text)
    assert not blocked, text


# --- double-barrelled surnames ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the recovered badge belonged to Hope Harrington-Blake, found near dock 4", "Hope Harrington-Blake"),
        ("- 3/14 Ngozi Adeyemi-Okonkwo (GS-11) filed the travel claim", "Ngozi Adeyemi-Okonkwo"),
        ("Trainee Oluwaseun Bakare-Whitfield asked about the housing allowance.", "Oluwaseun Bakare-Whitfield"),
    ],
)
def test_given_name_before_a_double_barrelled_surname_is_hidden(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


def test_hyphenated_words_that_are_not_surnames_pass(boundary) -> None:
    untouched(boundary, "Hope Self-Service portal is down; use the Walk-In counter instead.")


# --- names in their own script after "my name is" ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("please translate:\n안녕하세요. 저는 박지훈입니다. 면접 일정을 바꾸고 싶습니다.", "박지훈"),
        ("translate this:\nनमस्ते, मेरो नाम राम थापा हो। म काठमाडौंबाट हुँ।", "राम थापा"),
        ("translate this letter:\nبا سلام، اینجانب علی کریمی درخواست دارم.", "علی کریمی"),
        ("translate please:\nမင်္ဂလာပါ။ ကျွန်တော်အမည် ကိုဇော်ဝင်း ဖြစ်ပါသည်။", "ကိုဇော်ဝင်း"),
        ("translate to english:\nሰላም፣ ስመይ ሳምሶን ኪዳነ እዩ።", "ሳምሶን ኪዳነ"),
    ],
)
def test_self_introductions_in_other_scripts_hide_the_name(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


def test_native_display_name_in_a_mail_header_is_hidden(boundary) -> None:
    kept_back(boundary, 'From: "ليلى منصور" <layla.m@example.org>\nSubject: hello', "ليلى منصور")


# --- identifier and birth-date labels in more languages ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mój numer paszportu to 664219035, proszę o pomoc.", "664219035"),
        ("제 여권 번호는 M71593024이고 연락처는 이메일입니다.", "M71593024"),
        ("autorizo o depósito, número de roteamento 011000015, conta corrente.", "011000015"),
        ("Me llamo Inés Paredes y nací el 9 de marzo de 1984 en Lima.", "9 de marzo de 1984"),
        ("Doğum tarihim 21.06.1991, başvurum hakkında bilgi istiyorum.", "21.06.1991"),
    ],
)
def test_labels_in_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_routing_word_without_a_valid_number_passes(boundary) -> None:
    untouched(boundary, "O número de roteamento tem nove dígitos; veja o verso do cheque.")


# --- e-mail addresses ---


@pytest.mark.parametrize(
    ("address", "mailbox"),
    [
        ("bishal.karki@example.np", True),
        ("aye.aye@mail.mm", True),
        ("lodash@4.17.21", False),
    ],
)
def test_addresses_under_wildcard_country_suffixes(address: str, mailbox: bool) -> None:
    assert has_mail_domain(address) is mailbox


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("제 이메일은 jiwoo(골뱅이)example(점)com 입니다", "jiwoo"),
        ("email: nikos [at] papadakis-legal [dot] example [dot] gr", "papadakis-legal"),
    ],
)
def test_spelled_out_addresses_in_more_forms(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)
