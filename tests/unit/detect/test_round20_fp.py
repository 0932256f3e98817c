"""Round 20, hard negatives by class (found on blind set y): addresses of the documentation ranges in a text that
names them, consignment numbers under a waybill's label, a placeholder name with its quote run in, statistics and
programmes named after people, an office's contact points in a text for the public, a mission's address, pieces
about people of the past (a museum plaque, a school project, a newsletter on famous people or an era), characters
of an unquoted work of fiction, ships by their line or their trade, and goods a maker names. Beside each release,
the private people and values the same decision must keep. Every text here is invented for this file."""

from __future__ import annotations

from .conftest import Boundary, kept_back, untouched

# --- documentation ranges (RFC 5737, RFC 3849) ---


def test_documentation_addresses_in_a_text_about_the_ranges_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "For the training lab, confirm these sit in the documentation ranges: 198.51.100.23 and 203.0.113.9.",
    )


def test_documentation_ipv6_address_named_by_its_rfc_passes(boundary: Boundary) -> None:
    untouched(boundary, "Is 2001:db8:4::17 reserved for documentation under RFC 3849? Answer in one line.")


def test_documentation_address_in_a_log_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Why did the VPN drop these? 2026-10-04T07:12:55Z DENY src=203.0.113.77 dst=10.8.1.4 user=k.obi",
        "203.0.113.77",
    )


# --- consignment numbers ---


def test_air_waybill_numbers_are_no_phones(boundary: Boundary) -> None:
    untouched(boundary, "Air waybills 157-63018845 and 176-22905514 are on the 0300 freighter.")
    untouched(boundary, "House waybill 160-44018236, 6 pieces, held for screening.")


def test_master_waybill_label_keeps_a_phone_after_it_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Master waybill 618-20357716 was released; the broker's cell is 713-555-0148 if anything changes.",
        "713-555-0148",
    )


# --- a placeholder name with its closing quote run in ---


def test_placeholder_name_in_quotes_passes(boundary: Boundary) -> None:
    untouched(boundary, "Fill the sample form for the applicant 'John Q. Public' and leave the dates blank.")


# --- statistics named after their authors ---


def test_statistic_eponyms_in_a_results_paragraph_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Report: t(58) = 3.02, p = 0.004, Cohen's d = 0.61 and Pearson's r = 0.33; after a Bonferroni correction"
        " only two comparisons stayed significant.",
    )


def test_a_participants_name_in_a_results_paragraph_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Summarise: p = 0.03 overall, but Lucinda Harrowgate's scores dropped after the second session.",
        "Lucinda Harrowgate",
    )


# --- programmes named after people ---


def test_programme_and_its_namesake_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Summarise the Kessler SAFE program (named after Deputy Ronald Kessler) for the grants newsletter.",
    )


def test_scholarship_named_after_the_writers_father_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Draft the notice for the scholarship named after my late father Bartholomew Quaintance.",
        "Bartholomew Quaintance",
    )


def test_scholarship_named_after_someone_the_writer_then_calls_their_own_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "The Quaintance Family Scholarship is named after Ottilie Quaintance, my grandmother.",
        "Ottilie Quaintance",
    )


def test_a_plaques_living_donor_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For the museum plaque: Harriet Tubman, and the donor Walter Przybylski who lent the quilt.",
        "Walter Przybylski",
    )


# --- an office's public contact points ---


def test_field_office_number_and_address_in_a_brochure_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "For the brochure: importers may call the Nogales CBP office at 520-287-1410 or write to 200 N Mariposa Rd,"
        " Nogales, AZ 85621.",
    )


def test_office_mailbox_named_after_the_office_in_an_faq_passes(boundary: Boundary) -> None:
    untouched(boundary, "FAQ entry: training questions can go to the OTIA desk at OTIA.Training@hq.dhs.gov.")


def test_persons_mailbox_in_an_faq_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "FAQ entry: training questions can go to the OTIA desk at wilhelmina.stroud@hq.dhs.gov.",
        "wilhelmina.stroud@hq.dhs.gov",
    )


def test_named_persons_number_in_an_faq_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For the FAQ: call Thaddeus Brightwater at the grants office at 202-555-0179 with questions.",
        "202-555-0179",
    )


def test_own_cell_in_a_flyer_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "For the flyer: my cell is 210-555-0163 if the CBP office is closed.", "210-555-0163")


def test_office_address_in_a_flyer_with_an_ssn_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Flyer: the ICE office at 1623 E Lakewood Ave, Tulsa, OK 74104 handles it. SSN 287-41-9920 is on file.",
        "1623 E Lakewood Ave",
    )


def test_office_number_outside_a_public_text_stays_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "Ping the Yuma CBP office at 928-555-0151 about the late truck.", "928-555-0151")


# --- a diplomatic mission's address ---


def test_mission_addresses_in_a_list_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Binder page: Embassy of Guatemala, 2220 R St NW, Washington, DC 20008; Consulate General of El Salvador,"
        " 46 Park Ave, New York, NY 10016.",
    )


def test_address_after_a_persons_name_beside_a_mission_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Ottilie Fairweather, who works at the Embassy of Peru, lives at 85 Larchmont Rd, Bethesda, MD 20816.",
        "85 Larchmont Rd",
    )


# --- pieces about people of the past ---


def test_museum_plaque_names_pass(boundary: Boundary) -> None:
    untouched(boundary, "Museum label text: two lines each on Matthew Henson and Sacagawea.")


def test_school_project_on_a_subject_passes_despite_the_students_parent(boundary: Boundary) -> None:
    untouched(
        boundary,
        "For my daughter's school project on inventors: a short paragraph each on Granville Woods and Hedy Lamarr.",
    )


def test_school_project_on_the_family_keeps_the_relative_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For my son's school project on our family: a paragraph on his grandfather Evaristo Quintanilla.",
        "Evaristo Quintanilla",
    )


def test_newsletter_on_famous_people_of_an_era_passes(boundary: Boundary) -> None:
    untouched(boundary, "For the newsletter: famous women inventors of the 19th century, like Margaret Knight.")


def test_slide_on_an_old_public_event_passes(boundary: Boundary) -> None:
    untouched(boundary, "For the safety slide: the Marine Electric sank in 1983 and Captain Phillip Corl was lost.")


def test_slide_on_an_old_case_keeps_the_officer_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For the slide: in 1979 Officer Leopold Ashcombe seized the largest load at the port.",
        "Leopold Ashcombe",
    )


def test_newsletter_staff_news_keeps_names_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "For the newsletter: congratulations to Philippa Ormsby, one of our famous women leaders, on retiring"
        " after 40 years since 1986.",
        "Philippa Ormsby",
    )


# --- an unquoted work of fiction ---


def test_characters_of_an_unquoted_novel_pass(boundary: Boundary) -> None:
    untouched(boundary, "In the novel the detective Hercule Poirot questions Mrs. Hubbard; who did it?")


def test_unquoted_work_the_writer_is_writing_keeps_the_neighbour_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "In the novel I'm writing, the villain is my neighbour Barnaby Fitzwilliam.",
        "Barnaby Fitzwilliam",
    )


def test_movie_night_keeps_the_guest_hidden(boundary: Boundary) -> None:
    kept_back(boundary, "In the movie night with Cordelia Ashworth we watched three films.", "Cordelia Ashworth")


# --- ships by their line or their trade; goods a maker names ---


def test_line_prefixed_ships_and_a_car_carrier_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Vessels at berth tonight: Cosco Daisy, Ever Joy and the bulk carrier Ocean Patience; note the ETA.",
    )


def test_scents_named_after_virtues_pass(boundary: Boundary) -> None:
    untouched(boundary, "Label my new soap scents: Charity, Grace, Honey Oat. One tagline each.")


def test_people_on_a_shift_stay_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Shift list: Grace Oyelaran and Faith Mbeki are on tonight, call Grace Oyelaran at 832-555-0174.",
        "Grace Oyelaran",
        "832-555-0174",
    )


# --- an office's or a public building's address, the words right before it giving it as the place's ---


def test_service_center_address_passes(boundary: Boundary) -> None:
    untouched(
        boundary,
        "The county permit center is at 410 Garrison Ave, Fort Smith, AR 72901. Appointments open a month ahead.",
    )


def test_branch_address_after_its_colon_passes(boundary: Boundary) -> None:
    untouched(boundary, "Savannah entry branch: 1 E Bay St, Savannah, GA 31401. Make this a card for our brokers.")


def test_post_office_box_after_the_post_office_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Send the parcel to the post office, PO Box 7731, Lamar, CO 81052, and Gwendolyn Marchetti will collect it.",
        "PO Box 7731",
    )


def test_office_address_beside_a_named_person_stays_hidden(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Cornelius Abernathy moved; his new office is at 77 Harbor View Rd, Gloucester, MA 01930.",
        "77 Harbor View Rd",
    )


def test_public_office_locations_in_a_table_pass(boundary: Boundary) -> None:
    untouched(
        boundary,
        "Put these public field office locations in a table: Miami (8801 NW 7th Ave), Atlanta (180 Ted Turner Dr).",
    )


def test_steamship_prefix_names_a_ship(boundary: Boundary) -> None:
    untouched(boundary, "Which lines ran the SS Augusta Victoria and the SS Kronprinzessin Cecilie before 1914?")
