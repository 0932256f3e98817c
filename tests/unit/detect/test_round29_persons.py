"""Round 29 (persons): name-shaped spans that their row, their column or their sentence shows to be no person's
name (invented examples, different from the sets' records): a template's placeholder beside values spelled as their
formats, a vendor documentation's sample user at a fictitious company's domain, a delimited table's header over a
column of numbers, a firm's name ending in its line of business, a product's name before a credential's word, and
places at the ends of a route or in a "closer to … or …" question. Each release has a hard negative: the same shape
around a private person stays redacted."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a template's placeholder: values spelled as their formats, and the text's own word for an example ---


@pytest.mark.parametrize(
    "text",
    [
        "Import template (sample rows only):\nticket,opened,owner,requester_name,phone\n"
        "TK-0000,YYYY-MM-DD,Owner Name,Requester Name,(000) 000-0000\nWrite a regex for the ticket column.",
        "Demo card for the onboarding deck (fake person): Name: MARY Z. EXAMPLE, DOB: DD/MM/YYYY, SSN: XXX-XX-XXXX.",
    ],
)
def test_a_templates_placeholder_name(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_real_name_in_an_example_row_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Example row: Name: Rebecca Tannenbaum, DOB: MM/DD/YYYY, SSN XXX-XX-XXXX. Is the layout right?",
        "Tannenbaum",
    )


# --- a vendor documentation's sample user at a fictitious company's domain ---


def test_a_docs_sample_user(boundary) -> None:
    untouched(
        boundary,
        'The docs sample for the approvals connector:\n{"name":"Jonah Whitcombe","mail":"JonahW@fabrikam.com"}\n'
        "Why does my flow fail to read the mail field?",
    )


def test_a_person_beside_a_real_mailbox_in_a_sample_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        'Sample of our export:\n{"name":"Jonah Whitcombe","mail":"jonah.whitcombe@northbay-logistics.com"}',
        "Jonah Whitcombe",
    )


# --- a delimited table's header cell over a column of numbers ---


def test_a_header_over_numbers(boundary) -> None:
    untouched(
        boundary,
        "Rank these parishes by loss ratio:\nParish,Policies,Avg Claim Paid,Avg Premium,Loss Pct\n"
        "Terrebonne,812,23100,4100,61.5\nLafourche,640,18750,3900,44.2\nSt. Mary,305,20900,4300,48.9",
    )


def test_a_name_heading_a_row_of_numbers_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Overtime hours this week:\nOrtega Villanueva,Tomasz Wierzbicki,Priya Raghunathan\n12,9,14\n8,11,6",
        "Tomasz Wierzbicki",
    )


# --- a firm's name ending in its line of business ---


def test_a_firm_named_with_its_trade(boundary) -> None:
    untouched(
        boundary,
        "Sort these bidders by set-aside: Brave Eagle Builders (SDVOSB), Sparkle Janitorial (8(a)), "
        "Northgate Staffing (WOSB).",
    )


def test_an_owners_name_before_a_trade_stays_redacted(boundary) -> None:
    kept_back(boundary, "Invoices from Maria Lopez Consulting are late again, please chase them.", "Maria Lopez")


# --- a product's name before a credential's word, after a possessive ---


def test_a_product_before_a_password(boundary) -> None:
    untouched(boundary, "Should a tutor ever hold a child's Quizlet Plus password? What do schools advise?")


def test_a_person_near_a_password_stays_redacted(boundary) -> None:
    kept_back(boundary, "Is it OK to share my Netflix password with my roommate Dana Whitfield?", "Dana Whitfield")


# --- places at the ends of a route or in a "closer to … or …" question ---


@pytest.mark.parametrize(
    "text",
    [
        "Plan the band's bus trip: Chester Gap to Shenandoah Caverns, then dinner in Woodstock, back via Winchester"
        " and Berryville. How many miles is that?",
        "Travel for the field tech: Canton tunnel vs Beltway detour, then Halethorpe. Is Elkridge closer to Perry"
        " Hall or Essex?",
    ],
)
def test_places_on_a_route(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Route for Saturday: pick up Walter Brennan in Towson, then drive to Glen Burnie and Dundalk.",
        "Travel question: is Walter Brennan closer to Perry Hall or Essex?",
    ],
)
def test_a_passenger_on_a_route_stays_redacted(boundary, text: str) -> None:
    kept_back(boundary, text, "Walter Brennan")


# --- a name the model missed or took for a place, right beside a person's identifier ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "the crew list has odd characters so VLOOKUP fails: PSO Tevita Vaipulu "
            "\uff17\uff12\uff15\uff0d\uff15\uff15\uff15\uff0d\uff10\uff11\uff18\uff18. any fix?",
            "Vaipulu",
        ),
        (
            "the clerk keyed it with spaces: A 2 0 4 1 8 8 3 7 6 for Ubah Xirsi Maxamed. how do I strip the spaces?",
            "Xirsi Maxamed",
        ),
    ],
)
def test_a_name_beside_an_identifier(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


def test_a_place_beside_an_office_phone_is_not_made_a_name(boundary) -> None:
    blocked, forwarded = boundary("Call the New York office at 212-555-0147 for the forms.")
    assert not blocked and "New York" in forwarded


# --- a name in English words after an honorific ---


def test_english_words_after_an_honorific_are_a_name(boundary) -> None:
    kept_back(
        boundary, "The deacon is Rev. Zephaniah Fowler, can you draft a thank-you card to him?", "Zephaniah Fowler"
    )
