"""Round 29 (famous): names of history, science and fiction, and things named after people (invented examples,
different from the sets' records): a person of history in a training intro, a paragraph or a history unit; a pair
the public names together ("Lewis and Clark"); a unit's namesake; colleges by their namesakes' names; a course's
lecture series or seminar; a statute, a law of science, an instrument or a method that bears a name; storms listed
as examples of storms; ships listed after "e.g." in parentheses; festivals; a novel's character named with the
novel's title. Each release has a hard negative: the same shape around a private person stays redacted."""

from __future__ import annotations

import pytest

from gateway.detect.eponyms import science_eponym
from tests.unit.detect.conftest import kept_back, untouched

# --- people of history in a training intro, a paragraph, a history unit (the list grew; "the US" is no "us") ---


@pytest.mark.parametrize(
    "text",
    [
        "For a compliance training intro: explain how Charles Ponzi's scheme collapsed and what regulators learned.",
        "Write a short paragraph on Madam C. J. Walker as the first self-made woman millionaire in the US.",
        "Plan a four-week civics unit: Sojourner Truth, Sequoyah, Lewis and Clark. One craft per week.",
    ],
)
def test_people_of_history_in_a_training_piece(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Training intro for the intake desk: applicant Charles Ponzi, case number 2024-118, missed his slot.",
            "Ponzi",
        ),
        ("Civics unit sign-up: my neighbour Matthew Henson (DOB 03/04/1990) will lead week 2.", "Matthew Henson"),
    ],
)
def test_a_namesake_with_a_case_or_a_birth_date_stays_redacted(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


# --- a unit named after a scientist, in a training slide ---


def test_a_units_namesake(boundary) -> None:
    untouched(
        boundary,
        "For the training slide: what a becquerel measures (named after Henri Becquerel) and how it differs from a"
        " gray.",
    )


# --- colleges by their namesakes' short names, in a text about choosing one ---


def test_colleges_by_their_namesakes(boundary) -> None:
    untouched(
        boundary,
        "He is comparing Christopher Newport, William & Mary and James Madison. Which has the lowest out-of-state"
        " tuition?",
    )


def test_an_applicant_who_shares_a_colleges_name_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Applicant Christopher Newport, A-number A204518367, asked whether William & Mary accepts his credits.",
        "Christopher Newport",
    )


# --- a course's lecture series, seminar or symposium named after a person ---


def test_a_lecture_series_or_seminar_title(boundary) -> None:
    untouched(
        boundary,
        'Our catalog has "Frederick Douglass Lecture Series", "Eleanor Roosevelt Seminar" and "FEMA 101". Too long'
        " for screen readers?",
    )


# --- a statute, a law of science, an instrument or a method that bears a name ---


@pytest.mark.parametrize(
    "text",
    [
        "What does Megan's Law require from county registries, and how is Jessica's Law different?",
        "Why do labs use Mohr titration for chloride and Fritz Haber synthesis for ammonia? Keep it short for a new"
        " hire.",
    ],
)
def test_a_statute_or_an_instrument_named_after_someone(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kari's Law and other rules", "Kari"),
        ("we use the Karl Fischer titration for moisture", "Karl Fischer"),
        ("a Geiger counter in the lab", "Geiger"),
        ("that is Hooke's law at work", "Hooke"),
        ("the Kjeldahl method for protein", "Kjeldahl"),
    ],
)
def test_science_eponym_reads_the_noun_after_the_name(text: str, name: str) -> None:
    start = text.index(name)
    assert science_eponym(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Send the retainer to Kari's Law Office by Friday.", "Kari"),  # a firm of hers
        ("Mr. Ruiz's Law and Order DVDs are in the box.", "Ruiz"),  # after a title
        ("Ana Ruiz's counter is by the window.", "Ana Ruiz"),  # a possessive: hers
        ("Maria's law class starts at 9.", "Maria"),  # a frequent given name
        ("Ruiz counters that the fee was paid.", "Ruiz"),  # a verb
        ("The Ruiz test results came back today.", "Ruiz"),  # a person's results
        ("Client Ana Ruiz reaction: upset about the delay.", "Ana Ruiz"),  # shorthand for her reaction
        ("Jessica's Law Degree is framed in the hall.", "Jessica"),  # a degree of hers
    ],
)
def test_science_eponym_keeps_a_persons_things(text: str, name: str) -> None:
    start = text.index(name)
    assert not science_eponym(text, start, start + len(name))


# --- storms the words after a list call examples of storms ---


def test_storms_listed_as_examples_of_storms(boundary) -> None:
    untouched(
        boundary,
        "Draft a workshop opener that names Andrew, Hugo, Sandy and Floyd as examples of hurricanes that reshaped"
        " flood insurance.",
    )


def test_people_listed_as_leads_for_storms_stay_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Please list Rosalind Okafor and Dmitri Vasquez as leads for storms this season; call them at 3pm.",
        "Rosalind Okafor",
    )


# --- ships listed after "e.g." in parentheses, after a plural noun of vessels ---


def test_ships_listed_as_examples(boundary) -> None:
    untouched(
        boundary,
        "List the national security cutters and who they honor (e.g., Bertholf, Waesche, Stratton, Munro, Kimball,"
        " Midgett). For a poster.",
    )


# --- festivals the model reads as a name ---


def test_festivals(boundary) -> None:
    untouched(boundary, "Crowd sizes for Cinco de Mayo, Juneteenth and Mardi Gras parades in Texas cities?")


# --- a character of a well-known novel named with the novel's title ---


def test_a_character_with_the_title_of_their_novel(boundary) -> None:
    untouched(
        boundary,
        "My essay compares the mayor to Willy Loman from Death of a Salesman. Does that land?",
    )


def test_a_characters_namesake_from_an_office_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Willy Loman from Regional Sales phoned about the invoice; his cell is 415-555-0172.",
        "Willy Loman",
    )
