# ruff: noqa: RUF001 - Han, Hangul, Arabic and Cyrillic script with their own punctuation are the point
"""Round 18, driver's licence numbers (tuned on blind set x): more labels (OLN, operator's licence, D/L, DL/ID,
lic. no., EDL, learner's and instruction permits, a DMV's "Permit/License No."), the state or the holder before
the bare word ("his Kansas license …", "my license # is …") or after the label ("Driver's license: New Jersey …"),
a state's ID card, foreign labels and card headers, numbers in spaced groups; table and key awareness (oln, dl_no,
id_num beside id_state, a record's type, a FHIR identifier's system, an XML element's type attribute, HL7 PID-20, a
fixed-width layout); and licences of other kinds, versions and specimens left alone.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.labels import entity_for
from gateway.detect.structure import fields

from .conftest import kept_back

DL = "US_DRIVER_LICENSE"


def _licences(reported, text: str) -> set[str]:
    return {value for entity, value in reported(text) if entity == DL}


# --- labels in English prose and forms ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unit 2 driver, OLN K48210937 (ID), no injuries reported.", "K48210937"),
        ("The Nevada operator's license no. 1502938471 was seized at the scene.", "1502938471"),
        ("Second renter: D/L T550-213-88-402-1, exp 2029.", "T550-213-88-402-1"),
        ("Applicant's DL/ID: B6109283 (CA)", "B6109283"),
        ("Pool drivers: Rosa Tenorio, lic. no. GU-5518203, badge pending.", "GU-5518203"),
        ("- Mateo Ibarra, Idaho Lic # LM204817B, crew 4", "LM204817B"),
        ("Checked an expired MD EDL P 518 204 339 617 at lane 3.", "P 518 204 339 617"),
        ("Enhanced driver license (EDL), ID no. 602 118 437", "602 118 437"),
        ("Carrier audit - CDL: TX 30918274 Class B, no endorsements.", "30918274"),
        ("OFFICE USE\nDMV Permit/License No. .... 4418201\nPhone ....", "4418201"),
        ("Driver's license: New Jersey B2041 58812 73019", "B2041 58812 73019"),
        ("Driver's license number (NY): 602 118 437", "602 118 437"),
    ],
)
def test_licence_labels_find_the_number(reported, text: str, value: str) -> None:
    assert value in _licences(reported, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At the I-9 check he showed his Kansas license K07-44-1820 and an EAD.", "K07-44-1820"),
        ("She read out her Florida license number G512-118-70-334-0 on the call.", "G512-118-70-334-0"),
        ("The clerk says my license 208814736 was flagged for a missed hearing.", "208814736"),
        ("Dad is switching to a state ID. His license # is 713 550 284, renewal overdue.", "713 550 284"),
        ("Maine license for the rideshare form: 6640182", "6640182"),
        ("The driver said her license (CA) D4471029 had expired.", "D4471029"),
        ("Dispatch: plate returns clean, license 58120394 valid, no wants.", "58120394"),
    ],
)
def test_a_states_or_a_holders_licence_finds_the_number(reported, text: str, value: str) -> None:
    assert value in _licences(reported, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She brought an Ohio ID card (not a license), number RX551029, and a lease.", "RX551029"),
        ("He presented a Montana ID card 0102283341 at the gate.", "0102283341"),
        ("Presented a state-issued ID card, no. 0041182937, at intake.", "0041182937"),
        ("My new Kentucky ID card arrived today. Number is K12-448-209, please update HR.", "K12-448-209"),
        ("Our son has an Oregon instruction permit. Permit no. 8820431, issued in May.", "8820431"),
    ],
)
def test_state_id_cards_and_permits_find_the_number(reported, text: str, value: str) -> None:
    assert value in _licences(reported, text)


# --- other languages and card headers ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hola, mi licencia de Carolina del Sur es 104 882 193 y necesito una carta.", "104 882 193"),
        ("Licencia de manejo: Texas 40918227", "40918227"),
        ("Traduction : N° du permis : ABJ-77-102938, catégorie B.", "ABJ-77-102938"),
        ("GIẤY PHÉP LÁI XE\nSố/No: 480219374512\nHạng: B2", "480219374512"),
        ("면허번호: 22-15-881204-71", "22-15-881204-71"),
        ("请核对驾照号码：B7710293，谢谢。", "B7710293"),
        ("駕照影本\n證號：A128830497\n", "A128830497"),
        ("運転免許証\n番号 第 551209384712 号\n", "551209384712"),
        ("رقم الرخصة: 5521904", "5521904"),
        ("Lisensya sa pagmamaneho Blg.: D12-44-882109", "D12-44-882109"),
        ("Водительское удостоверение № 7718 402915 выдано в 2019 году.", "7718 402915"),
        ("CARTEIRA NACIONAL DE HABILITAÇÃO\nNº REGISTRO 05518220937   VALIDADE 01/02/2030", "05518220937"),
        ("Führerschein-Nr. K331R7Q0X52 laut Kopie", "K331R7Q0X52"),
        ("Patente di guida n. U1A2B3C4D5 rilasciata nel 2019", "U1A2B3C4D5"),
    ],
)
def test_foreign_labels_find_the_number(reported, text: str, value: str) -> None:
    assert value in _licences(reported, text)


@pytest.mark.parametrize(
    "text",
    [
        "订单号码：A77120934，请尽快发货。",  # an order's number, no licence header
        "Nº REGISTRO 0055182093 do imóvel no cartório.",  # a property's registry, no CNH
        "Số/No: 480219374512\nHóa đơn tiền điện",  # an electricity bill's number
    ],
)
def test_card_field_labels_need_the_cards_header(reported, text: str) -> None:
    assert not _licences(reported, text)


# --- licences of other kinds, versions, specimens ---


@pytest.mark.parametrize(
    "text",
    [
        "Vendor file: Virginia contractor license 27051188, DC business license 400118220331.",
        "Renewal: our software license 48812093 covers 40 seats; the driver update ships next month.",
        "The repeater's FCC license 0041188290 expires in 2030; traffic nets move to Tuesday.",
        "Venue check: ABC on-premises license 5512093, food permit FSP-26-1104.",
        "Release notes: license-checker 3.4.12 adds the Oregon licence formats.",
        "Changelog: license-parser v4.2.11 reads the new driver card layouts.",  # Presidio's shapes, in capitals
        "Questions about the driver pool: call Dana at x0419.",
        "Credential list (professional licences, not driving):\n- PE license PE-0518822, renewal 2027",
        "Special event permit SEP-26-4410 covers the parade; the overweight vehicle permit is OW-2026-551120.",
        "The sample card reads DL NO. 123456789 / DOB 01-01-1980; compare the hologram, not the numbers.",
        "My license expires on the 30th and my confirmation number is MVA-5512039.",
        "Broker file: Lic. 0448213 (real estate), office in Reno.",
        "Gate log: LICENSE PLATE 8KRT419 on the driver side, permit ok.",
    ],
)
def test_other_licences_and_placeholders_stay(reported, text: str) -> None:
    assert not _licences(reported, text)


# --- tables, keys and records ---


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("oln", DL),
        ("D/L", DL),
        ("Current DL/ID", DL),
        ("dlNumber", DL),
        ("lic_no", DL),
        ("Lisensya sa pagmamaneho Blg.", DL),
        ("면허번호", DL),
        ("Permit/License No.", DL),
        ("license_key", None),
        ("oln_state", None),
        ("dl_nbr", DL),
        ("rijbewijsnummer", DL),
        ("id_num", None),
    ],
)
def test_licence_keys(key: str, entity: str | None) -> None:
    assert entity_for(key) == entity


def _dl_fields(text: str) -> set[str]:
    return {text[f.start : f.end] for f in fields(text) if f.entity_type == DL}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("emp,name,state,dl_no\n7,Ana Ruiz,MI,K 204 118 992 301\n8,Bo Lund,WA,LUNDBJ531QA", {"K 204 118 992 301"}),
        (
            "INSERT INTO pool.drivers (id, name, oln, oln_state) VALUES\n (1, 'Ana Ruiz', '551KT2093', 'IA'),\n"
            " (2, 'Bo Lund', 'B20-44-1183', 'KS');",
            {"551KT2093", "B20-44-1183"},
        ),
        ('holder:\n  id_num: "WDLX7Q2P41KZ"\n  id_state: WA\n', {"WDLX7Q2P41KZ"}),
        ('{"idDocument": {"type": "DL", "state": "OH", "number": "RT204118"}}', {"RT204118"}),
        ('<Credential type="DriverLicense" state="TN">220418339</Credential>', {"220418339"}),
        ('"identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.41", "value": "LX551203"}]', {"LX551203"}),
        ("PID|1||MRN55^^^HU^MR||DOE^ANA||19800101|F||||||||||||KS418829301^KS^20300101", {"KS418829301"}),
        (
            "extract, cols: OLN 1-11, NAME 12-31, DOB 32-39\n"
            "B44182093  RUIZ ANA MARIA      19800101\n"
            "7718203    LUND BO             19751212",
            {"B44182093", "7718203"},
        ),
    ],
)
def test_licence_columns_and_records(text: str, values: set[str]) -> None:
    assert values <= _dl_fields(text)


def test_washington_older_licence_in_a_column() -> None:
    assert "LUNDBJ531QA" in _dl_fields("emp,name,state,dl_no\n8,Bo Lund,WA,LUNDBJ531QA")


@pytest.mark.parametrize(
    "text",
    [
        'license_key,product,seats\n"QX7-55T2-9KLM-4410",Fleet Pro,250',
        '{"address": {"number": "4410", "street": "Elm St", "state": "OH"}}',
        'order:\n  number: "SO-4418203"\n  state: OH\n',
        '<Item type="Widget">44182093</Item>',
    ],
)
def test_no_licence_without_a_licence_key(text: str) -> None:
    assert not _dl_fields(text)


def test_a_licence_under_its_label_is_kept_back(boundary) -> None:
    kept_back(boundary, "Please run this one: OLN W55182093 (NE), stopped at gate 2.", "W55182093")
