"""Round 10, leak recall by class (tuned on blind set m): e-mail addresses under private and documentation
top-level names, Korean names written given name first or after a comma, and names in their own script inside
Latin-script text. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.name_shapes import korean_names, native_script_names
from gateway.detect.recognizers.personal.email import has_mail_domain

from .conftest import kept_back, untouched

# --- e-mail addresses under names no registry sells ---


@pytest.mark.parametrize(
    "address",
    [
        "t.okafor@records-unit.example",
        "QGarrison@fieldops.internal",
        "nightshift+alerts@soc.agency.corp",
        "m_villanueva@hq.local",
        "intake-desk@visa-office.test",
    ],
)
def test_addresses_under_private_and_documentation_names_are_hidden(boundary, address: str) -> None:
    kept_back(boundary, f"Send the revised roster to {address}; cc the duty officer.", address)


def test_several_such_addresses_in_a_list_are_all_hidden(boundary) -> None:
    addresses = ["wkessler@harbor-ops.example", "WKessler@harbor-ops.example", "n.abara.fd@rescue.example"]
    kept_back(boundary, "Merge these contacts: " + "; ".join(addresses), *addresses)


@pytest.mark.parametrize(
    ("address", "mailbox"),
    [
        ("ana@records.example", True),
        ("ana@records.gov", True),
        ("ana@records.EXAMPLE", True),
        ("lodash@4.17.21", False),  # a package pinned to a version
        ("ana@records.examples", False),
        ("ana@records.localhostx", False),
        ("ana@records.internals", False),
    ],
)
def test_has_mail_domain(address: str, mailbox: bool) -> None:
    assert has_mail_domain(address) is mailbox


def test_package_pins_stay_untouched(boundary) -> None:
    untouched(boundary, "Pin @scope/widgets@4.2.0 and left-pad@1.3.0 in package.json, then rebuild.")


# --- Korean names in English order ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Escalate the ticket to Min-seo Kang before noon.", "Min-seo Kang"),
        ("Report prepared by: HYE-JIN YOON", "HYE-JIN YOON"),
        ("Re: reinstatement request - CHOI, Dong-hyun", "CHOI, Dong-hyun"),
        ("Attendees: Lim, Su-bin; Ortega, Ramon", "Lim, Su-bin"),
    ],
)
def test_korean_names_given_name_first_or_after_a_comma_are_hidden(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "The Co-op Park reopens Monday.",
        "Use the Check-in Kiosk by gate B, near Drop-off Lane.",
        "Ask about the So-so Kim-chi recipe.",
    ],
)
def test_hyphenated_english_words_before_a_surname_are_no_korean_name(text: str) -> None:
    assert list(korean_names(text)) == []


# --- names in their own script ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Spell these for the badge list: خالد يوسف القحطاني and مريم الشهري.", ["خالد يوسف القحطاني", "مريم الشهري"]),
        ("Who is 오민지 in this photo caption?", ["오민지"]),
        ("Card text: 亲爱的陈志远和周婷\uff0c生日快乐\uff01 please translate.", ["陈志远", "周婷"]),
    ],
)
def test_native_script_names_inside_english_text_are_hidden(boundary, text: str, names: list[str]) -> None:
    kept_back(boundary, text, *names)


@pytest.mark.parametrize(
    "text",
    [
        "How do you say thank you in 한국어?",
        "The sign read السلام عليكم at the entrance.",
        "ترجم هذه الجملة: مرحبا بكم في المكتب",  # mostly Arabic text: its own labels decide, not this rule
    ],
)
def test_phrases_in_those_scripts_are_not_read_as_names(text: str) -> None:
    assert list(native_script_names(text)) == []


def test_a_word_of_three_hangul_syllables_is_read_only_inside_latin_text() -> None:
    assert list(native_script_names("이 사진 속 오민지 누구야?")) == []


# --- people named by their role in a case ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Draft the step 2 filing.\ngrievant: marisol quintero\nissue: overtime denied", "marisol quintero"),
        ('Tally these: [{"evaluator": "Oksana Bilyk", "rating": 2}]', "Oksana Bilyk"),
        ("Adjudicator: Teodoro Lacson\nCase closed favorably.", "Teodoro Lacson"),
    ],
)
def test_names_under_a_role_label_are_hidden(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)
