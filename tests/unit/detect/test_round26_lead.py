"""Round 26, by the session's lead (from the helpers' reports on ag/ah): a passport's nine digits copied in groups
of three after its label; the Hindi birth-date label "janm tithi" in Latin letters. Every text and value here is
invented for this file."""

from __future__ import annotations

from .conftest import Boundary, kept_back, untouched


def test_a_passport_number_in_groups_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "His passport number is 604-317-829, please check the foil.", "604-317-829")
    kept_back(boundary, "Passport no. 604 317 829 expires in March.", "604 317 829")


def test_groups_of_three_after_other_passport_words_pass(boundary: Boundary) -> None:
    untouched(boundary, "Passport photo rules: 600 x 600 pixels; the fee tiers are 130-165-200 this year.")


def test_a_birth_date_after_a_hindi_label_in_latin_letters_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "translate karo: meri nani Savitri Lal (janm tithi 9 April 1947) ke liye visa.", "9 April 1947")
