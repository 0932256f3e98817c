"""Round 29, part "values": a marking named inside a question about marking practice (released, narrowly) next to
real banners, portion marks and marked bodies that ask a question (still refused); a marking acronym spelled out
inside Markdown emphasis or with middle dots; a controller's source protection key. Every text and value here is
invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, kept_back, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        "Do field notes from a site visit need a CUI//SP-PRVCY banner if they only list counts? Our branch chief "
        "says they are controlled by default.",
        "The planning cell asked whether shelter rosters need a CUI//SP-EMGT banner when shared with the county. "
        "Just the question, no data.",
        "My chief says anything from our case system is CUI//SP-IMMG by default. Do summary counts need a banner too?",
        "Is an unpublished grant schedule CUI//PROCURE until it's announced? My lead marks every schedule that way.",
        "Inspection checklists used to be stamped FOR OFFICIAL USE ONLY. Under the new program, which category do "
        "they fall under and do we re-mark the old ones?",
    ],
)
def test_a_marking_named_in_a_question_about_marking_practice_is_not_refused(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "CUI//SP-PRVCY\nShelter intake notes for the north site. Does this need a banner?",
        "(CUI) The detainee was moved to the annex on Tuesday. Does the paragraph need a banner?",
        "Is this memo CUI//SP-PRVCY? It covers the move of the detainee to the annex.",
        "Summarize the case notes CUI//SP-IMMG about the transfer, does it need a banner?",
        "(U//FOUO) Staffing at the north gate drops to two officers after 2200. Should we mark the roster too?",
        "The roster is FOR OFFICIAL USE ONLY, do I need to mark the envelope?",
        "Is the roster CUI//SP-PRVCY? Should we mark the envelope?",
        "Does a shelf list need a banner? CUI//SP-IMMG Shelf 4 holds the files for the port cases.",
        "Please rewrite this CUI//SP-LEI report on the suspect, should it carry a banner?",
        "Our memo needs a banner? Here it is: CUI//SP-PRVCY the applicant moved.",
        "FOR OFFICIAL USE ONLY. Post orders for gate 3 change Monday. Do we re-mark the binders?",
        "Do I need a banner on this? CUI//SP-PRVCY\nController: field office\nPOC: records branch",
        "Do the gate logs need a CUI//SP-LEI banner? CUI//SP-LEI gate log, lane 2, 0600 to 1400.",
    ],
)
def test_real_banners_portion_marks_and_marked_bodies_that_ask_a_question_are_still_refused(
    boundary: Boundary, text: str
) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "the plant wrote _f o u o_ in the footer, does that count? Summarize the pump findings.",
        "the plant wrote *p c i i* at the bottom of every page, summarize the findings",
        "Our unit formats drafts like this: **F·O·U·O** on top. Content: engine fire on taxi.",
        "Our unit formats drafts like this: C·U·I on top. Content: engine fire on taxi.",
    ],
)
def test_a_marking_acronym_spelled_out_in_emphasis_or_with_middle_dots_is_refused(
    boundary: Boundary, text: str
) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The word ma·ma is split with a dot in the poem.",
        "the plant wrote _a b c_ in the footer, what does it mean?",
    ],
)
def test_other_letters_with_middle_dots_or_emphasis_are_not_refused(boundary: Boundary, text: str) -> None:
    assert not boundary(text)[0]


def test_a_source_protection_key_quoted_from_a_project_file_is_refused(boundary: Boundary) -> None:
    refused(
        boundary,
        'Found this in the config notes during the audit, reword it without repeating it:\n\nNotes: "source '
        'protection key = Birchwood88! - check with ops"',
    )


def test_a_protection_key_named_without_a_value_stays(boundary: Boundary) -> None:
    untouched(boundary, "How do I reset the source protection key on a controller after the vendor leaves?")


def test_a_template_placeholder_before_an_at_sign_is_no_mailbox(boundary: Boundary) -> None:
    untouched(boundary, 'DB_URL = "mysql://{login}:{secret}@reports-db.example.internal:3306/sales"')


def test_a_mailbox_in_a_connection_url_is_still_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "mail the export to rosa.delgado@example.org when done", "rosa.delgado@example.org")


def test_a_receipt_number_with_letters_typed_for_digits_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "the notice reads WAC27O4l19935 for the client, which digits are real?", "WAC27O4l19935")


def test_a_known_traveler_number_spelled_with_dots_after_its_label_is_kept_back(boundary: Boundary) -> None:
    kept_back(boundary, "volunteer Anand Rao wrote his KTN as T.T.7.Q.2.M.K.4.B on the sheet", "T.T.7.Q.2.M.K.4.B")


def test_dotted_letters_without_a_document_label_stay(boundary: Boundary) -> None:
    untouched(boundary, "the song goes A.B.C.D.E.F.G and then the kids clap twice")


@pytest.mark.parametrize(
    "text",
    [
        "Vessel job 14, line item 3. SWLIN 512-334-7781 from the yard system. Which one goes on the form?",
        "The CLIN for the spares is 0007 and work item 512-334-7781 covers the shaft seal; which is billed first?",
    ],
)
def test_a_work_list_or_line_item_number_after_its_label_is_no_phone(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_phone_after_a_work_list_number_is_still_kept_back(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "SWLIN 512-334-7781, call the yard foreman Rick Alvarez at 512-334-7790 about it",
        "512-334-7790",
        "Rick Alvarez",
    )


def test_a_date_in_parentheses_after_a_persons_age_of_its_year_is_a_birth_date(boundary: Boundary) -> None:
    kept_back(boundary, "I was turned away at the gate. I am 58 (11/19/1968) and use a cane. Reach me at home.", "1968")


@pytest.mark.parametrize(
    "text",
    [
        "The sedan is 12 (bought 3/4/2014) and still runs.",
        "Our office is 40 (opened 6/1/1990) and still has the old counters.",
    ],
)
def test_a_date_after_an_age_of_another_year_stays(boundary: Boundary, text: str) -> None:
    assert "DATE_OF_BIRTH" not in boundary(text)[1]
