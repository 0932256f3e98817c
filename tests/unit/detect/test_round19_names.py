"""Round 19, names (tuned on blind set w): lower-case names after a role word or before a phone number, a rank
before a lower-case surname, ``SURNAME, Given`` with an everyday word in it, the capitals of such a surname carried,
a birth surname after "née", one name after "… name was", roster and table columns (instructor, family), Vietnamese
given names whose first syllable is an English word, Arabic names after a role word, and inline lists of people
with their roles in parentheses. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.findings import Finding
from gateway.detect.list_entries import list_entry_names

from .conftest import kept_back, untouched

# --- lower-case names after a role word ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("notes: spoke w/ cashier mercy adebanjo about the short drawer", ("mercy adebanjo",)),
        ("store mgr chase whitlock pulled the tapes, chase said it was 4pm", ("chase whitlock", "chase said")),
        ("caller dara sokhom says the lot is flooded, call back tmrw", ("dara sokhom",)),
        ("applicant joy okafor-eze missed the second interview", ("joy okafor-eze",)),
        ("third ref will castellanos never called back", ("will castellanos",)),
        ("former supervisor hope gallardo confirmed the dates", ("hope gallardo",)),
        ("student: tesfaye bekele mulugeta, grade 3, inhaler in office", ("tesfaye bekele",)),
        ("emergency contacts: amare tadesse 240-555-0131, ruth pruitt 240-555-0178", ("amare tadesse", "ruth pruitt")),
        ("the shift lead is irma castellanos this week", ("irma castellanos",)),
    ],
)
def test_lower_case_names_after_a_role(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "the supervisor will review the request before the teller line opens",
        "applicant must submit the form; caller id was blocked on the second call",
        "student loan forgiveness questions go to the manager on duty",
        "the branch manager said patience is key with the new system",
        "please contact grant writer services before friday",
        "the night manager rose early to open the lot",
        "for the kids: patient summer camp forms are due",
        "crisis support: hope line 800-555-0100, open all night",
        "is this how I reference yaml keys in the loader config?",
    ],
)
def test_role_words_before_prose_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_rank_before_a_lower_case_surname(boundary) -> None:
    kept_back(boundary, "ask sgt bustamante to call the desk back", "bustamante")
    untouched(boundary, "the sgt major course starts monday")


# --- SURNAME, Given with an everyday word ---


def test_everyday_surname_in_capitals_before_a_given_name(boundary) -> None:
    kept_back(boundary, "Reminder: BANKS, Philomena -- Tue 3:15 PM, Dermatology.", "BANKS, Philomena")


def test_everyday_given_name_in_a_caps_roster(boundary) -> None:
    text = "CREW B\nKAVANAGH, ORLA        LEAD   555-0101\nHALVORSEN, GRANT      TECH   555-0102\n"
    kept_back(boundary, text, "HALVORSEN, GRANT")


def test_the_capitals_of_a_comma_surname_are_carried(boundary) -> None:
    text = "Witness: KOWALCZYK, Bożena\nKOWALCZYK said the van left at noon."
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "KOWALCZYK" not in forwarded


# --- cues for one name ---


def test_a_birth_surname_after_nee(boundary) -> None:
    kept_back(boundary, "Travellers: Mark Ellery and Anong Ellery (née Chaiyaporn), both adults.", "Chaiyaporn")


def test_one_name_after_her_name_was(boundary) -> None:
    kept_back(boundary, "my late grandmother's name was Philippa\nwhat flowers suit a memorial?", "Philippa")
    untouched(boundary, "The project's name was Budget Review and nobody liked it.")


# --- tables ---


def test_an_instructor_column_of_a_fixed_width_sheet(boundary) -> None:
    text = (
        "NAME                   SCORE   INSTRUCTOR\n"
        "OYELARAN, Femi         290     Kravchenko\n"
        "DUBOIS, Anaïs          244     Kravchenko\n"
    )
    kept_back(boundary, text, "Kravchenko")


def test_a_family_column_beside_a_child_and_a_birth_date(boundary) -> None:
    text = "family,child,child_dob\nQuintero,Maribel,2015-03-04\nAbernathy,Colette,2017-09-12\n"
    kept_back(boundary, text, "Quintero", "Abernathy")


def test_a_family_key_of_a_font_is_left(boundary) -> None:
    untouched(boundary, '{"family": "Roboto", "variants": ["regular", "700"], "subsets": ["latin"]}')


# --- other scripts ---


def test_vietnamese_given_name_with_an_english_syllable(boundary) -> None:
    kept_back(boundary, "Hồ sơ: Ứng viên Trần Thị Mỹ Linh, sinh năm 1990.", "Mỹ Linh")


def test_arabic_name_after_a_role_word(boundary) -> None:
    kept_back(boundary, "الطالبة مريم الخطيب، رقم الهاتف 555 0100، ستحضر غدا.", "مريم", "الخطيب")


# --- inline lists with roles in parentheses ---


def test_an_inline_list_of_people_with_roles() -> None:
    text = "Present: Harriet Okonkwo (chair), Tatanka Little Bear (county liaison), Joel Brandt (EMS)."
    found = [Finding("PERSON", 9, 24, 0.85, "SpacyRecognizer")]  # "Harriet Okonkwo"
    assert [text[f.start : f.end] for f in list_entry_names(text, found)] == ["Tatanka Little Bear", "Joel Brandt"]
    assert list_entry_names(text, []) == []  # no entry found: nothing says the list is of people


def test_an_inline_list_of_things_with_notes_is_left(boundary) -> None:
    untouched(boundary, "Supplies: Blue Tarps (large), Duct Tape (grey), Water Jugs (five gallon).")
