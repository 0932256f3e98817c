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
