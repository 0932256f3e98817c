"""Round 7, false positives by kind: hard negatives that the detector altered or refused, through the proxy
boundary under the shipped commercial policy, each with the positive it must not cost. Every text and value here
is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- numbers in ranges the SSA never issues, in a text that says so ---


@pytest.mark.parametrize(
    "text",
    [
        "Unit test fixtures: 000-31-7719 and 666-02-8841 are never-issued SSNs, so the validator must fail them.",
        "QA says 914-22-6610 and 402-00-1187 are structurally invalid. Which SSA rule does each break?",
        "Seed the staging table with fake SSNs such as 931-40-2257 and 288-51-0000 only.",
    ],
)
def test_unissued_ssns_declared_invalid_pass(boundary, text: str) -> None:
    untouched(boundary, text)


def test_an_issuable_ssn_beside_the_words_stays_redacted(boundary) -> None:
    kept_back(boundary, "The validator says 514-27-3308 is invalid but it is my real SSN, why?", "514-27-3308")


def test_an_unissued_ssn_without_such_words_stays_redacted(boundary) -> None:
    kept_back(boundary, "Applicant SSN 912-44-7031, please update the case file.", "912-44-7031")


# --- credentials whose value marks itself a placeholder ---


@pytest.mark.parametrize(
    "text",
    [
        "The README shows AKIAJQ3EXAMPLE7ZK4RT as the key id. Is that format right?",
        'Slides for the training, bad practice on purpose:\n\ndb_password = "Hunter9_EXAMPLE"\n\nFix it.',
        "Template .env:\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nAPI_TOKEN=DO-NOT-USE-1234",
    ],
)
def test_credentials_marked_as_placeholders_pass(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_real_looking_credential_is_still_refused(boundary) -> None:
    refused(boundary, "The build broke, here is the key: AKIAJQ3PLM7ZK4RTW2XB with secret in the vault.")


# --- dotted versions in a table's version column; numbers labelled as asset or property tags ---


@pytest.mark.parametrize(
    "text",
    [
        "| service | version |\n|---|---|\n| billing | 4.12.3.7 |\n| search | 2.0.9.1 |\nWhich are behind?",
        "host\tbuild\nweb-a\t6.2.14.9\nweb-b\t6.2.15.0\nList the older build.",
    ],
)
def test_versions_in_a_version_column_pass(boundary, text: str) -> None:
    untouched(boundary, text)


def test_an_address_in_a_host_column_stays_redacted(boundary) -> None:
    kept_back(boundary, "| host | ip |\n|---|---|\n| web-a | 10.31.7.22 |\nIs it reachable?", "10.31.7.22")


@pytest.mark.parametrize(
    "text",
    [
        "Printer inventory: asset tag 441-27-9035 is on floor 2, move it to floor 5.",
        "Property tag: 602-18-4477 (laptop), to be surplused this week.",
    ],
)
def test_asset_and_property_tags_pass(boundary, text: str) -> None:
    untouched(boundary, text)


# --- national helplines that public messaging names ---


@pytest.mark.parametrize(
    "text",
    [
        "Add to the shelter poster: for emotional support after the flood, call or text (800) 985-5990.",
        "Put the trafficking hotline 888.373.7888 on the training slide's last page.",
    ],
)
def test_public_helplines_pass(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_person_s_toll_free_line_stays_redacted(boundary) -> None:
    kept_back(boundary, "Reach Dana Whitlock directly on 1-888-402-7719 about her claim.", "1-888-402-7719")


# --- another kind of number said to look like phone numbers, shown after "e.g." ---


def test_ids_that_look_like_phone_numbers_pass(boundary) -> None:
    untouched(
        boundary,
        "Our order numbers look like phone numbers (e.g. 571-204-3318, 571-209-4402) and confuse the help desk. "
        "Propose a clearer order number format.",
    )


def test_a_phone_after_e_g_without_another_kind_stays_redacted(boundary) -> None:
    kept_back(boundary, "Use a real callback, e.g. 571-204-3318, so Lena Ortiz can reach the family.", "571-204-3318")
