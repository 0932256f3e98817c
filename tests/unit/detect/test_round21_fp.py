"""Round 21, hard negatives by kinds that recur across sets (set z and the misses of earlier sets): names the public
knows in a piece about them, brands and products the name model reads as people, a season's storm names and a
super typhoon, diseases named after their describers, and an office's contact points in a text that names no one.
Beside each release, the private people and values the same decision must keep. Every text here is invented for
this file."""

from __future__ import annotations

from gateway.detect.eponyms import medical_eponym
from gateway.detect.public_figures import known_name

from .conftest import Boundary, kept_back, untouched

# --- names the public knows, in a piece about them (public_figures.py) ---


def test_known_names_strip_titles_and_possessives() -> None:
    assert known_name("Harriet Tubman's")
    assert known_name("President Abraham Lincoln")
    assert known_name("Martin Luther King Jr.")
    assert not known_name("Harriet Okonkwo")


def test_a_newsletter_line_on_famous_people_passes(boundary: Boundary) -> None:
    untouched(boundary, "For the spring newsletter: Grace Hopper and Alan Turing shaped computing as we know it.")


def test_trivia_on_famous_aviators_passes(boundary: Boundary) -> None:
    untouched(boundary, "Break room trivia: Bessie Coleman's pilot licence and Sally Ride's shuttle flight.")


def test_a_scene_with_famous_characters_passes(boundary: Boundary) -> None:
    untouched(boundary, "Write a short scene where Sherlock Holmes and Captain Ahab argue about fog horns.")


def test_a_private_name_beside_famous_ones_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For the newsletter: Clara Barton, Jonas Salk and our own Teodora Vasquez-Lind, who retires in May.",
        "Teodora Vasquez-Lind",
    )


def test_a_famous_name_without_a_piece_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Schedule the intake interview with George Washington on Tuesday at 10.", "George Washington")


def test_a_famous_namesake_with_a_birth_date_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Newsletter draft: Rosa Parks, DOB 03/14/1988, joined the Tucson team.", "Rosa Parks")


# --- brands, products, breeds and plants (rules/lists.yaml) ---


def test_a_coffee_order_of_brands_passes(boundary: Boundary) -> None:
    untouched(boundary, "Compare prices for the meeting: Tim Hortons, Krispy Kreme or Dunkin' Donuts?")


def test_garden_plants_pass(boundary: Boundary) -> None:
    untouched(boundary, "Do Sweet William and Black-eyed Susan need full sun in zone 6?")


def test_a_person_beside_a_brand_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Krispy Kreme order placed by Wilhelmina Oduya, card on file.", "Wilhelmina Oduya")


# --- storm names (named_things.py) ---


def test_a_seasons_storm_names_list_passes(boundary: Boundary) -> None:
    untouched(boundary, "The 2027 Atlantic hurricane names list included Andrea, Barry and Chantal.")


def test_a_super_typhoon_passes(boundary: Boundary) -> None:
    untouched(boundary, "Super Typhoon Haishen (2020) damaged the pier; draft the lessons-learned summary.")


# --- diseases named after their describers (eponyms.py) ---


def test_disease_eponyms() -> None:
    text = "Summarise Hodgkin's lymphoma and Sjogren's syndrome for the escort team."
    assert medical_eponym(text, text.index("Sjogren"), text.index("Sjogren") + len("Sjogren"))
    text = "Mr. Sjogren's disease flared overnight."
    assert not medical_eponym(text, text.index("Sjogren"), text.index("Sjogren") + len("Sjogren"))
    text = "Maria's syndrome flared overnight."
    assert not medical_eponym(text, 0, len("Maria"))


def test_disease_eponyms_pass(boundary: Boundary) -> None:
    untouched(boundary, "Explain Cushing's syndrome and Raynaud's phenomenon in one line each for the escort team.")


# --- an office's contact points in a text that names no one (public_contacts.py) ---


def test_an_office_reached_at_its_mailbox_passes(boundary: Boundary) -> None:
    untouched(boundary, "The OBIM Records Office can be reached at OBIM-Records@hq.dhs.gov for copies.")


def test_a_tipsters_number_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "CBP logged a tip from 520-555-0187 about the wash near Sasabe.", "520-555-0187")


def test_an_office_contact_with_a_person_in_the_text_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "The OBIM Records Office can be reached at 202-555-0139; ask for Darnell Ashworth-Pike.",
        "202-555-0139",
    )


# --- a work the sentence tells (fiction.py), a toll road (named_things.py) ---


def test_characters_of_a_novel_the_sentence_tells_pass(boundary: Boundary) -> None:
    untouched(
        boundary, "Book club pick: a novel where the night nurse, Marisol, and the porter Don Beto share a secret."
    )


def test_a_novel_about_a_colleague_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "I'm writing a novel where my coworker Rosalind Achterberg-Nwosu is the villain.",
        "Rosalind Achterberg-Nwosu",
    )


def test_a_toll_road_named_after_a_person_passes(boundary: Boundary) -> None:
    untouched(boundary, "Take the Sam Rayburn Tollway north, then exit at the Bush Turnpike.")


# --- specimen and never-issued numbers (published_examples.py, context_filters.py) ---


def test_an_advertising_number_on_no_ones_record_passes(boundary: Boundary) -> None:
    untouched(boundary, "Flyer draft: the sample ITIN 987-65-4325 is reserved for advertising, so print that one.")


def test_an_advertising_number_on_a_persons_record_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Advertising proof for Benedikta Marchetti-Oyelaran, ITIN 987-65-4325, needs sign-off.",
        "987-65-4325",
    )


def test_never_issued_ssns_said_to_be_not_issued_pass(boundary: Boundary) -> None:
    untouched(boundary, "Quiz: 666-21-0934 and 000-44-1290 fail because those areas are not issued.")
