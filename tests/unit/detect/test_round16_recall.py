"""Round 16, recall by class (tuned on blind set s): a judge's surname after "IJ" or "Judge", in capitals too; a
GitHub fine-grained token a few characters off its length; the rows of an SQL insert whose VALUES ends its line;
a Trusted Traveler PASSID beside its program; names in scripts without letter case after a title or "I am"; a
surname's lower-case particle after an honorific; a traveller named in a note; an importer number in its SSN form;
Washington's older licence; the legacy marking in digits and a banner broken into short lines; a card with a hyphen
after every digit; a SEVIS ID across two lines; name-only lines of a list of people; a couple's first given name; a
password in quoted parts; a lower-case name after its role in dictation.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- a judge's surname after the title ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("09:00\tMEZA TORRES, Ana Lucia\tSpanish\tIJ Halvorsen\tbond", ("Halvorsen",)),
        ("NGUYEN VAN TAM  MCH 04/11  IJ OKONKWO\nPHAM THI LAN  IND 05/02  IJ OKONKWO", ("OKONKWO",)),
        ("the master hearing moved to IJ Brightwater's docket", ("Brightwater",)),
        ("Case reassigned to Judge VELASQUEZ-ORTIZ last week.", ("VELASQUEZ-ORTIZ",)),
    ],
)
def test_judges_after_their_title_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Judge DENIED the motion to reopen; the order is attached.",
        "The IJ NOTES column is blank for the morning calendar.",
        "What does an IJ do at a master calendar hearing?",
        "Judge TBD, courtroom 4, interpreter requested.",
    ],
)
def test_judge_words_without_a_surname_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- GitHub fine-grained tokens a little off their length ---


@pytest.mark.parametrize(
    "text",
    [
        "my scraper's token stopped working: GH_TOKEN=github_pat_" + "Q7r2Lm9Xk4Tz8Vb1Nc6Hd3" + "_" + "Wy5" * 21,
        "export TOKEN=github_pat_" + "A1b2C3d4E5f6G7h8J9k0" + "_" + "Zq8Rt" * 11,
    ],
)
def test_fine_grained_tokens_off_length_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fine-grained tokens start with github_pat_ and are scoped to one repository.",
        "Where do I create a github_pat_ token with read-only access?",
    ],
)
def test_talk_about_fine_grained_tokens_passes(boundary, text: str) -> None:
    untouched(boundary, text)


# --- SQL inserts whose VALUES ends its line ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "INSERT INTO loaner (tag, serial, assignee, assignee_phone) VALUES\n"
            "('LT-7781','QZ81KX','Marit Holmsen-Dahl','703-555-0147'),\n"
            "('LT-7782','QZ81KY','Bozhidar Kolev Angelov','703-555-0162');",
            ("Marit Holmsen-Dahl", "Bozhidar Kolev Angelov", "703-555-0147"),
        ),
        (
            "insert into visitors (badge, visitor)\nvalues\n('V-118', 'Teodora Vasilescu');",
            ("Teodora Vasilescu",),
        ),
    ],
)
def test_sql_rows_below_values_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_sql_rows_without_personal_columns_pass(boundary) -> None:
    untouched(
        boundary, "INSERT INTO sku (code, colour, size) VALUES\n('TS-01','Navy','Large'),\n('TS-02','Sand','Small');"
    )


# --- Trusted Traveler PASSIDs in a program's row, and a "membership" number beside the program ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "interview slots, T2:\n09:00\tHelga Brandtner\t985503118\tGE renewal\n09:15\tOmar Qasim\t150927734\tGE new",
            ("985503118", "150927734"),
        ),
        ("NEXUS renewal list: Camille Roy 990482617, due March", ("990482617",)),
        ("Global Entry appointment confirmed.\nMembership number: 985120447\nBring your passport.", ("985120447",)),
    ],
)
def test_passids_beside_their_program_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Order 990114721 shipped with GE appliances on Tuesday.",
        "My gym membership ID 985120447 expired, how do I renew it?",
        "Global Entry processed 150000 applications last month.",
    ],
)
def test_numbers_without_a_program_beside_them_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- names in scripts without letter case after a title, a relation or "I am" ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("نامه تایید: خانم نسرین کاظمی همسایه ما بوده است.", ("نسرین کاظمی",)),
        ("گواهی: آقای داوود نوری خواهر ندارد.", ("داوود نوری",)),
        ("ለሚመለከተው፤ አቶ ተስፋዬ ወልደሚካኤል በድርጅታችን ሰርተዋል።", ("ተስፋዬ ወልደሚካኤል",)),
        ("زه میرویس احمدزی د کندهار اوسیدونکی یم.", ("میرویس احمدزی",)),
        ("أخي سامر عبد الرحمن النجار ما زال في حمص.", ("سامر عبد الرحمن النجار",)),
        ("أنا هدى عبد الله الزعبي، أسكن في عمّان.", ("هدى عبد الله الزعبي",)),
    ],
)
def test_names_after_their_cue_in_other_scripts_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "أخي مريض جدا في المستشفى.",
        "زه د کابل یم.",
        "آن خانم خیلی خسته بود.",
    ],
)
def test_cues_without_a_name_in_other_scripts_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a surname with its particle after an honorific; the traveller a note is about ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Dear Mr. van der Hoeven: your interview is confirmed.", ("van der Hoeven",)),
        ("Ms. de la Fuente called about the refund.", ("de la Fuente",)),
        ("note: traveler Iolanda Vasconcelos Prado lost her card at the kiosk", ("Iolanda Vasconcelos Prado",)),
        ("passenger Greta Lindqvist missed the connection", ("Greta Lindqvist",)),
    ],
)
def test_particle_surnames_and_travellers_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "the traveler Global Entry card was lost in the mail",
        "passenger Manifest Review is due Friday",
        "Every traveler Redress Number request goes to DHS TRIP.",
    ],
)
def test_traveler_before_other_capitals_passes(boundary, text: str) -> None:
    untouched(boundary, text)


# --- an importer number in its SSN form; Washington's older licence ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("7501 box 12. Importer No. 512-44-7316-00\n13. Importer of Record Name", ("512-44-7316",)),
        ("Operator Dagny Rustad, WA DL RUSTADD482QK, 18 ft skiff", ("RUSTADD482QK",)),
        ("WA DL LOPEZ*M503T7 on the citation", ("LOPEZ*M503T7",)),
    ],
)
def test_importer_ssns_and_washington_licences_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "WA DL EXPIRED in March, renew online",
        "Which box holds the Importer No. on CBP Form 7501?",
    ],
)
def test_licence_words_and_importer_talk_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- markings disguised: the legacy marking's words with digits for letters; a banner broken into short lines ---


@pytest.mark.parametrize(
    "text",
    [
        "top of the page says F0R 0FF!C!AL U$E 0NLY, please tidy the roster below.",
        "f0r 0ff1c1al u$e 0nly - summarize the attached staffing plan",
        "the scan split the header:\nSE\nCRET//NO\nFORN\nSummarize paragraph 3.",
        "OCR output of the cover page:\nCU\nI//SP-PR\nVCY\nApplicant list follows.",
    ],
)
def test_disguised_legacy_and_broken_banners_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "What replaced the for official use only marking?",
        "seat map rows:\nAB\nCD/EF\nGH\nwhich row is the exit row?",
        "F0R 2024 the team will USE 4 laptops ONLY",
    ],
)
def test_near_miss_markings_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a card number with a hyphen after every digit; a SEVIS ID broken across two lines ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the travel card is declined: 4-5-2-8 - 0-3-1-1 - 7-2-6-4 - 1-0-0-3 - why?", ("0-3-1-1", "7-2-6-4")),
        ("card 4-5-2-8-0-3-1-1-7-2-6-4-1-0-0-3 on file", ("0-3-1-1-7-2-6-4",)),
        ("SEVIS ID split over two cells: N00318\n64207 - please rejoin it", ("N00318", "64207")),
    ],
)
def test_dashed_cards_and_broken_sevis_ids_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "steps 1-2-3-4-5-6-7-8-9-1-2-3-4-5 are done, what's next?",
        "shelf N0041\n2 boxes left",
    ],
)
def test_digit_runs_that_are_no_card_or_sevis_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a list of people one a line: the lines that are a name alone; a given name before "&" and a found name ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Seating, please sort by family:\nMarisol Quintero + Hugo Quintero\nDiego Altamirano\n"
            "Ingrid Halvorsen + Per Halvorsen",
            ("Diego Altamirano",),
        ),
        ("RSVPs so far: Walt & Bernadette Kowalczyk, both vegetarian", ("Walt", "Bernadette Kowalczyk")),
    ],
)
def test_name_lines_and_couples_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Sprint board:\nNext Steps\nBudget Review\nOpen Questions",
        "Menu: Salt & Pepper Shrimp, Jack & Jill Daycare flyer, Rock and Roll Hall",
    ],
)
def test_lines_and_pairs_that_are_no_people_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a password given in quoted parts ---


@pytest.mark.parametrize(
    "text",
    [
        'Turn 1: the unseal passphrase begins with "Kelp-4!" (rest later)\nTurn 2: it ends with "Harbor#19"',
        "my password starts with 'Vx9#Lm' and is 14 long, is that ok?",
        "the wifi passphrase ends with “Otter-72” fyi",
    ],
)
def test_password_parts_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'The password must begin with "A" and end with a digit.',
        'Passwords should start with "a letter" per policy.',
    ],
)
def test_password_rules_about_parts_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a lower-case name after its role, as dictation gives it ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("note the applicant is nayeli yamileth orozco and she arrived in may", ("nayeli yamileth orozco",)),
        ("for the file the respondent is wilmer osiel caballero a number pending", ("wilmer osiel caballero",)),
    ],
)
def test_dictated_lower_case_names_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "the respondent is very tired today and wants a break",
        "the applicant is ineligible because of the bar",
        "the respondent was pro se at the master hearing",
    ],
)
def test_dictated_roles_without_a_name_pass(boundary, text: str) -> None:
    untouched(boundary, text)
