"""Round 26, values (second part): birth dates beside a name in a tuple, a dict key or a log's record, in
parentheses with a note after the date, under a program's column name in a df.head(), in a list of people whose
dates the NER reads only the year of; a number's ASCII written as hex; a card's groups with asides between them; a
passport with its holder named between the label and the number. And, left alone, the look-alikes. Every text and
value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.normalize import normalize

from .conftest import kept_back, untouched


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("KeyError: ('PETROVIC, MARKO', '1979-02-14')", ("1979-02-14",)),
        ("WARNING dedupe merged ('Anna Kowalski', '1988-07-09') <- ('Anna Kowalska', '1988-07-09')", ("1988-07-09",)),
        ('seen = {("Idris Okonkwo", "1966-12-01"): 3}', ("1966-12-01",)),
    ],
)
def test_a_date_quoted_beside_a_quoted_name_is_a_birth_date(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Decedent Marjorie Pell (1949-08-21 per the county record) left no will.", "1949-08-21"),
        ("Subject Dana Whitfield (1971-03-14, verified) appeared at the hearing.", "1971-03-14"),
    ],
)
def test_a_note_after_a_date_in_parentheses_after_a_name(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Officer Ruiz (2001-05-02 hire date) signed the report.",
        'rows = [("Maria Lopez", "2024-01-05")] is the shipment log',
        "Dana Whitfield (1990-01-01 to 2020-01-01) chaired the board.",
    ],
)
def test_event_dates_beside_a_name_stay(boundary, text: str) -> None:
    blocked, forwarded = boundary(text)
    assert not blocked
    for date in ("2001-05-02", "2024-01-05", "2020-01-01"):
        if date in text:
            assert date in forwarded, forwarded


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "why is ctry NaN?\n   a_num        full_name  date_of_birth  ctry\n0  A123456789   LOPEZ MARIA   "
            "1981-05-06   NaN\n1  A123456790   KIM JOON   1975-11-30   NaN",
            ("1981-05-06", "1975-11-30"),
        ),
        (
            "print(df.head())\n   id   surname   birth_dt   zip\n0  17  Haugland  1962-04-09  55401\n"
            "1  18  Osei  1958-10-23  55402",
            ("1962-04-09", "1958-10-23"),
        ),
        ("Names and DOBs:\nMai Xiong - 12 Mar 1948\nKou Lor - 4/9/1951", ("12 Mar 1948", "4/9/1951")),
    ],
)
def test_birth_dates_in_program_tables_and_lists(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_a_column_that_is_no_birth_date_stays(boundary) -> None:
    untouched(
        boundary, "df.head()\n   order_id  country_birth  shipped\n0  1001  Peru  2019-05-06\n1  1002  Chad  2018-02-03"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fixture stores it hex-encoded: ssn_hex = '3531372d34342d38393032' for the test", "3531372d34342d38393032"),
        ("dob as hex 313938322f30362f3134 please decode", "313938322f30362f3134"),
    ],
)
def test_a_number_written_as_hex_ascii_is_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "sha prefix 2d2d2d2d30303030 and colour 2d3d34 stay",
        "commit 3031323334353637 is the build",
    ],
)
def test_hex_that_is_no_number_stays(boundary, text: str) -> None:
    untouched(boundary, text)


def test_hex_number_keeps_exact_offsets() -> None:
    text = "ssn_hex = '3531372d34342d38393032' ok"
    n = normalize(text)
    start = n.text.index("517-44-8902")
    assert n.to_original(start, start + 11) == (text.index("3531"), text.index("3032'") + 4)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the card 4532 (ha) 0151 (no) 1283 (peek) 0366 for the booking", "0366"),
        ("visa 4111 [x] 1111 [y] 1111 [z] 1111 exp 02/29", "[z] 1111"),
    ],
)
def test_card_groups_with_asides_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "scores 4832 (east) 0637 (west) 1408 (north) 1366 units",
        "room 3012 (east) 4410 (west) meeting at noon",
    ],
)
def test_figures_with_asides_that_fail_luhn_stay(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("passport of Dana Whitfield is 5 1 8 - 3 3 0 - 7 2 4 put it together", "7 2 4"),
        ("the passport for Ana M. Ruiz: 518330724 thanks", "518330724"),
    ],
)
def test_a_passport_with_its_holder_named_before_the_number(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_passport_sentence_without_a_number_stays(boundary) -> None:
    untouched(boundary, "passport for Travel Office renewals: see the desk")
