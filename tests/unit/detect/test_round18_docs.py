"""Round 18, identity documents' machine-readable and printed layouts (tuned on blind set x): the ICAO 9303
machine-readable zone (TD3, TD2, TD1, MRV visas) checked by its check digits; an AAMVA PDF417 barcode's decoded
text; a licence or ID card's front with the AAMVA / EU numbered fields, or its captions under a header naming the
card in any language; an NCIC / Nlets query response.
Every text and value here is invented for this file (the check digits computed for it)."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from gateway.detect.recognizers.identifiers.aamva_barcode import AamvaBarcodeRecognizer
from gateway.detect.recognizers.identifiers.card_front import CardFrontRecognizer
from gateway.detect.recognizers.identifiers.mrz import MrzRecognizer, check_digit
from gateway.detect.recognizers.identifiers.ncic_response import NcicResponseRecognizer

from .conftest import kept_back

ENTITIES = ["PERSON", "DATE_OF_BIRTH", "US_DRIVER_LICENSE", "US_PASSPORT", "US_SSN", "STREET_ADDRESS"]


def found(recognizer: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, ENTITIES)}


# --- ICAO 9303 machine-readable zone ---

TD3 = "P<CANLEFEBVRE<<MARIE<CLAIRE<<<<<<<<<<<<<<<<<\nGK48205737CAN8802196F3105076<<<<<<<<<<<<<<08"


def test_check_digit_weights_7_3_1_with_letters_and_filler() -> None:
    assert check_digit("GK4820573") == 7
    assert check_digit("880219") == 6
    assert check_digit("XR71944<<") == 5


def test_td3_passport_gives_number_birth_date_and_name() -> None:
    assert found(MrzRecognizer(), TD3) == {
        ("US_PASSPORT", "GK4820573"),
        ("DATE_OF_BIRTH", "880219"),
        ("PERSON", "LEFEBVRE<<MARIE<CLAIRE"),
    }


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (f"Kiosk rejects this passport, why?\n\n{TD3}\n", ("GK4820573", "880219", "LEFEBVRE<<MARIE<CLAIRE")),
        # the data line first, the name line after it in a sentence; the number shorter than its field
        (
            "second line XR71944<<5KEN9506309M2901123<<<<<<<<<<<<<<02\n"
            "and the first is P<KENWANJIKU<<ODHIAMBO<<<<<<<<<<<<<<<<<<<<<<<",
            ("XR71944", "950630", "WANJIKU<<ODHIAMBO"),
        ),
        # an MRV-A visa foil
        (
            "Visa foil:\nV<USATRAN<<THI<NGOC<ANH<<<<<<<<<<<<<<<<<<<<<<\nBT55281740VNM0109235F2704014<<<<<<<<<<<<<<<<",
            ("BT5528174", "010923", "TRAN<<THI<NGOC<ANH"),
        ),
        # a TD1 identity card, three lines of 30
        (
            "Back of the card:\nIDPRTSB73840120<<<<<<<<<<<<<<<\n7703148M3008225PRT<<<<<<<<<<<6\n"
            "SALGUEIRO<<RUI<MANUEL<<<<<<<<<",
            ("SB7384012", "770314", "SALGUEIRO<<RUI<MANUEL"),
        ),
        # the birth date and the name written again outside the zone
        (f"{TD3}\nSo 880219 is 19 Feb 1988 for Lefebvre, Marie Claire?", ("880219", "LEFEBVRE", "MARIE CLAIRE")),
    ],
)
def test_mrz_values_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_ocr_spaces_inside_a_line_are_read_through_when_the_digits_check() -> None:
    text = "P<CANLEFEBVRE<<MARIE<CLAIRE<<<<<<<<<<<<<<<<<\nGK48205737 CAN8802196 F3105076<<<<<<<<<<<<<<08"
    assert ("US_PASSPORT", "GK4820573") in found(MrzRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # one check digit wrong (the birth date's)
        "P<CANLEFEBVRE<<MARIE<CLAIRE<<<<<<<<<<<<<<<<<\nGK48205737CAN8802195F3105076<<<<<<<<<<<<<<08",
        # ICAO's Utopia specimen, with the check digits right
        "P<UTOLINDQVIST<<ELSA<<<<<<<<<<<<<<<<<<<<<<<<<\nGK48205737UTO8802196F3105076<<<<<<<<<<<<<<08",
        "IDUTOSB73840120<<<<<<<<<<<<<<<\n7703148M3008225UTO<<<<<<<<<<<6\nSALGUEIRO<<RUI<MANUEL<<<<<<<<<",
        # a TD1 second line alone, without its first line
        "7703148M3008225PRT<<<<<<<<<<<6",
        "template: <<ENTER NAME>> and <<DATE>> go here",
    ],
)
def test_what_is_not_a_document_zone(text: str) -> None:
    assert found(MrzRecognizer(), text) == set()


# --- AAMVA PDF417 barcode text ---

BARCODE = (
    "@\n\x1e\rANSI 636015090002DL00410266ZT03070011DLDAQ31459027\nDCSHALVORSEN-PIKE\nDACGRETA\nDADNONE\n"
    "DBD01152024\nDBB09301979\nDBA09302032\nDBC2\nDAG4418 TIMBERLINE RD\nDAIAMARILLO\nDAJTX\nDAK791060000\nDCGUSA"
)


def test_barcode_elements_are_read() -> None:
    assert found(AamvaBarcodeRecognizer(), BARCODE) == {
        ("US_DRIVER_LICENSE", "31459027"),
        ("PERSON", "HALVORSEN-PIKE"),
        ("PERSON", "GRETA"),
        ("DATE_OF_BIRTH", "09301979"),
        ("STREET_ADDRESS", "4418 TIMBERLINE RD"),
    }


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            f"scanner output:\n{BARCODE}\nwhy does it fail?",
            ("31459027", "HALVORSEN-PIKE", "09301979", "4418 TIMBERLINE RD"),
        ),
        # a Canadian card: CCYYMMDD
        (
            "@\nANSI 636028080002DL00410190ZB02310010DLDAQ7730418\nDCSTREMBLAY\nDACSOLANGE\nDBB19870512\nDCGCAN",
            ("7730418", "TREMBLAY", "SOLANGE", "19870512"),
        ),
        # no header, but the data elements a line each
        ("DCSKOWALSKI\nDACMAREK\nDBB07141982\nDAQK2039481", ("KOWALSKI", "MAREK", "07141982", "K2039481")),
    ],
)
def test_barcode_values_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_barcode_lines_ended_by_carriage_returns() -> None:
    text = "@\n\x1e\rANSI 636014080102DL00410266ZC03070011DLDAQ B5531904\rDCSDE LA CRUZ\rDACAMPARO\rDBB03021990\r"
    assert found(AamvaBarcodeRecognizer(), text) == {
        ("US_DRIVER_LICENSE", "B5531904"),
        ("PERSON", "DE LA CRUZ"),
        ("PERSON", "AMPARO"),
        ("DATE_OF_BIRTH", "03021990"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Annex D lists DAQ (customer ID number), DCS (family name) and DBB (date of birth, MMDDCCYY).",
        "@\nANSI 636000090002DL00410278ZV03190008DLDAQT64235789\nDCSSAMPLE\nDACMICHAEL\nDBB06061986",
        "DBA Harbor Roofing\nDBA Coastal Paving\nDBA Northside Glass",
    ],
)
def test_what_is_not_a_barcode(text: str) -> None:
    assert found(AamvaBarcodeRecognizer(), text) == set()


# --- a card's front: numbered fields, or captions under a header naming the card ---

AAMVA_FRONT = (
    "PENNSYLVANIA  DRIVER'S LICENSE\n4d DLN 30 718 552\n1 OYELOWO-GRANT\n2 BEATRICE ADAEZE\n"
    "8 2290 CEDAR RIDGE LN, YORK, PA 17402\n\n3 DOB 07/22/1986\n4a ISS 03/01/2022   4b EXP 07/23/2026\n"
    "5 DD 1183390412021   9 CLASS C"
)


def test_aamva_front_fields() -> None:
    assert found(CardFrontRecognizer(), AAMVA_FRONT) == {
        ("US_DRIVER_LICENSE", "30 718 552"),
        ("PERSON", "OYELOWO-GRANT"),
        ("PERSON", "BEATRICE ADAEZE"),
        ("STREET_ADDRESS", "2290 CEDAR RIDGE LN, YORK, PA 17402"),
        ("DATE_OF_BIRTH", "07/22/1986"),
    }


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (AAMVA_FRONT, ("30 718 552", "OYELOWO-GRANT", "BEATRICE ADAEZE", "07/22/1986")),
        (
            "PATENTE DI GUIDA  Repubblica Italiana\n1. Ferrandino\n2. Ludovica Assunta\n3. 14/02/1991 Caserta (CE)\n"
            "4a. 02/05/2019  4b. 14/02/2030  4c. MIT-UCO\n5. CE7318842K",
            ("Ferrandino", "Ludovica Assunta", "14/02/1991", "CE7318842K"),
        ),
        (
            "LICENCIA DE CONDUCIR\n1. Apellidos: QUISPE HUAMÁN\n2. Nombres: Rosa Elvira\n"
            "3. Fecha de nacimiento: 23.08.1975\n4d. No. de licencia: Q40718253",
            ("QUISPE HUAMÁN", "Rosa Elvira", "23.08.1975", "Q40718253"),
        ),
        ("운전면허증 사본\n성명: 남궁서연\n면허번호: 24-07-318852-41\n생년월일: 1993.06.02", ("24-07-318852-41",)),
        (
            "GIẤY PHÉP LÁI XE\nSố/No: 480917263354\nHọ tên/Full name: ĐOÀN VĂN KHẢI\n"
            "Ngày sinh/Date of birth: 02/11/1980",
            ("480917263354",),
        ),
    ],
)
def test_card_front_values_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_a_compound_number_caption_under_the_header() -> None:
    text = "FÜHRERSCHEIN (Abschrift)\nName: Albrecht, Jonas\nGeburtsdatum: 03.03.1990\nFührerscheinnummer: J4402K7731"
    assert found(CardFrontRecognizer(), text) == {("US_DRIVER_LICENSE", "J4402K7731")}


def test_issue_and_expiry_dates_are_not_birth_dates() -> None:
    dates = {v for e, v in found(CardFrontRecognizer(), AAMVA_FRONT) if e == "DATE_OF_BIRTH"}
    assert dates == {"07/22/1986"}


def test_document_discriminator_is_not_the_licence_number() -> None:
    assert ("US_DRIVER_LICENSE", "1183390412021") not in found(CardFrontRecognizer(), AAMVA_FRONT)


@pytest.mark.parametrize(
    "text",
    [
        # a how-to list under the same words
        "Renewing your driver's license:\n1. Bring Proof\n2. Pay Fee\n3. Wait for the card by 01/15/2027",
        # a policy's numbered list with a date, no name and no number
        "DRIVER'S LICENSE POLICY\n1. Employees must hold a valid licence.\n2. Report any suspension.\n"
        "3. 01/01/2027 is when this policy takes effect.",
        # a glossary: the field numbers are not at the start of lines
        "Führerschein-Glossar: Feld 1 = Name; 2 = Vorname; 3 = 01.01.1990 Ort; 4a = Ausstellungsdatum.",
        # the specimen licence
        "FÜHRERSCHEIN\n1. Mustermann\n2. Erika\n3. 12.08.1964 Berlin\n5. B072RRE2I55",
        # a number captioned under a licence header, but no holder captioned: a letter, not a card
        "Your driver's license appointment is confirmed.\nNo: 48213992\nPlease arrive 15 minutes early.",
    ],
)
def test_what_is_not_a_card_front(text: str) -> None:
    assert found(CardFrontRecognizer(), text) == set()


# --- NCIC / Nlets query responses ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "NLETS DQ RESPONSE\nNAM/BALOGUN-WEST,TOBI A  SEX/F  DOB/19911108\nOLN/K4402917  OLS/OH  OLY/2028",
            ("BALOGUN-WEST,TOBI A", "19911108", "K4402917"),
        ),
        ("NAM/VOSKUIJLEN,PIETER J\nDOB/19730219\nSOC/318-40-7726\nPAS/572018394", ("19730219", "318-40-7726")),
    ],
)
def test_ncic_values_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_ncic_fields() -> None:
    text = "NAM/VOSKUIJLEN,PIETER J\nDOB/19730219\nSOC/318-40-7726\nPAS/572018394"
    assert found(NcicResponseRecognizer(), text) == {
        ("PERSON", "VOSKUIJLEN,PIETER J"),
        ("DATE_OF_BIRTH", "19730219"),
        ("US_SSN", "318-40-7726"),
        ("US_PASSPORT", "572018394"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "NO NCIC WANT SSN/NAM/DOB/OLN",
        "Pairs to watch: USD/EUR  GBP/USD  AUD/NZD",
        "see the DOB/19850312 convention in the manual",
    ],
)
def test_what_is_not_a_query_response(text: str) -> None:
    assert found(NcicResponseRecognizer(), text) == set()
