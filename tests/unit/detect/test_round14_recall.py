# ruff: noqa: RUF001 - names and dates in Cyrillic, Thai, Ethiopic and Burmese script are the point
"""Round 14, recall by class (tuned on blind set q): birth dates in more languages, calendars and layouts (a
roster's DOB column, a form's OCR'd boxes, an approximate year); names given in parts across turns, children
lists, self-introductions and titles in more scripts, Cyrillic names after a role; banners in Markdown or split
into pieces, a portion mark cited mid-sentence, passwords answered on a chat line, Wi-Fi keys, a card's PIN.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "tidy this up:\n**SENSITIVE** _SECURITY_ **INFORMATION**\ngate B uses the backup lane plan on Fridays.",
        "`CUI//SP-PRVCY`\nlist the open cases by office.",
        "TOP SE CRET // NO FORN\nturn this into three bullets: the relay site moved north.",
        "About the paragraph starting with (S): 'Courier routes moved to the eastern pass.' Write a public version.",
        "[10:02] Lena Ortiz: who has the VPN\n[10:03] Ravi Patel: team login is ops_east / Marl1n$Sky77",
        "note from the front desk: 'visitor wifi for the annex: ANNEX-Guest / Tulip2026!Harbor' make a sign",
        "Support chat:\nTech: what's your temporary password?\nUser: Kestrel-2027-qz\nTech: thanks",
        "the kiosk won't take my PIV PIN, the old one which is 48205917 - draft a ticket",
    ],
)
def test_disguised_banners_and_handed_over_credentials_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Headings in bold like **IMPORTANT** and _NOTE_ are fine in the style guide.",
        "Explain what a PIN reset for a PIV card involves, in five steps.",
        "Tech: what's your ticket number?\nUser: still waiting",
        "The wifi for the annex is down again; draft a notice.",
        "Our children Need, Care and Attention is the title of the talk.",
    ],
)
def test_look_alikes_of_those_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- birth dates ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Tidy this roster:\nNo. Name Rank Nationality DOB\n1 VARGAS, Emilio Master PER 1969-03-02\n"
            "2 OKAFOR, Chidi Bosun NGA 1984-10-17",
            ("1969-03-02", "1984-10-17"),
        ),
        ("Scanned form fields:\n2 Birth date Day 0 9 Mo 1 1 Yr 8 7\n3 Flight", ("0 9 Mo 1 1 Yr 8 7",)),
        ("Перекладіть: Петро Гуменюк, дата народження 12.03.1977, прибув у порт.", ("12.03.1977",)),
        ("Орчуулна уу: төрсөн огноо 1988.05.21, утас байхгүй.", ("1988.05.21",)),
        ("ተርጉሞ: ዕለተ ልደተይ 3 ጥቅምት 1985 እዩ።", ("3 ጥቅምት 1985",)),
        ("แปล: เกิดวันที่ 3 มี.ค. 2528 ค่ะ", ("3 มี.ค. 2528",)),
        ("ဘာသာပြန်ပါ: မွေးနေ့ ၁၉၈၂ မတ် ၁၄။", ("၁၉၈၂ မတ် ၁၄",)),
        ("Translate: navutse ku wa 12 Kamena 1992 i Huye.", ("12 Kamena 1992",)),
        ("Translate Krio: 'Mi bin bon 9 Disemba 1981 na Bo.'", ("9 Disemba 1981",)),
        ("Traduz: 'N nasci 15 di Julhu 1989 na Praia.'", ("15 di Julhu 1989",)),
        ("the RFE says his birth on 1993-06-30 was never registered", ("1993-06-30",)),
        ("No papers; she says she was born approximately 1991 in the camp.", ("approximately 1991",)),
        ("jmeno;prijmeni;narozen\nLenka;Horáková;5.6.1990\nconvert to ISO", ("5.6.1990", "Lenka", "Horáková")),
    ],
)
def test_birth_dates_in_more_wordings_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Schedule:\nDate Event Venue DOB-check\n2024-05-01 audit HQ yes",
        'The plaque reads "Born in 1931, she founded the port library."',
    ],
)
def test_dates_that_are_no_birth_dates_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- names ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("msg1: surname is Batkhuyag\nmsg2: given name Oyuntsetseg\nmsg3: write it as one line", ("Batkhuyag",)),
        ("1 Family Name ZAPATERO\nFirst (Given) LUIS", ("ZAPATERO",)),
        ("Fix grammar: pax Ilse Brandvold boarded at gate 9.", ("Ilse Brandvold",)),
        ("Family tree: principal Omar Saleh; children Yaman, Ward (yes, a real name).", ("Yaman", "Ward")),
        ("send a note to tran van long about friday", ("tran van long",)),
        ("ترجم: السيد حيدر منصور الجبوري، يطلب موعدا.", ("حيدر منصور الجبوري",)),
        ("แปล: ฉันชื่อ มาลี ศรีสุข ต้องการนัดหมาย", ("มาลี ศรีสุข",)),
        ("Орчуулна уу: Намайг Дорж Болд гэдэг.", ("Дорж Болд",)),
        ("ተርጉሞ: ኣነ ሰላም ተኽለ እየ።", ("ሰላም ተኽለ",)),
        ("ဘာသာပြန်ပါ: ကျွန်မ ဒေါ်နွယ်နီ ၏ ဖုန်း", ("နွယ်နီ",)),
        ("Перекладіть: бенефіціар Ганна Коваленко прибула вчора.", ("Ганна Коваленко",)),
    ],
)
def test_names_in_more_shapes_are_kept_back(boundary, text: str, names) -> None:
    kept_back(boundary, text, *names)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ترجم: اسمي وليد حسن، رقم الجواز K73019284، وصلت أمس.", ("K73019284",)),
        (
            "dile que vaya a 215 E Calle Segunda, Calexico, CA 92231 mañana",
            ("215 E Calle Segunda, Calexico, CA 92231",),
        ),
        ("Translate: 'IAH pe meri beti Zainab ki search hui.'", ("Zainab",)),
        ("Translate Krio: 'Mi pikin Fodayba de na Makeni.'", ("Fodayba",)),
    ],
)
def test_passports_addresses_and_relatives_abroad_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "TX 40917265" and "212-67-4093" in base64, the encoding named between the label and the token
        ("check this: Tomasz Wiercinski DL b64 VFggNDA5MTcyNjU=", ("VFggNDA5MTcyNjU=",)),
        ("SSN (base64): MjEyLTY3LTQwOTM= please", ("MjEyLTY3LTQwOTM=",)),
    ],
)
def test_base64_named_before_the_token_is_decoded_under_its_label(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)
