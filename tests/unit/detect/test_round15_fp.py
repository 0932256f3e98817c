"""Round 15, false positives by class (found on blind set r, checked against every set): streets named in prose
beside a street's ordinal. Beside each, the people and values the same decision must keep. Every text here is
invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.named_things import names_a_thing

from .conftest import Boundary, kept_back, refused, untouched


def _thing(text: str, span: str) -> bool:
    start = text.index(span)
    return names_a_thing(text, start, start + len(span))


# --- streets named in prose: a street's ordinal is no house number ---


@pytest.mark.parametrize(
    "text",
    [
        "Parade closures: east on 9th St NW, then south on Constitution Ave, then 14th St. Tell the carpool.",
        "The shuttle runs from 23rd Street up Wisconsin Avenue to the 2nd Street garage; print the map.",
    ],
)
def test_streets_beside_ordinals_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_a_house_number_beside_the_street_is_still_an_address(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Mail the refund to Delphine Arceneaux, 4418 Constitution Ave, Apt 2, Alexandria, VA 22304, before the 5th.",
        "Delphine Arceneaux",
        "4418 Constitution Ave",
    )
