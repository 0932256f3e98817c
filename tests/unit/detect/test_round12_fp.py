"""Round 12, false positives by decision (found on blind set o, checked against every set): names of things that
the name readers take for a person although the words around them say what kind of thing they name (an animal,
a cutter, a storm, an operation, a business, a brand's goods, a list of things), posts and form categories that
end in a post's word, a template's placeholder in a name column, and a connection string whose password is a
code template's field. Beside each, the people the same decision must keep. Every text here is invented for this
file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing
from gateway.detect.recognizers.secrets.base import is_placeholder

from .conftest import Boundary, Spans, kept_back, refused, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- the words around a name say what kind of thing it names ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Retirement plaque for K9 Juniper, who found 400 lbs of fentanyl.", "Juniper"),
        ("Photo op with canine 'Walter Biscuit' at the terminal.", "Walter Biscuit"),
        ("The crew of the Coast Guard Cutter Eleanor Voss returns Friday.", "Guard Cutter Eleanor Voss"),
        ("Compare Typhoons Rosalind, Hector and Mireille for the brief.", "Hector"),
        ("Compare Typhoons Rosalind, Hector and Mireille for the brief.", "Typhoons Rosalind"),
        ("Update: Tropical Storm Florencia weakened overnight.", "Storm Florencia"),
        ("Flooding from the remnants of Bartholomew closed two roads.", "Bartholomew"),
        ("Press lines for Operation Silver Lantern and Operation Quiet Harbor.", "Operation Silver Lantern"),
        ("The barge went aground near Gideon Shoal last night.", "Gideon Shoal"),
        ("Schedule a tour of the Harriet Lowell Intake Center for the new hires.", "Harriet Lowell"),
        ("Vendors: Wendell Frost Outdoor Supply Inc, Acme Rope.", "Wendell Frost Outdoor Supply"),
        ("Tally the seized 'Bianca Moretti' sneakers by port.", "Bianca Moretti"),
        ("Sort the seized goods: Gloria Vance perfume (300), Arturo Lenz wallets (90).", "Arturo Lenz"),
        ("Rhyme with the ship names 'Lucky Margaret' and 'Old Tom'.", "Lucky Margaret"),
        ("Rhyme with the ship names 'Lucky Margaret' and 'Old Tom'.", "Old Tom"),
        ("Write bios of the horses (Clementine, Bosco, Duchess) for the mounted unit.", "Bosco"),
        ("Welcome Pepper, Biscuit and Ranger, the newest patrol dogs at the academy!", "Biscuit"),
        ("Move the printers from the Edith Carver Bldg to the annex.", "Edith Carver Bldg"),
    ],
)
def test_the_words_around_a_name_say_it_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Forward the leave slip to Gideon Shoal before Friday.", "Gideon Shoal"),
        ("Ask Harriet Lowell to countersign the form.", "Harriet Lowell"),
        ("Pepper, Biscuit and Ranger, the new analysts, start Monday.", "Biscuit"),  # people, by the apposition
        ("Call the dog handler, Marisol Ibarra, about the kennel.", "Marisol Ibarra"),
        ("Wendell Frost said the shipment is late.", "Wendell Frost"),
        ("Interview the vessels' masters (Aldous Kern, Petra Lund) about the collision.", "Petra Lund"),
        ("Email Bianca Moretti about the schedule.", "Bianca Moretti"),
        ("Screen the Bianca Moretti bags at gate 4, she is a VIP.", "Bianca Moretti"),  # her luggage, no brand talk
        ("We met the dog Fernanda adopted last spring.", "Fernanda"),  # the adopter, not the dog
        ("Ask Operations Manager Rodrigo Almeida, Typhoon desk, for the count.", "Rodrigo Almeida"),
        ("Send the binder to Senator Odette Marsh's District Office.", "Odette Marsh"),
        ("Roster:\nWendell Frost  Harbor Processing Center", "Wendell Frost"),  # two spaces part table columns
    ],
)
def test_a_person_near_the_same_words_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_a_storm_list_passes_untouched(boundary: Boundary) -> None:
    untouched(boundary, "Give me rainfall totals for Hurricanes Florencia, Bartholomew and Odette, rounded.")


def test_a_canine_caption_passes_untouched(boundary: Boundary) -> None:
    untouched(boundary, "Caption: Congrats to Juniper, Bosco and Duchess, the newest detection canines at the academy!")


def test_a_person_beside_named_things_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Tell Odalys Ferreira-Quint that Operation Silver Lantern moves to the Harriet Lowell Intake Center.",
        "Odalys Ferreira-Quint",
    )


# --- a post's word ends a post; a form's category of person is no one's name ---


def test_posts_and_form_categories_are_not_people(reported: Spans) -> None:
    for text, span in [
        ("Roster template: Gate Ops Lead (days), Radio Tech (nights), Deputy (weekends).", "Radio Tech"),
        ("Roster template: Gate Ops Lead (days), Radio Tech (nights), Deputy (weekends).", "Gate Ops Lead"),
        ("Which form is the Petition for Alien Worker?", "Alien Worker"),
    ]:
        assert ("PERSON", span) not in reported(text), (text, span)


def test_a_person_with_a_post_word_after_the_name_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Please thank Priyanka Venkatesan, our shift lead, for covering Sunday.", "Priyanka Venkatesan")


def test_a_placeholder_in_a_name_column_is_not_a_name(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Fix alignment:\n| Post | Name | Ext |\n|---|---|---|\n| Desk A | TBD | xxxx |\n| Desk B | Vacant | xxxx |",
    )


def test_a_real_name_in_the_same_column_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Fix alignment:\n| Post | Name | Ext |\n|---|---|---|\n| Desk A | TBD | 4410 |\n"
        "| Desk B | Ximena Arroyo | 4411 |",
        "Ximena Arroyo",
    )


# --- a code template's field is not a password ---


@pytest.mark.parametrize("value", ["{pw}", "{db_password}", "{DB_PASS}", "{cfg.password}", "{creds['pw']}", "{pw!r}"])
def test_a_format_field_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["{Winter2026}", "{Tr0ub4dor&3}", "Fleet$Winter2026!", "{Hx7#q}"])
def test_a_value_in_braces_is_still_a_value(value: str) -> None:
    assert not is_placeholder(value)


def test_an_f_string_dsn_is_not_blocked(boundary: Boundary) -> None:
    untouched(boundary, 'Is this ok?\ndsn = f"mysql://{user}:{password}@{host}:3306/cases"\nconn = connect(dsn)')


def test_a_dsn_with_a_literal_password_is_still_blocked(boundary: Boundary) -> None:
    refused(boundary, 'Is this ok?\ndsn = "mysql://svc_cases:Qv7!mPz2rT@db01.internal:3306/cases"')


def test_a_dsn_with_a_mixed_case_password_in_braces_is_still_blocked(boundary: Boundary) -> None:
    refused(boundary, 'dsn = "postgresql://svc:{Winter2026}@db01.internal:5432/cases"')


# --- a published public contact point of the department ---


def test_the_crcl_complaint_mailbox_passes(boundary: Boundary) -> None:
    untouched(boundary, "Tell the caller to send the complaint to CRCLCompliance@hq.dhs.gov with the form attached.")
