"""Round 9. Capitalised words the name readers (the model, the name lists) take for a person although the words
around them say they name a thing: a vessel, a storm, a facility, a vehicle, a room or a place in a list of such
things. Each rule reads the text's own words for the kind of thing; none keys on the name.

- a vessel's prefix before it ("M/V Maria Callas", "USCGC Myrtle Hazard", "the tug Ellen McAllister");
- a storm's word before it or opening it ("Hurricane Ian", "Typhoon Mawar", "Tropical Storm Alberto");
- a facility's last word ("George Bush Intercontinental", "Otay Mesa", "Field Office");
- a thing's last word, a noun no person's name ends in ("Ronald Reagan Building", "Hubble Space Telescope",
  "Roosevelt Island", "Marshall Plan");
- a model year and a carmaker before the model ("2017 Nissan Frontier", "2018 Lincoln Navigator");
- an item of a list that a plural noun of things introduces ("these rooms: Jefferson, Madison or Tubman").
"""

from __future__ import annotations

import re

from gateway.detect.names_gazetteer import INSTITUTION_TAIL

_VESSEL_BEFORE = re.compile(
    r"(?i)\b(?:cutter|vessel|ship|uscgc|uss|usns|usnsv|m/v|mv|f/v|fv|s/v|t/v|m/t|m/y|r/v|yacht|tug|tugboat|barge"
    r"|ferry|tanker|freighter|trawler|schooner)[ \t]+$"
)
# The National Hurricane Center's and the JTWC's words for a named storm
_STORM_WORDS = r"(?:hurricane|typhoon|cyclone|(?:tropical|winter)[ \t]+(?:storm|depression|cyclone))"
_STORM_BEFORE = re.compile(rf"(?i)\b{_STORM_WORDS}[ \t]+$")
_STORM_LEAD = re.compile(rf"(?i){_STORM_WORDS}(?:[ \t]|$)")
# Last words of an airport's, a port of entry's or a facility's name, besides INSTITUTION_TAIL's
_FACILITY_TAIL = frozenset({"intercontinental", "memorial", "armory", "arsenal", "depot", "annex", "complex"})
# Round 11. Last words of buildings, landmarks, instruments, programmes, prizes, laws, dishes and businesses named
# after a person, which no person's name ends in (surnames such as Temple, Lake, Hall, Park, Arena, Dam are left out)
THING_TAIL = frozenset(
    """building buildings garage island islands telescope observatory bridge cafe café restaurant bakery grill diner
    tavern brewery winery hotel motel museum library stadium theater theatre monument cathedral basilica mosque
    synagogue zoo aquarium tunnel satellite rover spacecraft probe program programme initiative foundation prize
    award medal trophy festival parade act treaty doctrine syndrome disease theorem equation sauce salad soup
    sandwich airlines airways""".split()  # noqa: SIM905
)
# Makers whose names lead a vehicle's model name; written after a model year ("2019 Ford Ranger")
CARMAKERS = frozenset(
    """acura audi bmw buick cadillac chevrolet chevy chrysler dodge ferrari fiat ford freightliner genesis gmc honda
    hummer hyundai infiniti international isuzu jaguar jeep kenworth kia lamborghini land lexus lincoln maserati mazda
    mercedes mercedes-benz mercury mini mitsubishi nissan peterbilt plymouth polaris pontiac porsche ram rivian saab
    saturn scion subaru suzuki tesla toyota volkswagen vw volvo yamaha harley-davidson kawasaki""".split()  # noqa: SIM905
)
_MODEL_YEAR_BEFORE = re.compile(r"(?<![\w/.-])(?:19[5-9]\d|20[0-4]\d)[ \t]+$")
# Plural nouns of things whose items a list names: "Book one of these rooms: Jefferson, Madison or Tubman"
_THINGS = (
    r"rooms|conference[ \t]+rooms|ports|vessels|ships|cutters|boats|airports|counties|parishes|cities|towns"
    r"|stations|buildings|vehicles|models|products|tools|sites|locations|places|terminals|crossings|bridges|parks"
    r"|facilities|streets|roads|states|countries|storms|hurricanes|operations|campaigns|halls|wings|trucks|cars"
)
# ... but not where the words before the colon bring people in: "rooms booked by:", "stations, points of contact:"
_THINGS_THEN_COLON = re.compile(
    rf"(?i)\b(?:{_THINGS})\b(?:(?!\b(?:by|with|contacts?|pocs?|leads?|owners?|officers?|managers?|chiefs?|staff"
    r"|staffing|assigned|attendees|people|persons|members|reps?|representatives|points[ \t]+of[ \t]+contact)\b)"
    r"[^:\n.?!]){0,40}:[ \t]*$"
)
_LIST_ITEM = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}"
_LIST_BEFORE = re.compile(rf"[ \t]*(?:{_LIST_ITEM}[ \t]*,[ \t]*)*(?:{_LIST_ITEM}[ \t]*,?[ \t]+(?:or|and)[ \t]+)?")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``text[start:end]`` name a vessel, a storm, a facility, a vehicle or an
    item of a list of things, by the words around them."""
    words = [w.strip(".,:;'\"()!?") for w in text[start:end].split()]
    words = [w for w in words if w]
    if not words:
        return False
    before = text[max(0, start - 24) : start]
    if _VESSEL_BEFORE.search(before) or _STORM_BEFORE.search(before):
        return True
    if len(words) >= 2 and (
        _STORM_LEAD.match(text, start) or words[-1].lower() in _FACILITY_TAIL | INSTITUTION_TAIL | THING_TAIL
    ):
        return True
    if words[0].lower() in CARMAKERS and _MODEL_YEAR_BEFORE.search(before):
        return True
    return _item_of_things(text, start)


def _item_of_things(text: str, start: int) -> bool:
    """An item of a comma list that opens after a colon, the words before the colon naming the kind of thing."""
    colon = text.rfind(":", max(0, start - 200), start)
    if colon < 0 or _LIST_BEFORE.fullmatch(text, colon + 1, start) is None:
        return False
    return _THINGS_THEN_COLON.search(text, max(0, colon - 80), colon + 1) is not None
