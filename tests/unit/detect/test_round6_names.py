"""Round 6, names: the kinds of PERSON the detector let through on the fresh blind sets, each with text written
here (none of it from a set), through the proxy boundary under the shipped commercial policy; and the hard
negatives next to them that must pass untouched."""

from __future__ import annotations

import pytest

from gateway.detect.names_gazetteer import english_word

from .conftest import Boundary, kept_back, untouched

# -- a full name in lower case, with no cue before it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("tidy this up: marisol quintanilla covered the front counter all week", ("marisol quintanilla",)),
        ("note for file - renata wojcik asked about the refund again", ("renata wojcik",)),
        ("summary: she gave her name as tran ngoc anh and hung up", ("tran ngoc anh",)),
        ("ok so rosalind okafor brought the missing receipts", ("rosalind okafor",)),
        ("follow-up: imelda saldivar, line 3", ("imelda saldivar",)),
    ],
)
def test_lower_case_names_without_a_cue(boundary: Boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "rewrite: the asset list needs a line code for each laptop",
        "translate al inglés: el formato de la solicitud está bien",
        "explain what the key pair and the job skip flag do in this config",
    ],
)
def test_lower_case_everyday_and_foreign_words_are_not_names(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_english_word_reads_inflected_forms() -> None:
    assert english_word("walked") and english_word("ran") and english_word("desks")
    assert not english_word("quintanilla") and not english_word("wojcik")
    assert not english_word("Torres")  # a listed surname is not "torr" + "es"


# -- a Title Case full name the small model reads as a place or an organisation, or misses ----------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('Make this form accessible: <input value="Marivic Dumlao">', ("Marivic Dumlao",)),
        ("Spacing fix: Jadwiga Kamińska ITIN 9 1 2 - 7 7 - 1 2 3 4", ("Jadwiga Kamińska",)),
    ],
)
def test_title_case_names_the_model_misreads(boundary: Boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Plan a route from San Isidro to Calle Hidalgo and back.",
        "List the flights to Pago Pago that leave before noon.",
        "Translate the sign at the Ho Chi Minh City consulate.",
    ],
)
def test_title_case_places_are_not_names(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


# -- agency, place, schedule and phrase words the model reads as a person -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Write a short welcome for the joint drill with the Coast Guard unit and our Border Patrol station.",
        "Gear list for a rotation to Tinian and Saipan in the wet season.",
        "Make a table:\nMon range day\nTue classroom\nFri practical exercise",
        "Brief the directors in San Antonio agreed on the new docket plan.",
        "List the stations: Sector Juneau, Sector Anchorage, Sector Guam.",
        "Polish: Dear Offerors, amendments will be posted next week.",
        "Translate: my aunt lives near the harbor and my uncle drives a bus.",
    ],
)
def test_agency_place_and_phrase_words_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


# -- names in capitals inside a longer run, with a word the lists lack, or a surname in capitals first ------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("REWRITE: DETAINED 2 ADULT FEMALE ROSALBA QUINTERO-MEJIA DOB 03 MAR 1990", ("ROSALBA QUINTERO-MEJIA",)),
        ("one migrant gave name JOSUÉ THERMOZIER and declined the rest.", ("JOSUÉ THERMOZIER",)),
        ("Narrative: the master, HUANG Zhiqiang, refused the boarding.", ("HUANG Zhiqiang",)),
    ],
)
def test_names_in_capitals(boundary: Boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


# -- a given name alone: after "Good morning", "CC", a dash vocative; a name carried to its capitals ------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Shorten this:\nGood morning Chukwuebuka,\nYour badge renewal is approved.", ("Chukwuebuka",)),
        ("CC Oleksiy on this thread before Friday.", ("Oleksiy",)),
        ("Polite reminder:\nMaricel - your leave request is still pending.", ("Maricel",)),
        ("Warmer tone: ADEBOWALE OGUNLESI exceeded all goals. Mr. Ogunlesi led the audit.", ("OGUNLESI",)),
    ],
)
def test_given_names_alone_and_capital_repeats(boundary: Boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_greeting_words_alone_are_not_names(boundary: Boundary) -> None:
    untouched(boundary, "Good morning team, the range is closed today - please plan accordingly.")


# -- a Chinese surname and two-syllable given name in lower case; "Surname, Given - field" list entries -----------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("rewrite for the award: liang wenjie ran the overnight watch for a month.", ("liang wenjie",)),
        (
            "Sort this roster:\nHaugland, Sigrid - SEC-4 - desk 12\nMoberg, Anders - SEC-4 - desk 9",
            ("Moberg, Anders", "Anders"),
        ),
    ],
)
def test_pinyin_and_dash_separated_list_names(boundary: Boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_everyday_lower_case_pairs_are_not_pinyin_names(boundary: Boundary) -> None:
    untouched(boundary, "song title change for the long range plan, then lee county jail visits")
