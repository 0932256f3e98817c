# ruff: noqa: RUF001 - en dashes between a name and its number are the point
"""Issue 11, round 4, names: the classes of PERSON false positives blind set f showed, each with fresh text
written here (none of it from the set), through the proxy boundary under the shipped commercial policy."""

from __future__ import annotations

import pytest

from gateway.detect.recognizers.personal.ner import plausible, trim_phrase

from .conftest import kept_back, untouched


def _trimmed(text: str) -> str | None:
    span = trim_phrase(text, 0, len(text))
    return None if span is None else text[span[0] : span[1]]


# -- a phrase in a language the model does not know, read as a name ------------------------------------------


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("tiếng Pháp", None),  # Vietnamese: "French (language)"
        ("lèt konvokasyon a. Pa", None),  # Haitian Creole running text
        ("Bill of Lading", None),  # an English term with a lower-case word inside
        ("Statue of Liberty", None),
        ("se Marie-Claire Dorval", "Marie-Claire Dorval"),  # "m se …": the name after the verb
        ("ako si Jonalyn Bautista", "Jonalyn Bautista"),  # Tagalog "I am …"
        ("Nour el-Din Saleh", "Nour el-Din Saleh"),  # particles stay
        ("Maria de los Angeles Ruiz", "Maria de los Angeles Ruiz"),
        ("Ahmed bin Rashid dijo", "Ahmed bin Rashid"),
    ],
)
def test_lower_case_words_in_a_person_span(span: str, name: str | None) -> None:
    assert _trimmed(span) == name


def test_foreign_phrases_pass_untouched(boundary) -> None:
    untouched(boundary, 'dịch sang tiếng Pháp: "Thư viện mở cửa lúc 8 giờ sáng."')
    untouched(boundary, 'tradui sa: "Tanpri pote lèt konvokasyon a. Pa bliye kat idantite ou."')
    untouched(boundary, "group these for the glossary: Statue of Liberty, Bill of Sale, Writ of Mandamus")


def test_a_name_after_a_foreign_verb_is_still_hidden(boundary) -> None:
    kept_back(
        boundary, "> Bonjou, m se Marie-Claire Dorval, m voye dokiman yo.\nreply in Creole", "Marie-Claire Dorval"
    )


# -- acronyms in the plural, greetings abroad, software and tracker words --------------------------------------


def test_acronym_plurals_are_not_names() -> None:
    for span in ("ZIPs", "SSNs", "URLs", "PDFs"):
        assert not plausible("PERSON", span), span


def test_greetings_in_other_languages_are_not_names(boundary) -> None:
    untouched(boundary, 'is this right for the banner: "Marhaban bikum, ahlan wa sahlan fi al-maktab"')
    untouched(boundary, 'translate the sign: "Kumusta po! Mabuhay at maligayang pagdating"')
    untouched(boundary, 'check the Somali: "Salaan, ku soo dhawoow xafiiska"')


def test_browsers_and_tracker_types_are_not_names(boundary) -> None:
    untouched(boundary, "the kiosk runs 128.0.2 for Firefox and 17.4 for Safari, is that supported?")
    untouched(boundary, "PROJ-118 | Epic | Intake redesign | Q3\nPROJ-119 | Task | Update form | Q3\ncount per type")


# -- places and things whose first word is a name ------------------------------------------------------------


def test_place_and_format_tails_are_not_names(boundary) -> None:
    untouched(boundary, "which is closer to Dulles International, Tysons or Reston? I fly out Monday")
    untouched(boundary, "crossings to list: Lukeville, Sasabe, Columbus, Santa Teresa, Juniper Pass, Otay Mesa")
    untouched(boundary, "save it as Rich Text Format or Portable Document Format, whichever opens")


# -- speakers of a pasted call or chat: surname first, or in capitals -----------------------------------------


def test_surname_first_speakers_of_a_call_log(boundary) -> None:
    text = (
        "[10:02:05] Nguyen, Thanh-huong: did the packet go out?\n"
        "[10:02:31] Okafor, Chinedu: yes on Friday\n"
        "[10:03:02] Nguyen, Thanh-huong: ok, thanks\nsummarise"
    )
    kept_back(boundary, text, "Nguyen, Thanh-huong", "Okafor, Chinedu")


def test_surname_first_speakers_of_a_teams_export(boundary) -> None:
    text = (
        "Reyes, Marisol 9:14 AM\nfiled it\nKowalski, Piotr 9:15 AM\nthanks\n"
        "Reyes, Marisol 9:17 AM\nno problem\nwrite minutes"
    )
    kept_back(boundary, text, "Reyes, Marisol", "Kowalski, Piotr")


def test_speakers_in_capitals(boundary) -> None:
    text = "label the turns:\nGARCIA: ya llegó la carta\nOKAFOR: not yet\nGARCIA: llamo mañana entonces"
    kept_back(boundary, text, "GARCIA", "OKAFOR")


def test_capital_log_levels_are_not_speakers(boundary) -> None:
    untouched(boundary, "why so noisy?\nINFO: worker started\nWARNING: queue deep\nINFO: worker stopped\nERROR: retry")


# -- a full name signed after a dash at the end; surname-first rows of a pasted directory ---------------------


def test_full_name_signed_after_a_dash(boundary) -> None:
    kept_back(boundary, "pakisuri kung tama ang spelling ng address ko -Rosalinda Macaraeg", "Rosalinda Macaraeg")
    kept_back(boundary, "ich habe die Nummer doppelt getippt, bitte prüfen -- Annika Vogel", "Annika Vogel")
    kept_back(boundary, "read back the routing number twice please - Nkechi Okafor", "Nkechi Okafor")


def test_a_dash_before_a_heading_is_not_a_sign_off(boundary) -> None:
    untouched(boundary, "see the attachment for the steps - Appendix Review")


def test_surname_first_rows_with_particles_and_everyday_given_names(boundary) -> None:
    text = (
        "which rows lack an email?\n"
        "de la Rosa, Maria Luisa\t555-0134\t\n"
        "Bautista, Rodel\t\trodel.b@example.com\n"
        "Manalastas, Grace\t555-0199\tgm@example.com"
    )
    kept_back(boundary, text, "Rosa, Maria Luisa", "Bautista, Rodel", "Manalastas, Grace")


def test_an_everyday_word_after_a_comma_alone_is_not_a_name(boundary) -> None:
    text = "status words to translate:\nPending, Hope\nOpen, Faith\nClosed, Joy"
    assert "Pending, Hope" in boundary(text)[1]


# -- a word of an error message in a stack trace or log line --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "java.lang.IllegalStateException: Max pool size reached at Pool.acquire(Pool.java:88)",
        "redis.exceptions.ConnectionError: Will retry in 5 seconds",
        "urllib3.connectionpool: Grant refused for client_id=web, what does that mean?",
        "HTTPSConnectionPool(host='files.example', port=443): Max retries exceeded with url: /upload",
    ],
)
def test_words_of_an_error_message_are_not_names(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_name_quoted_in_code_is_still_hidden(boundary) -> None:
    kept_back(boundary, "why does this fail? insert(name='Gwendolyn Okonkwo', dob=None)", "Gwendolyn Okonkwo")


# -- list rows: a name, a dash or bar, a record's number --------------------------------------------------------


def test_name_rows_before_a_record_number(boundary) -> None:
    text = "check these rows:\nWilner Joseph - A-204-118-903 - 1990-02-11\nGuerline Joseph - A-204-118-904 - 1992-06-30"
    kept_back(boundary, text, "Wilner Joseph", "Guerline Joseph")
    kept_back(
        boundary, "dedupe:\nAnaïs Lefèvre | 2019-04-02 | Lyon\nZoé Marchand | 2020-11-17 | Nantes", "Anaïs Lefèvre"
    )
    kept_back(
        boundary, "payroll list\n- Oksana Hrytsenko – 301-52-8846\n- Pavlo Hrytsenko – 301-52-8847", "Oksana Hrytsenko"
    )


def test_title_rows_before_a_version_or_date_are_not_names(boundary) -> None:
    untouched(boundary, "changelog:\nRelease Notes - 2026-11-30\nKnown Issues - 2026-12-01\nsummarise")


# -- Army and Marine ranks in capitals before a name of everyday words ----------------------------------------


def test_names_after_ranks_in_capitals(boundary) -> None:
    kept_back(boundary, "mailing label please:\nSSG Faith Bishop\nCMR 402 Box 118, APO AE 09180", "Faith Bishop")
    kept_back(boundary, "orders for CPT Will Hunter, report 0600", "Will Hunter")
    kept_back(boundary, "award citation draft for GySgt Grant Mason", "Grant Mason")


# -- the holder of an account, a card or an obligation, named after the role --------------------------------------


def test_names_after_account_roles(boundary) -> None:
    kept_back(boundary, "customer LaShonda Pruitt wants the late fee reversed", "LaShonda Pruitt")
    kept_back(boundary, "obligor Tyrell Banks owes 400 since March", "Tyrell Banks")
    kept_back(boundary, "la tarjeta es del cardholder Ximena Duarte, confirma", "Ximena Duarte")


def test_things_of_the_customer_are_not_names(boundary) -> None:
    untouched(boundary, "the customer Portal Login page is down again, who owns it?")
