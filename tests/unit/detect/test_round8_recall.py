"""Round 8, recall: personal values that reached the vendor and markings or credentials that were not refused,
one test per kind of miss, through the proxy boundary under the shipped commercial policy. Every text and value
here is invented for this file."""

from __future__ import annotations

from .conftest import kept_back, refused, untouched

# --- a legacy marking the text says the document at hand carries ("stamped PCII", "Memo is marked SBU") ---


def test_report_stamped_with_a_legacy_marking_is_refused(boundary) -> None:
    refused(boundary, "The attached dam inspection summary is stamped PCII, please shorten it to one page.")


def test_noun_opening_the_sentence_marked_sbu_is_refused(boundary) -> None:
    refused(boundary, "Memo is marked SBU at the top. Rewrite paragraph 3 in plain language.")


def test_labelled_marking_is_refused(boundary) -> None:
    refused(boundary, "This old briefing deck was labelled LES by the sender; make the bullets shorter.")


def test_marking_asked_about_in_a_hypothetical_passes(boundary) -> None:
    untouched(boundary, "What should I do if a document is marked SBU but has no date?")


def test_marking_rule_about_any_material_passes(boundary) -> None:
    untouched(boundary, "Anything that was marked SBU before 2016 gets re-marked under the CUI program, right?")
