"""A number in one of the North American toll-free codes (800, 833, 844, 855, 866, 877, 888) is an agency's or a
business's line and is forwarded; a person's own number beside it, or a toll-free number called someone's own,
is still kept back. Every number here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, kept_back, untouched


@pytest.mark.parametrize(
    "text",
    [
        "Sponsors can call the resettlement help line at 1-800-203-7711 after release. Write it in Spanish too.",
        "The vendor's support desk is (888) 351-4099; put it in the contact box of the flyer.",
        "Call center: 877 227 5599, open 8 a.m. to 8 p.m. Eastern.",
        "Toll-free: +1 866.289.9611",
    ],
)
def test_toll_free_lines_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_persons_number_beside_a_toll_free_line_is_kept_back(boundary: Boundary) -> None:
    text = "Call the help line at 1-800-203-7711, or reach Dana Whitlock on her cell at 202-555-0147."
    kept_back(boundary, text, "202-555-0147", "Dana Whitlock")
    assert "1-800-203-7711" in boundary(text)[1]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("My cell is 888-555-0134, text me when the papers are ready.", "888-555-0134"),
        ("Her personal number: (877) 555-0166.", "555-0166"),
        # not toll-free: an ordinary area code that begins with 8
        ("Reach the applicant at 808-555-0193 after 5 pm.", "808-555-0193"),
    ],
)
def test_own_numbers_and_other_codes_are_kept_back(boundary: Boundary, text: str, number: str) -> None:
    kept_back(boundary, text, number)


def test_a_toll_free_line_after_a_persons_name_in_its_sentence_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "Reach Dana Whitlock directly on 1-888-402-7799 about her claim.", "1-888-402-7799")
