"""Round 16, false positives by class (found on blind set s, checked against every set): schools and roads named
after people, road numbers in directions, reference numbers in a phone's digits, public contact points. Beside
each, the people and values the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, kept_back, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- schools named after people: a school's last word ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Campus tours: Booker Washington University on Friday.", "Booker Washington University"),
        ("She teaches at Eleanor Whitcombe Middle School now.", "Eleanor Whitcombe Middle School"),
        ("Transfer credits from Harlan Pryce Community College are accepted.", "Harlan Pryce Community College"),
        ("Grants went to the Ida Marlowe Institute and others.", "Ida Marlowe Institute"),
    ],
)
def test_a_schools_last_word_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # School and College are also surnames: alone after a given name they stay a person's
        ("Interview notes for Dana School, born in Ohio.", "Dana School"),
        ("Witness: Peter College, the night clerk.", "Peter College"),
    ],
)
def test_a_surname_that_is_a_schools_word_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_schools_in_a_list_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Certified campuses near us: Abigail Fenwick University, Horace Tilden High School and Fenwick University. "
        "Which renew this year?",
    )


def test_a_student_beside_the_school_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Please update the I-20 for Priya Raghunathan, SEVIS N0012345678; she transfers to Horace Tilden University.",
        "Priya Raghunathan",
    )


# --- roads named after people, in directions that number the roads ---


@pytest.mark.parametrize(
    "text",
    [
        "From I-66 take exit 9, turn onto Hezekiah Lord Hwy, then right on Abner Coyle Memorial Pkwy. Shorten this.",
        "Take Route 29 north, then left at Lucius Brandt Boulevard; the depot is after the bridge.",
    ],
)
def test_roads_in_numbered_directions_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_house_number_beside_the_road_is_still_an_address(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "From I-66 take exit 9; Corisande Vallejo-Marsh lives at 4410 Abner Coyle Pkwy, Fairfax, VA 22030.",
        "Corisande Vallejo-Marsh",
        "4410 Abner Coyle Pkwy",
    )


# --- reference numbers in a phone's digits: a year and a serial, an EIN-based importer number ---


@pytest.mark.parametrize(
    "text",
    [
        "The appeal files on the remand list are 2025-017734 and 2026-002291; which is older?",
        "An importer number like 51-7730914-00 is EIN-based; how do I read the suffix?",
        "Sort these importer numbers: 38-1120457-01, 38-1120457-00.",
    ],
)
def test_reference_numbers_are_not_phones(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call the petitioner back at 202-600-4417 after lunch.", "202-600-4417"),
        ("Her mobile is 0806 214 7789, she prefers WhatsApp.", "0806 214 7789"),
        ("Reach him on +44 20 7946 0321 tomorrow.", "+44 20 7946 0321"),
    ],
)
def test_phone_numbers_are_still_hidden(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- public contact points (rules/lists.yaml, each with its source) ---


@pytest.mark.parametrize(
    "text",
    [
        "Tell respondents to check their hearing date at 1-800-898-7180, in English or Spanish.",
        "The immigration court's address is 1901 South Bell Street, Suite 200, Arlington, VA 22202.",
        "For a locked ACE portal account, brokers call the ACE Help Desk at 1-866-530-4172.",
        "Schools write to the SEVP Response Center at sevp@ice.dhs.gov with questions.",
    ],
)
def test_public_contact_points_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_callers_own_number_beside_a_contact_point_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Osvaldo Quirindongo called 1-800-898-7180 and asks us to call him back at (571) 555-0182.",
        "Osvaldo Quirindongo",
        "(571) 555-0182",
    )


# --- people of history and of fiction, in a text that asks about them and holds no personal value ---


@pytest.mark.parametrize(
    "text",
    [
        "For the museum's history wall, write captions for Florence Nightingale and Louis Pasteur.",
        "Make a fictional asylum officer called Atticus Finch interview Jean Valjean; keep it light.",
    ],
)
def test_public_figures_and_characters_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Help me role-play a hard talk with my employee Tanisha Obuya-Grant about her lateness.",
            "Tanisha Obuya-Grant",
        ),
        (
            "Our clerk Desmond Achterberg-Lui is famous for his chili; write a retirement toast.",
            "Desmond Achterberg-Lui",
        ),
        ("Write a fictional story about my neighbour Wilhelmina Kasprzak and her dog.", "Wilhelmina Kasprzak"),
        ("Write three fun facts about Odalys Brennan-Achebe for her farewell card.", "Odalys Brennan-Achebe"),
        (
            "Write a fictional employee profile based on my coworker Jurgis Abernathy-Oyelowo.",
            "Jurgis Abernathy-Oyelowo",
        ),
        (
            "For the history wall, add my grandfather Teodoro Vukovic-Amadi next to the founders.",
            "Teodoro Vukovic-Amadi",
        ),
        ("Trivia night teams: Cosmin Varga-Ndlovu and Ilse Marchetti-Obi, table 4.", "Ilse Marchetti-Obi"),
    ],
)
def test_a_role_play_or_story_about_a_real_person_keeps_the_name_hidden(
    boundary: Boundary, text: str, name: str
) -> None:
    kept_back(boundary, text, name)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Role-play script: the officer interviews Wilhelmina Okonkwo-Reyes, born 03/14/1987, about her trip.",
            ("Wilhelmina Okonkwo-Reyes", "03/14/1987"),
        ),
        (
            "Historical note for the file: Bartholomew Achterberg, A-number A123456789, first entered in 1998.",
            ("Bartholomew Achterberg", "A123456789"),
        ),
        (
            "Fun facts for the newsletter: email Philippa Grunwald at pgrunwald@example.org for the photos.",
            ("pgrunwald@example.org",),
        ),
    ],
)
def test_a_personal_value_beside_the_figures_keeps_every_name_hidden(
    boundary: Boundary, text: str, values: tuple[str, ...]
) -> None:
    kept_back(boundary, text, *values)


# --- lists of places and storms: a year in parentheses after an item, a verb that calls the items sites ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rank Hurricanes Opal (1995), Ivan (2004) and Sally (2020) by rainfall.", "Sally"),
        ("Kerenet, Mai Habar and Adi Quala are detention/training sites in claims we see.", "Mai Habar"),
        ("Nyarugusu and Mtendeli are refugee camps in the west of the country.", "Mtendeli"),
    ],
)
def test_items_of_a_list_of_places_or_storms_name_things(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Witnesses: Rosalind Mbeki and Tomas Varga are staying in the camp until Friday.", "Rosalind Mbeki"),
        ("Rosalind Mbeki and Tomas Varga are camp staff.", "Rosalind Mbeki"),
        ("Interviewees Rosalind Mbeki (1987) and Tomas Varga (1990) are waiting.", "Tomas Varga"),
    ],
)
def test_people_in_such_lists_are_still_people(text: str, span: str) -> None:
    assert not _thing(text, span)


# --- a party's role that opens the name, and traders' names ---


def test_a_role_before_the_name_is_not_carried_as_a_name(boundary: Boundary) -> None:
    text = (
        "The Department does not oppose Respondent Teodoro Alcantara Ybarra's motion to reopen. "
        "Respondent was never served with the notice."
    )
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "Teodoro Alcantara" not in forwarded
    assert "Respondent was never served" in forwarded


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Shipper: Ozdemir Textile Import, Bursa; consignee in Newark.", "Ozdemir Textile Import"),
        ("The invoice from Rahim Knitwear lists 400 cartons.", "Rahim Knitwear"),
    ],
)
def test_a_traders_last_word_names_a_business(text: str, span: str) -> None:
    assert _thing(text, span)


def test_the_traders_contact_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "The invoice from Rahim Knitwear is signed by Shahana Parvin Chowdhury, mobile +880 1712 345678.",
        "Shahana Parvin Chowdhury",
        "+880 1712 345678",
    )


# --- a quoted item that a title opens, in a list of things ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vessels towed this month: 'Miss Loretta', 'Capt. Wendell', 'Salt Runner'. Which were shrimpers?", "Loretta"),
        ("Vessels towed this month: 'Miss Loretta', 'Capt. Wendell', 'Salt Runner'. Which were shrimpers?", "Wendell"),
    ],
)
def test_a_title_inside_a_quoted_things_name(text: str, span: str) -> None:
    assert _thing(text, span)


def test_a_vessels_people_in_quotes_are_still_people() -> None:
    assert not _thing("Vessels boarded, masters: 'Capt. Wendell Ambrose', 'Loretta Vance'.", "Wendell Ambrose")


# --- a product's acronym before a list's comma is no surname ---


@pytest.mark.parametrize(
    "text",
    [
        "Plants run Quorvex Experion XKS, Rockwell FactoryTalk and Emerson DeltaV; who patches fastest?",
        "Licensing: Jenkins LTS, Hugo static site generator, Ansible. Which are free?",
    ],
)
def test_a_products_acronym_is_not_a_surname(boundary: Boundary, text: str) -> None:
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "Rockwell" in forwarded or "Hugo" in forwarded


def test_surnames_without_a_vowel_in_capitals_are_still_names(boundary: Boundary) -> None:
    kept_back(boundary, "Roster for Tuesday: NG, Wei Ming; LY, Thanh Hoa; PHAM, Quoc Bao.", "Wei Ming", "Thanh Hoa")


# --- a crossing's, a camp's or a centre's noun after the name it bears ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Route: Laredo, then the Colombia bridge, then Nuevo Laredo (Zaragoza bridge).", "Zaragoza"),
        ("Stops: Dadaab, the Jean Paul transit centre in Nairobi, then Kampala.", "Jean Paul"),
    ],
)
def test_a_facility_noun_after_a_name_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Interviewed Jean Paul Habimana at the camp on Monday.", "Jean Paul Habimana"),
        ("Jean Paul Habimana's camp shelter flooded.", "Jean Paul Habimana"),
    ],
)
def test_a_person_near_a_camp_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_the_eap_line_passes(boundary: Boundary) -> None:
    untouched(boundary, "Remind staff that the Employee Assistance Program answers at 1-800-222-0364, day or night.")


# --- a form's fields in English words are no chat's speakers ---


def test_form_fields_are_not_speakers(boundary: Boundary) -> None:
    text = (
        "CLAIM FORM - pasted\n"
        "Flood Zone: AE, per the county map\n"
        "Lienholder: First Prairie Savings\n"
        "Damage Estimate: pending\n"
        "Flood Zone: confirmed by the adjuster\n"
        "Why is the lienholder on the cheque?"
    )
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "Flood Zone:" in forwarded
    assert "Lienholder:" in forwarded


def test_speakers_of_a_chat_are_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Chat export:\nAnalyn Buenaventura: hi po, my visa was denied\nJomar: which office?\n"
        "Analyn Buenaventura: Manila\nJomar: ok send the letter",
        "Analyn Buenaventura",
        "Jomar",
    )


# --- goods counted on an invoice's line ---


def test_goods_counted_in_cases_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Invoice lines: 120 cs 'Glen Moray Classic', 48 cs 'Tullamore Dew', 30 btl 'Don Alvaro Reserva'. "
        "Which HTS headings apply?",
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Received 3 cases from Evangelina Thorsby on Monday.", "Evangelina Thorsby"),
        ("Evangelina Thorsby declared 4 pcs of luggage.", "Evangelina Thorsby"),
    ],
)
def test_a_person_beside_counted_goods_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


def test_the_importers_contact_on_an_invoice_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Invoice lines: 120 cs 'Glen Moray Classic'. Consignee contact Evangelina Thorsby, cell 415-555-0199.",
        "Evangelina Thorsby",
        "415-555-0199",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The form rejects special characters: the name Zoë Ferreira-Núñez fails validation.", "Ferreira-Núñez"),
        ("Pull the historical entries for Cornelius Abernathy-Wade from the old system.", "Abernathy-Wade"),
    ],
)
def test_words_near_the_figures_cues_do_not_free_a_name(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)
