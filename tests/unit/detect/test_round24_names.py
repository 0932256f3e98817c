"""Round 24: kinds of leaked names that recur across writers' sets (invented examples)."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a table column named for the role a person plays: staff on the case, people it is about ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "hearing list\n\ndate\trespondent\tcounsel\n12/02\tIlse Brandvold\tPettigrew\n12/03\tOmar Haddou\tpro se",
            ("Pettigrew",),
        ),
        (
            "slot,traveler,assigned_officer\n0900,Nkechi Adeyemi,Lindqvist\n0930,Paulo Serrano,\n"
            "1000,Ruth Amsel,Lindqvist",
            ("Lindqvist",),
        ),
        (
            "case_no,filed,claimant,office\nC-118,2026-03-02,Teodora Blazheva,ERO\nC-119,2026-03-04,Ifeanyi Okafor,CBP",
            ("Teodora Blazheva", "Ifeanyi Okafor"),
        ),
    ],
)
def test_a_role_column_holds_names(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "case,officer,status\n114,Field Office,Pending\n115,Duty Desk,Open",
        "item,witness,notes\n1,None,ok\n2,Unknown,check the tape",
    ],
)
def test_a_role_column_of_units_and_statuses_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- an officer's acronym or a role before a surname; an initial and a surname after a role ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Naturalization interview today with ISO Pacheco-Lind, applicant passed civics.", ("Pacheco-Lind",)),
        ("The applicant says SAO Mwangi cut her off twice.", ("Mwangi",)),
        ("follow-up: the duty nurse R. Castellanos gave ibuprofen at 0400", ("R. Castellanos",)),
        ("Escalated to caseworker T. Abernathy on Friday.", ("T. Abernathy",)),
    ],
)
def test_surname_after_an_officer_acronym_or_role(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Our ISO Standards binder and the AO Review checklist are on the shared drive.",
        "Ask the IO Department whether the TFO Program still runs.",
    ],
)
def test_acronym_or_role_before_an_ordinary_word_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- family labels and lists: Spouse, sons A and B, lower-case call notes ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Household:\nSpouse Ileana Marcu Dobrescu, DOB 3 March 1990\n", ("Ileana Marcu Dobrescu",)),
        ("Derivatives: daughters Yasmin and Leila, both minors.", ("Yasmin", "Leila")),
        ("call log: her ex bradley okonjo keeps calling the office", ("bradley okonjo",)),
        ("dad mathias nzeyimana called back at 3", ("mathias nzeyimana",)),
    ],
)
def test_family_names(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "my dad joke collection and mom jeans sale ended; her ex officio seat is open.",
        "The spouse section of the form asks about sons and daughters and their schools.",
    ],
)
def test_family_words_before_ordinary_words_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- Md./Mohd. names, a name before ", ITIN", a name a document gives, an OCR'd name field ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Can we disclose Md. Rafiqul Haque Bhuiyan's records to the consulate?", ("Md. Rafiqul Haque Bhuiyan",)),
        ("Line 4: Andriamanantena Fidy Rasoa, ITIN 912-78-4410, paid twice.", ("Andriamanantena Fidy Rasoa",)),
        ("The birth record lists her name as فاطمة يوسف حداد, please compare.", ("فاطمة يوسف حداد",)),
        (
            "scanned form:\nApp licant  Name :  NDAYISHIMIYE  HAKIZIMANA  Claudine\n",
            ("NDAYISHIMIYE  HAKIZIMANA  Claudine",),
        ),
    ],
)
def test_prefixed_listed_given_and_ocr_names(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Baltimore, Md. State Police reported the crash on I-95.",
        "File name: FINAL REPORT\nSaved to the team folder.",
    ],
)
def test_md_places_and_file_names_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- the recipient a header's first.last address names, in the body ---


def test_recipient_named_in_greeting_and_full_name(boundary) -> None:
    text = (
        "To: jericho.bautista@cbp.dhs.gov\nCc: maricel.delapaz@cbp.dhs.gov\nSubject: Orientation\n\n"
        "Jericho, glad to have you. Maricel de la Paz will walk you through the badge office."
    )
    kept_back(boundary, text, "Jericho", "Maricel de la Paz")


def test_team_mailbox_greeting_is_left(boundary) -> None:
    blocked, forwarded = boundary("To: press.office@example.org\nSubject: hours\n\nPress, the office opens at nine.")
    assert not blocked and "Press, the office opens at nine." in forwarded


# --- an arrow-separated list of people; a middle initial without its full stop ---


def test_arrow_list_entries(boundary) -> None:
    text = (
        "New pairings:\n- Priyanka Raghunathan -> K9 Rook -> JFK T4\n- Colin Whitebird -> K9 Mira -> JFK cargo\n"
        "- Tomasz Wielgosz -> K9 Odin -> EWR"
    )
    kept_back(boundary, text, "Priyanka Raghunathan", "Colin Whitebird", "Tomasz Wielgosz")


def test_arrow_list_of_things_is_left(boundary) -> None:
    untouched(boundary, "Pipeline:\n- Raw Data -> Clean Step -> Output\n- Model Review -> Final Report -> Archive")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('Should "Maria T Oyelaran" and "Maria Oyelaran" be merged by the dedup job?', ("Maria T Oyelaran",)),
        ("Export row: Kevin R Castellanos, enrolled 2019", ("Kevin R Castellanos",)),
    ],
)
def test_bare_middle_initial(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_capital_letter_between_words_is_left(boundary) -> None:
    untouched(boundary, "See Section B Overview and Plan A Budget before the Phase C Review.")
