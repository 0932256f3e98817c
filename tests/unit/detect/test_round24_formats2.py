"""Round 24, formats (sets ac and ad): a birth-date label that a scan's OCR split ("Date of Bi rth"); a birth date a
spreadsheet turned into its serial number, under a birth-date column or label; a Known Traveler Number or PASSID
handed out by a verb after its label, a little after the label, or spaced by OCR; an SSN in a list whose other
rows write theirs with dashes; a driver's licence after its label and a few words closed by a colon. And, left
alone, the same shapes where they are no one's. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.recognizers.personal.date_of_birth import serial_birth_date

from .conftest import kept_back, untouched

# --- a birth-date label split by OCR ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Scanned intake card, OCR text:\nSur name : OKAFOR\nDate of Bi rth: 11/23/1978\nSex: F", "11/23/1978"),
        ("OCR of the old form reads DATE OF BIRT H 1984-06-02, please re-key it.", "1984-06-02"),
        ("Dat a from scan\nDate  of  B irth  03.09.1966\nNation ality  GHA", "03.09.1966"),
    ],
)
def test_ocr_split_birth_label(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- a birth date as a spreadsheet's serial number ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The CSV came out like this, fix the dates please:\nemp_id,full_name,dob_excel,site\n"
            "7,Rosa Quispe,30412,LIM\n8,Jonas Berg,28761,OSL",
            ("30412", "28761"),
        ),
        ("id|birth_date_num|dept\n31|33590|HR\n32|29944.0|OPS", ("33590", "29944")),
        ("Excel shows her date of birth as 31205 instead of a date, how do I format the cell?", ("31205",)),
    ],
)
def test_spreadsheet_serial_birth_dates(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        # serials under other columns, a birth-date column holding no serial, a count in a text about Excel
        "sku,qty_excel,price\n40112,30412,19.99\n40113,28761,4.50",
        "Excel question: the sheet has 31205 rows and the DOB column is empty, why is the file so slow?",
        "row,dob_serial,note\n1,,missing\n2,,missing",
    ],
)
def test_serial_numbers_that_are_no_ones_birth(boundary, text: str) -> None:
    untouched(boundary, text)


def test_serial_birth_date_range() -> None:
    assert serial_birth_date("33412")  # 1991
    assert serial_birth_date("29944.0")  # 1981
    assert not serial_birth_date("2001")  # a year read as a serial: 1905
    assert not serial_birth_date("46000")  # 2025: no one that young fills a form
    assert not serial_birth_date("123456")


# --- Known Traveler Numbers and PASSIDs ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Enrollment done at the SFO center; his KTN assigned 981234075, card to follow.", "981234075"),
        ("NEXUS renewal approved. PASSID came back as 150982214 per the letter.", "150982214"),
        ("scan of the letter:\nKTN  99 0 1 2 3 4 5 6\nExpires 2031", "99 0 1 2 3 4 5 6"),
        ("Known Traveler Number 982 004 617 goes in the airline profile.", "982 004 617"),
        ("Member list:\nLuz Ortega\t985004112\tGE conditionally approved, interview pending", "985004112"),
    ],
)
def test_known_traveler_numbers(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "GE conditional approval letters go out 15 business days after the interview.",
        "Put the KTN in the Secure Flight field, not in the frequent flyer field.",
        "The NEXUS lane at the bridge opened 12 booths this year.",
    ],
)
def test_traveler_program_text_without_a_number(boundary, text: str) -> None:
    untouched(boundary, text)


# --- SSNs in a list with dashed siblings ---


def test_ssns_in_mixed_formats_in_one_list(boundary) -> None:
    text = (
        "Why does my mask skip rows? Sample of the payroll export:\n"
        "Aditi Rao 417-62-3390\nMarco Bellini 417 62 3391\nHoa Tran 417623392\n"
    )
    kept_back(boundary, text, "417-62-3390", "417 62 3391", "417623392")


@pytest.mark.parametrize(
    "text",
    [
        # nine-digit part numbers with no dashed SSN beside them
        "Parts list:\nHinge bracket 417623392\nLatch plate 417623393\n",
        "Bin labels\nShelf A 517 22 0913\nShelf B 517 22 0914\n",
    ],
)
def test_nine_digit_numbers_without_dashed_ssn_siblings(boundary, text: str) -> None:
    untouched(boundary, text)


def test_dashed_ssn_in_another_block_lends_nothing(boundary) -> None:
    # the dashed SSN is redacted; the part number below the blank line is another list's
    blocked, forwarded = boundary("Contact on file\nAditi Rao 417-62-3390\n\nSpare parts\nHinge bracket 417623392\n")
    assert not blocked
    assert "417-62-3390" not in forwarded
    assert "417623392" in forwarded


# --- a driver's licence after its label and a few words ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Incident note: renter's DL as scanned at the counter: TX 40718823", "40718823"),
        ("driver's license from the tow sheet: W-352-118-40-771", "W-352-118-40-771"),
    ],
)
def test_licence_after_label_and_words(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Post it to the DL distribution for the night shift: 5 updates tonight.",
        "DL and plate fields on the form: leave blank if not known.",
    ],
)
def test_licence_label_without_a_number(boundary, text: str) -> None:
    untouched(boundary, text)
