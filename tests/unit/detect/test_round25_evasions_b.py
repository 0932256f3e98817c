"""Round 25, evasions (second pass): a label spelled a letter at a time with hyphens or dots ("s-s-n",
"P.A.S.S.P.O.R.T"); a card number given in two labelled pieces ("first 8 … last 8 …"); a number cut across chat turns
after a bracketed note that more follows, its second piece spaced out; digits spelled out in German or Portuguese.
And, left alone, the look-alikes: abbreviations and letter lists, a half-year's figures, a card's first and last four,
a bracketed remark that is no continuation, German prose with number words, JSON lists of nulls. Every text and value
here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.normalize import normalize

from .conftest import kept_back, untouched

# --- a label spelled with hyphens or dots between its letters ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for the benefits form, my dad's s-s-n: 6 1 8 . 4 0 . 2 7 3 5 thanks", "6 1 8 . 4 0 . 2 7 3 5"),
        ("the applicant's S.S.N. was 5 3 9 - 0 7 - 6 6 1 2 on the old form", "5 3 9 - 0 7 - 6 6 1 2"),
        ("P-A-S-S-P-O-R-T: 5 6 7 2 0 4 9 1 3 (renewal pending)", "5 6 7 2 0 4 9 1 3"),
    ],
)
def test_values_after_a_spelled_label_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_spelled_label_reads_as_the_label_with_exact_offsets() -> None:
    text = "note: her d-o-b. is on file, S.S.N. too"
    n = normalize(text)
    assert n.text == "note: her dob. is on file, SSN too"
    start = n.text.index("dob")
    assert n.to_original(start, start + 3) == (text.index("d-o-b"), text.index("d-o-b") + 5)
    start = n.text.index("SSN")
    assert n.to_original(start, start + 3) == (text.index("S.S.N."), text.index("S.S.N.") + 5)


@pytest.mark.parametrize(
    "text",
    [
        "the x-y-z axis in a-b-c order, U.S.A. and a.k.a. the Blue Team, see the p.s. below",
        "i.e. the e.g. list, the a-b-c-d test and the r.s.v.p. card",
    ],
)
def test_letter_runs_that_are_no_label_stay(boundary, text: str) -> None:
    untouched(boundary, text)
    assert normalize(text).text == text


# --- a card number given in two labelled pieces ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dispatch card, first 8: 5320 4417 / last 8: 8899 2103 for the fuel order", "5320 4417"),
        ("pay with this one, part 1 6011-3004 and part 2 5522-8716", "5522-8716"),
        ("first half of the card is 4485 1234\nthe other half 5678 9011, exp 10/28", "4485 1234"),
    ],
)
def test_card_numbers_in_labelled_pieces_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "first half 2025 sales were 4410 units, second half 3120 units",
        "first four 4485, last four 9011 on the receipt",
        "first half 1234 5678, second half 1234 5678 of the test range",
    ],
)
def test_labelled_pieces_that_are_no_card_stay(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a number cut across turns after a note that more follows ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turn 1: the alien number starts A20 (more in a sec)\nTurn 2: 6 41 93 75. is that pre-2000?", "6 41 93 75"),
        ("Turn 1: her ssn starts 618 [next line]\nTurn 2: 40 2735 ok?", "40 2735"),
    ],
)
def test_numbers_cut_after_a_note_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_remark_in_brackets_is_no_continuation() -> None:
    text = "Turn 1: the shift starts 14 (see schedule)\nTurn 2: 3 55 08 12 were the readings"
    assert normalize(text).text == text


# --- digits spelled out in German or Portuguese ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Telefonnummer: sieben null drei, fünf fünf fünf, null eins neun acht bitte zurückrufen",
            "sieben null drei, fünf fünf fünf, null eins neun acht",
        ),
        (
            "liga para o celular: três zero dois, seis quatro sete, oito oito nove dois",
            "três zero dois, seis quatro sete, oito oito nove dois",
        ),
    ],
)
def test_numbers_spelled_in_german_or_portuguese_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe drei oder vier Bücher und zwei Hefte, nicht acht",
        '{"scores": [null, null, null, null, null, null, null, null], "ids": [0, null, 3, null, null, 7, 1]}',
    ],
)
def test_number_words_in_prose_and_json_nulls_stay(boundary, text: str) -> None:
    untouched(boundary, text)
    assert normalize(text).text == text.replace("ü", "u")
