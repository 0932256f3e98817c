# ruff: noqa: RUF001 - Chinese text with its own full-width commas is the point
"""Round 9, recall of identifiers, birth dates and blocks, by class: travel document columns, numbers written
against Chinese or Japanese words, birth dates in other calendars, cards of the debit networks, client password
flags, a password given in a chat reply, an access key id written in groups. Every text and value here is
invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.recognizers.identifiers.credit_card import issuer_prefix_ok

from .conftest import Boundary, Spans, kept_back, refused, untouched

# --- a traveller list: the DOB column in passport print (12MAR1980) and the travel document's column ---


def test_manifest_document_and_birth_columns(spans: Spans) -> None:
    text = (
        "NO  FAMILY NAME     FIRST NAME   BIRTH DATE   DOC NO\n"
        "01  KOWALCZYK       MARTA        04FEB1979    X81734420\n"
        "02  ADEYEMI         TUNDE        27NOV1991    604218375\n"
    )
    found = spans(text)
    for value in ("04FEB1979", "27NOV1991"):
        assert ("DATE_OF_BIRTH", value) in found
    for value in ("X81734420", "604218375"):
        assert ("US_PASSPORT", value) in found


def test_document_column_without_people_is_not_a_passport(spans: Spans) -> None:
    text = "TITLE              DOC NO      PAGES\nQuarterly summary  44817203    12\nBudget annex       44817204    9\n"
    assert not any(entity == "US_PASSPORT" for entity, _ in spans(text))


# --- identifiers written against Chinese or Japanese words ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("您好，我的收据号码是WAC2391045527。谢谢", "WAC2391045527"),
        ("受付番号はEAC2290118364です。", "EAC2290118364"),
        ("我的A号码是A207731594，请帮我查询。", "A207731594"),
        ("我的护照号码是K30418857号。", "K30418857"),
    ],
)
def test_numbers_touching_cjk_words(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- birth dates in the Solar Hijri, lunar Hijri and Ethiopian calendars ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Q: Date of birth?\nA: 15 Saratan 1361, in Herat.", "15 Saratan 1361"),
        ("DOB per shenasnameh: 3 Bahman 1358", "3 Bahman 1358"),
        ("born on Meskerem 20, 1978 in Dessie", "Meskerem 20, 1978"),
        ("Date of birth: 9 Shawwal 1404", "9 Shawwal 1404"),
    ],
)
def test_birth_dates_in_other_calendars(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Переведите: Ольга Смирнова, дата рождения: 19 октября 1984 г.", "19 октября 1984"),
        ("हलफनामा: मेरे भाई का जन्म 6 नवंबर 1999 को हुआ था", "6 नवंबर 1999"),
        ("براہ کرم ترجمہ کریں: میری تاریخ پیدائش 8 اکتوبر 1979 ہے", "8 اکتوبر 1979"),
        ("ترجمه کن: اینجانب متولد ۱۳۶۴/۰۲/۱۸ هستم", "۱۳۶۴/۰۲/۱۸"),
        ("翻訳してください。\n生年月日：昭和58年7月21日\n本籍：大阪府", "昭和58年7月21日"),
        ("번역해 주세요. 생년월일은 1989년 11월 30일이고 주소는", "1989년 11월 30일"),
        ("Turjun: Waxaan dhashay 21 Luulyo 1992 magaalada Hargeysa.", "21 Luulyo 1992"),
        ("የትውልድ ቀን (DOB): ሰኔ 3 ቀን 1976 (June 10, 1984 GC)", "ሰኔ 3 ቀን 1976"),
        ("የትውልድ ቀን (DOB): ሰኔ 3 ቀን 1976 (June 10, 1984 GC)", "June 10, 1984"),
        ("DOB 1985/09/02 (Iranian calendar 1364/06/11 on the shenasnameh)", "1364/06/11"),
    ],
)
def test_birth_dates_in_other_scripts(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed 12 декабря 1991 г. in Minsk. Summarise it.",
        "この法律は平成28年4月1日に施行されました。要約してください。",
        "Filed 2021/05/03 (amended 2021/06/14). Which version governs?",
    ],
)
def test_dates_in_other_scripts_without_a_birth_label_stay(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_other_calendar_date_without_a_birth_label_stays(boundary: Boundary) -> None:
    untouched(boundary, "The shura meets on 12 Saratan 1403 in the district centre. Draft the invitation.")


# --- cards: the debit networks, and the lengths each network issues ---


def test_debit_network_card_is_redacted(boundary: Boundary) -> None:
    kept_back(boundary, "Refund it to my card 5701 2284 9130 6641 please.", "5701 2284 9130 6641")


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("4556737586899855", True),  # Visa, 16
        ("455673758689985", False),  # "Visa", 15: an IMEI's length
        ("357805023984942", False),  # "JCB", 15: an IMEI
        ("3578050239849426", True),  # JCB, 16
        ("371449635398431", True),  # Amex, 15
        ("5701228491306641", True),  # Maestro
        ("2201382000000013", True),  # Mir
        ("1234567812345670", False),
    ],
)
def test_issuer_and_length(digits: str, ok: bool) -> None:
    assert issuer_prefix_ok(digits) is ok


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the bank says card 2720992593319364 was charged twice", "2720992593319364"),
        ("statement shows the card as 455673 7586 899855, is that mine?", "455673 7586 899855"),
    ],
)
def test_cards_in_other_groupings_and_ranges(boundary: Boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_regrouped_numbers_without_a_card_word_stay(boundary: Boundary) -> None:
    untouched(boundary, "Census blocks 455673 7586 899855 and 300114 2201 77 were merged. Explain why.")


def test_aamva_dln_field(boundary: Boundary) -> None:
    text = "OCR of a licence, fix the layout:\nVIRGINIA DRIVER'S LICENSE\n4d DLN T-204-118-335\n1 SAMPLE"
    kept_back(boundary, text, "T-204-118-335")


def test_passport_number_given_in_reply(boundary: Boundary) -> None:
    text = "> > Could you send me the passport number for the file?\n> It's R7730914, thanks\nSummarise the thread."
    kept_back(boundary, text, "R7730914")


def test_imei_list_is_not_cards(reported: Spans) -> None:
    text = "Handsets to wipe: IMEI 352099001761481 and 490154203237518. Which carrier?"
    assert not any(entity == "CREDIT_CARD" for entity, _ in reported(text))


# --- passwords on command lines and in chat replies; grouped access key ids ---


@pytest.mark.parametrize(
    "text",
    [
        "redis-cli -h cache.internal -p 6380 -a 'Vq7#kLm2xR' info keyspace fails, why?",
        "ldapwhoami -x -D uid=svc,ou=apps -w Tz8!pQwe41 returns 49",
        "mongosh --host db1 -u admin -p Hn4$rWq91z --authenticationDatabase admin",
        "keytool -importcert -file ca.pem -keystore t.jks -storepass Gr33n!Door",
        "openssl pkcs12 -in cert.p12 -passin pass:Lamp9Post77 -nodes",
        "ops:\nwhat's the wifi password? new laptop\nlead:\nit's Kettle_94!blue, don't share it",
        "use this key id AKIA 4XQZ PLMN R7TW YB2C for the test bucket",
    ],
)
def test_credentials_are_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ticket: caller says her new password Harbor7Lights! was refused at logon. Write the note.",
        'EDR hit: "cmdline": "net use \\\\\\\\nas01\\\\scans /user:AGENCY\\\\svc_scan Sc4nn3r#Room9"',
        "Leaked credential found in repo: deploy / Tulip$Garden42",
        "dịch giúp: mật khẩu wifi mới của phòng là Bamboo@77river nhé",
        '"Storage": "DefaultEndpointsProtocol=https;AccountName=intake01;'
        'AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg=="',
    ],
)
def test_more_credentials_are_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "anyone know the password policy?\nit's twelve characters and a symbol now",
        "what's the wifi password?\ntry asking the front desk",
        "Use --password-stdin with docker login instead of --password on the command line.",
        "AKIA is the prefix of an access key id; ASIA marks temporary ones.",
    ],
)
def test_talk_about_credentials_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


# --- the document at hand said to be stamped with a legacy marking ---


@pytest.mark.parametrize(
    "text",
    [
        "This threat assessment is stamped LES on every page. Pull out the three main points.",
        "Memo is marked FOUO, from 2011. Rewrite paragraph 4 in plain language.",
    ],
)
def test_stamped_document_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


def test_question_about_a_marking_passes(boundary: Boundary) -> None:
    untouched(boundary, "What should I do when a file I receive is marked with an old acronym I don't know?")
