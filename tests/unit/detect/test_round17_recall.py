"""Round 17, recall by class (tuned on blind set t): a data frame's rows are not one number broken across a line;
a record's table with one field a row; birth-date labels in Amharic with their owner's ending, Tigrinya, Bengali
and Nepali in Latin letters; self-introductions in Urdu and Persian, Arabic with an unlisted given name; a
guarantor in Cyrillic; a Korean adoptee.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, untouched

# --- a data frame's printout: the last number of a row and the next row's index stay apart ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            ">>> df[['pax','dob','ktn','flight']]\n"
            "            pax         dob        ktn  flight\n"
            "0   Lena Varga  1981-02-03  987412365  DL 412\n"
            "1   Lena Varga  1981-02-03  987412365  DL 412\n",
            ("987412365", "1981-02-03"),
        ),
    ],
)
def test_data_frame_rows_are_read_row_by_row(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


# --- a record's table, one field a row ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "| field | traveler | candidate |\n|---|---|---|\n| name | Teodora Vlasic | surname only |\n"
            "| KTN | 983320417 | none |\n| gender | F | F |",
            ("983320417", "Teodora Vlasic"),
        ),
        ("| field | value |\n|---|---|\n| DOB | 1979-11-23 |\n| SSN | 520-41-7789 |", ("1979-11-23", "520-41-7789")),
    ],
)
def test_a_record_table_labels_each_row(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_a_record_table_leaves_unlabelled_rows() -> None:
    from gateway.detect.structure import fields

    text = "| field | passenger |\n|---|---|\n| gender | M |\n| seat | 14C |"
    assert fields(text) == []


# --- birth-date labels ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ስሜ ሀና ገብሩ ነው። የትውልድ ቀኔ 1990-04-12 ነው።", ("1990-04-12",)),
        ("ኣነ ሰላም ኪዳነ እየ። ዝተወለድኩሉ ዕለት 1987-08-30።", ("1987-08-30",)),
        ("আমি, জন্ম তারিখ ০৩/১১/১৯৮৫। ইমেইল দিন", ("০৩/১১/১৯৮৫",)),
        ("Kripaya anuvaad: chhori Anita Gurung, janma miti 2071-02-11 B.S.", ("2071-02-11",)),
    ],
)
def test_birth_date_labels_in_more_languages(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


# --- self-introductions and roles in other scripts ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("میرا نام ثمینہ قریشی ہے\u06d4 مجھے مدد چاہیے\u06d4", ("ثمینہ قریشی",)),
        ("این جانب شیرین رحیمی درخواست دارم.", ("شیرین رحیمی",)),
        ("ترجم: أنا نادين خوري، أحتاج إلى المساعدة.", ("نادين خوري",)),
        ("Мій поручитель — Остап Гнатюк, телефон нижче.", ("Остап Гнатюк",)),
        ("입양아 박서연 (생년월일 2017년 5월 2일)", ("박서연",)),
    ],
)
def test_names_after_native_cues(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "میرا نام لکھنا مت بھولیں\u06d4",  # "don't forget to write my name"
        "أنا سعيد جداً، شكراً لكم.",
        "Мій поручитель — громадянин США.",
    ],
)
def test_native_cues_without_a_name_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a sponsor's or a program's people by their column; R's row index one space before the first column ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "supporter_last,supporter_first,phone,receipt\nBrautigam,Oskar,503-555-0171,IOE2311045527\n"
            "Lindqvist,Maja,503-555-0139,IOE2311045528",
            ("Brautigam", "Oskar", "Lindqvist", "Maja"),
        ),
        (
            "> head(df, 2)\n  participant            a_number    dob\n1 Achterberg, Wim      A201334117  1980-03-02\n"
            "2 Quispe Mamani, Rosa  A209871145  1991-07-19",
            ("Achterberg, Wim", "Quispe Mamani, Rosa", "A201334117"),
        ),
    ],
)
def test_people_columns_of_exports_and_printouts(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


def test_a_participant_count_column_passes(boundary) -> None:
    untouched(boundary, "site,participant,count\nDenver,total,14\nBoise,total,9")


# --- a name right before an A-Number on its line ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Oath ceremony seating:\nSeat 3 Phetsamone Sisouphanh A203118842\nSeat 4 Vilay Keomany A-210-554-019",
            ("Phetsamone Sisouphanh", "Vilay Keomany"),
        ),
        ("Guest Souphaphone Rattanavong, A219004417 (plus one)", ("Souphaphone Rattanavong",)),
    ],
)
def test_names_before_an_a_number_are_kept_back(boundary, text: str, values) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "Case Review Board A242314066 meets on Tuesday.",
        "Transfer Order A-204-503-898 was cancelled.",
    ],
)
def test_phrases_before_an_a_number_are_not_names(boundary, text: str) -> None:
    blocked, forwarded = boundary(text)
    assert not blocked
    assert forwarded.split(" <")[0] in text and "PERSON" not in forwarded


# --- a birth date five words after its label ---


def test_birth_date_after_a_five_word_gap(boundary) -> None:
    kept_back(boundary, "DOB of the infant Nou Yang is 2025-03-09. Does she need ID?", "2025-03-09")


def test_a_date_far_from_a_birth_label_passes(boundary) -> None:
    text = "The DOB field on the old intake form we use was removed; the form is dated 2025-03-09."
    assert "2025-03-09" in boundary(text)[1]
