"""Issue 11, names: the classes of PERSON misses and false positives the blind sets showed, each with fresh text
written here, through the proxy boundary under the shipped commercial policy."""

from __future__ import annotations

import pytest

from gateway.detect.names_gazetteer import fold, gazetteer, spelled_like_a_name
from gateway.detect.structure import fields

from .conftest import kept_back, untouched

# -- the name lists ----------------------------------------------------------------------------------------------


def test_lists_cover_origins_the_census_lacks() -> None:
    g = gazetteer()
    for word in ("Chinedu", "Ngozi", "Nwosu", "Okonkwo", "Adeyemi", "Venkataraman"):
        assert g.is_name_word(word), word


def test_compound_and_folded_names() -> None:
    g = gazetteer()
    assert fold("Đoàn") == "doan"
    assert g.is_name_word("Đặng")
    assert g.is_name_word("Al-Rashid") and g.is_name_word("Ji-hoon") and g.is_name_word("Marie-Louise")


def test_native_script_names() -> None:
    g = gazetteer()
    assert g.is_native_name("张伟明") and g.is_native_name("김민준")
    assert not g.is_native_name("请检查") and not g.is_native_name("Maria")


# -- names in chat logs, e-mail, notes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Summarize:\nRodante: boss na-lock ako sa portal\nMaricel Dimaano: sige reset ko\nRodante: ok po",
            ["Rodante"],
        ),
        ("翻译:\n张伟明: 我明天去办公室。\n刘芳: 好的。\n张伟明: 谢谢。", ["张伟明", "刘芳"]),
        ("Make a card: Teodoro Lacsamana, mobile on file, teodoro.lacsamana@example.ph", ["Teodoro Lacsamana"]),
        ("Fix this: Ligaya Ocampo - ligaya.ocampo @ example . com", ["Ligaya Ocampo"]),
        ("Reword: the account of Babajide Olatunji was frozen last week.", ["Babajide Olatunji"]),
        ("Does this parse? Bohdan Melnychuk SSN 512-44-1093 (pasted)", ["Bohdan Melnychuk"]),
        ("Notes:\n* husband Tariq Al-Masri - works nights\n* Tariq drives", ["Tariq Al-Masri", "Tariq"]),
        ("please call back before noon, it is urgent -Derek", ["Derek"]),
        ("Send the packet to Rosalinda Ybarra Quintanilla, Calle 9 #12, Ponce.", ["Rosalinda Ybarra Quintanilla"]),
        ("Write to the applicant. His name is Abdikadir Ali Farah and he moved.", ["Abdikadir Ali Farah"]),
        ("Which form? Applicant Inés Ordóñez Peña, born in Lima.", ["Inés Ordóñez Peña"]),
    ],
)
def test_names_in_chats_mail_and_notes(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("reply pls: my aunt rosario villanueva needs the form, mr hassan al-amin too", ["rosario villanueva"]),
        ("reply pls: mr hassan al-amin called twice", ["hassan al-amin"]),
        ("met w/ fatima abdullahi yesterday about the renewal", ["fatima abdullahi"]),
    ],
)
def test_lower_case_names_after_a_strong_cue(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Translate: 姓名 刘建国, 电话 555-0100", ["刘建国"]),
        ("번역: 신청인 박서연, 주소 서울", ["박서연"]),
        ("ترجم:\nالاسم: سارة الحسيني\nالهاتف: غير متوفر", ["سارة الحسيني"]),  # noqa: RUF001 - Arabic script
    ],
)
def test_names_in_their_own_script_after_a_name_label(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


def test_spellings_of_under_listed_origins() -> None:
    for word in ("Xuseen", "Cawaale", "Faarax", "Nwachukwu", "Gbadamosi", "Nkemdirim", "Kealoha", "Makana"):
        assert spelled_like_a_name(word), word
    for word in ("Garden", "Office", "Station", "Hello", "Monday", "Benefit"):
        assert not spelled_like_a_name(word), word


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Draft a receipt for the papers from Faarax Xuseen Cawaale, received today.", ["Faarax Xuseen Cawaale"]),
        ("Add a line: school fees for Chukwuemeka Nwachukwu are due.", ["Chukwuemeka Nwachukwu"]),
        ("reply: hey this is kealoha makana, my cousin filed for me", ["kealoha makana"]),
    ],
)
def test_names_spelled_as_under_listed_origins_spell_them(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


def test_surname_comma_given_before_a_column_gap(boundary) -> None:
    text = "Sort:\nOkafor, DeAndre  EDIPI 1029384756\nLindgren, Tobias  EDIPI 1122334455"
    kept_back(boundary, text, "Okafor, DeAndre", "Lindgren, Tobias")


def test_will_before_a_finite_verb_is_the_name(boundary) -> None:
    text = "Both sons, June Harlow and Will Harlow, applied. June works days; Will gets the mail."
    blocked, forwarded = boundary(text)
    assert not blocked and "Will gets" not in forwarded


# -- names as values of structures -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('Explain: {"payer":{"name":"Marisol Quiroga","dob":"1990-01-02"},"note":"x"}', ["Marisol Quiroga"]),
        ('assert person.alias == "Tomasz Wrona"  # maiden', ["Tomasz Wrona"]),
        ('2026-01-02 10:00 open case subject="Baek Ji-woo" ref=7', ["Baek Ji-woo"]),
        ("<tr><td>Passenger</td><td>Yoon Hye-jin</td></tr>", ["Yoon Hye-jin"]),
        ("INSERT INTO people (full_name, city) VALUES ('Trần Thị Mai', 'Austin'), ('Lê Văn Hùng', 'Waco')", []),
        ('name,address\nOtis Pennock,"12 Elm St, Dover, DE 19901"\nIva Stroud,"PSC 12 Box 3, APO AE 09012"', []),
    ],
)
def test_names_as_structure_values(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


def test_sql_insert_and_quoted_csv_rows_label_their_values() -> None:
    text = "INSERT INTO people (full_name, city) VALUES ('Trần Thị Mai', 'Austin'), ('Lê Văn Hùng', 'Waco')"
    assert [text[f.start : f.end] for f in fields(text) if f.entity_type == "PERSON"] == ["Trần Thị Mai", "Lê Văn Hùng"]
    csv = 'name,address\nOtis Pennock,"12 Elm St, Dover, DE 19901"\nIva Stroud,"PSC 12 Box 3, APO AE 09012"'
    assert [csv[f.start : f.end] for f in fields(csv) if f.entity_type == "PERSON"] == ["Otis Pennock", "Iva Stroud"]


def test_attribute_and_column_keys_label_by_their_last_part() -> None:
    text = "WHERE t.family_name = 'Quist' AND t.ssn = '523-81-4406' AND x.routing_no = '021000021'"
    found = {(f.entity_type, text[f.start : f.end]) for f in fields(text)}
    assert {("PERSON", "Quist"), ("US_SSN", "523-81-4406"), ("ABA_ROUTING_NUMBER", "021000021")} <= found


# -- words that are not names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tidy this blank form:\n2.a. Family Name (Last Name) ________\n2.b. Given Name (First Name) ________",
        "Summarize: Boxes are labelled before pick-up. Records in boxes go to storage.",
        "Reword the flyer: counseling through the Employee Assistance Program is free.",
        "Reword: please Bill the customer for the overtime hours.",
        "Summarize: Bates range ABC-0001 through ABC-0090 was produced.",
        "Reword: Nuevo Laredo and Laredo signed a trade pact.",
        "Traduce al inglés: ¿Dónde está la oficina?",
        "Summarize the call:\nAgent: Thanks for calling.\nCaller: I need a form.\nAgent: Sure.",
    ],
)
def test_not_names(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_team_mailbox_spells_no_name(boundary) -> None:
    text = "Rewrite: reach the Public Engagement team at public.engagement@agency.gov with questions."
    assert "Public Engagement" in boundary(text)[1]
