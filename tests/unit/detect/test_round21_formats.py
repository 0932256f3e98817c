"""Round 21, formats (set z and the misses that recur across sets): a value cut at a chat turn's end and finished in
the next turn, a date's digits wrapped in underscores or hyphens, a passport's letter in a hyphenated digit run,
letters typed for digits in an unseparated number and in a phone's groups, an OCR zero in "date of birth", a base64
field named with a "_b64" suffix, and dates said in words: the year first, the day in digits, or group by group.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, untouched

# --- a value cut at a chat turn's end ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "User: clerk wants the client's ssn for the benefits intake, first part is 541-27\n"
            "Assistant: I'd rather you didn't paste full SSNs.\nUser: -3390 it's fine, client is Odalys Brennan",
            ("541-27", "3390"),
        ),
        (
            "Turn 1: the sponsor gave SSN starting 622-\nTurn 2: 51-8807 sorry, it came in two parts.",
            ("622-", "51-8807"),
        ),
        ("User: date of birth on the form is 09/\nUser: 23/1987 and the form is due Friday", ("09/", "23/1987")),
        (
            "User: the new hire is Tomasz Wrobel, born\nAssistant: Please avoid sharing birth dates.\n"
            "User: oct 12 1979 - need it for the badge",
            ("oct 12 1979",),
        ),
    ],
)
def test_values_cut_at_a_turn(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        # two numbers in two turns, neither cut at a separator
        "User: we expect 40\nAssistant: ok\nUser: 25 of them confirmed so far",
        # a cut range of pages is no date
        "User: read pages 12-\nUser: 19 before Monday",
    ],
)
def test_turns_that_are_not_one_value(boundary, text: str) -> None:
    untouched(boundary, text)


# --- digits wrapped in underscores or hyphens ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("**DOB:** _23_/_07_/_1984_ (from the wiki page)", "23_/_07_/_1984"),
        ("kiosk record: dob=1_9_7_3-1_1-0_5 status=pending", "1_9_7_3-1_1-0_5"),
        ("Renter: Imogen Castellanos, DOB _09/_2_4/1971_", "09/_2_4/1971"),
        ("for the visa, born 2-0-0-1-/-1-1-/-0-6, please check", "2-0-0-1-/-1-1-/-0-6"),
        ("passport is X-5-1-7-3-0-9-2-4 for the trip", "X-5-1-7-3-0-9-2-4"),
    ],
)
def test_interleaved_digits(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Set the budget to 1_000_000 and name the export 2026_03_14.csv before the review.",
        "The constant MAX_RETRY_2_3_4 is unused.",
    ],
)
def test_underscores_that_are_not_a_date(boundary, text: str) -> None:
    untouched(boundary, text)


# --- letters typed for digits ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vendor Ignatius Mbeki, bank routing O7l000021 (typed with O and l), fix it for the form", "O7l000021"),
        ("SCANNED FORM\nDATE 0F BIRTH  O4 / 18 / 1966\nHOME PHONE (512) 555-O188", "O4 / 18 / 1966"),
        ("SCANNED FORM\nDATE 0F BIRTH  O4 / 18 / 1966\nHOME PHONE (512) 555-O188", "555-O188"),
    ],
)
def test_letters_for_digits(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_codes_with_letter_pairs_stay(boundary) -> None:
    untouched(boundary, "The lab is ISO9001 certified; the error shown was IS0123456 on the panel.")


# --- base64 under a field named with its encoding ---


def test_base64_field_suffix(boundary) -> None:
    # "MTk3Ny0wNS0xOQ==" is base64 of an invented date, 1977-05-19
    kept_back(boundary, '{"name":"Wendell Okafor","dob_b64":"MTk3Ny0wNS0xOQ=="}', "MTk3Ny0wNS0xOQ==")


# --- dates in words ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The resident said her birthday is nineteen eighty-four, July the second.", "July the second"),
        ("Our founder Ines was born on the 9th of October, nineteen sixty-one.", "nineteen sixty-one"),
        ("caller gave dob two zero zero three - one one - nineteen for the record", "one one - nineteen"),
        ("born oh-four slash two-two slash twenty-eleven, per her mother", "twenty-eleven"),
    ],
)
def test_dates_in_words(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The vote went one - two - three in the first round and four slash five slash six in the second.",
        "Meet on the 3rd of May 2027 at the depot.",
    ],
)
def test_words_that_are_no_birth_date(boundary, text: str) -> None:
    untouched(boundary, text)


# --- an e-mail address spelled out character by character ---


def test_spaced_email(boundary) -> None:
    kept_back(
        boundary,
        "write to the coach at m a r t a . q u i l l e n @ r i v e r - b e n d - h s . o r g today",
        "r i v e r - b e n d",
    )


def test_spaced_letters_without_an_address_stay(boundary) -> None:
    untouched(boundary, "The puzzle answer is s p r i n g @ noon, said the clue card.")


# --- birth dates in other languages' words ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hjälp mig översätta: min mormor Greta Sundqvist föddes 3 mars 1931 i Växjö.", "3 mars 1931"),
        ("mensaje: mi hijo Mateo Quispe nació el veintiuno de mayo del 2012, necesito la cita", "veintiuno de mayo"),
    ],
)
def test_birth_dates_other_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_spanish_date_in_words_without_birth_stays(boundary) -> None:
    untouched(boundary, "La junta se celebró el veintiuno de mayo del 2012 en la sede central.")
