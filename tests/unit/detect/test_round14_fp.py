"""Round 14, false positives by decision (found on blind set q, checked against every set): template credentials
(a connection string's ``<password>`` field, a token format written segment by segment in one character, a
numbered record's reference after "PW"), storms named after the Romance adjective, light stations, holidays named
after a person, parties in the captions of cited decisions, the counting-run SSN among unissued examples, Arabic
words the English model calls a person, and function words of Spanish, Portuguese and Vietnamese prose. Beside
each, the people and values the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, kept_back, refused, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- template credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "ODBC format: Driver=<driver>;Uid=<user>;Password=<password>; — is Uid required with Kerberos?",
        "The vendor's docs show keys as xoxp-AAAAAAAAAA-BBBBBBBBBBBB-CCCCCCCCCCCCCCCCCCCCCC. Explain the prefix.",
        "Grant PW 00731(2) and PW 00417(0) both cite DR-4611; which one is category B?",
    ],
)
def test_template_credentials_and_record_numbers_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_real_password_in_a_connection_string_is_still_blocked(boundary: Boundary) -> None:
    refused(boundary, "Server=db01;Database=ops;User Id=svc_ops;Password=Rk7!vQ2#mw; — why does login fail?")


# --- names of things ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La tormenta tropical Odette dejó sin luz a la costa.", "Odette"),
        ("Photograph the Cedar Point Shoal Light at dusk.", "Cedar Point Shoal Light"),
        ("Office closures: 01/20 (Rosa Parks Jr. Day) and 11/11.", "Rosa Parks Jr. Day"),
        ("Federal holidays this year include Pedro Alvarez Day on 03/31.", "Pedro Alvarez Day"),
        ("وصلنا إلى مطار الملك فيصل الدولي مساء أمس", "فيصل الدولي"),
    ],
)
def test_the_words_around_a_name_say_it_names_a_thing(text: str, span: str) -> None:
    assert _thing(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Call Doris Day about the shift swap on Friday.", "Doris Day"),
        ("Ana Light is the new intake officer.", "Ana Light"),
    ],
)
def test_a_person_near_the_same_words_is_still_a_person(text: str, span: str) -> None:
    assert not _thing(text, span)


# --- case law ---


def test_parties_of_cited_decisions_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Compare Okafor v. United States (5th Cir. 2016) with United States v. Lindqvist (2d Cir. 2020); one page.",
    )


def test_a_client_named_outside_a_caption_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Under United States v. Lindqvist (2d Cir. 2020), does Mariela Okonkwo-Baptiste have a claim? Draft a memo.",
        "Mariela Okonkwo-Baptiste",
    )


# --- examples of numbers ---


def test_the_counting_ssn_beside_unissued_ones_passes(boundary: Boundary) -> None:
    untouched(boundary, "My SSN regex must reject area 666. Validate against 123-45-6789 and 666-01-2345.")


def test_an_issued_ssn_beside_a_sample_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary, "My SSN regex must reject area 666. Validate against 123-45-6789 and 518-42-7731.", "518-42-7731"
    )


# --- foreign prose ---


@pytest.mark.parametrize(
    "text",
    [
        "ترجم: يرجى تعبئة النموذج قبل الموعد المحدد وإرسال النسخة الأصلية.",
        "Dịch: Xin quý vị vui lòng đến sớm mười lăm phút.",
        "Traduza: 'O banco não pede sua senha por telefone nem por mensagem.'",
    ],
)
def test_foreign_prose_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_name_in_spanish_prose_is_still_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Traduce: 'La señora Beatriz Anselmo no pudo venir a la cita del martes.'", "Beatriz Anselmo")


# --- public contact points ---


def test_an_agency_post_office_box_passes(boundary: Boundary) -> None:
    untouched(boundary, "Appeals go by mail to USCIS, P.O. Box 21281, Phoenix, AZ 85036. Write a cover letter.")


def test_a_persons_post_office_box_is_still_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Send the refund to Ileana Vostrikova, P.O. Box 4471, Tucson, AZ 85717 by Friday.",
        "P.O. Box 4471",
    )
