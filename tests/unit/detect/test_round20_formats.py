# ruff: noqa: RUF001 - full-width punctuation in the Chinese text is on purpose
"""Round 20, formats (tuned on blind set y): mobile numbers with a one-digit group after the country code and in
their country's national format inside text of its script, West African villa addresses, Philippine addresses that
open with the barangay, American Samoan route-then-lot addresses, a USCIS receipt number typed in pieces across
lines, a letter O typed for a zero in a spaced-out number, a Russian passport's series and number with the number
sign, an A-Number split across two chat turns, a marking phrase whose words are emphasised piece by piece, and a
birth date restated with its day and month in digits between another language's words.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- phone numbers ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her cousin in Mandalay, +95 9 420 17 536, can vouch for her.", "+95 9 420 17 536"),
        ("부고를 전해 드립니다. 장남 박민수 010-5555-2741", "010-5555-2741"),
        ("通知を送ってください。佐藤健二 090-5555-3816", "090-5555-3816"),
        ("请翻译：张伟先生，139 5555 7820，下周到达。", "139 5555 7820"),
    ],
)
def test_mobile_numbers(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # the same shape without a cue or the country's script is a reference, not a phone
        "Part 010-5555-2741 ships Monday from the depot.",
        # a landline in Korean text stays (public offices)
        "세관 민원실 02-2150-3000 으로 문의하세요.",
        # a signed quantity list is no number with a country code
        "Scores moved +4 2 11 35 by the end of the week.",
    ],
)
def test_numbers_that_are_not_mobiles(boundary, text: str) -> None:
    untouched(boundary, text)


# --- addresses ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The family moved to Cité Mixta, Villa 57, Ziguinchor last year.", "Villa 57"),
        ("He stays at Villa N° 203, Sicap Baobabs, Dakar until June.", "Villa N° 203"),
        ("Send it to Brgy. 7 Santa Rosa, Batac City, Ilocos Norte 2906, Philippines", "Santa Rosa, Batac"),
        ("Home: Barangay Malued, Dagupan City, Pangasinan 2400", "Pangasinan 2400"),
        ("The store is on Route 9, Lot 31, Vaitogi, AS 96799 now.", "Route 9, Lot 31"),
    ],
)
def test_addresses(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "We rented Villa 12 for the retreat; the pool was closed.",
        "Cité Soleil, Port-au-Prince, saw flooding this week.",
        "The Brgy. captain of San Roque spoke at the meeting.",
        "Turn off Route 1, Lot 22 is the gravel one on the left.",
    ],
)
def test_not_addresses(boundary, text: str) -> None:
    untouched(boundary, text)


# --- numbers typed in pieces or with look-alikes ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I wrote down the receipt as E A C\n21 905\n41287, is that right?", "41287"),
        ("Receipt no. from the caller: W A C 23 901 88 412, please check.", "23 901 88 412"),
        ("Routing he gave: O 6 1 O O O 1 O 4 for the deposit.", "O 6 1 O O O 1 O 4"),
        ("Passport of the crewman, copied from the scan: 72 №5180634.", "5180634"),
        ("User: the A number begins A 208\nUser: 554 190\nUser: that's all", "554 190"),
    ],
)
def test_pieces_and_look_alikes(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # nine digits after the centre's letters: no receipt
        "The code E A C\n21 905\n4128 was printed on the pallet.",
        # a letter other than O among the digits: a code, not a number
        "Key in B 6 1 O O O 1 O 4 at the gate.",
        # the number sign without a passport nearby
        "Order form series 72 № 5180634 is attached.",
        # the turn after a number's start holds no digits of it
        "User: the number starts 208\nUser: 554 190",
    ],
)
def test_pieces_that_are_not_identifiers(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a marking phrase emphasised piece by piece ---


def test_marking_phrase_emphasised_in_pieces_is_refused(boundary) -> None:
    refused(boundary, "Convert to HTML: the cover says *FOR* **OFFICIAL USE** _ONLY_ and then the findings.")


def test_emphasised_capitals_without_a_marking_are_forwarded(boundary) -> None:
    untouched(boundary, "Convert to HTML: the cover says **FOR** _USE_ **ONLY** with care and then the findings.")


# --- a birth date restated in another language's words ---


def test_birth_date_with_day_and_month_between_words(boundary) -> None:
    kept_back(boundary, "Tus neeg mob\nDOB: Lub 11 Hlis 4, 1990 (November 4, 1990)", "11 Hlis 4, 1990")


def test_other_numbers_between_words_are_not_a_birth_date(boundary) -> None:
    blocked, forwarded = boundary("Date of birth: November 4, 1990. Shelf 12 row 4, 1990 boxes in all.")
    assert not blocked
    assert "12 row 4, 1990" in forwarded
