"""Round 25: kinds of leaked names that recur across writers' sets (invented examples)."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a column most of whose cells are people's names, whatever its header says ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "unit_id,lifeguard,shift\nT-1,Olena Marchuk,AM\nT-2,Tariq Haddad,PM\nT-3,Siosaia Fifita,AM",
            ("Siosaia Fifita",),
        ),
        (
            "roster for the drill\nbadge;crew;bunk\nB-7;Maren Solvik;2\nB-8;Kwabena Asante-Ofori;4\n"
            "B-9;Ines Carvalho;1",
            ("Maren Solvik", "Kwabena Asante-Ofori"),
        ),
    ],
)
def test_a_column_of_names_under_any_header(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "city,state,population\nSanta Clara,CA,127000\nSan Jose,CA,1000000\nFort Worth,TX,900000",
        "stop,route,minutes\nGrand Central,M1,4\nUnion Square,M1,6\nTimes Square,M2,3",
        "sku,color,qty\nA-1,Forest Green,4\nA-2,Midnight Blue,6",
    ],
)
def test_a_column_of_places_or_things_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a split name under abbreviated or bare headers; the rows a SELECT prints ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("id,last,first,city\n1,Vongsavath,Khamla,Fresno\n2,Thao,Pa Nhia,Merced", ("Vongsavath", "Khamla")),
        ("emp,lname,fname\n77,Ruzickova,Bozena\n78,Oyelowo,Dapo", ("Ruzickova", "Bozena", "Oyelowo")),
        (
            "sqlite> SELECT id, display_name, phone FROM users;\n1|Ngozi Ebuka|(312) 555-0100\n"
            "2|Thandiwe Mokoena|(312) 555-0101",
            ("Ngozi Ebuka", "Thandiwe Mokoena"),
        ),
        (
            "SELECT u.user_id, u.last_nm, u.first_nm FROM staff u WHERE u.active = 1;\n\n-- 2 rows\n"
            "-- 2201 | Hrushevska | Oksana\n-- 2202 | Bondarchuk | Taras",
            ("Hrushevska", "Oksana", "Bondarchuk"),
        ),
    ],
)
def test_split_names_under_short_headers_and_query_rows(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "page,first,last\nhome,Intro,Contact\nabout,Team,Careers",
        "stage,first seen,last seen\nbuild,Monday,Friday",
        "sqlite> SELECT code, region FROM offices;\nNE|Boston Field Office\nSW|Tucson Sector",
    ],
)
def test_first_last_columns_of_words_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a surname or a full name after an in-charge's or an air marshal's acronym ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("0700 SBPA Okonkwo / BPA Lindqvist 10-8 at the station.", ("Okonkwo",)),
        ("Lodging for FAM Tupou Vaipulu was charged to her personal card.", ("Tupou Vaipulu",)),
    ],
)
def test_names_after_in_charge_and_air_marshal_acronyms(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "The FAM Service moved its FAM Training Center; see SBPA Duty Roster and the PAIC Office memo.",
        "Call PAIC San Diego or the SAIC Los Angeles desk; SBPA Tucson Sector is closed.",
        "The FAM Rotation Matrix and SAIC Quarterly Review are attached.",
    ],
)
def test_offices_and_programs_after_those_acronyms_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a name in a URL's query string; a value keyed by a field named in another key ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Analytics shows PII in paths: /apply/confirm?name=Olena+Marchuk&state=VA and "
            "/apply/confirm?name=Tariq+Haddad&ref=44",
            ("Olena+Marchuk", "Tariq+Haddad"),
        ),
        (
            "logcat: I Autofill: field=first_name value=Olena\nI Autofill: field=last_name value=Marchuk-Boyd",
            ("Olena",),
        ),
        ('[{"name": "given_name", "value": "Siosaia"}, {"name": "family_name", "value": "Fifita"}]', ("Siosaia",)),
    ],
)
def test_names_in_query_strings_and_named_value_pairs(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "GET /search?q=tax+forms&name=latest&sort=asc",
        "config: key=timeout value=30\nfield=color value=Forest Green",
        "https://example.org/docs?name=Test+User&page=2",
    ],
)
def test_query_strings_and_named_values_without_people_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- "SURNAME, GIVEN" in capitals whose surname the lists lack: after a label, or in a roster of names ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("HEARING RESULT\nAPPELLANT: NWOSU-BRANDT, PATRICIA\nDECISION: REMANDED.", ("NWOSU-BRANDT, PATRICIA",)),
        (
            "BADGE PRINT - VENDOR DAY\nWIBOWO, AGUS              SECURITY             HARBOR INN\n"
            "MCALLISTER, DONALD        GENERAL MANAGER      HARBOR INN",
            ("WIBOWO, AGUS",),
        ),
        ("ROSTER\n12  ST. CYR, JEAN-MARC    04/11/1980\n13  DUBOIS, ANNE    02/02/1979", ("CYR, JEAN-MARC",)),
    ],
)
def test_capitals_surname_given_entries(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "AIRPORT CODES: SJU, GUM, ANC\nSTATUS: OPEN, PENDING",
        "WARNING: HIGH VOLTAGE, KEEP CLEAR",
        "ROUTES\nTEXAS, AUSTIN",
    ],
)
def test_capitals_lists_of_words_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a name in capitals after an officer's or a subject's acronym, in a text written in capitals ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "NIGHT PASSDOWN GATE 9\n- SUBJ OYELARAN TUNDE STILL IN ROOM 2, WAITING ON INTERPRETER.\n"
            "- CBPO THIBODEAUX OWNS THE EVENT, HANDING TO CBPO WHITECLOUD AT 0600.",
            ("OYELARAN TUNDE", "THIBODEAUX", "WHITECLOUD"),
        ),
        ("BPA MARTINEZ AND SBPA KOWALCZYK RESPONDED.", ("KOWALCZYK",)),
    ],
)
def test_capitals_names_after_officer_acronyms(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "CBPO TRAINING AT 0900. SA TEAM BRIEF IN THE SAIC OFFICE. DO NOT ENTER.",
        "OFFICER SAFETY BULLETIN: AGENT ORANGE EXPOSURE CLAIMS",
    ],
)
def test_capitals_words_after_officer_acronyms_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a group text's speakers as first names in lower case, beside the writer's own "me:" turns ---


def test_lower_case_first_names_of_a_group_text(boundary) -> None:
    text = (
        "group text w/ my cousins, help me plan:\nignacio: tia's surgery is friday 7am\n"
        "me: i can drive her. wendell can u get the meds\nwendell: ya. what's her pharmacy\nignacio: cvs on main"
    )
    kept_back(boundary, text, "ignacio", "wendell")


@pytest.mark.parametrize(
    "text",
    [
        "config dump:\nhost: example.com\nport: 8080\nuser: admin\nnote: restart after",
        "me: is this right?\nre: the invoice\nme: yes\nok: fine",
        "me: which one?\nanswer: the second\nme: thanks\nsummary: done",
    ],
)
def test_lower_case_keys_and_roles_are_no_speakers(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a Korean full name before 씨; a two-turn text exchange with the writer's "me:"; a message opening on a name ---


def test_korean_name_before_ssi(boundary) -> None:
    text = '다음 메모를 번역해 주세요: "경비원 한지우 씨가 오후 3시에 신고했습니다."'
    kept_back(boundary, text, "한지우")


@pytest.mark.parametrize("text", ["오늘은 날씨가 좋아서 솜씨를 뽐냈다.", "담당자 씨에게 전달해 주세요"])
def test_korean_words_ending_in_ssi_and_roles_are_no_names(text: str) -> None:
    from gateway.detect.recognizers.personal.person import PersonRecognizer

    found = PersonRecognizer().analyze(text, ["PERSON"])
    assert not [r for r in found if "씨" in text[r.end : r.end + 2]]


def test_a_two_turn_exchange_with_me(boundary) -> None:
    text = "Marisol (Front desk): hi, can we move the 9am to the 10am? he asked\nme: sure, done"
    kept_back(boundary, text, "Marisol")


def test_a_two_turn_exchange_of_notes_is_left(boundary) -> None:
    untouched(boundary, "Note (draft): revise the intro\nme: ok")


def test_a_message_opening_on_a_first_name(boundary) -> None:
    kept_back(boundary, "Caroline — following up on the records request for my client.", "Caroline")


@pytest.mark.parametrize("text", ["Note — the office closes early.", "Update \u2013 we moved the meeting."])
def test_a_message_opening_on_a_word_is_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a lower-case name after a role or a case's shorthand in fast chat ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("user: chief dana okafor-lee from the county wants the raw tracks. allowed?", ("dana okafor-lee",)),
        ("texts: hey pt is ramon quispe, he's got heat stroke signs", ("ramon quispe",)),
        ("voicemail: we've got a guy mamadou diallo whose case came back", ("mamadou diallo",)),
    ],
)
def test_lower_case_names_after_roles_in_fast_chat(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "notes: chief complaint chest pain, pt is alert and oriented, patient care team notified.",
        "the chief justice spoke; the pax count was high; a man walked in; the applicant pool grew.",
        "Join them to the detainee medical-encounter counts (aggregate only).",
        "the applicant tracking system and caller reference numbers",
    ],
)
def test_roles_before_ordinary_words_are_left(boundary, text: str) -> None:
    untouched(boundary, text)
