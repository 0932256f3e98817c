"""Round 15, false positives by class (found on blind set r, checked against every set): streets named in prose
beside a street's ordinal. Beside each, the people and values the same decision must keep. Every text here is
invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, kept_back, refused, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- streets named in prose: a street's ordinal is no house number ---


@pytest.mark.parametrize(
    "text",
    [
        "Parade closures: east on 9th St NW, then south on Constitution Ave, then 14th St. Tell the carpool.",
        "The shuttle runs from 23rd Street up Wisconsin Avenue to the 2nd Street garage; print the map.",
    ],
)
def test_streets_beside_ordinals_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_house_number_beside_the_street_is_still_an_address(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Mail the refund to Delphine Arceneaux, 4418 Constitution Ave, Apt 2, Alexandria, VA 22304, before the 5th.",
        "Delphine Arceneaux",
        "4418 Constitution Ave",
    )


# --- names of things: a vessel's quoted name, coasts, periodicals, exercises ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The seized trawler 'Captain Hollis' is moored at pier 4.", "Hollis"),
        ("The ferry 'Lady Marguerite' was late again.", "Lady Marguerite"),
        ("Kayak rentals near Sandpiper Cays and Heron Inlet close at dusk.", "Sandpiper Cays"),
        ("Per the Visa Bulletin Mar 2026, which dates apply?", "Visa Bulletin Mar"),
        ("CBRN Exercise SILVER FALCON 26 starts on Monday.", "SILVER FALCON"),
        ("Exercises list: Rapid Lantern, Harbor Shield 2025, Quiet Meridian. Which are yearly?", "Quiet Meridian"),
    ],
)
def test_the_words_around_a_name_say_it_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The trawler captain Hollis Brandt signed the log.", "Hollis Brandt"),
        ("Exercises led by: Marisol Quintanar, then a hot wash.", "Marisol Quintanar"),
        ("Intake notes for Rosalind Achterberg June 2024, please tidy.", "Rosalind Achterberg June"),
    ],
)
def test_a_person_near_the_same_words_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


@pytest.mark.parametrize(
    "text",
    [
        "From the slip log, boat names: 'Miss Penelope', 'Aunt Bea'. Which marina office should we call first?",
        "The tug 'Captain Walt' towed the barge past Gull Shoal. How long is that transit?",
    ],
)
def test_quoted_vessel_names_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_the_owner_of_a_named_vessel_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "The yacht 'Miss Penelope' is registered to Mrs. Dolores Pettigrew-Vance of Naples; draft the notice.",
        "Dolores Pettigrew-Vance",
    )


# --- form blanks, decisions asked about, journeys, dishes ---


@pytest.mark.parametrize(
    "text",
    [
        "Badge request template: Full name: ________ Badge ID: XXXXXXX Phone: XXX-XXX-XXXX. Shorten the wording.",
        "What did Pemberton v. Ashworth decide about a landlord's duty? Does Maryland follow it?",
        "Day two: museum in the morning, then the 5pm flight to Washington Dulles. Make it a checklist.",
        "Brunch menu: Eggs Benedict, Chicken Marsala and fruit. How many trays for forty people?",
        "Is Jack-in-the-pulpit safe around dogs?",
    ],
)
def test_blanks_decisions_journeys_and_dishes_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Visitor form: Name: Ottoline Brackenbury Phone: XXX-XXX-XXXX. Is the form filled in right?", "Brackenbury"),
        ("Draft the complaint in Okonjo v. Hargreave for our client Chidinma Okonjo-Bell.", "Chidinma Okonjo-Bell"),
        ("After the flight to Denver we drove to Marisol Quintanar's house. Write the expense note.", "Quintanar"),
        ("Eggs for the brunch were bought by Benedikta Szalontai; reimburse her.", "Benedikta Szalontai"),
    ],
)
def test_people_beside_the_same_words_are_still_hidden(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- example keys and numbers ---


@pytest.mark.parametrize(
    "text",
    [
        "Our wiki says a key file begins -----BEGIN RSA PRIVATE KEY----- and closes -----END RSA PRIVATE KEY-----. "
        "Should we say where to store it?",
        "Portal hint: 'Receipt number, e.g., WAC0123456789'. Is that a good example?",
        "Form tooltip: 'A-Number, for example A123456789'. Should it show dashes?",
    ],
)
def test_armour_lines_and_counting_examples_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Why won't ssh take this?\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
        "-----END OPENSSH PRIVATE KEY-----",
        "spaced so the scanner misses it: -----BEGIN PRIVATE KEY----- M I I E v Q I B A D A N B g k q h k i G 9 w 0 "
        "-----END PRIVATE KEY-----",
    ],
)
def test_a_key_between_its_armour_lines_is_still_blocked(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


def test_an_issued_receipt_beside_the_example_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Receipt numbers look like WAC0123456789 (e.g., WAC0123456789); hers is IOE0918273645. Check the status.",
        "IOE0918273645",
    )


# --- public contact points of other federal agencies (rules/lists.yaml, with their sources) ---


@pytest.mark.parametrize(
    "text",
    [
        "For a lost refund try the IRS at (800) 829-1040, or the Taxpayer Advocate Service at 1-877-777-4778.",
        "Annuity questions go to OPM Retirement Services, 888.767.6738. Put that in the retiree FAQ.",
    ],
)
def test_published_help_lines_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_private_number_beside_a_help_line_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "If the IRS line (800-829-1040) is busy, call my preparer Dagny Oyelaran-Holm at 571-555-0187.",
        "Dagny Oyelaran-Holm",
        "571-555-0187",
    )


# --- markings talked about ---


def test_a_portion_mark_shown_like_a_kind_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Quiz answer key: banner markings like TOP SECRET//SI go top and bottom; portion marks like (TS//SI) open "
        "each paragraph. Make it friendlier.",
    )


def test_a_marked_paragraph_after_the_lesson_is_still_blocked(boundary: Boundary) -> None:
    refused(
        boundary,
        "Portion marks like (S//NF) open paragraphs, for example:\n(S//NF) The relay site moved to grid 41R.",
    )


# --- inside records with real people: titles, greetings, function words, offices, posts ---


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        (
            "Hi Doc, this is Marisela Okonjo-Brandt from the clinic; please resend the form.",
            "Marisela Okonjo-Brandt",
            "Hi Doc,",
        ),
        (
            "Bonjour Maître,\nLe dossier de Mme Perpétue Ndayishimiye est prêt.",
            "Perpétue Ndayishimiye",
            "Bonjour Maître,",
        ),
        (
            "Переведіть: Моя тітка Галина Остапчук, паспорт FA119204, телефон +380 50 555 0177. Вона зараз у Харкові.",  # noqa: RUF001
            "+380 50 555 0177",
            "Вона зараз",
        ),
        (
            "Payee: Birchwood Hollow Water District, attn: clerk Odalys Fairweather-Mbeki\nwater district grant",
            "Odalys Fairweather-Mbeki",
            "water district grant",
        ),
        (
            "Vendor: Greystone Linen Svcs, contact Tamsin Achterberg-Ruiz. Reword the note.",
            "Tamsin Achterberg-Ruiz",
            "Greystone Linen Svcs",
        ),
        (
            "Payee: Birchwood Hollow Fire District, attn: treasurer Odalys Fairweather-Mbeki\nTreasurer signs below.",
            "Odalys Fairweather-Mbeki",
            "Treasurer signs",
        ),
    ],
)
def test_words_beside_a_person_are_left_and_the_person_hidden(
    boundary: Boundary, text: str, person: str, kept: str
) -> None:
    blocked, forwarded = boundary(text)
    assert not blocked
    assert person not in forwarded, forwarded
    assert kept in forwarded, forwarded


def test_a_name_written_in_lower_case_later_is_still_carried(boundary: Boundary) -> None:
    kept_back(boundary, "Ticket from Xiomara Peralta-Quispe about her badge.\nthx xiomara, closing it now.", "xiomara")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Claim from Crystal Ferreira-Obi about her roof.\nthx crystal, closing it now.", "crystal"),
        ("Amber Okonjo-Haas DOB 04/11/1987.\ntold amber to bring the letter.", "amber"),
    ],
)
def test_a_given_name_that_is_also_an_english_word_is_still_carried_in_lower_case(
    boundary: Boundary, text: str, word: str
) -> None:
    kept_back(boundary, text, word)


# --- subject lines and sectors ---


def test_a_subject_line_that_is_a_title_passes_and_the_addressee_is_hidden(boundary: Boundary) -> None:
    blocked, forwarded = boundary(
        "Sent: Friday, November 27, 2026 3:40 PM\nSubject: replacement card\n\nMs. Okafor-Lindqvist,\n"
        "We have located the request. The card was returned."
    )
    assert not blocked
    assert "Subject: replacement card" in forwarded and "The card was returned" in forwarded, forwarded
    assert "Okafor-Lindqvist" not in forwarded, forwarded


def test_reply_marks_alone_pass(boundary: Boundary) -> None:
    untouched(boundary, "Subject: FW: Fwd: quarterly numbers\n\nCan you shorten this thread?")


def test_the_subject_of_a_case_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary, "Case notes\nSubject: Heriberto Quiñones-Batista\nDOB 06/02/1990\nSummarize.", "Quiñones-Batista"
    )


def test_a_sectors_port_names_a_place() -> None:
    assert _thing("Briefing for Sector Houston on Monday, then the cutter brief.", "Houston")
    assert not _thing("Briefing for Houston Mbeki on Monday.", "Houston Mbeki")
