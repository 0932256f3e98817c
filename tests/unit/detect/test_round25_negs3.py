"""Round 25, hard negatives by kind: a format's example with nine counted digits, in help text of any language;
test fixtures' mailboxes and names, a template's example row; a document's Roman-numbered divisions; an animal
named with a rank, the candidates for a pet's name; carriers, care homes, apparatus makers, vessels in a slashed
list; landmarks and buildings in a series; an era named after a president; an app store's name. Beside each
release, the private data the same rule must keep. Every text here is invented for this file."""

from __future__ import annotations

from .conftest import Boundary, kept_back, untouched

# --- a format's example ---


def test_an_i94_numbers_counted_example_passes(boundary: Boundary) -> None:
    untouched(boundary, 'Kiosk help screen: "Type your admission number, for example 234567890B2, then press Next."')


def test_a_localised_example_hint_passes(boundary: Boundary) -> None:
    untouched(boundary, 'hint_anumber = "Exemple : A-012-345-678"\nhint_dob = "Date de naissance"\nOK?')


def test_an_i94_number_given_as_someones_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Her I-94 number is 48213907A16 and it shows the wrong class.", "48213907A16")


# --- test fixtures and templates ---


def test_fixture_mailboxes_and_names_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        'Playwright seed data: {"name":"Sample Applicant","email":"demo.user02@example.org"} and '
        '{"name":"QA Review","email":"tester@example.net"}. Why does the second one fail validation?',
    )


def test_a_persons_mailbox_at_an_example_domain_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Send the decision to rahel.tesfaye@example.com before Friday.", "rahel.tesfaye@example.com")


def test_a_template_rows_nobody_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "SURNAME,GIVEN,MI,BIRTH_DATE,SSN\nROE,JANE,A,DD/MM/YYYY,XXX-XX-XXXX\nDraft the upload instructions.",
    )


def test_a_real_row_under_the_same_header_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "SURNAME,GIVEN,MI,BIRTH_DATE,SSN\nOKONJO,ADAEZE,N,14/03/1987,XXX-XX-XXXX\nDraft the upload instructions.",
        "OKONJO",
    )


# --- documents' divisions ---


def test_roman_numbered_articles_pass(boundary: Boundary) -> None:
    untouched(boundary, "The bylaws (Article XII, Section 4(b)) require a quorum of seven. Does Title IX apply here?")


# --- animals ---


def test_an_animal_named_with_a_rank_passes(boundary: Boundary) -> None:
    untouched(boundary, "The office has a rescue cat named Captain Whiskers; write a poem for the break room.")


def test_a_dog_named_after_a_person_keeps_the_person(boundary: Boundary) -> None:
    kept_back(boundary, "Our new dog is named after my neighbor Delphine Arceneaux, who found him.", "Arceneaux")


def test_candidates_for_a_pets_name_pass(boundary: Boundary) -> None:
    untouched(boundary, "We need a name for our new kitten, gray and shy. Ideas so far: Clover, Mabel, Ziggy, Hazel.")


# --- things named like people ---


def test_carriers_and_care_homes_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Transport partners: Trailways, Adirondack Bus Lines and Lamers Lines. Dad's options: Maplewood Senior "
        "Living or Hearthstone Assisted Living. Put both lists in a table.",
    )


def test_apparatus_after_its_model_year_passes(boundary: Boundary) -> None:
    untouched(
        boundary, "Fleet list: Ladder 3 (2016 Seagrave Aerialscope), Engine 7 (2021 Sutphen Monarch). Sort by year."
    )


def test_a_person_after_a_year_in_prose_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "In 2019 Pierce Okafor signed the lease at 41 Birch Ln.", "Okafor")


def test_vessels_in_a_slashed_list_pass(boundary: Boundary) -> None:
    untouched(
        boundary, "Sea time logged on these vessels: F/V LADY GRACE, M/V OCEAN WIND, TUG MARGARET ANNE. Which count?"
    )


def test_buildings_in_a_series_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Orientation map: check in at Brenneman Hall, eat at Kittredge Hall, classes in Oyelaran Hall and "
        "Dunmore Hall. Turn it into directions.",
    )


def test_landmarks_in_a_series_pass(boundary: Boundary) -> None:
    untouched(
        boundary, "Water stops: Coyote Well, then Dripping Well, then the trailhead below Ojito Peak. Make a card."
    )


def test_a_family_sharing_a_surname_is_kept(boundary: Boundary) -> None:
    kept_back(boundary, "Emergency contacts: Thomas Hall and Rebecca Hall, both at 512-555-0148.", "Rebecca Hall")


def test_a_family_whose_given_names_the_lists_lack_is_kept(boundary: Boundary) -> None:
    # no text about places: the given-name lists miss Tavita and Lemalu, which must not make them buildings
    kept_back(
        boundary,
        "Meeting notes: Tavita Hall and Sione Hall will both attend; Lemalu Hall is out sick.",
        "Tavita Hall",
        "Lemalu Hall",
    )
    kept_back(boundary, "Crew roster: Amaka Peak and Chidi Peak are on the ridge team this week.", "Amaka Peak")


def test_a_full_name_among_a_pets_candidate_names_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Names for our new puppy: Bella, Luna, and Maria Gonzalez from next door says Rocky.",
        "Maria Gonzalez",
    )


def test_an_era_named_after_a_president_passes(boundary: Boundary) -> None:
    untouched(boundary, "For the tour script: the Blue Room has Coolidge-era china. Keep it to two sentences.")


def test_an_app_store_review_passes(boundary: Boundary) -> None:
    untouched(boundary, 'Google Play review, 1 star: "Crashes when I upload a photo." Draft a polite reply.')
