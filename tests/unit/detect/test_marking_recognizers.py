"""CLASSIFICATION_MARKING and CUI_MARKING: banners, portion marks, categories, legacy markings; not prose."""

from __future__ import annotations

import pytest

from .conftest import Spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SECRET//NOFORN\nThe convoy leaves at dawn.", "SECRET//NOFORN"),
        ("TOP SECRET//SCI\nSummary", "TOP SECRET//SCI"),
        ("TOP SECRET//SI/TK//NOFORN", "TOP SECRET//SI/TK//NOFORN"),
        ("SECRET//REL TO USA, FVEY\nbody", "SECRET//REL TO USA, FVEY"),
        ("(TS//SI//NF) Collection continues.", "(TS//SI//NF)"),
        ("(S) The unit moved north.", "(S)"),
        ("Intro line.\n(C) Details follow here.", "(C)"),
        ("CONFIDENTIAL\nMemo body", "CONFIDENTIAL"),
    ],
)
def test_classification_markings(spans: Spans, text: str, value: str) -> None:
    """Banners and portion marks in marking position are found with their exact extent."""
    assert ("CLASSIFICATION_MARKING", value) in spans(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CUI\nCase summary for review.", "CUI"),
        ("CUI//SP-PRVCY\nCase summary.", "CUI//SP-PRVCY"),
        ("CUI//LEI//NOFORN", "CUI//LEI//NOFORN"),
        ("CONTROLLED\nbody", "CONTROLLED"),
        ("(U//FOUO) Staffing plan for the port of entry.", "(U//FOUO)"),
        ("FOR OFFICIAL USE ONLY", "FOR OFFICIAL USE ONLY"),
    ],
)
def test_cui_markings(spans: Spans, text: str, value: str) -> None:
    """CUI banners, categories and legacy FOUO markings are found."""
    assert ("CUI_MARKING", value) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep it secret until the launch; the Secret Service will brief us.",
        "(c) 2024 Department of Homeland Security",
        "Please send the confidential letter to HR.",
        "We ran a controlled experiment.",
        "List the agency(s) involved.",
    ],
)
def test_prose_is_not_a_marking(spans: Spans, text: str) -> None:
    """Everyday words like secret, confidential, controlled and (c)/(s) are not markings."""
    assert not {e for e, _ in spans(text)} & {"CLASSIFICATION_MARKING", "CUI_MARKING"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CUI//FEDCON\nContract summary.", "CUI//FEDCON"),
        ("CUI//SP-PRVCY//NOFORN\nbody", "CUI//SP-PRVCY//NOFORN"),
        ("(CUI//SP-PRVCY) The applicant's address changed.", "(CUI//SP-PRVCY)"),
        ("LAW ENFORCEMENT SENSITIVE\nOperation details follow.", "LAW ENFORCEMENT SENSITIVE"),
        ("(U//LES) The suspect was seen at the port.", "(U//LES)"),
        ("SENSITIVE BUT UNCLASSIFIED\nBudget table", "SENSITIVE BUT UNCLASSIFIED"),
        ("(U//SBU) Staffing numbers.", "(U//SBU)"),
        ("PROTECTED CRITICAL INFRASTRUCTURE INFORMATION\nSite list", "PROTECTED CRITICAL INFRASTRUCTURE INFORMATION"),
        ("SENSITIVE SECURITY INFORMATION\nScreening procedures", "SENSITIVE SECURITY INFORMATION"),
    ],
)
def test_category_and_legacy_markings(spans: Spans, text: str, value: str) -> None:
    """Categories, limited-dissemination controls and the legacy LES, SBU, PCII and SSI markings are found."""
    assert ("CUI_MARKING", value) in spans(text)


def test_ssi_warning_statement(spans: Spans) -> None:
    """The SSI distribution warning that cites 49 CFR 1520 is a marking in prose form."""
    text = (
        "WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 "
        "and 1520."
    )
    assert "CUI_MARKING" in {e for e, _ in spans(text)}


def test_designation_indicator_block(spans: Spans) -> None:
    """Two or more lines of the CUI designation indicator close together are one marking."""
    text = "Controlled by: DHS/USCIS\nCUI Category: PRVCY\nDissemination: FEDCON\nPOC: records office\n\nBody."
    found = [v for e, v in spans(text) if e == "CUI_MARKING"]
    assert found and found[0].startswith("Controlled by:") and "POC:" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Les Misérables opens tonight; les enfants are invited.",
        "Her SSI benefits start in May.",
        "Attach your (LES) leave and earnings statement.",
        "Each (SBU) strategic business unit reports quarterly.",
        "POC: Dana in facilities.",
        "UMLS concept CUI: C0004238 is aspirin.",
        "The top secret recipe is the sauce.",
    ],
)
def test_legacy_acronym_traps(spans: Spans, text: str) -> None:
    """Acronyms that collide with legacy markings and a lone indicator line are not markings."""
    assert not {e for e, _ in spans(text)} & {"CLASSIFICATION_MARKING", "CUI_MARKING"}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("secret//noforn\nbody", "CLASSIFICATION_MARKING"),
        ("S E C R E T // N O F O R N\nbody", "CLASSIFICATION_MARKING"),
        ("TOP\nSECRET//SCI\nbody", "CLASSIFICATION_MARKING"),
        ("cui//sp-prvcy\nbody", "CUI_MARKING"),
    ],
)
def test_evasive_markings(spans: Spans, text: str, entity: str) -> None:
    """Lower-case, spaced-out and line-split markings are still markings."""
    assert entity in {e for e, _ in spans(text)}
