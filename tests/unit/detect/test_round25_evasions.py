"""Round 25, evasions (sets ae and af): a name written wholly as HTML character references (decimal or hex) or
percent-escapes; digits and digit words glued into one token; a number half in words and half in digit groups; an
SSN or phone cut at a line break with its separator opening the next line. And, left alone, the look-alikes:
escaped words that are not a name, numbered chapters in words, a ledger line and a temperature range across a
line break. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.normalize import normalize

from .conftest import kept_back, untouched

# --- names written as character references or percent-escapes ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the export escaped it like this: &#84;&#97;&#109;&#97;&#114;&#97; &#79;&#106;&#111;&#110;&#103;. "
            "why would the editor do that?",
            "&#84;&#97;&#109;&#97;&#114;&#97; &#79;&#106;&#111;&#110;&#103;",
        ),
        (
            "<tr><td>&#71;&#117;&#105;&#100;&#111; &#70;&#101;&#114;&#114;&#97;&#114;&#105;</td><td>ok</td></tr>",
            "&#71;&#117;&#105;&#100;&#111; &#70;&#101;&#114;&#114;&#97;&#114;&#105;",
        ),
    ],
)
def test_escaped_names_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_escaped_words_that_are_no_name_stay(boundary) -> None:
    untouched(
        boundary, "the template prints &#83;&#97;&#118;&#101; &#67;&#104;&#97;&#110;&#103;&#101;&#115; twice, why?"
    )


# --- numbers with digit words in them ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the callback is (4one5) 5five5-02three8 after six", "(4one5) 5five5-02three8"),
        ("typed it oddly: 6nine0-555-01one4 is the desk line", "6nine0-555-01one4"),
        (
            "partly spelled so it passes: six two one - three eight - 5077 for the form",
            "six two one - three eight - 5077",
        ),
        ("ssn is 5 two 9 - one 4 - 2281 on the claim", "5 two 9 - one 4 - 2281"),
    ],
)
def test_numbers_partly_in_words_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "chapter one - section two - 1990 amendments are in the annex",
        "top 3 - one of five - 2024 picks for the reading list",
        "We need two - three volunteers for the 0800 shift, one or two more for 1600.",
        "The 3two1 countdown app and the 1one1 onboarding guide are both fine to share.",
    ],
)
def test_number_words_in_prose_stay(boundary, text: str) -> None:
    untouched(boundary, text)


def test_glued_digit_words_read_as_digits() -> None:
    assert normalize("call 8zero1-5five5-2two19 now").text == "call 801-555-2219 now"


def test_half_in_words_keeps_the_offsets() -> None:
    text = "it is seven one two - 4 4 - nine 0 1 8 ok"
    n = normalize(text)
    assert "712-44-9018" in n.text
    start = n.text.index("712")
    assert n.to_original(start, start + len("712-44-9018")) == (text.index("seven"), text.index(" ok"))


# --- a number cut at a line break, its separator opening the next line ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("broke it over two lines for safety:\n527-61\n-0948\nwhich box is it?", "527-61\n-0948"),
        ("his cell, split up:\n303.555\n.0172\nthanks", "303.555\n.0172"),
    ],
)
def test_numbers_cut_before_their_separator_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "quarter totals:\n220-45\n-3000 adjustment carried\n",
        "overnight range 100-200\n-5 degrees expected",
    ],
)
def test_line_broken_figures_stay(boundary, text: str) -> None:
    untouched(boundary, text)
