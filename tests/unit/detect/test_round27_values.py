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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "for the housing form, my ssn is six two eight / four one / three nine zero seven, which line?",
            "six two eight / four one / three nine zero seven",
        ),
        (
            "the fixture name hides the ssn: def test_member_six_two_eight__four_one__three_nine_zero_seven_ok(): pass",
            "six_two_eight__four_one__three_nine_zero_seven",
        ),
    ],
)
def test_an_ssn_in_words_behind_slashes_or_underscores_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_snake_case_name_with_few_number_words_stays(boundary: Boundary) -> None:
    untouched(boundary, "rename test_one_two_three_flow to test_three_step_flow in the suite")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Μετάφρασε: έστειλα τα χρήματα στον λογαριασμό 7720418836 την Τρίτη.", "7720418836"),
        ("Bitte übersetzen: die Miete geht auf das Konto 3309184475 der Vermieterin.", "3309184475"),
        ("Tradurre: ho versato la somma sul conto 55019283746 ieri.", "55019283746"),
    ],
)
def test_an_account_number_after_a_foreign_account_word_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_year_after_a_foreign_account_word_stays(boundary: Boundary) -> None:
    untouched(boundary, "Das Konto 2024 hatte keine Bewegungen, bitte erklären warum.")


@pytest.mark.parametrize(
    "text",
    [
        'login step flakes, why?\ndriver.find_element(By.ID, "user").send_keys("svc_tester")\n'
        'driver.find_element(By.ID, "login-password").send_keys("Vq9!reLm#402")\n',
        'test("sign in", async ({ page }) => {\n  await page.fill("#pwd", "Harbor77!kite");\n});',
        'I split the staging pw so the scanner misses it, ok?\nadmin_pw = "Tr" + "ell1s" + "#Moon" + "_88"',
    ],
)
def test_a_password_typed_by_test_code_or_split_into_literals_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'driver.find_element(By.ID, "password").send_keys(os.environ["STAGING_PW"])',
        'banner = "Password" + ": " + "required"\nprint(banner)',
        'PASSWORD_HINT = "at least" + " 12 characters"',
    ],
)
def test_password_fields_given_no_literal_secret_stay(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_sandbox_decline_card_named_as_a_test_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "QA matrix for checkout, sandbox only: 4000 0000 0000 0002 should show the generic decline, "
        "4000 0000 0000 0069 the expired-card message. Turn it into a checklist.",
    )


def test_a_sandbox_decline_card_offered_as_a_customers_card_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "the customer says card 4000 0000 0000 0002 was charged twice on 3/4, refund it", "0002")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "visitor log (tab separated):\nday\tvisitor\tid_type\tid_no\n3/2\tO. Adeyemi\tCAC\t1604928371\n",
            "1604928371",
        ),
        ("badge,doc,number\nK. Lindqvist,CAC,1718293046\nM. Reyes,DL,D1234567\n", "1718293046"),
    ],
)
def test_a_ten_digit_number_in_a_cac_row_is_kept_back(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("msg 1: the cell for the site lead is 412\nmsg 2: 555\nmsg 3: 0187\nput it on one line", ("0187",)),
        ("Turn 1: her sevis id is N00\nTurn 2: 3352\nTurn 3: 8810, fix the record", ("3352", "8810")),
        ("the passport number got wrapped in my notes: K3\n1190\n274 — merge it please", ("1190",)),
    ],
)
def test_a_number_cut_over_numbered_messages_or_lines_is_kept_back(
    boundary: Boundary, text: str, values: tuple[str, ...]
) -> None:
    kept_back(boundary, text, *values)


def test_unlabelled_short_numbers_on_lines_stay(boundary: Boundary) -> None:
    untouched(boundary, "scores by round:\n412\n555\n0187\nwhat's the average?")


def test_a_card_split_in_halves_by_a_slash_is_kept_back(boundary: Boundary) -> None:
    kept_back(
        boundary, "for the booth signup here's my card in two bits: 4111-1111 / 1111-1111 exp 04/28", "1111 / 1111"
    )


def test_two_number_pairs_set_apart_by_a_slash_stay_apart(boundary: Boundary) -> None:
    untouched(boundary, "shelf codes 4111-1112 / 1111-1111 need relabelling before Friday")


def test_a_receipt_number_in_slash_parted_groups_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "receipt in bits: EAC 24 / 118 / 60 / 392, write the inquiry", "118 / 60 / 392")
