# ruff: noqa: RUF001 - names in Han, Kana, Ethiopic and Arabic scripts are the point
"""Round 12, recall by class (tuned on blind set o): a banner whose "//" a line break cut, an access key id one
character short after being pasted in pieces, a password set by a helpdesk reset without the word "password".
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "Paste came out broken:\nTOP SECRET/\n/NOFORN\nThe convoy leaves at dawn.",
        "Header as received:\nSECRET /\n/ REL TO USA, GBR\nSources report movement near the border.",
        "The key got wrapped in chat: AKIAQ7W2ER 4TY8UI9OP please check why it fails",
        "id ASIAM3N7B5V2C8X1Z4L is what the console printed",
        "ticket: locked out again, I reset it to Harbor#Lights2027 so she can sign in",
        "reset her account back to temp Quokka!9Dune and asked her to change it",
    ],
)
def test_cut_markings_short_keys_and_reset_passwords_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Use either path:\n/usr/local/bin/\n/opt/tools/bin\nwhichever is first on PATH.",
        "We reset it to Build_v2.3 after the failed rollout.",
        "Reset it to Factory Defaults from the settings menu.",
        "Quarterly totals by region: ASIA 2026Q3 up, EMEA flat.",
    ],
)
def test_look_alikes_of_those_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- names in scripts without letter case, and cue words of Creole and Tagalog ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("请帮我翻译：我叫李梦瑶，我的女儿周静怡在洛杉矶上学。", ("李梦瑶", "周静怡")),
        ("Badge for Huang Jiaming (黄嘉明), ramp crew, night shift.", ("黄嘉明",)),
        ("英訳してください：私は鈴木 陽菜と申します。妻鈴木 真由の件です。", ("鈴木 陽菜", "鈴木 真由")),
        ("件名: 書類について\n田中様、書類の件でご連絡します。", ("田中",)),
        (
            "په انګلیسي یې وژباړئ: زما نوم نور الله صافي دی. زما خور مریم صافي په کابل کې ده.",
            ("نور الله صافي", "مریم صافي"),
        ),
        ("اینجانب احمد ضیا فرزند غلام سخی، تقاضای کمک دارم.", ("غلام سخی",)),
        ("ትርጉም: ወንድሜ ሄኖክ አለሙ ስለ ቪዛው ይጠይቃል።", ("ሄኖክ አለሙ",)),
        ("ሽመይ ፍረወይኒ ተኽለ እየ። ሓወይ ዳኒኤል ኣብ ሮማ ኣሎ።", ("ፍረወይኒ ተኽለ", "ዳኒኤል")),
        ("Tanpri tradui: pitit gason m Woodley ap chèche travay, rele l nan 305-555-0143.", ("Woodley",)),
        ("Paki-translate: Nasa ospital si Dodong, tawagan mo si Tita Luzviminda.", ("Dodong", "Luzviminda")),
    ],
)
def test_relations_and_self_introductions_in_more_scripts_are_kept_back(boundary, text: str, names) -> None:
    kept_back(boundary, text, *names)


@pytest.mark.parametrize(
    "text",
    [
        "お客様各位、年末年始の営業についてお知らせします。",
        "请把这句话翻译成英文：我的儿子在学校很开心。",
        "Si Dios quiere, la reunión es el lunes en Madrid.",
        "Keep the header: 担当者様へ、資料を添付します。",
    ],
)
def test_the_same_cues_without_a_name_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- ranks cut short, Swahili birth dates, comma dates in CSV, letters spaced out ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In the statement: the checkpoint was run by Maj. Habtezion and Insp. Dlamini.", ("Habtezion", "Dlamini")),
        ("Tafsiri: Mwanangu alizaliwa tarehe 21/03/2011 Mombasa.", ("21/03/2011",)),
        ("Tarehe ya kuzaliwa: 07.08.1979\nJina: Baraka Otieno", ("07.08.1979",)),
        ("name,dob,unit\nPriya Raman,Aug 23, 1991,Intake\nOwen Tully,1988-02-17,Intake", ("Aug 23, 1991",)),
        ("Please keep it as typed: O k o n k w o   C h i d i, thanks", ("Okonkwo", "O k o n k w o")),
        ("file under A n u m : a - 2 0 8 - 4 4 1 - 9 7 3 today", ("2 0 8 - 4 4 1 - 9 7 3",)),
        ("the number a 2 0 8 4 4 1 9 7 3 is on the notice", ("2 0 8 4 4 1 9 7 3",)),
    ],
)
def test_cut_ranks_birth_dates_and_spaced_values_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Col. 3 of the sheet holds totals; Gov. Regs are attached.",
        "month,total,note\nMar 9, 1990,12,archive\n",
        "S p a c e d   o u t   w o r d s are a design trend",
    ],
)
def test_their_look_alikes_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a licence's state in parentheses, names printed on cards, couples before their occasion, authors ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("bill of sale, buyer DL (PA) 804 331 672, cash price $5,100", ("804 331 672",)),
        ("dispute letter: card ending 0211, name on card TEODORO B MANALO, charge on 11/30", ("TEODORO B MANALO",)),
        ("Text the aunties: Yusuf & Samira's nikah is on the 14th, call 571-555-0102", ("Yusuf", "Samira")),
        ("Fix the byline: Tomasz Wieczorek^1, Anjali Deshpande^2\n^1 TSA Lab; ^2 NIST", ("Anjali Deshpande",)),
    ],
)
def test_licence_states_card_names_couples_and_authors_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "name on the card: VISA DEBIT, expiry printed on the back",
        "Salt & Pepper's wedding menu needs a vegetarian option.",
        "DL (see attached) must be current.",
    ],
)
def test_cards_brands_and_blank_licences_pass(boundary, text: str) -> None:
    untouched(boundary, text)
