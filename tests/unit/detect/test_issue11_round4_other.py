"""Issue 11, round 4 (set f), the kinds of miss other than names: one test per class, through the proxy boundary
under the shipped commercial policy. The texts are this file's own, in wordings and languages set f does not
use; every value is invented."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- labels in languages and transliterations the lexicon lacked ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Födelsedatum: 1981-04-02\növersätt etiketten", "1981-04-02"),
        ("fødselsdato: 02.04.1981 (oversæt venligst)", "02.04.1981"),
        ("geboortedatum: 12-03-1977, vertaal naar Engels", "12-03-1977"),
        ("tarikh al-milad: 1988/02/14 - translate the label", "1988/02/14"),
    ],
)
def test_date_of_birth_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jawaz al-safar: K4410982\nrewrite in English", "K4410982"),
        ("paspoort: NX81P44K2 (vertaal)", "NX81P44K2"),
        ("passinumero: XP5530917, käännä englanniksi", "XP5530917"),
    ],
)
def test_passport_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adress: Kungsgatan 14, 111 43 Stockholm", "Kungsgatan 14"),
        ("osoite: Mannerheimintie 12 B 7, 00100 Helsinki", "Mannerheimintie 12"),
        ("woonadres: Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263"),
    ],
)
def test_address_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- passwords behind a label of several words, and passwords typed out a character at a time ---


@pytest.mark.parametrize(
    "text",
    [
        "Kennwort für das WLAN: Alpen_Blick88!",
        "contraseña del correo: Luna_2027!x",
        "mot de passe du compte : Soleil#8842",
        "my password: K a t z e 9 9 ! thanks",
        "la clave es R i o _ 2 0 2 7 por favor",
        "mot de passe : S o l e i l 4 4 #",
    ],
)
def test_passwords_behind_longer_labels_or_spaced_out(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "pass the form to her: Form_I-130 please",
        "the password reset page: see the runbook",
        "password policy: minimum 12 characters, one digit",
    ],
)
def test_password_words_in_prose_are_not_passwords(boundary, text: str) -> None:
    untouched(boundary, text)


# --- markings disguised: Cyrillic letters read by sound, inline tags inside a word, letters joined by hyphens,
# a portion mark spaced inside its parentheses, a level as the value of a banner field ---


@pytest.mark.parametrize(
    "text",
    [
        "summarise: \u0421ECRET//REL TO USA, GBR",  # Cyrillic Es for S
        "\u0422\u041e\u0420 \u0421\u0415C\u0420\u0415\u0422//SI the rest of it",  # Cyrillic T, O, P/R, Es, Ie
        "note: N\u041eF\u041e\u0420N applies, SE\u0421RET//NOFORN",
    ],
)
def test_cyrillic_letters_read_by_their_sound_in_markings(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "<b>TOP</b><b> SECRET</b>//NOFORN please summarise",
        "<em>SEC</em><strong>RET</strong>//REL TO USA, AUS",
        '<font color="red">CONFI</font><font>DENTIAL</font>//NOFORN',
    ],
)
def test_inline_tags_inside_a_marking(boundary, text: str) -> None:
    refused(boundary, text)


def test_inline_tags_between_a_label_and_a_number_still_part_them(boundary) -> None:
    kept_back(boundary, "<b>Pass</b><b>port</b> 567204913", "567204913")


@pytest.mark.parametrize(
    "text",
    [
        "banner: S-E-C-R-E-T please keep",
        "stamp: s-e-c-r-e-t//n-o-f-o-r-n",
        "yaml:\n  marking: T-O-P-S-E-C-R-E-T",
    ],
)
def test_marking_spelled_with_hyphens(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "( TS // SI ) two sites were found. shorten it",
        "(S // REL) the convoy left at dawn",
        "( C//NF ) meeting moved to Tuesday",
    ],
)
def test_portion_mark_spaced_inside_parentheses(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "banner: SECRET",
        "'marking' => 'CONFIDENTIAL', 'body' => 'x'",
        'classification = "TOP SECRET"\nbody = "..."',
    ],
)
def test_level_as_the_value_of_a_banner_field(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "the X-R-A-Y unit and the A-B-C method",
        "header: Confidential and privileged",
        '"classification": "UNCLASSIFIED"',
        "(C) 2024 Example Corp, (S) is the size column",
    ],
)
def test_not_markings(boundary, text: str) -> None:
    untouched(boundary, text)


# --- labels written in prose (no colon) in more languages, with a copula or an owner word between ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dat de nesans li se 3 me 1979, tradui sa", "3 me 1979"),
        ("taariikhda dhalashada waa 12/01/1990", "12/01/1990"),
        ("Nomor paspor, tanggal lahir 03-04-1990", "03-04-1990"),
        ("doğum tarihi 12.05.1985, çevir lütfen", "12.05.1985"),
    ],
)
def test_date_of_birth_labels_in_prose(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tanpri tradui: paspò li la B7731042", "B7731042"),
        ("Pasaport: U20931877 (Türkiye)", "U20931877"),
        ("raqam jawaz al-safar N4482017 - translate", "N4482017"),
    ],
)
def test_passport_labels_in_prose(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SDT: 091 244 8870, dich giup", "091 244 8870"),
        ("Lambarka telefoonka: 061 5287743", "061 5287743"),
        ("simu: 0712 345 678", "0712 345 678"),
        ("callback: 0802 555 1187 after 5", "0802 555 1187"),
    ],
)
def test_phone_labels_of_more_languages(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_a_copula_without_a_birth_label_is_no_birth_date(boundary) -> None:
    untouched(boundary, "the meeting se 12/01/2026 in Port-au-Prince, translate")


# --- a delimited table whose last cell ends in a number: the next row's first value is not its continuation ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EDIPI;Rank;Unit\n1547720931;SGT;HHC 4\n1547720932;SPC;HHC 4", "1547720932"),
        ("SSN|Name|Floor\n521-44-9017|Ann Lee|Floor 3\n433-12-8890|Bo Kim|Floor 3", "433-12-8890"),
        ("I-94\tName\tPort\n58204471609\tAna Ruiz\tGate 7\n58204471617\tLuis Ruiz\tGate 7", "58204471617"),
    ],
)
def test_rows_of_a_table_ending_in_a_number(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- a sentence ending in ":" that introduces a table is not the table's header ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "here they are, sorted by date of birth:\nSSN,DOB,Office\n521-44-9017,1980-02-03,Miami\n"
            "433-12-8890,1975-11-30,Tampa",
            "433-12-8890",
        ),
        (
            "fix this export, by phone number:\nTelefono;Ciudad;Nota\n305 555 0182;Miami;ok\n305 555 0199;Hialeah;ok",
            "305 555 0199",
        ),
        (
            "please dedupe, keyed on passport:\nPassport|Country|Status\nX44187230|MX|open\nX44187231|MX|open",
            "X44187231",
        ),
    ],
)
def test_a_lead_in_sentence_is_not_a_table_header(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# --- card and SSN digit groups joined by dots, slashes or underscores, or by mixed separators ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("card on the receipt: 4111.1111.1111.1111 thanks", "4111.1111.1111.1111"),
        ("the Visa was written 5500/0000/0000/0004 on the form", "5500/0000/0000/0004"),
        ("cc 4012_8888_8888_1881 charged twice", "4012_8888_8888_1881"),
        ("the SSN was typed 521/44/9017 in the old system", "521/44/9017"),
        ("her social security number, written 433.12/8890 by the clerk", "433.12/8890"),
    ],
)
def test_digit_groups_with_other_separators(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    ["the ratio was 458.22/6614 in the lab", "Invoice 1234.5678.9012.3456 paid", "build 2024.0101.0042.17 ok"],
)
def test_unlabelled_dotted_numbers_stay(boundary, text: str) -> None:
    untouched(boundary, text)


# --- addresses defanged the way incident reports write them ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C2 at 192.168(.)4.20 per the SOC, summarise", "4.20"),
        ("beacon to 172.16[dot]9[dot]33 overnight", "9[dot]33"),
        ("phish from maria.lopez[@]gmail[.]com yesterday", "maria.lopez"),
    ],
)
def test_defanged_addresses(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_brackets_in_code_are_not_defanged(boundary) -> None:
    untouched(boundary, "the array a[.]b and list[0] stay as they are")
