"""Round 23: kinds of leaked names that recur across writers' sets (invented examples)."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- a lower-case name after a post, an office's acronym, a relation, and the given name repeated ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("0230 lock tender gordon pettibone says gate 3 is jammed. gordon will call back.", ("gordon pettibone",)),
        ("met the PDSO marisol abernethy about the transfer; marisol wants the list", ("marisol abernethy",)),
        ("on-call tech: on call hank brubaker paged twice, hank on site at 0300", ("hank brubaker", "hank")),
        ("notes: board member grace okonkwo asked for the audit, then adjourned", ("grace okonkwo",)),
        ("roommate (rusty kowalski): the fridge is broken again", ("rusty kowalski",)),
        ("the appraiser is winston okafor jr, office in the old mill", ("winston okafor jr",)),
        ("hi, my mom, farida haddad-rahimi, lost her green card", ("farida haddad-rahimi",)),
        ("sorry for the delay, my husband bill says the form is in the mail", ("bill",)),
    ],
)
def test_lower_case_name_after_its_post(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "the lock tender reports the gate is jammed; on call tonight is the usual crew.",
        "board member states voted, and the collector is ready for pickup.",
        "my son will drive, my wife may come later, and my brother pat the dog.",
        "landlord (the owner) said the HVAC unit will be replaced next week.",
    ],
)
def test_posts_before_ordinary_words_are_left(boundary, text: str) -> None:
    untouched(boundary, text)


# --- a Title Case name after a lower-case post, a middle initial, a PDF's broken line ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The refund went to the card, cardholder Thaddeus R. Whitlock; please confirm.", ("Thaddeus R. Whitlock",)),
        ("lender notes: borrower Osei Brannigan missed two payments", ("Osei Brannigan",)),
        ("Pasted from the PDF: the treasurer, bookkeeper Margarethe\nVollrath, signed the check.", ("Vollrath",)),
        ("Traveler Lucinda Crane was rebooked on the 9:40.", ("Lucinda Crane",)),
    ],
)
def test_title_case_name_after_a_post(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


def test_post_before_a_product_name_is_left(boundary) -> None:
    untouched(boundary, "The buyer Premium Plan and the borrower Relief Program both moved to the new domain.")


# --- "SURNAME, Given" after a post, both everyday words ---


def test_caps_surname_everyday_given_after_a_post(boundary) -> None:
    kept_back(boundary, "Their manager HUNTER, Joy signs the timesheets on Fridays.", "HUNTER, Joy")


# --- a contact line: a name, then a phone's label ---


def test_name_before_a_phone_label(boundary) -> None:
    kept_back(boundary, "Focal point in Bukavu: Kabila Mushagalusa Bahati, tel. +243 99 555 0172", "Mushagalusa")


def test_place_before_a_phone_label_is_left(boundary) -> None:
    _, forwarded = boundary("For the Rio Grande Valley sector, tel. 956-555-0100 is the public line.")
    assert "Rio Grande Valley" in forwarded


# --- columns of people whose header says so in other words; a fixed-width report ---


def test_split_owner_columns_and_donor_column(boundary) -> None:
    text = "lot,holder_last,holder_first,acres\n7,Odunsi,Babatunde,2.5\n8,Tsosie,Marlena,1.1"
    kept_back(boundary, text, "Odunsi", "Babatunde", "Tsosie", "Marlena")
    text = "donor,gift,date\nTeuila Fonoti,40.00,11/02\nPatience Goodwin,15.00,11/03"
    kept_back(boundary, text, "Teuila Fonoti", "Patience Goodwin")


def test_donor_column_keeps_an_organisation(boundary) -> None:
    blocked, forwarded = boundary("donor,gift\nRiverside Community Foundation,500.00\nFirst Baptist Church,250.00")
    assert not blocked
    assert "Riverside Community Foundation" in forwarded


def test_fixed_width_report(boundary) -> None:
    text = (
        "Crew list\nBADGE  RESIDENT                  UNIT\n"
        "1101  HOLLOWAY, APRIL           4B\n1102  Sefo Tuilagi              5C\n1103  VACANT                    6A"
    )
    kept_back(boundary, text, "HOLLOWAY, APRIL", "Sefo Tuilagi")
    _, forwarded = boundary(text)
    assert "VACANT" in forwarded and "UNIT" in forwarded


# --- sign-offs abroad, nicknames, a salutation with a dash ---


def test_sign_off_in_other_languages(boundary) -> None:
    kept_back(boundary, "Merci pour votre retour. Cordialement, Ousmane Kaboré, o.kabore@example.org", "Ousmane Kaboré")
    kept_back(boundary, "Quedo atento a su respuesta.\nAtentamente,\nRemedios Ugarte", "Remedios Ugarte")


def test_nickname_a_person_goes_by(boundary) -> None:
    text = "The night clerk is Wojciech Malinowski (everyone calls him Wojtek). Wojtek starts at 2200."
    kept_back(boundary, text, "Wojtek")


def test_nickname_words_that_are_plain_english_are_left(boundary) -> None:
    untouched(boundary, "The new build goes by Release 7 (Secret Comet, aka Nightowl) on the release page.")


def test_salutation_with_a_dash_opening_a_mail(boundary) -> None:
    text = "From: ops@example.org\nSubject: handover\n\nThaddeus - the pump at station 4 is down again."
    kept_back(boundary, text, "Thaddeus")


# --- names in other scripts: after a name label, beside a transliteration, before a birth date ---


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Form in Tamil:\nபெயர்: முருகன் ராஜேந்திரன்\nவயது: 61", ("முருகன் ராஜேந்திரன்",)),
        ("Please translate: مېنىڭ ئىسمىم ئەركىن تۇرسۇن. مەن ئوقۇتقۇچى.", ("ئەركىن تۇرسۇن",)),
        ("Certificate name in syllabary: ᏣᎳᎩ ᎠᏓᏅᏙ (Tsali Adanvdo), please check.", ("ᏣᎳᎩ ᎠᏓᏅᏙ", "Tsali Adanvdo")),
        ("手紙の訳をお願いします\uff1a「渡辺 美和子\uff08昭和三十年五月二日生まれ\uff09の件です。」", ("渡辺 美和子",)),
    ],
)
def test_names_in_other_scripts(boundary, text: str, values: tuple[str, ...]) -> None:
    kept_back(boundary, text, *values)


# --- a handle that spells a found person's full name ---


def test_handle_spelling_a_found_name(boundary) -> None:
    text = "tenant (dwayne kowalczyk) says pay the deposit to @dwayne-kowalczyk-rentals on venmo"
    kept_back(boundary, text, "dwayne kowalczyk", "@dwayne-kowalczyk-rentals")


def test_handle_of_a_team_is_left(boundary) -> None:
    _, forwarded = boundary("Ask Priya Raman or post in @infra-oncall-team; email priya.raman@example.org too.")
    assert "@infra-oncall-team" in forwarded


# --- a roster of "post: name" lines; a name label that says how the name is written ---


def test_roster_line_the_model_calls_a_place(boundary) -> None:
    text = "Drill staffing\nShelter lead: Dorsey Yellowhorse, (505) 555-0190\nRadio officer: Hollis Pickering\n"
    kept_back(boundary, text, "Dorsey Yellowhorse", "Hollis Pickering")


def test_qualified_name_label(boundary) -> None:
    kept_back(boundary, "Please fix the card. Name as on passport: Oluwaseyi Adeyemi-Bankole", "Adeyemi-Bankole")
    untouched(boundary, "Check the file name in the repo: Quarterly Report is the one to open.")


def test_gloss_of_english_words_is_left(boundary) -> None:
    untouched(boundary, "Our ᏣᎳᎩ ᎠᏰᎵ (Cherokee Nation) office opens the 東京 タワー (Tokyo Tower) tour at nine.")


def test_gloss_with_one_unlisted_word(boundary) -> None:
    native = "\u13e9\u13ef \u13a0\u13d5\u13b3"  # two words in the Cherokee syllabary
    kept_back(boundary, f"Spelling check for the award: {native} (Sequoyah Wahnetah)", native, "Sequoyah Wahnetah")
