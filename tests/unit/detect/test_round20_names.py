"""Round 20, names (tuned on blind set y): one given name after a role or kinship word without a possessive, a
relation as a label, French honorifics, "a woman called …", the owner before "dba", a tribal leader's title, the
answers of a transcript to a name or "who" question, iCalendar CN values, a salutation opening a quoted message,
Korean names in a death notice, Arabic names after "the citizen", Irish surnames with their particle, a roster's
double surname before "DOB", lower-case names after "to"/"with" and a job, and a surname after a carried given
name. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.findings import Finding
from gateway.detect.names import repeated_names

from .conftest import kept_back, untouched

# --- one given name after a role or kinship word ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Proofread the obituary: Survived by his wife and granddaughter Efua. Donations welcome.", "Efua"),
        ("Summarize: PT meeting for our daughter, the aide Patience can stay with her.", "Patience"),
        ("Resumo: a cozinheira Rosilene escorregou na cozinha do navio.", "Rosilene"),
        ("Resuma em inglês: o marinheiro Josivaldo caiu no porão, segundo o mestre.", "Josivaldo"),
    ],
)
def test_one_name_after_a_role_word(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Remind the nurse Grace period ends on Friday for the enrollment forms.",
        "The cook Book club meets on Thursdays in the break room.",
        "Ask the driver Update screen to refresh before the route starts.",
        "Our nanny Quorra account was charged twice this week.",
    ],
)
def test_role_words_before_everyday_words_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a relation as a label; French honorifics ---


def test_relation_label_before_a_full_name(boundary) -> None:
    kept_back(boundary, "Traduisez. Fils : Babacar Ndiaye Sarr, né en 2001.", "Babacar")
    kept_back(boundary, "Emergency sheet\nBrother: Idris Kamara\nBlood type: O+", "Idris Kamara")


def test_relation_label_before_a_phrase_is_left(boundary) -> None:
    untouched(boundary, "Checklist: Husband: Send Copies Monthly.")


def test_french_honorific_before_a_full_name(boundary) -> None:
    kept_back(boundary, "Traduisez : demande pour M. Cheikh Tidiane Mbaye-Sarr, né à Kaolack.", "Mbaye-Sarr")
    kept_back(boundary, "Lettre pour Mme Aminata Traore au sujet du dossier.", "Aminata Traore")


def test_french_honorific_before_a_heading_is_left(boundary) -> None:
    untouched(boundary, "Annex M. Table Of Contents lists the forms in order.")


# --- "a woman called …" ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he left the bar with a man named teodoro vaca around midnight", "teodoro vaca"),
        ("BOLO - crew absconder\nlast seen with a guy called tevita (no surname) near the pier", "tevita"),
    ],
)
def test_a_person_called_a_name(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "someone called yesterday about the permit renewal",
        "a man called the hotline twice before noon",
    ],
)
def test_called_as_a_verb_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- the owner before "dba" ---


def test_owner_before_dba(boundary) -> None:
    kept_back(boundary, "The vendor is Marisol Ybarra dba Sparkle Cleaning, see the attached form.", "Marisol Ybarra")


def test_firm_before_dba_is_left(boundary) -> None:
    untouched(boundary, "Is Riverside Holdings dba the same filer as the parent company?")


# --- a tribal leader's title ---


def test_chief_before_a_name_in_the_nations_language(boundary) -> None:
    text = "Please rewrite: Chief Hinto Wapasha Red Hawk asks whether the grant covers radios."
    kept_back(boundary, text, "Hinto Wapasha")


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Justice wrote the opinion cited in the memo.",
        "Our Chief Medical Officer will brief the board on Monday.",
    ],
)
def test_chief_as_an_office_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a transcript's answers ---


def test_answer_to_a_name_question(boundary) -> None:
    text = "Clean up (keep labels):\nAGT: State your name.\nS: Sefo Tuiasosopo Mauga.\nAGT: Date of birth?"
    kept_back(boundary, text, "Sefo", "Tuiasosopo", "Mauga")


def test_answer_to_a_name_question_that_is_no_name_is_left(boundary) -> None:
    untouched(boundary, "Tidy this:\nQ: State your name.\nA: Objection, relevance.\nQ: Overruled.")


def test_answer_to_a_who_question(boundary) -> None:
    kept_back(boundary, "Clean up (keep labels):\nAGT: Who drove the skiff?\nS: Faleolo, the deckhand.", "Faleolo")


def test_a_surname_after_a_carried_given_name() -> None:
    text = "A: Faleolo, the deckhand. Faleolo Sapolu was there too."
    found = [Finding("PERSON", 3, 10, 0.75, "PersonCueRecognizer")]
    values = {text[f.start : f.end] for f in repeated_names([text], [found])[0]}
    assert "Faleolo Sapolu" in values


def test_an_everyday_word_after_a_carried_given_name_is_left() -> None:
    text = "A: Faleolo, the deckhand. Faleolo Street is where he lives."
    found = [Finding("PERSON", 3, 10, 0.75, "PersonCueRecognizer")]
    values = {text[f.start : f.end] for f in repeated_names([text], [found])[0]}
    assert values == {"Faleolo"}


def test_answer_to_a_who_question_that_is_no_name_is_left(boundary) -> None:
    untouched(boundary, "Transcript:\nQ: Who issued the permit?\nA: Customs, I think.\nQ: Thanks.")


# --- iCalendar common names ---


def test_calendar_attendee_common_name(boundary) -> None:
    text = "Fix the organizer:\nBEGIN:VEVENT\nORGANIZER;CN=Nou Yia Thao:mailto:nthao@example.gov\nEND:VEVENT"
    kept_back(boundary, text, "Nou Yia Thao")


def test_calendar_room_is_left(boundary) -> None:
    text = "Fix this:\nBEGIN:VEVENT\nATTENDEE;CUTYPE=ROOM;CN=Main Boardroom:mailto:boardroom@example.org\nEND:VEVENT"
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "Main Boardroom" in forwarded


# --- a salutation opening a quoted message ---


def test_given_name_opening_a_quoted_message(boundary) -> None:
    kept_back(boundary, "Help me soften this text to my ex:\nThaddeus, the kids stay with me Sunday.", "Thaddeus")


@pytest.mark.parametrize(
    "text",
    [
        "Fix the grammar:\nFirst, the sink is leaking again.",
        "Summarize:\nGeorgia, the state, passed the bill in May.",
    ],
)
def test_everyday_word_or_place_opening_a_quoted_message_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- Korean and Arabic cues ---


def test_korean_death_notice_names(boundary) -> None:
    kept_back(boundary, "번역: 고(故) 박순례 님께서 별세하셨습니다. 상주 김민호.", "박순례", "김민호")


def test_korean_titles_before_honorific_are_left(boundary) -> None:
    untouched(boundary, "고객님 안내: 상주 인원은 다섯 명입니다.")


def test_arabic_name_after_the_citizen(boundary) -> None:
    kept_back(boundary, "ترجم: نطلب وثيقة للمواطنة فاطمة عبد الله الزهراني، تاريخ الميلاد", "فاطمة")


def test_arabic_citizen_before_a_phrase_is_left(boundary) -> None:
    untouched(boundary, "ترجم: للمواطن الحق في السفر.")


# --- Irish particles; a roster's double surname ---


def test_irish_surname_with_its_particle(boundary) -> None:
    text = "Help me write a cover letter for the records of Cathal Ó Dubhghaill, DOB May 2, 1980."
    kept_back(boundary, text, "Cathal", "Dubhghaill")


def test_particle_before_an_english_word_is_left(boundary) -> None:
    untouched(boundary, "The kit has a Brian O Ring seal and two clamps.")


def test_roster_double_surname_before_dob(boundary) -> None:
    text = "Roster, sort it:\nGarcia Lozano, Ximena DOB 1990-04-12\nPetrov, Ivan DOB 1985-07-30"
    kept_back(boundary, text, "Garcia", "Lozano", "Ximena")


# --- lower-case names ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i saw them meet with jimmy lee pruett at the truck stop", "pruett"),
        ("interviewed screener tamika holloway-reyes at door 2", "holloway-reyes"),
        ("pls write a thank you to xadiija ahmed for the tour", "xadiija ahmed"),
    ],
)
def test_lower_case_names_after_a_cue(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "add ray tracing and bloom to the renderer settings",
        "the officer will review the footage tomorrow",
    ],
)
def test_lower_case_prose_after_a_cue_is_left(boundary, text: str) -> None:
    untouched(boundary, text)
