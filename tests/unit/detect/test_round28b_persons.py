"""Round 28b (persons): name-shaped spans that the list or the line around them shows to be no person (invented
examples, different from the sets' records): a list of towns each with a state's code, a list of routes, places
with an airport's code in brackets, aircraft makers' models, a list of streets, a sample's quoted placeholder name
and a Spanish imperative opening a sentence. Each release has a hard negative: the same shape around a private
person stays redacted."""

from __future__ import annotations

import pytest

from tests.unit.detect.conftest import kept_back, untouched

# --- towns each with a US state's postal code: "Town ST, Town ST" ---


@pytest.mark.parametrize(
    "text",
    [
        "Regional hubs are in Tulsa OK, Dayton OH, Eugene OR, Laramie WY and Tacoma WA. Which share a time zone?",
        "Ship the kits to Provo UT, Salem OR, Albany GA, Camden NJ, Dover DE. Sort them by distance from Denver.",
    ],
)
def test_towns_each_with_a_state_code(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_surname_first_name_with_a_code_after_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Discharge summary signed by Quintanilla, Marisol RN on 04/11 (DOB 03/02/1961), phone 312-555-0188.",
        "Quintanilla, Marisol",
    )


# --- a list of routes: "Town to Town" pairs after a word of routes or trips ---


def test_a_list_of_routes(boundary) -> None:
    untouched(
        boundary,
        "Cross-country legs for the students: Sebring to Arcadia, Punta Rassa to Naples, Bartow to Wauchula,"
        " Ocala to Williston. Which have fuel?",
    )


def test_people_handed_over_to_people_stay_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Case reassignments today: Marisol Quintanilla to Tobias Wrenfield, Delphine Okafor to Ruben Castellano,"
        " Ingrid Solberg to Amadou Diallo. Client DOB 04/12/1979 stays on the file.",
        "Marisol Quintanilla",
    )


# --- places followed by an airport's code in brackets ---


def test_places_with_airport_codes(boundary) -> None:
    untouched(
        boundary,
        "Proposed flight itinerary: Gregorio Luperón (POP) on Monday, then Cristiano Ronaldo (FNC), Jomo Kenyatta"
        " (NBO) and Felix Houphouet Boigny (ABJ). How many travel days is that?",
    )


def test_people_with_an_agency_in_brackets_stay_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Travel itinerary for the panel, flights booked: Marisol Quintanilla (DHS), Tobias Wrenfield (FAA) and"
        " Delphine Okafor (TSA), all departing Monday.",
        "Marisol Quintanilla",
        "Tobias Wrenfield",
    )


# --- aircraft makers' models ---


def test_aircraft_makers_models(boundary) -> None:
    untouched(
        boundary,
        "For the checkride, compare a Piper Cherokee, Cessna Cardinal, Mooney Ovation and a Cirrus SR22 on"
        " useful load. Which aircraft is best for a student?",
    )


def test_pilots_whose_given_name_is_a_makers_stay_redacted(boundary) -> None:
    kept_back(
        boundary,
        "The flight instructors rostered this week are Piper Lindqvist and Douglas Fairbanks; Piper's cell is"
        " 312-555-0188.",
        "Piper Lindqvist",
    )


# --- a list of streets, each item ending in a street's word ---


def test_a_list_of_street_names(boundary) -> None:
    untouched(
        boundary,
        "Street names proposed for the new subdivision: Hopkins Ward Way, Elsie Marrow Lane, Amelia Earhart Drive,"
        " Jacob Tillman Court, Nora Bright Circle. Write a plaque line for each.",
    )


def test_people_with_phones_in_a_street_shaped_list_stay_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Volunteers: Marisol Quintanilla Lane 312-555-0188, Tobias Wrenfield Court 312-555-0199, Delphine Okafor"
        " Way 312-555-0177.",
        "Marisol Quintanilla",
    )


# --- a quoted name the text calls an example or a sample, with placeholder values ---


@pytest.mark.parametrize(
    "text",
    [
        'Mock-up for the CRM tutorial. Sample customer: "Penelope Widgetworth", phone 555-555-5555, company'
        ' "Globex". Is it clearly fictional?',
        'The payroll class uses a dummy pay stub: worker "Rupert Placeholder", SSN 000-00-0000. Explain the'
        " deductions.",
    ],
)
def test_a_sample_records_quoted_name(boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_quoted_name_in_an_example_of_a_real_case_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        'Here is an example of the problem: client "Marisol Quintanilla", phone 312-555-0188, keeps bouncing.',
        "Marisol Quintanilla",
    )


# --- a Spanish imperative opening a sentence, read with its article as a two-word name ---


def test_a_spanish_imperative_with_its_article(boundary) -> None:
    untouched(
        boundary,
        'Escriba al final una nota, por favor: "Queridos vecinos: el centro comunitario abrirá a las nueve."',
    )


def test_a_spanish_name_with_its_particle_stays_redacted(boundary) -> None:
    kept_back(
        boundary,
        "Traduzca al inglés: Juan del Castillo llamó ayer; su teléfono es 312-555-0188 y nació el 4/5/1970.",
        "Juan del Castillo",
    )


# --- leaks: a summons's juror, an application's references, a point of contact, a chat export's tagged headers ---


def test_a_juror_label_before_a_surname_first_name(boundary) -> None:
    kept_back(
        boundary,
        "Help me ask for a deferral. The notice says:\nJuror: HALVORSEN, EDA J   Juror No. 551902\n"
        "Address: 14 Elm Row, Dayton, OH 45402",
        "HALVORSEN, EDA",
    )


def test_a_personal_reference_label(boundary) -> None:
    kept_back(
        boundary,
        "Rental application, check my answers:\nApplicant: Tobias Wrenfield, 312-555-0188\n"
        "Personal reference: Delphine Okafor (former landlord)\n",
        "Delphine Okafor",
    )


def test_a_point_of_contact_in_capitals_without_a_colon(boundary) -> None:
    kept_back(
        boundary,
        "Pallets go to the community hall on Friday. Receiving POC Harriet Abernathy, 405-555-0176, will sign.",
        "Harriet Abernathy",
    )


def test_a_proof_of_concept_after_poc_is_untouched(boundary) -> None:
    untouched(boundary, "Last sprint we stood up a POC Apache Kafka Cluster and a POC Azure Landing Zone for review.")


def test_a_chat_exports_tagged_headers(boundary) -> None:
    kept_back(
        boundary,
        "[Teams] Okafor, Delphine 09:12\ncan we forward the intake form to the county?\n"
        "[Teams] Okafor, Delphine 09:13\nit has the client's address on it\n"
        "[Teams] Wrenfield, Tobias 09:15\nno, send only the case number please",
        "Okafor, Delphine",
        "Wrenfield, Tobias",
    )
