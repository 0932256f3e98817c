"""Round 9, false positives by class (tuned on blind set l): hard negatives the detector altered, through the
proxy boundary under the shipped commercial policy, each class beside the positive it must not cost; and the
identifiers written straight after Chinese, Japanese or Korean text. Every text and value here is invented for
this file (the published specimens excepted: they are the point)."""

from __future__ import annotations

import pytest

from gateway.detect.context_filters import refine
from gateway.detect.findings import Finding
from gateway.detect.named_things import names_a_thing
from gateway.detect.published_examples import inside_named_specimen, named_specimen
from gateway.detect.recognizers.identifiers.credit_card import issuer_prefix_ok

from .conftest import kept_back, refused, untouched

# --- identifiers against CJK text, no space between ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请帮我查一下。我的收据号码是EAC2291034417。谢谢。", "EAC2291034417"),
        ("我的A号码是A204418736。", "A204418736"),
        ("他的社会安全号是523-71-8804。", "523-71-8804"),
        ("I-94番号は318204577B2です。", "318204577B2"),
        ("접수번호는IOE0917734521입니다.", "IOE0917734521"),
    ],
)
def test_identifiers_right_after_cjk_text_are_found(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_identifier_glued_to_latin_letters_is_still_no_receipt(boundary) -> None:
    # the CJK edge is an edge; a Latin letter or digit before the prefix still is not
    blocked, forwarded = boundary("build tag XEAC2291034417 failed")
    assert not blocked and "XEAC2291034417" in forwarded


# --- things named after people ---


@pytest.mark.parametrize(
    "text",
    [
        "Tow schedule: M/V Lorraine Hansberry at 0600, then the tug Dolores Whitcombe at 0900.",
        "Underway: USCGC Winifred Pelletier and USCGC Harriet Okafor. List their hull numbers.",
        "Summarise the damage from Hurricane Delphine and Typhoon Rosalind for the briefing.",
        "Average security wait at Thurgood Marshall Intercontinental versus Bexar Regional?",
        "Auction list: 2016 Toyota Tundra, 2020 Lincoln Aviator, 2015 Nissan Armada. Value them.",
        "Reserve one of these conference rooms: Douglass, Hamilton, Franklin or Truman.",
    ],
)
def test_vessels_storms_facilities_vehicles_and_rooms_are_not_people(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rooms booked by: Dolores Whitcombe, Marisol Ekwueme", "Marisol Ekwueme"),
        ("Send the draft to Harriet Okafor before Friday.", "Harriet Okafor"),
        ("In 2019 Winifred Pelletier moved to Tampa.", "Winifred Pelletier"),
    ],
)
def test_people_beside_those_words_stay_hidden(boundary, text: str, name: str) -> None:
    kept_back(boundary, text, name)


def test_names_a_thing_reads_the_words_around() -> None:
    text = "the ferry Agnes Moorehead, then 2012 Lincoln MKZ, and Lincoln Abernathy"
    assert names_a_thing(text, text.index("Agnes"), text.index(",", text.index("Agnes")))
    lincoln = text.index("Lincoln MKZ")
    assert names_a_thing(text, lincoln, lincoln + len("Lincoln MKZ"))
    person = text.index("Lincoln Abernathy")
    assert not names_a_thing(text, person, person + len("Lincoln Abernathy"))


# --- everyday nouns that are given names ---


@pytest.mark.parametrize(
    "text",
    [
        "Attach the Bill of sale to the seizure packet.",
        "Our motto this year: Trust in the team and Grace for the newcomers.",
    ],
)
def test_everyday_nouns_in_their_phrases_are_not_people(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_given_name_asked_for_something_stays_hidden(boundary) -> None:
    kept_back(boundary, "Please ask Grace Okonjo for the updated roster.", "Grace Okonjo")


# --- codes, remotes, devices, founding dates ---


def test_census_codes_and_the_counties_they_gloss(boundary) -> None:
    untouched(boundary, "Merge on FIPS 48029 (Bexar) and 48453 (Travis); tracts 48029181100 and 48453001100.")


def test_forge_ssh_remotes_are_no_mailbox(boundary) -> None:
    untouched(boundary, "Clone git@gitlab.com:cisa-tools/scanner.git or ssh://git@bitbucket.org:7999/ops/infra.git")


def test_a_persons_address_next_to_a_remote_stays_hidden(boundary) -> None:
    kept_back(
        boundary, "Ask dolores.whitcombe@example.gov about git@github.com:org/app.git", "dolores.whitcombe@example.gov"
    )


def test_fifteen_digits_are_a_card_only_under_american_express() -> None:
    assert not issuer_prefix_ok("356938035643801")  # an IMEI's shape: TAC 35…, Luhn check digit
    assert issuer_prefix_ok("371238839571004")


def test_imeis_are_not_cards_but_amex_is(boundary) -> None:
    untouched(boundary, "Spare handsets, IMEI 352099001761481 and 490154203237518, go to the depot.")
    kept_back(boundary, "Refund to her Amex 3714 496353 98431 please.", "3714 496353 98431")


def test_an_institution_is_not_born(boundary) -> None:
    untouched(boundary, "For the anniversary post: the Lighthouse Service was born on August 7, 1789.")


def test_a_person_still_is(boundary) -> None:
    kept_back(boundary, "Marisol Ekwueme was born on March 3, 1984 in Lagos.", "March 3, 1984")


# --- published specimens, named as such ---


JWT_IO = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_published_specimens_named_as_examples_pass(boundary) -> None:
    untouched(boundary, "Training slide: never accept 078-05-1120, the voided Woolworth sample, on an SS-5.")
    untouched(boundary, f"Walk me through the header, payload and signature of the jwt.io example {JWT_IO}")


def test_the_same_values_offered_as_someones_are_caught(boundary) -> None:
    kept_back(boundary, "Applicant wrote SSN 078-05-1120 on the form, flag it.", "078-05-1120")
    refused(boundary, f"curl -H 'Authorization: Bearer {JWT_IO}' https://api.internal.test/v1/users")


def test_specimen_helpers() -> None:
    text = f"jwt.io sample: {JWT_IO}"
    start = text.index("eyJ")
    assert named_specimen(text, "JWT", start, len(text))
    assert inside_named_specimen(text, "JWT", start + 10, start + 60)
    assert not named_specimen("my SSN 078-05-1120", "US_SSN", 7, 18)
    # an address at an example domain names nothing as an example
    assert not named_specimen("SSN 078-05-1120, mail dana@example.com", "US_SSN", 4, 15)


# --- one word of a list of places ---


def _at(text: str, word: str, entity: str) -> Finding:
    start = text.index(word)
    return Finding(entity, start, start + len(word), 0.85, "SpacyRecognizer")


def test_a_word_among_places_is_a_place() -> None:
    text = "Overtime went to Nogales, Douglas, Naco, Sasabe and Lukeville last month."
    places = [_at(text, w, "LOCATION") for w in ("Nogales", "Douglas", "Naco", "Lukeville")]
    kept = refine(text, [*places, _at(text, "Sasabe", "PERSON")])
    assert not [f for f in kept if f.entity_type == "PERSON"]


def test_a_word_among_people_or_beside_two_places_stays_a_person() -> None:
    text = "Overtime went to Nogales, Naco, Okafor, Pelletier and Whitcombe last month."
    few = [_at(text, w, "LOCATION") for w in ("Nogales", "Naco")]
    people = [_at(text, w, "PERSON") for w in ("Okafor", "Pelletier", "Whitcombe")]
    kept = refine(text, [*few, *people])
    assert len([f for f in kept if f.entity_type == "PERSON"]) == 3


def test_people_listed_with_one_place_stay_hidden(boundary) -> None:
    kept_back(
        boundary,
        "Travellers: Marisol Ekwueme, Dolores Fairbanks and Winifred Pelletier, from Tucson.",
        "Dolores Fairbanks",
    )


def test_two_words_among_places_only_without_a_given_name() -> None:
    text = "Evaluate Grafana, Kibana Lens, Nagios, Zabbix and Marisol Ekwueme for the pilot."
    places = [_at(text, w, "LOCATION") for w in ("Grafana", "Nagios", "Zabbix")]
    kept = refine(text, [*places, _at(text, "Kibana Lens", "PERSON"), _at(text, "Marisol Ekwueme", "PERSON")])
    assert [text[f.start : f.end] for f in kept if f.entity_type == "PERSON"] == ["Marisol Ekwueme"]
