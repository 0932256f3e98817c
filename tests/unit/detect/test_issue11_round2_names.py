"""Issue 11, round 2, names: the classes of PERSON misses and false positives blind set d showed, each with
fresh text written here, through the proxy boundary under the shipped commercial policy."""

from __future__ import annotations

from gateway.detect.context_filters import refine
from gateway.detect.findings import Finding
from gateway.detect.labels import entity_for, generic_name_key
from gateway.detect.name_shapes import korean_names, vietnamese_names
from gateway.detect.names_gazetteer import spelled_like_a_name

from .conftest import kept_back, untouched


def _spans(found, text: str) -> list[str]:
    return [text[s:e] for s, e in found]


# -- names by shape ----------------------------------------------------------------------------------------------


def test_vietnamese_van_thi_names_in_any_case() -> None:
    text = "ship to duong thi ngoc c/o LUONG VAN HIEU and Truong Thi Kim Anh"
    assert _spans(vietnamese_names(text), text) == ["duong thi ngoc", "LUONG VAN HIEU", "Truong Thi Kim Anh"]


def test_vietnamese_shape_needs_a_vietnamese_surname_and_one_case() -> None:
    for text in ("we rented a van from the depot", "Brown Van Lines moved it", "the Le Van report"):
        assert list(vietnamese_names(text)) == [], text


def test_korean_surname_and_hyphenated_given_name() -> None:
    text = "oh min-seo said YOON JI-WOO and Baek Hyun-jun boarded"
    assert _spans(korean_names(text), text) == ["oh min-seo", "YOON JI-WOO", "Baek Hyun-jun"]


def test_korean_shape_refuses_english_compounds() -> None:
    for text in ("ask Lee about the sign-off", "han follow-up tomorrow", "a kim check-in at noon"):
        assert list(korean_names(text)) == [], text


def test_slavic_surname_endings() -> None:
    assert all(spelled_like_a_name(w) for w in ("Marković", "Tkachenko", "Nowacki", "Kaminski"))
    assert not any(spelled_like_a_name(w) for w in ("Electric", "Pacific", "Domestic", "traffic", "civic"))


# -- labels ------------------------------------------------------------------------------------------------------


def test_given_and_vietnamese_russian_name_labels() -> None:
    for key in ("Given", "ho_ten", "Họ và tên", "ФИО", "Фамилия"):
        assert entity_for(key) == "PERSON", key
    assert generic_name_key("given")


# -- through the boundary ----------------------------------------------------------------------------------------


def test_lower_case_vietnamese_names_on_a_label(boundary) -> None:
    kept_back(
        boundary, "format this envelope:\nvu thi hanh c/o vu van phat, 88 pine st, gretna la 70053", "hanh", "phat"
    )


def test_caps_vietnamese_name_and_its_later_title_case_mention(boundary) -> None:
    text = "Notes:\n- claimant HUYNH VAN PHUOC, household of 4\n- Phuoc asked about the appeal deadline"
    kept_back(boundary, text, "HUYNH VAN PHUOC", "Phuoc")


def test_lower_case_korean_chat(boundary) -> None:
    text = "summarise:\nchoi ye-jin: the traveler seo jun-ho missed the connection\nchoi ye-jin: rebooked for 9am"
    kept_back(boundary, text, "choi ye-jin", "seo jun-ho")


def test_given_column_of_a_pipe_table(boundary) -> None:
    text = "Check these:\nSURNAME | GIVEN | DOB\nADEYEMI | OLUWASEUN | 1990-01-02\nOKAFOR | CHIDINMA | 1988-05-06"
    kept_back(boundary, text, "OLUWASEUN", "CHIDINMA", "ADEYEMI", "OKAFOR")


def test_given_field_of_an_ocr_page(boundary) -> None:
    kept_back(boundary, "tidy this scan:\nSurname: KOVALENKO\nGiven: IRYNA\nNationality: UKR", "IRYNA", "KOVALENKO")


def test_vietnamese_csv_header(boundary) -> None:
    text = "count rows:\nho_ten;tinh\nTrịnh Minh Khoa;Đà Nẵng\nLương Bảo Ngọc;Huế"
    kept_back(boundary, text, "Trịnh Minh Khoa", "Lương Bảo Ngọc")


def test_lower_case_name_after_interviewed(boundary) -> None:
    kept_back(boundary, "interviewed rosario delgado at the field office; rosario was calm.", "rosario delgado")


def test_teams_export_speaker_lines_and_lower_case_first_name(boundary) -> None:
    text = (
        "Summarize:\n\nDivya Raman 9:02 AM\nthe file for Omar Haddad is ready\nKevin Walsh 9:05 AM\nok\n"
        "Divya Raman 9:06 AM\nsending now\nKevin Walsh 9:07 AM\nthanks divya"
    )
    kept_back(boundary, text, "Divya Raman", "divya")


def test_quoted_sql_name_and_slavic_surname(boundary) -> None:
    text = "why does this fail?\nINSERT INTO people (name) VALUES ('Lakshmi Ramaswamy'), ('Dragana Milošević');"
    kept_back(boundary, text, "Lakshmi Ramaswamy", "Dragana Milošević")


# -- hard negatives ----------------------------------------------------------------------------------------------


def test_offices_and_facilities_are_not_people(boundary) -> None:
    untouched(
        boundary,
        "Minutes:\nDuty Officer: quiet night\nSector Command: radio check\nDispatch Center: copy, board updated",
    )
    untouched(boundary, "Handling of Visitors at Field Offices (rev. 2)")


def test_town_suffixed_places_are_not_people() -> None:
    text = "Stage the trailers near Hagerstown and Jonesboro."
    for word in ("Hagerstown", "Jonesboro"):
        start = text.index(word)
        assert refine(text, [Finding("PERSON", start, start + len(word), 0.85, "SpacyRecognizer")]) == [], word


def test_a_tool_the_text_owns_is_not_a_person(boundary) -> None:
    untouched(boundary, "Tickets in our Zendesk look like ZD-2231. Write a regex for them.")


def test_title_case_name_after_a_sentence_opening_verb(boundary) -> None:
    kept_back(boundary, "Phoned Oluwaseun Adeyemi at noon; the visa interview is confirmed.", "Oluwaseun Adeyemi")


def test_lower_case_given_name_after_a_kinship_word(boundary) -> None:
    kept_back(
        boundary, "note: his wife marisol's renewal is pending, and their daughter rowena too", "marisol", "rowena"
    )


def test_initials_and_surname_after_a_military_sign_off(boundary) -> None:
    kept_back(boundary, "Shorten this:\nSir, the duty roster is attached.\nV/r,\nJT Moon", "JT Moon")


def test_the_opening_verb_of_a_prompt_is_not_a_person(boundary) -> None:
    untouched(boundary, "Map airport codes to states: BOS, ATL, DEN, PHX.")


def test_name_dash_address_list_entry(boundary) -> None:
    text = (
        "Sort by city:\nSamira Haddadin — 77 Oak Hollow Dr, Irving, TX 75061\nNoor Qasem — PO Box 90, Cicero, IL 60804"
    )
    kept_back(boundary, text, "Samira Haddadin", "Noor Qasem")


def test_lower_case_name_that_starts_with_an_everyday_word(boundary) -> None:
    kept_back(boundary, "fix this: pat delacruz phoned about the fee waiver", "pat delacruz")
    untouched(boundary, "note: the bill payment reported late again, please check the portal.")


def test_a_surname_after_the_stays_a_name() -> None:
    """A listed surname after "the" ("the Okafor file") stays a person; a word the lists lack ("our Jira") goes."""
    cases = (("Summarise the Okafor file.", "Okafor", True), ("File it in our Jira today.", "Jira", False))
    for text, word, kept in cases:
        start = text.index(word)
        found = refine(text, [Finding("PERSON", start, start + len(word), 0.85, "SpacyRecognizer")])
        assert bool(found) is kept, text
