# ruff: noqa: RUF001 - dates and names in Arabic, Persian, Devanagari and Japanese script are the point
"""Round 15, recall by class (tuned on blind set r): an e-mail address inside a URL's query string, a table whose
header numbers its repeated columns ("dose1, dose2"), a router's WPA key, an alarm panel's or a door's code, a PIN
given after "the", a cloud key id spelled out one character short.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- credentials and access codes ---


@pytest.mark.parametrize(
    "text",
    [
        "can you help me with the router?\nSSID: BirchLane-2G\nWPA2 key: copper-violet-2290-Lamp\nMode: b/g/n",
        "hotspot config: WPA-PSK passphrase = Glacier!Otter58",
        "notice for the night shift\nPanel: Vista 20P\nMaster code: 4092-7713\nInstaller code: 6620",
        "the back gate code is 8812# until the lock is replaced, tell the cleaners",
        "her coworker says she gave him the PIN is 731904 so he could log her in, is that a violation?",
        "read it back for me: A S I A 7 Q K D 2 M X 4 T P R N 8 Z W — did I copy it right?",
    ],
)
def test_handed_over_codes_and_keys_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "WPA2 key length must be between 8 and 63 characters; explain WPA3 key management.",
        "The PIN is 6 digits long and the door code changes weekly.",
        "Master code: see the binder in the guard office.",
        "The alarm code was 2024 compliant according to the inspection.",
        "Explain what a pre-shared key is to a new help-desk hire.",
    ],
)
def test_talk_about_codes_and_keys_passes(boundary, text: str) -> None:
    untouched(boundary, text)


# --- e-mail addresses in URLs ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            'why is this logged?\n10.0.3.9 - - "GET /api/find?email=marisol.quant@uscis.dhs.gov&page=2 HTTP/1.1" 200',
            ("marisol.quant@uscis.dhs.gov",),
        ),
        ("audit line: action=view user=tbrandvold@example.org result=ok", ("tbrandvold@example.org",)),
        (
            "redirect to https://portal.example.com/reset?to=o.fenwright@example.net please",
            ("o.fenwright@example.net",),
        ),
    ],
)
def test_addresses_in_query_strings_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "GET /search?q=shoes&page=2 HTTP/1.1 returned 200",
        "the form posts to /lookup?email= with an empty value, why?",
    ],
)
def test_query_strings_without_an_address_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- tables whose header numbers its columns ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "who still needs a booster?\nname,dob,shot1,shot2\n"
            '"Arvid Lindqvist",1977-02-14,2025-01-05,2025-02-05\n"Neema Mwakasege",1990-11-30,2025-01-09,',
            ("1977-02-14", "1990-11-30", "Arvid Lindqvist"),
        ),
        (
            "employee;dob;phone_1;phone_2\nOrla Devereux;12/03/1968;555-0100;555-0101",
            ("12/03/1968", "Orla Devereux"),
        ),
    ],
)
def test_birth_dates_under_numbered_headers_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_a_row_of_values_is_not_read_as_a_header(boundary) -> None:
    untouched(boundary, "batch,lot7,2025-01-05,2025-02-05\nA12,B7,2025-03-01,2025-04-01\nsum the lots")


# --- numbers disguised: spoken groups with dots, the A-Number's letter before spoken digits, a middle dot between
# groups, an SSN given a group per chat line ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            'she typed her SSN as "four two eight . six one . three three nine five" in the chat, remind her',
            ("four two eight . six one . three three nine five",),
        ),
        (
            'the caller read his A-number out: "A two zero four, two two seven, one six three" for Teodor Vasquez',
            ("A two zero four, two two seven, one six three",),
        ),
        ("the form lists the SSN as 604 · 38 · 2271 under Hallvard Moen", ("604 · 38 · 2271",)),
        ("SSN on the scan reads 604•38•2271, please confirm", ("604•38•2271",)),
        (
            "(messages with the tax preparer)\nme: first part is 604-\nme: 38-\nme: 2271\nher: thanks",
            ("604-", "38-", "2271"),
        ),
    ],
)
def test_disguised_numbers_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Item A one two three: list the steps in order.",
        "Rate the menu items · 12 · 40 minutes each · 3 stars",
        "The first part is 3 pages long.\nThe second part is 12 pages.\nThe third is 2024 words.",
        "Count one two three . four five six . seven, as the drill sergeant said, then rest.",
    ],
)
def test_look_alikes_of_disguised_numbers_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- licence and passport numbers with their issuer's code; a data frame's row with a spaced first column ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Gate log: driver Anouk Verbeek, CDL VA T-402-118-563-907, trailer 22", ("T-402-118-563-907",)),
        ("walk-in visitor presented DL NY 731 042 668 at the desk", ("731 042 668",)),
        ("the scan shows the license as W.2.1.7.-.6.6.0.-.4.1.9.-.3.0.8, fix the format", ("W.2.1.7.-.6.6.0",)),
        ("she read her licence as K-118-204-775-316 over the phone", ("K-118-204-775-316",)),
        ("arrivals | Tamar Gelashvili | passport GE 08KD71355 | referred", ("08KD71355",)),
        (
            "> head(staff[, c('full','edipi')], 2)\n              full      edipi\n1   Ines Waldmann 1298804412\n"
            "2  Olu Adebayo 1277630158\nhow do I drop the index?",
            ("1298804412", "1277630158"),
        ),
    ],
)
def test_numbers_with_an_issuer_code_or_in_a_frame_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Our software license is ABCD-1234-EFGH-5678, renew it before March.",
        "The CDL MD rules changed in 2024; summarise the training hours.",
        "passport GE office hours are 9 to 5 on weekdays",
        "   metric  value\n1   mean score 12\n2   max score 40\nround these",
    ],
)
def test_look_alikes_of_licences_and_frames_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- base64: a name decoded is a name, its later mentions too; a padded token before a full stop ---


def _b64(value: str) -> str:
    import base64

    return base64.b64encode(value.encode()).decode()


def test_a_name_read_off_its_base64_is_kept_back_with_its_mentions(boundary) -> None:
    token = _b64("Rosalind Achterberg Mwangi")
    text = f"the export has the name as {token} - is Rosalind the same person as in the last ticket?"
    kept_back(boundary, text, token, "Rosalind")


def test_a_padded_token_before_a_full_stop_is_read(boundary) -> None:
    token = _b64("A204771359")
    assert token.endswith("=")
    kept_back(boundary, f"The A-number field in the export reads {token}.", token)


@pytest.mark.parametrize(
    "text",
    [
        f"the build cache key is {_b64('release candidate four')} - why does it change?",
        "the header was eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0. then the signature",
    ],
)
def test_base64_of_other_words_passes(boundary, text: str) -> None:
    untouched(boundary, text)


# --- birth dates: Spanish in words, the Arabic label with its owner's suffix, the verb after the date ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "AGENTE: ¿Fecha de nacimiento?\nCLIENTE: veintidós de octubre del setenta y cuatro\nAGENTE: gracias",
            ("veintidós de octubre del setenta y cuatro",),
        ),
        ("Traducir: nací el primero de abril de mil novecientos noventa y uno en Cobán.", ("primero de abril",)),
        ("ترجم: تاريخ ميلادها 17 نيسان 1979، وهي من حلب", ("17 نيسان 1979",)),
        ("ترجمه: در تاریخ ۱۳۶۴/۰۷/۰۳ در مزار شریف به دنیا آمدم.", ("۱۳۶۴/۰۷/۰۳",)),
        ("翻訳: 1987年11月2日生まれです。", ("1987年11月2日",)),
        ("ترجمه کن: «من احمد رحیمی هستم و از کابل آمده‌ام»", ("احمد رحیمی",)),
    ],
)
def test_birth_dates_and_self_introductions_in_more_wordings_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "La reunión es el catorce de julio del dos mil veinticinco en la oficina central.",
        "ترجمه کن: در تاریخ ۱۳۹۸/۰۴/۱۲ جلسه برگزار شد.",
        "ترجمه کن: من خیلی خوشحال هستم.",
        "ترجم: تاريخ الميلاد مطلوب في النموذج",
    ],
)
def test_other_dates_and_sentences_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- names: a call sheet's agent column, a self-given name, a nickname in or after the name, religious titles ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "count the failed checks:\ncall_id|agent|caller|verified\nK-101|Graciela Montenegro|Tobias Lindgren|N\n"
            "K-102|Graciela Montenegro|Amara Okonkwo|Y",
            ("Graciela Montenegro", "Tobias Lindgren"),
        ),
        ('The caller identified herself as "Delphine Marchetti" and hung up.', ("Delphine Marchetti",)),
        ("At the desk he gave his name as Ruben Castellanos, then left.", ("Ruben Castellanos",)),
        ('Smuggler: Leonel "El Flaco" Barrientos, last seen in Reynosa.', ('Leonel "El Flaco" Barrientos',)),
        ('El contratista, conocido como "Don Beto", cobraba la renta.', ("Beto",)),
        (
            "Site visit notes: met Imam Tariq Benali and Pastor Grace Mwangi at the hall.",
            ("Tariq Benali", "Grace Mwangi"),
        ),
        ("Caption: Venerable Thich Quang Hien in the meditation room", ("Quang Hien",)),
    ],
)
def test_names_in_more_shapes_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "server inventory:\nhost|agent|version\nweb-01|datadog|7.41\nweb-02|datadog|7.41",
        'The operation known as "Desert Storm" began in 1991.',
        'Operation "Blue Lantern" Review meets on Fridays.',
        "Bishop Street is closed for repairs; Brother Printers sent the invoice.",
        "The Sister Cities program invites applications from students.",
    ],
)
def test_look_alikes_of_names_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- names after a Hindi kinship word, under a "Name of <person>" form label ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("अनुवाद करें: मेरी माँ सुनीता देवी शर्मा, उम्र 61, अस्पताल में हैं।", ("सुनीता देवी शर्मा",)),
        ("अनुवाद करें: मेरे भाई अजय को वीज़ा चाहिए।", ("अजय",)),
        ("Worksheet:\nNAME OF PETITIONER: KOFI MENSAH\nRELATIONSHIP: brother", ("KOFI MENSAH",)),
        ("Form notes\nName of the applicant: Ilse Vanderbeek\nStatus: pending", ("Ilse Vanderbeek",)),
    ],
)
def test_names_after_kinship_words_and_form_labels_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "अनुवाद करें: मेरे पिता बहुत बीमार थे, अब ठीक हैं।",
        "अनुवाद करें: मेरे पिता डॉक्टर हैं।",
        "Registration form\nName of vessel: Sea Breeze II\nName of company: Harbor Tugs",
    ],
)
def test_other_kinship_sentences_and_form_labels_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a name joined to a found one by a conjunction, an okina (typed as an apostrophe) before it allowed ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("book two seats for Tevita Lolohea Kaufana + 'Ofa Tuipulotu, both on the task force", ("Ofa Tuipulotu",)),
        ("Interviewed Rosa Díaz y Mateo Ruiz Benítez at the port.", ("Mateo Ruiz Benítez",)),
    ],
)
def test_names_joined_to_a_found_name_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_a_firm_joined_to_a_name_is_not_a_person(boundary) -> None:
    blocked, forwarded = boundary("We met John Smith and Sons Ltd about the lease.")
    assert not blocked
    assert "Sons Ltd" in forwarded
