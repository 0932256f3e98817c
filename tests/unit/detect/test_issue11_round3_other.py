"""Issue 11, round 3 (set e), the kinds of miss other than names: one test per class, through the proxy boundary
under the shipped commercial policy. The texts are this file's own; every value is invented except the
department's published contact points."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- numbers disguised digit by digit ---


def test_markdown_emphasis_inside_numbers(boundary) -> None:
    text = "Tidy this: **Khalid** _Osman_ - A# A**208**441**376** - cell **503**-817-**4402** - SSN 4**31**-22-9087"
    kept_back(boundary, text, "441", "817-", "4402", "22-9087")


def test_markdown_emphasis_around_a_label_and_its_date(boundary) -> None:
    kept_back(boundary, "Strip the stars: **Farah Yusuf** **DOB** __11/02/1979__ ~~draft~~", "11/02/1979")


def test_arithmetic_with_stars_is_not_emphasis(boundary) -> None:
    untouched(boundary, "What is 1200*365*24 in hours, roughly? And 3*4*5?")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fecha de nacimiento: 1O/2l/1975\nnombre: ok", "1O/2l/1975"),
        ("Scanned form, tel. 713 84O 2290, please retype", "713 84O 2290"),
        ("ss# 5Z1-4B-77O3 from the scanned card", "5Z1-4B-77O3"),
    ],
)
def test_letters_read_as_digits(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_word_among_numbers_is_not_a_disguise(boundary) -> None:
    untouched(boundary, "Which edition is cited, ISO 8601 2019 or the 2004 one?")


def test_cyrillic_letters_drawn_like_digits(boundary) -> None:
    text = "Retype: SSN 4\u04171-5\u041e-2217"  # Cyrillic Ze and O among the digits
    kept_back(boundary, text, "4\u04171-5\u041e-2217")


def test_single_digits_joined_by_hyphens(boundary) -> None:
    kept_back(boundary, "Summarise: the KTN for Ms. Okafor is 9-8-1-4-4-0-2-7-3, she travels Monday.", "9-8-1-4")


def test_an_a_number_spaced_out(boundary) -> None:
    kept_back(boundary, "normalise: A-Number  A 2 1 4 5 5 0 7 3 2  thanks", "A 2 1 4 5 5 0 7 3 2")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Transcribe: 'mi teléfono es siete uno tres, cuatro ocho dos, nueve cero uno cinco'", "nueve cero uno"),
        ("Transcris: mon numéro, c'est six un sept, deux trois huit, quatre neuf neuf zéro", "quatre neuf neuf"),
        ("Ghi lại: số điện thoại của tôi là tám một tám, hai bốn chín, không ba bảy sáu", "không ba bảy sáu"),
        ("Transkri: nimewo telefòn mwen se nèf senk kat, twa uit de, sis sèt zewo en", "sis sèt zewo en"),
    ],
)
def test_digits_spelled_out_in_other_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- base64 and line breaks ---


def test_base64_of_identifiers(boundary) -> None:
    kept_back(boundary, "decode the export: member=ok&ssn=NDAyLTcxLTU1Mzg=", "NDAyLTcxLTU1Mzg=")
    kept_back(boundary, "Decode these two for me: KDQxNSkgNjYyLTkwMzQ= and QTIxNDU1MDczMg==", "KDQxNSkgNjYyLTkwMzQ=")


def test_a_receipt_number_and_an_area_code_broken_by_a_line(boundary) -> None:
    text = "Join the lines: the receipt is WAC25190\n31177 and her phone is (415)\n662-9034 after six."
    kept_back(boundary, text, "31177", "662-9034")


# --- dates of birth ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Перекладіть:\nДата народження: 21.04.1979\nМісто: Харків", "21.04.1979"),  # noqa: RUF001 - Ukrainian on purpose
        ("Dịch giúp:\nNgày, tháng, năm sinh: 30/09/1985\nQuê quán: Huế", "30/09/1985"),
        ("Tradui:\nDat nesans: 17 desanm 1983\nKote: Jacmel", "17 desanm 1983"),
        ("Translate:\n관계 | 성명 | 출생연월일\n본인 | 이민호 | 1991년 07월 09일", "1991년 07월 09일"),
    ],
)
def test_birth_date_labels_and_forms_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_html_input_named_for_its_value(boundary) -> None:
    text = (
        'Why is this blank?\n<input name="birthDate" type="date" value="1986-12-30">\n<input name="city" value="Omaha">'
    )
    kept_back(boundary, text, "1986-12-30")


def test_birth_date_given_twice_in_two_formats(boundary) -> None:
    text = "Interpreter log:\nOfficer: Date of birth?\nApplicant: 1987년 3월 2일 - March 2, 1987."
    kept_back(boundary, text, "March 2, 1987")


def test_a_date_after_a_birth_date_in_another_year_is_not_its_echo(boundary) -> None:
    blocked, forwarded = boundary("Badge record: DOB 1979-06-14 - 2026-01-05 (badge expiry). Fix the layout.")
    assert not blocked and "1979-06-14" not in forwarded and "2026-01-05" in forwarded


# --- identifiers, phones, addresses ---


def test_phone_number_with_an_extension(boundary) -> None:
    kept_back(boundary, "Where does this go?\nWork phone: (415) 662-9034 ext. 12\nFax: none", "662-9034")


def test_lot_on_a_numbered_route(boundary) -> None:
    kept_back(boundary, "Letter to:\nTasi Leota\nLot 22, Route 15, Yigo, GU 96929\nre: inspection", "Lot 22, Route 15")


def test_passport_number_given_after_the_passport_is_named(boundary) -> None:
    text = "[9:02 AM] Imran: the consulate wants his passport scan\n[9:05 AM] Sadia: done, number is K4418207"
    kept_back(boundary, text, "K4418207")
    untouched(boundary, "Passport renewal fees went up; the order number is 123456789 if you need it.")


def test_known_traveler_number_later_in_the_sentence(boundary) -> None:
    kept_back(boundary, "The KTN for Mr. Adeyemi is 153822947 and he flies Friday.", "153822947")


def test_numbers_of_the_same_kind_as_one_ruled_out(boundary) -> None:
    text = (
        "Our PO numbers look like 431-22-9087 and the ERP rejects some. PO 431-22-9101 posted, but 431-22-9120 "
        "didn't. Why?"
    )
    untouched(boundary, text)


# --- markings, keys, public contact points ---


@pytest.mark.parametrize(
    "text",
    [
        "tighten this: SBU - Revised telework schedule for the field office starts March 3.",
        "rewrite: F.O.U.O draft COOP plan for the district, do not forward",
        "FOUO draft budget notes for Q3, shorten them",
    ],
)
def test_legacy_marking_headers(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "SBU - what does it stand for, and is it still used?",
        "FOUO is no longer used; what replaced it?",
        "Explain: FOUO markings versus CUI, in two sentences.",
        "Quiz: FOUO material may be shared with contractors who need it, true or false?",
    ],
)
def test_talk_about_legacy_markings(boundary, text: str) -> None:
    untouched(boundary, text)


def test_vendor_api_keys(boundary) -> None:
    refused(boundary, 'const MAPS_KEY = "AIzaSyC8mT3qLx7Vb2Nw9Rk4Pz6Hd1Jf0Gs5Ue";')
    refused(boundary, "SENDGRID_API_KEY=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")


def test_published_contact_points_pass(boundary) -> None:
    untouched(boundary, "Callers outside the U.S. can reach the CBP Information Center at 202-325-8000.")
    untouched(boundary, "Press questions go to FEMA-News-Desk@fema.dhs.gov or 202-646-3272.")


def test_digits_of_other_scripts(boundary) -> None:
    kept_back(
        boundary, "SSN: \u0664\u0663\u0661-\u0665\u0662-\u0662\u0662\u0661\u0667 please check", "\u0664\u0663\u0661"
    )
    kept_back(boundary, "SSN: \u096a\u0969\u0967-\u096b\u0968-\u0968\u0968\u0967\u096d", "\u096a\u0969\u0967")


def test_chinese_numerals_read_one_per_digit(boundary) -> None:
    kept_back(boundary, "电话：一三九 一二三四 五六七八，请核对", "五六七八")  # noqa: RUF001 - Chinese punctuation on purpose
    untouched(boundary, "第一二三条和第三四五条有什么区别？")  # noqa: RUF001 - Chinese punctuation on purpose


def test_greek_omicron_among_digits(boundary) -> None:
    kept_back(boundary, "Phone: 3\u039f1-448-\u039f926", "448-")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Przetłumacz:\nNumer paszportu: EK4419027\nNumer telefonu: +48 601 223 918", "EK4419027"),
        ("Çevir:\nPasaport numarası: U21844903\nCep telefonu: +90 532 418 22 19", "U21844903"),  # noqa: RUF001 - Turkish on purpose
        ("Terjemahkan:\nNomor paspor: B7720491\nAlamat: Jl. Melati No. 9, Bandung 40115", "B7720491"),
    ],
)
def test_identifier_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_number_words_run_together_read_whole(boundary) -> None:
    kept_back(boundary, "Transcribe: call me on twoone two, five five five, oh one four three", "five five five")
