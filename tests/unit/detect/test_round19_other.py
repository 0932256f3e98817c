"""Round 19, everything but names (tuned on blind set w): passwords in prose across a line break and after "user
… /", birth dates in Polish, Romanian, Turkish and Somali forms and on the line after their label, a foreign passport
number on the next line or under a "Foreign passport" column, numbers cut at a line's end (SSN, A-Number, phone),
a licence's verb on the next line, and addresses: APO/DPO on their own line, a mile on a tribal route, USPS's
rarer suffixes, Cyrillic, Brazilian and Japanese addresses, a street named first with its flat.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.labels import entity_for

from .conftest import kept_back, refused, untouched

# --- passwords in prose ---


@pytest.mark.parametrize(
    "text",
    [
        "I can't log in to the clinic portal. The password I chose was\nTeal!Harbor88 -- too long?",
        "His password at the time was\nOsprey#Winter2025 and he used it everywhere.",
        "Front desk reset it: user intake_clerk2 / Vq8mPlw@Rtz and it still fails.",
    ],
)
def test_password_in_prose_is_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The password policy is\nstrict: at least 12 characters and a symbol.",
        "Your password must be\nchanged every 90 days.",
        "See the user guide / FAQ for help; the user manual / v2.3 covers it.",
    ],
)
def test_password_talk_is_not_refused(boundary, text: str) -> None:
    assert not boundary(text)[0], text


# --- dates of birth ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Witness: NOWACKA, Irena\nDate of birth: 4 pazdziernika 1968", "4 pazdziernika 1968"),
        ("Data urodzenia: 7 lipca 1991", "7 lipca 1991"),
        ("Data nașterii: 5 iunie 1979", "5 iunie 1979"),
        ("Doğum tarihi: 12 Haziran 1987", "12 Haziran 1987"),
        ("Walaalkay wuxuu dhashay 21ka Maarso 1990.", "21ka Maarso 1990"),
        ("Il a embauché son cousin, né le\n14 juin 1985, sans concours.", "14 juin 1985"),
        ("Mari m, li fèt\n2 me 1984. Tanpri rele m.", "2 me 1984"),
    ],
)
def test_birth_dates(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_label_then_unrelated_number_line_is_untouched(boundary) -> None:
    untouched(boundary, "Born\n2 rooms, 1 bath, garden.")


# --- passports ---


def test_passport_number_wrapped_after_its_label(boundary) -> None:
    kept_back(boundary, "Detained: a Moldovan national, Moldovan passport no.\nB04417925, per the report.", "B04417925")


def test_heading_line_after_passport_label_is_untouched(boundary) -> None:
    untouched(boundary, "Passport no.\n2024 renewal checklist")


@pytest.mark.parametrize(("key", "entity"), [("Foreign passport", "US_PASSPORT"), ("Second passport", "US_PASSPORT")])
def test_qualified_passport_column(key: str, entity: str) -> None:
    assert entity_for(key) == entity


def test_foreign_passport_column(boundary) -> None:
    text = "| Applicant | Foreign passport | Country |\n|---|---|---|\n| Anand Krishnan | K5520183 | India |"
    kept_back(boundary, text, "K5520183")


# --- numbers cut at a line's end ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Fax OCR (wrapped):\nName: Gail Morrow  SSN: 531-7\n2-1148  Place of birth: AL", ("531-7", "2-1148")),
        ("User: her sat phone is +8817 6320\nUser: oops sent too soon, rest is 5591", ("+8817 6320", "5591")),
        ("User: the A number they gave is A-208-\nUser: (dropped) ...331-457, check it", ("A-208-", "331-457")),
    ],
)
def test_number_cut_at_line_end(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    ["Phone: 2024\nMeeting at 10 in room 4.", "Room number 12\n-4 floors down, 2019 building."],
)
def test_short_pieces_are_untouched(boundary, text: str) -> None:
    untouched(boundary, text)


# --- driver's licence ---


def test_licence_verb_on_next_line(boundary) -> None:
    kept_back(boundary, "she lost control on the skid pan, her TX license\nis 41938275. no transport.", "41938275")


def test_licence_line_without_number_is_untouched(boundary) -> None:
    untouched(boundary, "her Texas license\nexpired last year, renew it.")


# --- addresses ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mail for the letter:\nUnit 8410 Box 3301\nAPO AE 09104", "Unit 8410 Box 3301\nAPO AE 09104"),
        ("No street delivery, use Navajo Route 12, Mile 18, Lukachukai, AZ 86507.", "Navajo Route 12, Mile 18"),
        ("Адрес: ул. Садовая, д. 12, кв. 5, Самара, 443001.", "ул. Садовая, д. 12, кв. 5"),
        ("Meu endereço: Rua dos Ipês, 45, Centro, Teófilo Otoni - MG, 39800-000.", "Rua dos Ipês, 45"),
        ("住所: 〒812-0011 福岡県福岡市博多区博多駅前2-1-1 です。", "福岡県福岡市博多区博多駅前2-1-1"),
        ("the address (Rustaveli Ave 12, apt 4, Tbilisi 0108) for the court.", "Rustaveli Ave 12, apt 4"),
        ("Drop-off at Dana's, 42 Juniper Bend, Eagle Pass, TX 78852.", "42 Juniper Bend"),
    ],
)
def test_addresses(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_rare_suffix_without_city_state_zip_is_untouched(boundary) -> None:
    untouched(boundary, "Read Chapter 3 Crystal Creek for Friday.")
