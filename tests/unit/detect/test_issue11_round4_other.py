"""Issue 11, round 4 (set f), the kinds of miss other than names: one test per class, through the proxy boundary
under the shipped commercial policy. The texts are this file's own, in wordings and languages set f does not
use; every value is invented."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- labels in languages and transliterations the lexicon lacked ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Födelsedatum: 1981-04-02\növersätt etiketten", "1981-04-02"),
        ("fødselsdato: 02.04.1981 (oversæt venligst)", "02.04.1981"),
        ("geboortedatum: 12-03-1977, vertaal naar Engels", "12-03-1977"),
        ("tarikh al-milad: 1988/02/14 - translate the label", "1988/02/14"),
    ],
)
def test_date_of_birth_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jawaz al-safar: K4410982\nrewrite in English", "K4410982"),
        ("paspoort: NX81P44K2 (vertaal)", "NX81P44K2"),
        ("passinumero: XP5530917, käännä englanniksi", "XP5530917"),
    ],
)
def test_passport_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adress: Kungsgatan 14, 111 43 Stockholm", "Kungsgatan 14"),
        ("osoite: Mannerheimintie 12 B 7, 00100 Helsinki", "Mannerheimintie 12"),
        ("woonadres: Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263"),
    ],
)
def test_address_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- passwords behind a label of several words, and passwords typed out a character at a time ---


@pytest.mark.parametrize(
    "text",
    [
        "Kennwort für das WLAN: Alpen_Blick88!",
        "contraseña del correo: Luna_2027!x",
        "mot de passe du compte : Soleil#8842",
        "my password: K a t z e 9 9 ! thanks",
        "la clave es R i o _ 2 0 2 7 por favor",
        "mot de passe : S o l e i l 4 4 #",
    ],
)
def test_passwords_behind_longer_labels_or_spaced_out(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "pass the form to her: Form_I-130 please",
        "the password reset page: see the runbook",
        "password policy: minimum 12 characters, one digit",
    ],
)
def test_password_words_in_prose_are_not_passwords(boundary, text: str) -> None:
    untouched(boundary, text)
