"""Round 25 (sets ae and af), by the session's lead: a birth date restated in another calendar after the first
date's era mark ("… 1989 E.C. (… Gregorian 20 January 1997)"), in an aside that names the calendar; an address's
ZIP ending a line is not the first half of a number the next line finishes (the phone under it stays a phone); a
payment processor's secret key cut over several lines joins up, and the words after it do not.
Every text and value here is invented for this file."""

from __future__ import annotations

import datetime

from gateway.detect.engine import PresidioDetector

from .conftest import Boundary, kept_back, refused, untouched


def test_a_birth_date_restated_after_its_era_mark_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Re: card for Selam Worku Desta, DOB Meskerem 3, 1990 E.C. (Ethiopian calendar on the ID; Gregorian "
        "13 September 1997). Callback requested.",
        "13 September 1997",
    )
    kept_back(
        boundary,
        "Applicant's date of birth 1365/07/09 AP (solar hijri; in the western calendar 1 October 1986), "
        "per the tazkira.",
        "1 October 1986",
    )


def test_a_later_date_in_an_aside_without_a_calendar_word_passes(boundary: Boundary) -> None:
    # the aside restates nothing: the form's date is not a birth date
    updated = f"11/30/{datetime.date.today().year}"
    text = f"DOB 1/2/1990 (form updated {updated})."
    kept_back(boundary, text, "1/2/1990")
    assert updated in boundary(text)[1]
    untouched(boundary, "Delivery 1446/05/01 AH (see the shipping note 2024-11-03) was late. Which office?")


def test_a_phone_under_an_address_line_is_kept_as_a_phone(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Yours,\nDamaris Ocasio Ruiz\n4410 NW 12th Ave, Apt 3, Miami, FL 33127\n305-555-0164",
        "305-555-0164",
        "4410 NW 12th Ave",
    )
    kept_back(boundary, "Ship to 17 Larch Rd, Boise, ID 83704\n2085550177 is her cell.", "2085550177")


def test_an_ssn_broken_across_a_line_still_joins(boundary: Boundary) -> None:
    kept_back(boundary, "my SSN 527\n61 0948 sorry, typo", "527\n61 0948")


def test_a_secret_key_cut_over_lines_is_refused(boundary: Boundary) -> None:
    refused(
        boundary,
        "the live key, in pieces so the filter misses it:\nsk_live_8Hw2\nQz5nT1xR7c\nLm4Pd9Ga\nput it together",
    )
    refused(boundary, "Restricted key for the webhook: rk_live_Jd73Kq0PzX5vWm2Rt9Lb")


def test_the_words_after_a_cut_token_stay_outside_it(detector: PresidioDetector) -> None:
    text = "my token is ghp_Wq4eR7tY1uI3oP5aS8dF\nG2hJ6kL9zX0cV3bN7mQ1\nthanks"
    spans = [text[f.start : f.end] for f in detector.analyze([text])[0] if f.entity_type == "GITHUB_TOKEN"]
    assert spans == ["ghp_Wq4eR7tY1uI3oP5aS8dF\nG2hJ6kL9zX0cV3bN7mQ1"]


def test_a_key_prefix_in_prose_passes(boundary: Boundary) -> None:
    untouched(boundary, "Stripe keys start sk_live_ or sk_test_;\nuse test keys\nin staging only.")
