"""DHS and US identifiers: each form is found with the value alone as its span, validity checks (checksums,
issued ranges) reject what cannot be a real number, and ambiguous forms need their label or a context word."""

from __future__ import annotations

import pytest

from gateway.detect.recognizers.identifiers.aba_routing import valid_routing_number

from .conftest import Spans, types


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        # Alien Registration Number: bare, grouped, labelled, short forms padded to nine digits
        ("A_NUMBER", "Beneficiary A123456789 filed on time.", "A123456789"),
        ("A_NUMBER", "File A-123-456-789 was transferred.", "A-123-456-789"),
        ("A_NUMBER", "A# 12345678 per the notice", "12345678"),
        ("A_NUMBER", "A-Number: 012345678", "012345678"),
        ("A_NUMBER", "alien registration number a201234567 on the card", "a201234567"),
        # USCIS receipt numbers: every service centre prefix, with or without a separator
        ("USCIS_RECEIPT_NUMBER", "Receipt EAC2190012345 is pending.", "EAC2190012345"),
        ("USCIS_RECEIPT_NUMBER", "case IOE0912345678 approved", "IOE0912345678"),
        ("USCIS_RECEIPT_NUMBER", "notice WAC-2190012345", "WAC-2190012345"),
        ("USCIS_RECEIPT_NUMBER", "receipt number lin 2190012345", "lin 2190012345"),
        # I-94: the form since 2019 alone, the 11-digit form only with its label
        ("I94_NUMBER", "Her record 123456789A1 shows entry.", "123456789A1"),
        ("I94_NUMBER", "I-94 number: 12345678901", "12345678901"),
        ("I94_NUMBER", "Admission record number 98765432101", "98765432101"),
        # SEVIS: N00… alone, any N + 10 digits with its label
        ("SEVIS_ID", "Student N0012345678 transferred schools.", "N0012345678"),
        ("SEVIS_ID", "SEVIS ID: N1234567890", "N1234567890"),
        # US passport: both book formats, labelled
        ("US_PASSPORT", "Passport number: 912345678", "912345678"),
        ("US_PASSPORT", "US passport A12345678 expires in May", "A12345678"),
        ("US_PASSPORT", "passport card # C03005988", "C03005988"),
        # ABA routing numbers with a valid checksum, labelled or with a context word
        ("ABA_ROUTING_NUMBER", "Routing number: 021000021", "021000021"),
        ("ABA_ROUTING_NUMBER", "ABA 011000015 for the wire", "011000015"),
        ("ABA_ROUTING_NUMBER", "direct deposit to routing 1210-0035-8", "1210-0035-8"),
        # bank account numbers: labelled
        ("US_BANK_NUMBER", "Account number: 000123456789", "000123456789"),
        ("US_BANK_NUMBER", "checking acct #98765432101", "98765432101"),
        # DoD EDIPI, labelled
        ("DOD_EDIPI", "EDIPI: 1234567890", "1234567890"),
        ("DOD_EDIPI", "DoD ID number 1122334455 on the CAC", "1122334455"),
        # Known Traveler Numbers, labelled
        ("KNOWN_TRAVELER_NUMBER", "My Known Traveler Number is TT1234567", "TT1234567"),
        ("KNOWN_TRAVELER_NUMBER", "Global Entry PASSID: 987654321", "987654321"),
        ("KNOWN_TRAVELER_NUMBER", "KTN 1512345678", "1512345678"),
        # ITIN: labelled, or the dashed form next to "ITIN"
        ("US_ITIN", "ITIN: 912-70-1234", "912-70-1234"),
        ("US_ITIN", "taxpayer id 912 78 1234", "912 78 1234"),
        ("US_ITIN", "Her ITIN is on file as 944-91-2345.", "944-91-2345"),
    ],
)
def test_identifier_found_value_only(reported: Spans, entity: str, text: str, value: str) -> None:
    """Each form is reported at a 0.5 threshold and the span is the value, never its label."""
    assert (entity, value) in reported(text)


@pytest.mark.parametrize(
    ("entity", "text"),
    [
        # A-Numbers: too few digits, all zeros, beyond the issued range without a label
        ("A_NUMBER", "Model A123456 is discontinued."),
        ("A_NUMBER", "A000000000 is a test value"),
        ("A_NUMBER", "Part A912345678 shipped"),
        # receipt numbers: unknown prefix, a single repeated digit, wrong length
        ("USCIS_RECEIPT_NUMBER", "Order ABC2190012345 shipped."),
        ("USCIS_RECEIPT_NUMBER", "EAC0000000000 placeholder"),
        ("USCIS_RECEIPT_NUMBER", "EAC219001234 is one digit short"),
        # I-94: an unlabelled 11-digit number is anything
        ("I94_NUMBER", "Invoice 12345678901 paid."),
        # SEVIS: an N-number that is not N00… and has no label
        ("SEVIS_ID", "Tail number N1234567890 landed."),
        # passport: nine digits or a letter + 8 without "passport" nearby
        ("US_PASSPORT", "Order 912345678 shipped Tuesday."),
        ("US_PASSPORT", "Ticket B12345678 closed."),
        # bank account: a bare long number is not an account
        ("US_BANK_NUMBER", "Tracking 123456789012 arrived."),
        # EDIPI: ten bare digits are more often a phone or an order number
        ("DOD_EDIPI", "Order 1234567890 ships today."),
        # KTN: a label with no digits behind it
        ("KNOWN_TRAVELER_NUMBER", "Apply for Global Entry membership today."),
        # ITIN: a dashed 9xx number without context; a group outside the IRS ranges even when labelled
        ("US_ITIN", "Ticket 912-70-1234 closed."),
        ("US_ITIN", "ITIN: 912-93-1234"),
    ],
)
def test_near_misses_not_reported(reported: Spans, entity: str, text: str) -> None:
    """Forms that look alike but fail a range, a length or need a missing label are not reported."""
    assert entity not in types(reported(text))


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("021000021", True),
        ("011000015", True),
        ("121000358", True),
        ("322271627", True),
        ("021000022", False),  # checksum fails by one
        ("121000359", False),
        ("131000358", False),  # prefix 13 is not a Federal Reserve district
        ("000000000", False),
        ("02100002", False),
    ],
)
def test_routing_number_checksum_and_prefix(digits: str, expected: bool) -> None:
    """The 3-7-1 checksum and the Federal Reserve prefix decide; repeated digits are not a number."""
    assert valid_routing_number(digits) is expected


def test_failed_routing_checksum_never_reported(spans: Spans) -> None:
    """A labelled routing number whose checksum fails is not reported at any score."""
    assert "ABA_ROUTING_NUMBER" not in types(spans("Routing number: 021000022"))


def test_routing_number_needs_label_or_context(reported: Spans) -> None:
    """A bare nine-digit number that passes the checksum is one number in ten: not enough without context."""
    assert "ABA_ROUTING_NUMBER" not in types(reported("Reference 021000021 attached."))
    assert ("ABA_ROUTING_NUMBER", "021000021") in reported("Wire it via ABA 021000021 today.")


@pytest.mark.parametrize(
    ("entity", "bare", "with_context", "value"),
    [
        ("US_BANK_NUMBER", "Tracking 12345678901 arrived.", "Deposit to my savings: 12345678901", "12345678901"),
        ("US_PASSPORT", "Ref 912345678 noted.", "His passport is 912345678", "912345678"),
        ("I94_NUMBER", "Invoice 12345678901 paid.", "I94 12345678901", "12345678901"),
        ("DOD_EDIPI", "Order 1234567890 ships.", "EDIPI 1234567890", "1234567890"),
    ],
)
def test_context_turns_an_ambiguous_number_into_a_finding(
    reported: Spans, entity: str, bare: str, with_context: str, value: str
) -> None:
    """The same digits are reported only where the text says what they are."""
    assert entity not in types(reported(bare))
    assert (entity, value) in reported(with_context)


def test_a_number_label_does_not_widen_span(spans: Spans) -> None:
    """'USCIS # 123-456-789' reports the digits; no finding covers the label."""
    found = [v for e, v in spans("USCIS # 123-456-789") if e == "A_NUMBER"]
    assert found == ["123-456-789"]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in text)


def test_identifiers_survive_evasion(reported: Spans) -> None:
    """Full-width digits and zero-width spaces inside a value do not hide it; the span covers the original."""
    hidden = "A\u200b123\u200b456\u200b789"
    receipt = full_width("EAC2190012345")
    found = reported(f"{hidden} and receipt {receipt}")
    assert ("A_NUMBER", hidden) in found
    assert ("USCIS_RECEIPT_NUMBER", receipt) in found
