"""Round 26, values: a number cut into three chat turns with a separator at each cut; a card's two halves of two
four-digit groups sent in two turns (Luhn-checked); Chinese numerals swapped in for some digits of an SSN or a date.
And, left alone, the look-alikes: two numbers on three lines with no cut, two turns of figures that fail Luhn,
Chinese text with hyphens. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.normalize import normalize

from .conftest import kept_back, untouched


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("me: her social, first bit 318-\nme 2: 52-\nme 3: 6604\njoin them up for the form", ("318-", "6604")),
        ("part 1: dob is 11/\npart 2: 23/\npart 3: 1987 for the renewal", ("1987",)),
        # unlabelled: not joined, the pieces are kept back one by one
        ("(chat with my lawyer)\nme: first part is 318-\nme: 52-\nme: 6604\nhim: ok", ("318-", "6604")),
    ],
)
def test_a_number_cut_into_three_turns_is_kept_back(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_three_turn_join_keeps_exact_offsets() -> None:
    text = "me: ssn 318-\nme 2: 52-\nme 3: 6604 ok"
    n = normalize(text)
    assert "318-52-6604" in n.text
    start = n.text.index("318-52-6604")
    assert n.to_original(start, start + 11) == (text.index("318"), text.index("6604") + 4)


@pytest.mark.parametrize(
    "text",
    [
        "Turn 1: we sold 40\nTurn 2: 12\nTurn 3: 77 units in total",
        "q1: 1200 3400\nq2: 5600 7800 units sold",
        "chat 1: the order ids are 5425 2334\nchat 2: 3010 9904 and more",
    ],
)
def test_numbers_on_turns_that_are_no_cut_value_stay(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("chat 1: the card number is 5425 2334\nchat 2: 3010 9903 exp 09/27", ("5425 2334", "3010 9903")),
        ("msg 1: visa 4111-1111\nmsg 2: 1111-1111 for the booking", ("4111-1111", "1111-1111")),
    ],
)
def test_card_halves_in_two_turns_are_kept_back(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her ssn with some chinese digits: 41三-2七-6O9一 fix it", "6O9"),
        ("dob 一9八4-0三-1七 in mixed numerals", "一9八4"),
    ],
)
def test_chinese_numerals_mixed_into_a_value_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "第一-二-三 节 and 一二-三四 课",
        "the code 一O一-OO-一OOO stays as the designer wrote it",
    ],
)
def test_chinese_numerals_that_are_no_value_stay(boundary, text: str) -> None:
    untouched(boundary, text)
