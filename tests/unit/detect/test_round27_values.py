"""Round 27, part "values": letter-spaced OCR text, numbers in words behind other separators, account words in other
languages, passwords in test code, CAC numbers in a notary log's id column, published sandbox cards. Every text and
value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, kept_back, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        "paste this but lose the banner:\nS e n s i t i v e  S e c u r i t y  I n f o r m a t i o n\n"
        "Screening lane 3 closes at 2200 on Sundays.",
        "header was C o n t r o l l e d  U n c l a s s i f i e d  I n f o r m a t i o n, keep the rest",
    ],
)
def test_a_marking_spelled_out_in_title_case_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "scanned form, fix the fields:\nDate  of  Birth : 2 7  O C T  1 9 8 8\nProgram: exchange",
            ("2 7  O C T  1 9 8 8",),
        ),
        ("OCR of the I-20:\nSEVIS  ID :  N 0 0 4 7 7 2 1 9 3 8\nprogram start 2027", ("N 0 0 4 7 7 2 1 9 3 8",)),
        (
            "please find the owner of 4 0 7  M a p l e w o o d  A v e,  S c r a n t o n,  P A  1 8 5 0 5. thanks",
            ("M a p l e w o o d",),
        ),
    ],
)
def test_letter_spaced_dates_ids_and_addresses_are_kept_back(
    boundary: Boundary, text: str, values: tuple[str, ...]
) -> None:
    kept_back(boundary, text, *values)


def test_letter_spaced_words_that_are_no_value_stay(boundary: Boundary) -> None:
    untouched(boundary, "the sign read C L O S E D  F O R  L U N C H so we came back at two")
