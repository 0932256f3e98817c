"""Round 19, false positives by class (found on blind set w): public history pieces dated long ago, characters of a
quoted work of fiction, a writer's name before the works, a quoted title with a possession in it, a team's call
sign, a clinic's, a system's and an events business's last word (also after a line wrapped at a fixed width),
the federal government's 710 code, an SSN of zeros, "never issued" broken over a line, a defanged role mailbox in
an indicator list, a marking at the end of a list of examples. Beside each release, the private people and values
the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, kept_back, refused, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- a public history piece, dated 20 or more years ago ---


def test_history_page_dated_long_ago_keeps_its_people(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Draft for the district's history page: the port office opened in 1911 under Collector Amos Whitcombe,"
        " and Governor Harriet Lindqvist cut the ribbon on the new wharf in 1926.",
    )


def test_anniversary_display_keeps_its_people(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Text for the 75th anniversary display: the academy graduated its first class in 1951; Colonel Everett"
        " Fairbanks gave the address.",
    )


def test_history_slide_about_this_years_team_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For the team history slide: Priya Venkataraman joined in March and Caleb Okonkwo leads the night shift.",
        "Priya Venkataraman",
        "Caleb Okonkwo",
    )


def test_history_page_with_the_writers_own_people_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "History page draft, 1962 to now: my grandfather Tobias Renfrow ran the ferry until my uncle took over.",
        "Tobias Renfrow",
    )


def test_history_post_with_a_phone_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Heritage month post: Wendell Achterberg served from 1958 to 1990; his daughter asks us to call her at"
        " 412-555-0183.",
        "Wendell Achterberg",
        "412-555-0183",
    )


# --- characters of a quoted work of fiction ---


def test_characters_after_a_quoted_title_are_released(boundary: Boundary) -> None:
    untouched(
        boundary,
        'Reading group prompt: in the novel "Salt Roads", Inspector Dagny Holloway tracks a forger named Perrin'
        " Castellane across 1920s Marseille. Write two discussion questions.",
    )


def test_a_project_in_quotes_is_no_fiction(boundary: Boundary) -> None:
    kept_back(
        boundary,
        'Status: in "Project Larkspur", Marisol Quintanar owns the migration and Desmond Achebe reviews it.',
        "Marisol Quintanar",
        "Desmond Achebe",
    )


def test_a_story_based_on_real_people_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        'For the book club: in "Night Shift", based on real events, Agent Rosalind Ferreira-Kim finds the leak.',
        "Rosalind Ferreira-Kim",
    )


def test_fiction_about_the_writers_own_people_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        'In my novel "Border Light", the hero is my neighbor Ignatius Moorcroft. Is the plot believable?',
        "Ignatius Moorcroft",
    )


def test_a_name_before_the_title_is_not_a_character(boundary: Boundary) -> None:
    kept_back(
        boundary,
        'Leonora Vasquez-Hale asked me to summarise the plot. In the film "Cold Harbor", the captain drowns.',
        "Leonora Vasquez-Hale",
    )


# --- things named after people: the words around them ---


def test_writer_before_the_works_noun() -> None:
    assert _thing("Lesson: the word comes from the Franklin W. Dixon novels.", "Franklin W. Dixon")
    assert not _thing("Put Franklin Dixon's novels on the cart.", "Franklin Dixon")


def test_quoted_title_with_a_possession() -> None:
    assert _thing('The acronym stands for "Jack Morrow\'s Signal Lamp".', "Jack Morrow's Signal Lamp")
    assert not _thing('Her nickname was "Jack Morrow".', "Jack Morrow")


def test_call_sign_of_a_team() -> None:
    assert _thing("Division Charlie and Rescue Bravo on Tac 4.", "Rescue Bravo")
    assert _thing("Strike Team Delta stages at the fairground.", "Strike Team Delta")
    assert not _thing("Call Victor Alvarado on Tac 4.", "Victor Alvarado")


def test_clinic_and_system_last_words() -> None:
    assert _thing("Take the cat to Dr. Fennimore Pet Clinic on Elm.", "Fennimore Pet Clinic")
    assert _thing("Search the Visitor Scheduling System first.", "Visitor Scheduling System")


def test_events_business_after_a_wrapped_line() -> None:
    wrapped = (
        "Our vendors so far: linens from Harbor Linen Supply, chairs and tables from the rental yard, music by Lucky"
        " Break\nEvents, and the barn."
    )
    assert _thing(wrapped, "Lucky Break")
    short_lines = "Contacts:\nLucky Break\nEvents desk opens at 9"
    assert not _thing(short_lines, "Lucky Break")


# --- numbers ---


def test_federal_710_code_is_no_ones_line(boundary: Boundary) -> None:
    untouched(boundary, "On the priority card: dial 1-710-627-4387, then the PIN, then the number you need.")


def test_710_as_someones_own_cell_stays(boundary: Boundary) -> None:
    kept_back(boundary, "Reach Ofelia Brandt on her cell 710-555-0142 tonight.", "710-555-0142")


def test_ssn_of_zeros_is_a_blank(boundary: Boundary) -> None:
    untouched(boundary, "Template row, delete before upload: NAME, SSN 000-00-0000, phone left blank.")


def test_spelled_out_ssn_is_not_a_blank(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "The caller read it as: five one two, three three, eight zero one six. Name Tomasz Wielgosz.",
        "Tomasz Wielgosz",
    )


def test_never_issued_broken_over_a_line(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Validation case for the build: SSN 934-27-8815 (area 9xx is never\nissued); the form must reject it.",
    )


def test_issuable_ssn_beside_never_issued_talk_stays(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Her SSN is 521-48-3306; the other one, 934-27-8815, is never\nissued.",
        "521-48-3306",
    )


def test_defanged_role_mailbox_in_iocs(boundary: Boundary) -> None:
    untouched(
        boundary, "IOCs for the bulletin:\nsender: accounts-payable@northgatefreigth[.]com\nfirst seen 2026-10-02"
    )


def test_defanged_persons_mailbox_stays(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "IOCs: compromised account marguerite.oyelaran@cedarvale[.]org sent the lure.",
        "marguerite.oyelaran@cedarvale[.]org",
    )


def test_role_mailbox_not_defanged_is_unchanged_rule() -> None:
    from gateway.detect.context_filters import _DEFANGED_DOT

    assert _DEFANGED_DOT.search("billing@northgate.com") is None


# --- a marking at the end of a list of examples ---


def test_marking_ending_a_list_of_examples(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Accessibility module: markings such as CUI, (U), CONFIDENTIAL or\nSECRET//REL TO USA, FVEY must be announced"
        " once per page.",
    )


def test_banner_on_its_own_line_still_blocks(boundary: Boundary) -> None:
    refused(boundary, "SECRET//NOFORN\nPortion markings such as (U) and (C) go first in a paragraph.\nSECRET//NOFORN")


def test_a_patients_history_section_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Patient history section: Bartholomew Ekwueme had a knee replacement in 1998 and a stent in 2003.",
        "Bartholomew Ekwueme",
    )


def test_an_offices_line_is_no_ones_own(boundary: Boundary) -> None:
    untouched(boundary, "For the flyer: Sector Key West command center (305) 555-0114; in an emergency call 911.")


def test_a_persons_number_after_the_office_stays(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Ask the command center for Petty Officer Lindqvist-Oyelowo, or her cell (305) 555-0188.",
        "(305) 555-0188",
    )
    kept_back(boundary, "Ezinne Abernathy-Rhys at the help desk: 305-555-0161.", "305-555-0161")
