# ruff: noqa: RUF001 - full-width letters and digits, and a full-width colon, on purpose
"""Round 18, birth dates, passport labels and false positives (found on blind set x): compact and spaced dates
under a birth-date label, more labels (F. Nac., Date et lieu de naissance, Geburtstag, geb. am, DATA NASCIMENTO),
French "1er", an apostrophe's year, a bare birth year, GEDCOM and HL7 birth dates, Minguo years, a birth date
restated elsewhere; passport labels in German and Japanese; SQL column names, a list of months, a document's
number that a phone's digits fit, and people of history with their birth dates. Beside each release, the private
values the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect import date_words
from gateway.detect.context_filters import refine
from gateway.detect.dob_echo import restated_birth_dates
from gateway.detect.encoded import _DIGIT_BREAK
from gateway.detect.findings import Finding
from gateway.detect.recognizers.personal.date_of_birth import _digits_a_birth_date

from .conftest import Boundary, kept_back, untouched

# --- birth dates under a label ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Caller verified identity, DOB 19810617, account unlocked.", "19810617"),
        ("QRY NAM/OKONJO,ADAEZE  SEX/F  DOB/19930224  RAC/B", "19930224"),
        ("Fecha de nacimiento / Date of birth 14 07 1987\nLugar: Oaxaca", "14 07 1987"),
        ("mi F. Nac. es 03/11/1979 y vivo en Paterson", "03/11/1979"),
        ("Date et lieu de naissance : 21.06.1984 à Bukavu", "21.06.1984"),
        ("Geburtstag: 02.04.1990, Geburtsort: Kassel", "02.04.1990"),
        ("Der Antragsteller, geb. am 4. Oktober 1988, wohnt in Ulm.", "4. Oktober 1988"),
        ("NOME LUANA PIRES  DATA NASCIMENTO 09/12/1994", "09/12/1994"),
        ("Je soussignée Awa Traoré, née le 1er mars 1976 à Ségou, certifie …", "1er mars 1976"),
        ("Other party: Kwame Asante, date of birth Sep 9 '84, plate 7XYZ123.", "Sep 9 '84"),
        ("Employee DOB per Form 2: Feb. 3, 1970. Please confirm.", "Feb. 3, 1970"),
        ("Reminder: Tomasz's birthday is Aug 14 (1992), his permit renews then.", "Aug 14 (1992)"),
        ("出生日期：民國75年3月2日\n證號：A123456789", "民國75年3月2日"),
        ("- Oren Takahashi-Bell — WA lic WDL8J2K4P1Z — b. 1983", "1983"),
        ("Incident: Pavel Lisnyak, born 1974, detained at the gate.", "1974"),
        ("User: for the DOB box, should I write 5 March 1991 or 03/05/1991?", "5 March 1991"),
        ("her papers say she was born on the third of June, 2015 in Herat", "the third of June, 2015"),
    ],
)
def test_labelled_birth_dates(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_compact_digits_must_be_a_date() -> None:
    assert _digits_a_birth_date("19810617")
    assert _digits_a_birth_date("06171981")  # MMDDYYYY
    assert _digits_a_birth_date("14 07 1987")
    assert not _digits_a_birth_date("19811399")
    assert not _digits_a_birth_date("18500101")  # no one alive was born then
    assert not _digits_a_birth_date("1981061")


def test_compact_number_under_a_dob_label_that_is_no_date(boundary: Boundary) -> None:
    untouched(boundary, "The DOB 44556677 error code means the field is empty.")


@pytest.mark.parametrize(
    "text",
    [
        # cohorts and ranges are no one's birth year
        "For FERS, the MRA is 57 for anyone born 1971 or later.",
        "Generation X: people born 1965-1980 are now mid-career.",
    ],
)
def test_birth_years_of_cohorts_stay(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_gedcom_birth_record(boundary: Boundary) -> None:
    text = (
        "0 @I7@ INDI\n1 NAME Ingrid Marit /Solbakken/\n1 SEX F\n1 BIRT\n2 DATE 3 JUN 1948\n2 PLAC Bergen, Norway\n"
        "1 DEAT\n2 DATE 9 OCT 2020\n0 @I8@ INDI\n1 NAME Eivind /Solbakken/\n1 BIRT\n2 DATE ABT 1945\n"
    )
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "3 JUN 1948" not in forwarded
    assert "ABT 1945" not in forwarded
    assert "2 DATE 9 OCT 2020" in forwarded  # the death record's date is not a birth date


def test_gedcom_level_numbers_do_not_join_a_year() -> None:
    assert _DIGIT_BREAK.search("2 DATE 3 JUN 1948\n2 PLAC Bergen") is None


def test_gedcom_birth_in_a_sample_file(boundary: Boundary) -> None:
    text = (
        "0 @I1@ INDI\n1 BIRT\n2 DATE 22 FEB 1732\n2 PLAC Westmoreland County\n(Example GEDCOM from the import guide.)"
    )
    untouched(boundary, text)


def test_gedcom_birth_of_an_ancestor(boundary: Boundary) -> None:
    kept_back(boundary, "My tree export:\n0 @I2@ INDI\n1 BIRT\n2 DATE 9 SEP 1884\n2 PLAC Cork\n", "9 SEP 1884")


def test_hl7_pid_birth_date(boundary: Boundary) -> None:
    text = (
        "MSH|^~\\&|LAB|NORTH|EHR|CLINIC|20261105083000||ADT^A08|MSG77|P|2.5\n"
        "PID|1||MR55120^^^NORTH^MR||QUISPE^ROSALIA^M||19760930|F|||12 PINE RD^^ELKO^NV^89801\n"
    )
    kept_back(boundary, text, "19760930")


def test_hl7_other_field_dates_stay() -> None:
    from gateway.detect.recognizers.personal.date_of_birth import DateOfBirthRecognizer

    text = "OBR|1||ORD44|CBC|||20261105083000\nPID|1||MR55120||QUISPE^ROSALIA||"
    assert DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"]) == []


# --- a birth date restated elsewhere ---


def _dob(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding("DATE_OF_BIRTH", start, start + len(value), 0.85, "DateOfBirthRecognizer")


def test_restated_birth_date_in_another_format() -> None:
    text = "I entered DOB 07/04/1983 twice.\nThe card itself says 07-04-83, and the expiry is 07-04-2031."
    found = restated_birth_dates(text, [_dob(text, "07/04/1983")])
    assert [text[f.start : f.end] for f in found] == ["07-04-83"]


def test_restated_birth_date_in_words_of_a_month() -> None:
    text = "Geburtsdatum 12.11.1979. Also written 12 November 1979 on the old card."
    found = restated_birth_dates(text, [_dob(text, "12.11.1979")])
    assert [text[f.start : f.end] for f in found] == ["12 November 1979"]


def test_no_restatement_without_a_birth_date() -> None:
    assert restated_birth_dates("Filed 03/04/2021, hearing 03-04-21.", []) == []


def test_date_words_with_a_year_in_digits() -> None:
    assert date_words.has_ordinal_day("the twelfth of may, 2019")
    m = date_words.DATE_WORDS.search("born on the twelfth of May, 2019 at home")
    assert m is not None
    assert date_words.rewrite(m) is not None
    assert date_words.rewrite(m)[0] == "12 May 2019"  # type: ignore[index]


# --- passport labels ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reisepass\nPass-Nr.: C4LM81TZ7\nName: BRANDT", "C4LM81TZ7"),
        ("ESTA申請：旅券番号 TK5820417、確認してください。", "TK5820417"),
        ("ＥＳＴＡ：旅券番号 ＭＺ３９１８２０４", "ＭＺ３９１８２０４"),
        ("Passport no. K7251934C (Republic of the Philippines), holder Dalisay Reyes", "K7251934C"),
    ],
)
def test_passport_labels(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_parking_pass_is_no_passport(boundary: Boundary) -> None:
    untouched(boundary, "Visitor parking: Parking Pass-Nr. 00482213 valid on level 2.")


# --- false positives ---


def test_sql_column_names_are_no_one(boundary: Boundary) -> None:
    text = (
        "CREATE TABLE hr.permits (\n  permit_id  integer PRIMARY KEY,\n  dln        varchar(24) NOT NULL,\n"
        "  dob        date NOT NULL,\n  oln_cls    char(1)\n);\nCREATE INDEX permits_dln ON hr.permits (dln);"
    )
    untouched(boundary, text)


def _person(text: str, word: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Finding("PERSON", start, start + len(word), 0.85, "StructuredFieldRecognizer")


def test_sql_column_names_are_ruled_out() -> None:
    text = "CREATE TABLE t (\n  cdl   varchar(20),\n  dob   date\n);\nCREATE INDEX t_cdl ON t (cdl);"
    findings = [_person(text, "cdl"), _person(text, "dob"), _person(text, "cdl", 2)]
    assert refine(text, findings) == []


def test_a_name_in_a_table_of_people_is_kept() -> None:
    text = "CREATE TABLE t (name text);\nINSERT INTO t VALUES ('Marisol Quintero');"
    assert refine(text, [_person(text, "Marisol Quintero")]) != []


def test_a_month_among_months_is_no_one(boundary: Boundary) -> None:
    untouched(boundary, "Pick your shift month: Mar ☐ Apr ☐ May ☐ Jun ☐ Jul ☐ Aug ☐ (one box only)")
    text = "Which month? Apr ▢ May ▢ Jun ▢ Jul"
    assert refine(text, [_person(text, "Jun")]) == []
    text = "Call June tomorrow about the roster."
    assert refine(text, [_person(text, "June")]) != []


@pytest.mark.parametrize(
    "text",
    [
        "Umbrella policy 61-5502-8817 renews in March; the premium went up.",
        "The citation number is 5520-3391-0042, payable online by the 15th.",
        "Electrical contractor license 3308-227145 is on file with the county.",
    ],
)
def test_a_documents_number_is_no_phone(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_phone_beside_a_policy_word_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Policy holder's cell phone: 415-555-0199, call after 5.", "415-555-0199")


@pytest.mark.parametrize(
    "text",
    [
        "Museum placard draft: Clara Barton, born December 25, 1821, founded the American Red Cross.",
        "Curiosidade: Santos Dumont nasceu em 20 de julho de 1873, em Minas Gerais.",
        "Exhibit notes: Sojourner Truth, born around 1797 in Ulster County, New York.",
    ],
)
def test_people_of_history_with_birth_dates(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_an_old_date_under_a_dob_label_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Resident: Opal Whitlock, DOB 03/02/1911, room 14B.", "03/02/1911")


def test_a_living_persons_prose_birth_date_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "My neighbour Hollis Grange, born March 3, 1961, lost his wallet.", "March 3, 1961")


def test_a_date_of_zeros_is_a_blank(boundary: Boundary) -> None:
    untouched(boundary, "Template row: NAME ______ DOB 00/00/0000 SIGNATURE ______")


def test_an_ancestors_birth_date_in_a_records_request_is_kept(boundary: Boundary) -> None:
    text = "Index search for my great-grandfather Anselm Kowalczyk, born 4 May 1889 in Tarnów, arrived 1907."
    kept_back(boundary, text, "4 May 1889", "Anselm Kowalczyk")


# --- names in genealogy files, HL7 messages and Japanese documents ---


def test_gedcom_and_hl7_names(boundary: Boundary) -> None:
    kept_back(boundary, "0 @I3@ INDI\n1 NAME Torvald Eirik /Lunde/\n1 SEX M\n", "Torvald Eirik /Lunde/")
    text = "MSH|^~\\&|A|B|C|D|20261101||ADT^A01|M1|P|2.5\nPID|1||X99^^^B^MR||OYELOWO^TEMITOPE^A||19880412|F\n"
    kept_back(boundary, text, "OYELOWO^TEMITOPE^A")


def test_a_sample_gedcom_names_no_one(boundary: Boundary) -> None:
    text = "0 @I1@ INDI\n1 NAME Torvald /Lunde/\n1 SEX M\n(Sample GEDCOM from the import tutorial.)"
    untouched(boundary, text)


def test_japanese_name_field(boundary: Boundary) -> None:
    kept_back(boundary, "免許証の写しです：\n氏名 長谷部 美咲\n住所 大阪府", "長谷部 美咲")
