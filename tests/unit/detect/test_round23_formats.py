# ruff: noqa: RUF001 - Cyrillic, Japanese and full-width characters are the point
"""Round 23, formats (sets aa and ab): birth dates in other languages and calendars next to their birth word (Khmer,
Tamil, Mongolian, Uyghur, Hmong, Indonesian and Malay, Nepali Bikram Sambat in Latin letters, Japanese era years in
kanji numerals); an A-Number after its label whatever its first digit; a passport typed a character at a time; a
phone or a passport cut across chat turns; a country-coded phone a digit off after a phone word; addresses abroad
and unusual US ones; a police report's "OL#" licence; and, left alone, an office's public address and identifiers
shown as their format's example. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, untouched

# --- birth dates in other languages and calendars ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Clinic card\nឈ្មោះ: ចាន់ សុភា\nកើតថ្ងៃ ២៣ តុលា ១៩៧៩\nBlood type O", "២៣ តុលា ១៩៧៩"),
        ("Өргөдөл гаргагч Д. Энхжаргал, төрсөн огноо: 1983 оны 11-р сарын 2", "1983 оны 11-р сарын 2"),
        ("Бат-Эрдэнэ 1990 оны 6 сарын 14-нд төрсөн гэж бичсэн.", "1990 оны 6 сарын 14"),
        ("பெயர்: முருகன் ராஜா\nபிறந்த நாள்: 5 மார்ச் 1966", "5 மார்ச் 1966"),
        ("ئۇ 1979-يىلى 9-ئاينىڭ 30-كۈنى تۇغۇلغان دەپ يازدى.", "1979-يىلى 9-ئاينىڭ 30-كۈنى"),
        ("Niam tais Nou Vang yug 22 lub peb hlis 1948 nyob Xieng Khouang.", "22 lub peb hlis 1948"),
        ("Pemohon Dewi Lestari, lahir pada tanggal 9 Desember 1987, alamat Semarang.", "9 Desember 1987"),
        ("Ahmad bin Yusof, tarikh lahir 14 Disember 1975, Kuala Lumpur.", "14 Disember 1975"),
        ("Migrant worker Ram Bahadur Gurung, born 21 Shrawan 2041 BS, district Gorkha.", "21 Shrawan 2041 BS"),
        ("「山本 節子（大正十五年十二月三日生まれ）」の記録を訳してください。", "大正十五年十二月三日"),
        ("生年月日：平成元年七月二十日", "平成元年七月二十日"),
    ],
)
def test_birth_dates_in_other_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # a Nepali festival's dates, a Japanese law's start, an Indonesian holiday: no birth word before them
        "The Nepali new year falls on 1 Baisakh 2083; the office closes that day.",
        "新しい規則は令和八年四月一日に始まります。",
        "Indonesia merdeka pada 17 Agustus 1945 dan Sukarno lahir di Surabaya.",
        "Ua tsaug rau koj, peb yuav sib ntsib lub kaum hli.",
    ],
)
def test_dates_that_are_no_ones_birth(boundary, text: str) -> None:
    untouched(boundary, text)


# --- A-Numbers after their label ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client Marek Hudak, A-number A-841-207-335, asks about the fee waiver.", "841-207-335"),
        ("LPR card copy: Alien Registration No. A962031457, category IR2.", "A962031457"),
        ("| ref | name | note |\n|---|---|---|\n| 4 | Ilse Brandt | prior entry (A-file A779301842) |", "A779301842"),
    ],
)
def test_labelled_a_numbers_any_first_digit(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_unlabelled_high_a_shaped_number_stays(boundary) -> None:
    untouched(boundary, "The pump housing takes part A-934-221-087 from the catalogue.")


# --- passports typed a character at a time, values cut across turns ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Guest Tomasz Nowicki, paszport nr: K L 5 0 2 9 1 3 6, room 14", "K L 5 0 2 9 1 3 6"),
        ("traveler Ruth Adeyemi, passport: R 4 0 7 7 1 2 9 5", "R 4 0 7 7 1 2 9 5"),
    ],
)
def test_spaced_passports(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_spaced_numbers_without_a_passport_label_stay(boundary) -> None:
    untouched(boundary, "Passport office hours: 9 to 5, windows 1 2 3 open.")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("User: landlord's cell is 571-555\nUser: -0182, his name is Oskar Lind", ("571-555", "0182")),
        (
            "User: reach the foster parent at 804.555.\nAssistant: That number looks incomplete.\n"
            "User: 0139 and she is Priya Raman",
            ("804.555.", "0139"),
        ),
        (
            "User: her passport is M7731\nAssistant: Please avoid sharing passport numbers.\n"
            "User: the remaining digits are 0482, she flies Monday",
            ("M7731", "0482"),
        ),
    ],
)
def test_values_cut_across_turns(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "User: we shipped 3140\nUser: the rest is 2200 units still in the warehouse",
        "User: the subtotal was 410-555\nUser: the rest were 12 boxes",
    ],
)
def test_turns_that_are_not_one_value(boundary, text: str) -> None:
    untouched(boundary, text)


# --- phones: a country-coded number a digit off, right after a phone word ---


def test_country_coded_phone_a_digit_off(boundary) -> None:
    kept_back(boundary, "Testigo: Rosa Quispe Mamani, teléfono +51 987 555 0142.", "+51 987 555 0142")


def test_country_coded_number_without_a_phone_word_stays(boundary) -> None:
    untouched(boundary, "Ledger reference +51 987 555 0142 was reconciled on Friday.")


# --- addresses abroad and unusual US ones ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adres: ul. Piotrkowska 117/9, 90-430 Łódź (Anna Wiśniewska)", "Piotrkowska 117/9"),
        ("Send it to Jan Kowal, al. Solidarności 40 m. 7, 00-145 Warszawa.", "Solidarności 40"),
        ("Mi domicilio: Jr. Las Gardenias 388, Urb. El Recreo, Trujillo 13011, Perú.", "Las Gardenias 388"),
        ("El Sr. Quispe vive en Psje. San Martín 72, AA.HH. Nueva Esperanza, Piura.", "San Martín 72"),
        ("mail for Tom Kasaiuli goes c/o General Delivery, Tuntutuliak, AK 99680.", "Tuntutuliak, AK 99680"),
        ("Van rental, driver Luz Ortega: pick-up 1740 Grand Concourse, Bronx, NY 10457.", "1740 Grand Concourse"),
        ("Forward to Noor Haddad at 12 Broadway, Apt 5, Cambridge, MA 02142.", "12 Broadway"),
        (
            "Seller Milan Petrov resides at 5 1 8   E l m   S t ,   D a y t o n ,   O H   4 5 4 0 2 per the deed",
            "E l m",
        ),
    ],
)
def test_addresses(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Our 2025 Annual Review, Washington, DC 20001 edition ships next week.",
        "See Form 1040 Instructions, Washington, DC 20224 for the mailing rules.",
        "General Delivery is offered at most post offices for travelers without a fixed address.",
        "The photo was taken on ul. Floriańska in Kraków.",
        "The Martin Luther King Jr. Library 300 seats are reserved for the lecture.",
    ],
)
def test_not_addresses(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a police report's operator's licence ---


def test_operator_licence_label(boundary) -> None:
    kept_back(boundary, "UNIT 2: HALVORSEN, ERIK J OL# MD K-402-118-550-377 CITED 21-801.1", "K-402-118-550-377")


def test_ordered_list_tag_is_no_licence(boundary) -> None:
    untouched(boundary, "Use the OL# 3 style for nested lists in the handbook.")


# --- public offices' addresses, and identifiers shown as their format's example ---


@pytest.mark.parametrize(
    "text",
    [
        "Questions on survivor annuities go to OPM Retirement Services, P.O. Box 45, Boyers, PA 16017-0045.",
        "Return the signed form to the parish at P.O. Box 640, Natchitoches, LA 71458-0640.",
        "The FCC Enforcement Bureau (45 L Street NE, Washington, DC 20554) takes the complaints.",
        "A receipt number looks like EAC2612345678 in the handbook examples.",
        "Slide 4: a SEVIS ID is N plus ten digits; in the demo we type N0000000000.",
    ],
)
def test_public_addresses_and_format_examples_stay(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forward my mail to my office at 1200 Oak Lane, Dover, DE 19901 - Carla Nguyen", "1200 Oak Lane"),
        ("Applicant Joseph Mbeki, receipt EAC2612345678, please check the status.", "EAC2612345678"),
        ("Her SEVIS ID is N0031749265, program end date in May.", "N0031749265"),
    ],
)
def test_own_addresses_and_real_identifiers_still_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)
