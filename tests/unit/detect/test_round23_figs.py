"""Round 23, hard negatives that name people the public knows or characters of known works, by kind: a team's
reading, a movie night's cast, a book club's pick, an ice-breaker, talking points, places named after people, an
exercise's invented people and a list of storms with their years. Beside each release, the private people the same
decision must keep: a namesake in a case with an identifier, the writer's own relative, a meeting's attendees. Every
text here is invented for this file."""

from __future__ import annotations

import time

from gateway.detect import public_figures
from gateway.detect.public_figures import known_name

from .conftest import Boundary, kept_back, untouched

# --- the list of names the public knows (data/known_people.txt) ---


def test_the_list_is_large_and_loads_fast() -> None:
    public_figures.known_names.cache_clear()
    t = time.perf_counter()
    names = public_figures.known_names()
    assert len(names) > 3000
    assert time.perf_counter() - t < 1.0


def test_known_names_fold_spellings_titles_and_possessives() -> None:
    assert known_name("Pele") and known_name("Pelé")
    assert known_name("J.R.R. Tolkien") and known_name("J. R. R. Tolkien")
    assert known_name("Dr. Martin Luther King, Jr.")
    assert known_name("Georgia O\u2019Keeffe\u2019s")
    assert known_name("Frida Kahlo's Blue House")  # a thing of hers run into the name
    assert known_name("Popeye-style")
    assert not known_name("Teodora Okafor")
    assert not known_name("Maria")  # a given name alone is no one's in particular


# --- pieces about them, by what the text is ---


def test_a_team_reading_list_passes(boundary: Boundary) -> None:
    untouched(boundary, "Reading list for the unit: Booker T. Washington, Ida B. Wells and W.E.B. Du Bois.")


def test_an_ice_breaker_with_characters_passes(boundary: Boundary) -> None:
    untouched(boundary, "Ice-breaker: would you rather have lunch with Gandalf, Katniss Everdeen or Sherlock Holmes?")


def test_talking_points_on_explorers_pass(boundary: Boundary) -> None:
    untouched(boundary, "Talking points: Roald Amundsen beat Robert Falcon Scott to the pole; open with it.")


def test_sports_legends_by_one_name_pass(boundary: Boundary) -> None:
    untouched(boundary, "The office five-a-side league took its names from the legends: Pelé, Zico and Garrincha.")


def test_two_famous_names_without_a_piece_word_pass(boundary: Boundary) -> None:
    untouched(boundary, "Frederick Douglass and Susan B. Anthony were friends for decades and disagreed over the vote.")


# --- ... and what keeps a namesake's name back ---


def test_a_namesake_in_a_case_with_an_identifier_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Trivia aside: applicant Harriet Tubman (A-number A204918337) and Frederick Douglass missed it.",
        "Harriet Tubman",
    )


def test_the_writers_own_relative_with_a_famous_name_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary, "Movie night at my uncle's: my cousin Michael Jordan picked a film with Tom Hanks.", "Michael Jordan"
    )


def test_two_famous_names_in_a_meeting_note_stay_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Please schedule a call with James Madison and John Adams about the grant.", "James Madison")


def test_two_famous_names_in_a_thank_you_or_an_arrangement_stay_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Thanks to Jimmy Stewart and Grace Kelly for covering the night watch.", "Grace Kelly")
    kept_back(boundary, "Paul Newman and Bette Davis will drop the boxes by at 3pm.", "Paul Newman")
    kept_back(boundary, "Tom Hanks and Meryl Streep asked me for the spare keys.", "Meryl Streep")


def test_a_private_name_beside_famous_ones_on_a_board_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary, "Inspiration board: Frank Lloyd Wright, Julia Morgan and Odalys Perenchio-Vance.", "Odalys Perenchio"
    )


# --- a quoted title and its cast (fiction.py) ---


def test_a_movie_nights_cast_after_its_title_passes(boundary: Boundary) -> None:
    untouched(boundary, 'Film night: "Casablanca" - Rick, Ilsa, Sam and Captain Renault. Bring snacks.')


def test_a_book_clubs_pick_narrated_by_passes(boundary: Boundary) -> None:
    untouched(boundary, 'Book club this month: "Rebecca", narrated by the second Mrs. de Winter; Maxim broods.')


def test_a_title_and_names_with_no_story_around_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, 'Project kickoff: "Harbor Refresh" - Lucia Brandvold, Tomas Ekwueme and Ana Pires.', "Lucia")


# --- an exercise's invented people (fiction.py) ---


def test_a_vignettes_invented_people_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        'The tabletop uses the fictional harbourmaster "Captain Orla Vantrees" and a made-up port, Graywick. '
        "No real people are used.",
    )


def test_an_exercise_that_names_a_real_participant_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        'Exercise inject: fictional mayor "Dov Kellerman" calls; my colleague Priyanka Ramaswamy plays him.',
        "Priyanka Ramaswamy",
    )


# --- places named after people, and a list of storms (named_things.py) ---


def test_a_visitor_center_and_a_house_museum_named_after_people_pass(boundary: Boundary) -> None:
    untouched(boundary, "Meet at the Ansel Okoro visitor center, then walk to the Ida Lindqvist house museum.")


def test_a_storm_list_with_years_passes(boundary: Boundary) -> None:
    untouched(boundary, "Flood claims by event: Hurricane Andrew (1992), Opal (1995), Ivan and Dennis (2005).")


def test_a_person_after_a_storm_named_alone_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "After Hurricane Ivan, Dennis Okafor from the parish called about his claim.", "Dennis Okafor")


def test_a_bridges_short_name_after_the_passes(boundary: Boundary) -> None:
    untouched(boundary, "Bridges we tend: Courtney Campbell Causeway, Dale Mabry Bridge. The Mabry opens on request.")
