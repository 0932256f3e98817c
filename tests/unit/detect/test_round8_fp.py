"""Round 8, false positives by class: hard negatives the detector altered, through the proxy boundary under the
shipped commercial policy, each class beside the positive it must not cost. Every text and value here is invented
for this file."""

from __future__ import annotations

import pytest

from gateway.detect.context_filters import RULED_OUT, _code_word, refine
from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import names_a_place
from gateway.detect.test_cards import named_test_card

from .conftest import kept_back, refused, untouched

# --- PERSON spans no person's name is made of ---


@pytest.mark.parametrize(
    "text",
    [
        "Detour: Palmer Road and Whitfield Ave are shut until the parade ends. Write the notice.",
        "Lodging rates for Tangipahoa Parish and Ascension Parish differ. Which is cheaper?",
        "Draft a post for the #FloodSmart challenge and the #WinterReady push next month.",
        "Ping me on #ReadyKids when the #HurricaneHub page is live.",
        "The Retention Incentive Payment and the Recruitment Bonus both need a service agreement.",
        "The cutter Bertholf and the cutter Munro patrolled the Bering Sea together. Summarise.",
        "Why does SQLAlchemy raise on a closed session? The stack shows FastAPIRouter at the top.",
        "Can you react to this message with 🎉 and 🙌 only.",
    ],
)
def test_places_events_code_and_vessels_are_not_people(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please ask JoAnn Whitcombe to sign the form.", "JoAnn Whitcombe"),
        ("KeShawn Pettiford called about his claim.", "KeShawn Pettiford"),
        ("Grace Holloway will bring the binder to the Palmer Road site.", "Grace Holloway"),
        ("Forward it to Daniel Brooks, he owns the Brooks Road lease.", "Daniel Brooks"),
    ],
)
def test_names_with_inner_capitals_or_place_words_nearby_stay_redacted(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


def test_a_place_tail_in_a_sentence_with_a_number_stays_a_finding() -> None:
    text = "Billing: Flat 7C, Lakshmi Nivas Residency, 4th Cross Road, Jayanagar"
    start = text.index("Lakshmi")
    assert not names_a_place(text, start, start + len("Lakshmi Nivas Residency"))
    prose = "Meet at Lakshmi Nivas Residency after lunch."
    start = prose.index("Lakshmi")
    assert names_a_place(prose, start, start + len("Lakshmi Nivas Residency"))


@pytest.mark.parametrize(
    ("word", "code"),
    [("FloodSmart", True), ("URLParam", True), ("OBrien", False), ("McAllister", False), ("JoAnn", False)],
)
def test_code_words(word: str, code: bool) -> None:
    assert _code_word(word) is code


def test_pem_armour_labels_are_not_names(boundary) -> None:
    untouched(boundary, "Is a file that opens with 'BEGIN RSA PUBLIC KEY' different from 'END CERTIFICATE'?")


def test_a_name_in_capitals_stays_redacted(boundary) -> None:
    kept_back(boundary, "Manifest line: OKONKWO CHIDUBEM ADAEZE, seat 14C", "OKONKWO CHIDUBEM")


def test_a_county_column_holds_places(boundary) -> None:
    text = "| case | county |\n|---|---|\n| 1 | Polk |\n| 2 | Marion |\n| 3 | Hillsborough |\nCount per county."
    untouched(boundary, text)
    start = text.index("Marion")
    model_says = Finding("PERSON", start, start + len("Marion"), 0.85, "SpacyRecognizer")
    assert refine(text, [model_says]) == []
    elsewhere = text.replace("county", "officer")
    assert refine(elsewhere, [model_says]) == [model_says]


def test_a_name_column_still_holds_people(boundary) -> None:
    text = "| case | name |\n|---|---|\n| 1 | Wendell Okafor |\n| 2 | Priyanka Dutta |"
    kept_back(boundary, text, "Wendell Okafor", "Priyanka Dutta")


def test_placeholder_names_and_type_names_pass(boundary) -> None:
    untouched(boundary, 'The spec uses {"name": "John Doe"} in every example. Is that fine?')
    untouched(boundary, "def lookup(name: str, owner: str) -> dict: ...  Rename these parameters.")


def test_an_office_under_an_owner_column_is_not_a_person(boundary) -> None:
    text = "Reformat:\n| Task | Owner |\n|---|---|\n| Triage | Mailroom Unit |\n| Filing | Docket Section |"
    untouched(boundary, text)


# --- numbers whose label says what they are ---


@pytest.mark.parametrize(
    "text",
    [
        "PD# 000-52-7714 is the position description for the analyst job. Summarise the duties.",
        "Position number 318-40-2219 was abolished; draft the reassignment memo.",
        "The recall covers NDC 61314-0227-5 and lot 204-31-8870. What should pharmacies do?",
        "NDC 50090-3301-0 and NDC 0409-4888-02 are on the shortage list.",
        "serial number stamped on the base plate is 402-13-5576, is that a 2015 model?",
        "lot number printed on the carton was 517-66-0412 per the notice. Which batch is that?",
        "NSN 5820-01-493-1752 is on the receiving report. What item class is that?",
    ],
)
def test_thing_numbers_pass(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The serial killer case: victim's SSN is 402-13-5576, redact it.", "402-13-5576"),
        ("Ticket for Mr. Ferris, his phone is 301-555-0119, call back today.", "301-555-0119"),
        ("lot number on the form sent to her: 517-66-0412 is her SSN actually", "517-66-0412"),
    ],
)
def test_a_persons_number_near_a_thing_label_stays_redacted(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_ssn_shaped_numbers_in_never_issued_ranges_declared_so_pass(boundary) -> None:
    text = "Reference numbers 900-31-4417 and 000-28-6650 were never issued as SSNs. Are they safe?"
    untouched(boundary, text)
    as_phone = Finding("PHONE_NUMBER", 18, 29, 0.5, "IntlPhoneRecognizer")
    assert refine(text, [as_phone])[0].score <= RULED_OUT
    issuable = text.replace("900-31-4417", "412-31-4417")
    assert refine(issuable, [as_phone])[0].score == 0.5


def test_phone_digits_inside_a_uuid_or_hash_are_not_a_phone(boundary) -> None:
    untouched(boundary, "Request id 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed at 02:14. Why?")
    untouched(boundary, "The artifact digest ends in a1b2c3d4202-555-0143ffee; is it corrupt?")


def test_a_phone_after_chinese_text_stays_a_phone(boundary) -> None:
    kept_back(boundary, "请回电话415-555-0177。", "415-555-0177")


# --- payment processors' published test cards ---


def test_a_published_test_card_named_as_one_passes(boundary) -> None:
    untouched(boundary, "In the sandbox, the test card 4242 4242 4242 4242 always succeeds. Put it in the runbook.")
    untouched(boundary, "QA note: Amex test number 378282246310005 works with any CVC.")


def test_a_published_test_card_offered_as_a_customers_card_stays_redacted(boundary) -> None:
    kept_back(boundary, "Refund the customer, card 5555 5555 5555 4444, exp 04/29.", "5555 5555 5555 4444")


def test_an_address_at_example_dot_com_does_not_name_a_test_card(boundary) -> None:
    """pii-leak-benchmark sends a published test number beside an example.com address: the address says nothing."""
    kept_back(boundary, "Record 18: contact qwrtzpkm@example.com, card 4012-8888-8888-1881", "4012-8888-8888-1881")
    kept_back(boundary, "Charge 6011 1111 1111 1117 and mail test.ops@agency.example.org", "6011 1111 1111 1117")


def test_an_unpublished_card_named_test_stays_redacted(boundary) -> None:
    kept_back(boundary, "Is 4556 7375 8689 9855 a test card?", "4556 7375 8689 9855")


def test_named_test_card_reads_digits_in_any_grouping() -> None:
    text = "demo card 4111-1111-1111-1111"
    assert named_test_card(text, 10, len(text))
    assert not named_test_card("card 4111-1111-1111-1111", 5, 24)


# --- what must stay blocked ---


def test_blocks_are_untouched(boundary) -> None:
    refused(boundary, "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx3k9\n-----END RSA PRIVATE KEY-----")
    untouched(boundary, "The U.S. Secret Service and the Secret Service Uniformed Division both report to DHS.")


# --- the text says what the capitalised word is ---


@pytest.mark.parametrize(
    "text",
    [
        "Marion and Sumter are county names in our list; check the spelling.",
        "We use the Fitzpatrick scale for the skin chart and the Mercalli scale for quakes.",
    ],
)
def test_names_of_places_methods_and_programmes_pass(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ask Rosalind Pemberton to check the logs before noon.", "Rosalind Pemberton"),
        ("Send the Okafor file to Beatriz Quintanilla for review.", "Beatriz Quintanilla"),
    ],
)
def test_a_person_before_a_verb_or_a_file_stays_redacted(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


# --- a vendor's product ---


@pytest.mark.parametrize(
    "text",
    [
        "Compare these for the help desk: ServiceNow ITSM, Microsoft Intune, Ivanti Neurons, Tanium Comply.",
        "Tools in scope: Splunk Phantom, Microsoft Purview, Google Chronicle, Zscaler Private Access. Keep it short.",
    ],
)
def test_vendor_products_are_not_people(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_person_at_a_vendor_stays_redacted(boundary) -> None:
    kept_back(boundary, "Send the license key request to Priscilla Okonkwo at Microsoft.", "Priscilla Okonkwo")
