"""Round 6, the personal-data types other than names: one test per kind of miss or false positive, through the
proxy boundary under the shipped commercial policy. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, untouched

# --- hard negatives: numbers whose label or form says they are something else ---


@pytest.mark.parametrize(
    "text",
    [
        "Grant budget: object class 41.0, project 518-77-2046, fund 0400-27. Put it in a table.",
        "| Invoice | Amount |\n|---|---|\n| 733-18-0452 | $1,250.00 |\n| 733-18-0453 | $980.10 |\nSum it.",
        "Sort this list:\nref,opened,office\n031-52-7781,2026-09-14,Unit 2\n031-52-7790,2026-09-18,Unit 4",
        "Billing: invoice INV-2027-03-1182 and CBP-AB-2026-007731 are both paid.",
        "Test data rule: SSN fields should hold 000-00-0000 until the real value arrives.",
    ],
)
def test_numbers_labelled_or_shaped_as_something_else_pass(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Why do the docs use 198.51.100.0/24 and 2001:db8::/32 in every example?",
        "The ACL denies 172.16.0.0/12 and 10.0.0.0/8 at the edge.",
    ],
)
def test_network_blocks_in_cidr_pass(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_host_with_its_prefix_is_still_redacted(boundary) -> None:
    kept_back(boundary, "The jump box is 10.22.4.17/24, log in there first.", "10.22.4.17")


@pytest.mark.parametrize(
    "text",
    [
        "Course welcome letter: report to the Federal Law Enforcement Training Centers, 1131 Chapel Crossing "
        "Road, Glynco, GA 31524.",
        "Mail the invitation to U.S. Secret Service, 950 H Street NW, Washington, DC 20223.",
    ],
)
def test_published_agency_addresses_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- values the structure of the text labels ---


def test_csv_row_with_an_unquoted_comma_in_the_name() -> None:
    from gateway.detect.structure import fields

    text = "payee,bank_routing,account\nOkafor, Ngozi,021000021,55012398774\nLim, Wei,011000015,880023417"
    got = {(f.entity_type, text[f.start : f.end]) for f in fields(text)}
    assert ("ABA_ROUTING_NUMBER", "021000021") in got
    assert ("US_BANK_NUMBER", "55012398774") in got
    assert ("US_BANK_NUMBER", "880023417") in got


def test_tab_row_with_a_trailing_note_keeps_its_columns() -> None:
    from gateway.detect.structure import fields

    text = "name\tSSN\tdob\nRUTH OKONJO\t\t04/22/1971\t(ssn to follow)"
    got = {(f.entity_type, text[f.start : f.end]) for f in fields(text)}
    assert ("DATE_OF_BIRTH", "04/22/1971") in got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schema check:\n<Applicant>\n  <DateOfBirth>1969-02-27</DateOfBirth>\n</Applicant>", "1969-02-27"),
        ("<rec><ns2:PassportNumber>K77120456</ns2:PassportNumber></rec> why is it rejected?", "K77120456"),
        ("Admission printout\nBirth Date: 1981 Sep 03\nClass of Admission: F1", "1981 Sep 03"),
    ],
)
def test_xml_elements_and_year_first_dates(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bring your CAC and EDIPI (1574420986) to the badge office.", "1574420986"),
        ("Clean this up: account `5521 0093 1187`, then the payee line", "5521 0093 1187"),
        ("deposit to acct: 0041-2287-6650 today", "0041-2287-6650"),
        ("boat log: skipper cell (907) 555-0134. 3 crew aboard", "(907) 555-0134"),
    ],
)
def test_labelled_values_in_brackets_groups_and_before_a_sentence_end(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_grouped_number_after_account_needs_eight_digits(boundary) -> None:
    untouched(boundary, "The account 2024 15 figures are in the report.")


# --- numbers and dates read out in words ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Type it in: he gave his social as four one seven, two nine, eight eight zero three.", "four one seven"),
        ("Log it: the caller's number is oh eight zero three, five five one, two two nine four (Lagos).", "oh eight"),
        ("Memo: she was born on the second of May, nineteen seventy-one and lives in Tulsa.", "nineteen seventy-one"),
    ],
)
def test_digits_and_dates_in_words_keep_their_groups(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_year_in_words_stops_before_and() -> None:
    from gateway.detect import date_words

    m = date_words.DATE_WORDS.search("born the first of June, nineteen sixty-six and raised in Ohio")
    assert m is not None and m.group(0).endswith("sixty-six")
    assert date_words.rewrite(m) is not None


# --- identifiers a little way after their label ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The SSN for Ana Ruiz was keyed in as 6 2 8 1 1 4 0 9 3 at intake.", "6 2 8 1 1 4 0 9 3"),
        ("Please send the I-94 scan for your son -- record number 73015528841 -- by Friday.", "73015528841"),
        ("The kids' I-94s are 30418876102 and 30418876119, per the notes.", "30418876119"),
        ("Her DOB on the G-325A is 14 OCT 1983 and the form is signed.", "14 OCT 1983"),
        ("the vendor keeps his passport on file (K5520871) for the trip", "K5520871"),
        ("help: can you read me your EDIPI?\n[10:12] caller: 1407739285\n[10:13] help: thanks", "1407739285"),
        ("her phone 8 0 3 2 2 1 5 5 6 4 1 (Lagos) if the line drops", "8 0 3 2 2 1 5 5 6 4 1"),
    ],
)
def test_values_a_little_way_after_their_label(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The SSN field moved to page 2; ticket 48812 tracks it.",
        "Her DOB field was blank; the case was opened 03/02/2026.",
        "Attach the I-94 instructions, version 2.4.1, to the packet.",
    ],
)
def test_a_label_without_a_value_of_its_shape_changes_nothing(boundary, text: str) -> None:
    untouched(boundary, text)


# --- addresses in more forms, and phone numbers in other countries' national formats ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ship the spare CAC reader to Unit 8815, APO AE 09021 please.", "Unit 8815, APO AE 09021"),
        ("Label:\nNGUYEN VAN BINH\n4410 WESTMINSTER AVE APT 7\nGARDEN GROVE CA 92843", "4410 WESTMINSTER AVE"),
        ("Elle habite au 22 rue Capois, Jacmel, depuis mai.", "22 rue Capois"),
        ("He lists Plot 17, Sector 4, Gachibowli, Hyderabad 500032 as home.", "Plot 17, Sector 4"),
        ("Her aunt lives in Blk 3 Lot 9, Brgy. Malanday, Marikina City.", "Blk 3 Lot 9, Brgy. Malanday"),
    ],
)
def test_more_address_forms(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Boarding 12: skipper tel 229 171 4406 (Veracruz), crew of two.", "229 171 4406"),
        ("callback 0806 221 7345 after 5pm Lagos time", "0806 221 7345"),
        ("Telefoonkiisa waa 061 5531190, fadlan wac.", "061 5531190"),
        ("Add to the sheet: Rhea Santos (Davao) 0918 442 7310", "0918 442 7310"),
        ("we can reach him in Chennai on 094440 55821 after lunch", "094440 55821"),
        ("Ship to: 12 Calle Sol / 1980 / 0917 330 4521", "0917 330 4521"),
    ],
)
def test_national_format_phone_numbers(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Help text: phone (format (555) 555-5555, digits only).",
        "Fiscal codes 0300 2617 and 0410 5520 apply to the grant.",
    ],
)
def test_phone_shapes_that_are_not_numbers_of_anyone(boundary, text: str) -> None:
    untouched(boundary, text)


# --- OCR, Vietnamese dates, spaced receipts, mixed separators, state IDs, list rows, quoted answers ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fix the scan: TRAN VAN HAI, DOB O9/2I/I97I", "O9/2I/I97I"),
        ("Ho ten: Le Thi Mai, ngay sinh 3 tháng 11 năm 1979", "3 tháng 11 năm 1979"),
        ("Read back the receipt: W A C 2 6 9 0 1 1 4 7 2 3", "W A C 2 6 9 0 1 1 4 7 2 3"),
        ("The SSN on the scan reads 521/48.7730 for the claimant, which is odd.", "521/48.7730"),
        ("Reorder: Holder: Amit Rao / NJ ID D4410 29731 55820 / DOB 1979-01-12", "D4410 29731 55820"),
        ("> > What is her DOB?\n> > \n> It's 03-MAR-1987 per the passport.\n\nthanks", "03-MAR-1987"),
    ],
)
def test_ocr_dates_spaced_receipts_mixed_separators_and_state_ids(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_dates_on_rows_of_a_person_and_their_a_number(boundary) -> None:
    text = (
        "Family list, check spelling:\nJean Pierre - A-217-440-901 - 1979-05-14\n"
        "Marie Pierre - A-217-440-902 - 2008-09-30"
    )
    kept_back(boundary, text, "1979-05-14", "2008-09-30")


def test_event_dates_on_such_rows_stay(boundary) -> None:
    blocked, forwarded = boundary("Jean Pierre - A-217-440-901 - interview on 2001-06-04")
    assert not blocked and "2001-06-04" in forwarded


def test_a_sentence_with_a_comma_is_not_a_table_header(boundary) -> None:
    kept_back(
        boundary, "put these in a different order, please\nHolder: Ana Ruiz / DL D552-180-44-901", "D552-180-44-901"
    )


def test_document_number_of_an_i94_printout_is_the_passport(boundary) -> None:
    text = "Fix this I-94 printout:\nClass of Admission: F1\nDocument Number: XK5581204\nCountry: Peru"
    kept_back(boundary, text, "XK5581204")


def test_document_number_elsewhere_is_left_alone(boundary) -> None:
    untouched(boundary, "Records index: Document Number: AB1234567 filed under procurement.")


def test_date_in_the_cell_after_a_name(boundary) -> None:
    kept_back(boundary, "Reformat:\nGrace Okoro | 07/19/1968 | Lagos\nPaul Okoro | 02/03/1970 | Abuja", "07/19/1968")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Payroll change: rtg 011000015, effective next period", "011000015"),
        ("cuenta bancaria: 0182 7730 4419 2210\ntraducir al inglés", "0182 7730 4419 2210"),
    ],
)
def test_abbreviated_routing_and_foreign_bank_account_labels(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)
