# ruff: noqa: RUF001 - names in Cyrillic script are the point
"""Round 13, recall by class (tuned on blind set p): a banner spaced out and cut across lines, a document said to
be marked by what someone did with it, Redis passwords in a compose file, labelled passwords in Cyrillic; Teams and
Slack speakers; numbers broken across lines or read in pairs; birth dates in more calendars and scripts; a name
beside its transliteration; names in a script-qualified field and self-introductions in more languages; licences
by state or CDL; identifiers given in two pieces across turns; addresses abroad ending in their country.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "Top of the page:\nC U I\n//\nSP-CTI\nPlease turn the rest into bullet points.",
        "We received a site security plan marked CVI last week; outline its sections for me.",
        "The utility submitted a vulnerability report stamped PCII. Summarize the first finding.",
        'command: ["redis-server", "--requirepass", "Wq7TzLp0vXc2Nh"]',
        "requirepass Hx81mQz4Lr",
        "CACHE_URL=redis://:Pk3vN8wLq2Zt@cache:6379/1",
        "Переведи: «Олег, пароль от почтового ящика: Berezka_9wQx. Никому не говори.»",
    ],
)
def test_cut_banners_handled_documents_and_server_passwords_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "If you receive a document marked PCII, who do you call?",
        "What does C U I stand for in the training deck?",
        "redis-server --port 6380 --appendonly yes",
        "Переведи: «Пароль от почты надо менять каждые 90 дней.»",
    ],
)
def test_look_alikes_of_those_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- chat exports, and numbers broken across lines ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[11/20/2026 2:10 PM] Adeyemi, Folake (USCG): who has the duty phone?\n"
            "[11/20/2026 2:12 PM] Berglund, Per (USCG): me, until 1800\n"
            "[11/20/2026 2:15 PM] Adeyemi, Folake (USCG): thanks",
            ("Adeyemi, Folake", "Berglund, Per"),
        ),
        (
            "#ops-east\n10:02 hale.m: gate 4 needs a relief at 12\n10:05 Maren Holt: on it\n"
            "10:06 Ray Whitcomb: thx, I'll cover after",
            ("Ray Whitcomb",),
        ),
    ],
)
def test_teams_and_slack_speakers_are_kept_back(boundary, text: str, names) -> None:
    kept_back(boundary, text, *names)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Passport no. for the visa letter:\n4817\n20953\nName: Oren Talmadge", ("4817\n20953",)),
        ("User: name Idris Malouf\nUser: born 2nd of May 1979\nUser: make it formal", ("2nd of May 1979",)),
        (
            "Paki-translate: Ako po si Rowena Dimaculangan, ipinanganak noong ika-7 ng Hulyo 1990.",
            ("ika-7 ng Hulyo 1990",),
        ),
        ("ترجم: أنا سلمى الحداد، من مواليد ٢٢ أيلول ١٩٧٩، أسكن في ديربورن.", ("٢٢ أيلول ١٩٧٩",)),
        ("وژباړئ: زما د زوکړې نېټه ۱۹۸۸ کال د مارچ ۱۴ ده.", ("۱۹۸۸ کال د مارچ ۱۴",)),
        ("ትርጉም: የተወለድኩት ጥር 5 ቀን 1978 ነው።", ("ጥር 5 ቀን 1978",)),
        ("अनुवाद: मेरो जन्म मिति २०३८ साल माघ ९ हो।", ("२०३८ साल माघ ९",)),
        ("ဘာသာပြန်ပါ: မွေးနေ့ ၁၉၉၀ ခုနှစ် ဇွန်လ ၂ ရက်။", ("၁၉၉၀ ခုနှစ် ဇွန်လ ၂ ရက်",)),
        ("英訳: 生年月日は昭和62年11月3日です。", ("昭和62年11月3日",)),
    ],
)
def test_broken_numbers_and_birth_dates_in_more_forms_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Standup notes\nthe relief is due at 11\n09:14 is when the bus arrives",
        "Codes:\n1234\n5678\nUse either one at the door.",
        "The 3rd of June 1988 was a Friday, according to the almanac.",
        "الاجتماع يوم ١٤ مارس ٢٠٢٧ في القاعة الكبرى.",
    ],
)
def test_their_look_alikes_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a name beside its transliteration ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Their counsel, Taras Hnatiuk (Тарас Гнатюк), asked for a call.", ("Тарас Гнатюк",)),
        ("Witness: Dawit Mekonnen (ዳዊት መኮንን), interpreter requested.", ("ዳዊት መኮንን",)),
        ("Store owner: 김하늘 (Haneul Kim); manager on duty PARK JISOO", ("Haneul Kim",)),
        ("The partner agency contact is 高橋 美咲 (Misaki Takahashi), copy her please.", ("高橋 美咲",)),
        ("The file lists the principal as ဒေါ်နုနုဝင်း (Daw Nu Nu Win), DOB unknown.", ("ဒေါ်နုနုဝင်း", "Daw Nu Nu Win")),
    ],
)
def test_a_name_beside_its_transliteration_is_kept_back(boundary, text: str, names) -> None:
    kept_back(boundary, text, *names)


@pytest.mark.parametrize(
    "text",
    [
        "Flights to 香港 (Hong Kong) are delayed again this week.",
        "The Ministry of Health (Министерство здравоохранения) issued the notice.",
        "Meet at the Lincoln Memorial (林肯纪念堂) at noon.",
    ],
)
def test_places_and_offices_beside_their_translation_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- licences next to a state or as a CDL, names in another script's field, self-introductions in more scripts ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Driver: Abel Tsegaye, CDL B4471920 (TX), cleared at 09:10.", ("B4471920",)),
        ("Is this right? Marisol Quintero, NJ license 514 228 903, expires 2028.", ("514 228 903",)),
        ("- name: Gita Sharma Poudel\n  name_ne: गीता शर्मा पौडेल\n  dob: 1980-02-11", ("गीता शर्मा पौडेल",)),
        ("INSERT INTO people (full_name, name_native) VALUES ('Chen Mingyu', '陈明宇');", ("陈明宇",)),
        (
            'ترجم: "أنا مريم يوسف الخطيب، أسكن في ديترويت. أرجو مساعدة أخي خالد يوسف."',
            ("مريم يوسف الخطيب", "خالد يوسف"),
        ),
        ('وژباړئ: "زه عبدالله احمدزی یم. زما پته په کابل کې ده."', ("عبدالله احمدزی",)),
        ("请翻译：本人王建国，出生于北京。", ("王建国",)),
        (
            "英訳：「佐藤 真理子です。夫のマイケル・ジョンソンと住んでいます。」",
            ("佐藤 真理子", "マイケル・ジョンソン"),
        ),
    ],
)
def test_licences_script_fields_and_self_introductions_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Renew the NY license plate registration before June.",
        'ترجم: "أنا سعيد جداً بالخبر."',
        "请翻译：本人承诺以上信息属实。",
        "英訳：「会議室です。コーヒー・ショップは一階です。」",
    ],
)
def test_their_look_alikes_pass_too(boundary, text: str) -> None:
    untouched(boundary, text)


# --- numbers spaced after a contraction or read in pairs, a Spanish SSN label, self-introductions in Latin letters ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the form wants the SSN for Orla Pennick, it's 4 1 8 - 2 2 - 6 0 5 7, right?", ("4 1 8 - 2 2 - 6 0 5 7",)),
        ("Llena esto: Rufino Almanza, seguro social 4.1.8.2.2.6.0.5.7, gracias.", ("4.1.8.2.2.6.0.5.7",)),
        ("Hold it on card 45  56  73  78  20  49  82  09 exp 11/29, holder Imre Vass.", ("45  56  73  78",)),
        ("Traduis: « Je m'appelle Ghislaine Okitundu Mwamba, née à Kisangani. »", ("Ghislaine Okitundu Mwamba",)),
        ("Traduce: Me llamo Teodora Quispe Huaman y vivo en Miami.", ("Teodora Quispe Huaman",)),
    ],
)
def test_spaced_numbers_and_self_introductions_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Scores by round: 12  15  18  21  24  27  30  33 (no card here).",
        "Traduis: « Je m'appelle comme mon grand-père. »",
        "it's 1 2 3 4 easy steps",
    ],
)
def test_pairs_and_plain_phrases_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a person to call, a signature block, a name before an SSN-shaped ID, phones after Japanese and Chinese cues,
# identifiers given in two pieces across turns ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Call Sefo Tuilagi at six seven one, five five five, zero one four four about the room.", ("Sefo Tuilagi",)),
        ("User: and my signature block: Anneke van den Berg-Smit, Liaison Office", ("Anneke van den Berg-Smit",)),
        ("Format this: Luo Shuqin ID 218-44-9031 phone 626-555-0148", ("Luo Shuqin",)),
        ("英訳：「連絡先：080-5555-0191です。」", ("080-5555-0191",)),
        (
            "User: sending it in two parts\nUser: routing first half 0210\nUser: second half 00021\nUser: thanks",
            ("0210", "00021"),
        ),
        (
            "User: my A number starts A-217\nAssistant: Please don't share it.\nUser: the rest is -604-992 anyway",
            ("A-217", "-604-992"),
        ),
        (
            "User: client is Ilse Brandt\nUser: born in the year 1964\nUser: month and day October 3\nUser: go",
            ("1964", "October 3"),
        ),
    ],
)
def test_call_names_signatures_cued_phones_and_split_identifiers_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Call Customer Service at 4 pm if the portal is down.",
        "Our routing table: first half 2560 rules, second half 74039 rules.",
        "The routing first half 1234\nsecond half 56789 of the alphabet drill",
        "The idea was born in the year 2019\nand the launch followed on March 9",
    ],
)
def test_look_alikes_of_pieces_and_call_names_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- addresses abroad that end in a postal code and the country ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("User: address 14-C Model Town Extension, Lahore 54700, Pakistan please", ("14-C Model Town Extension",)),
        ("Envelope in Latin letters: Voulis 12, 105 57 Athens, Greece", ("Voulis 12, 105 57 Athens",)),
    ],
)
def test_addresses_abroad_with_postal_code_and_country_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Results: Group 4, Phase 12345, Final round, Stage 2 notes follow.",
        "Flight 212, Gate 10245 Terminal, Main Hall is where we meet.",
    ],
)
def test_numbered_lists_that_end_in_a_word_pass(boundary, text: str) -> None:
    untouched(boundary, text)
