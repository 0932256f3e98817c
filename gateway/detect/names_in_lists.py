"""Round 28b. Name-shaped spans that the list or the line they stand in shows to be something other than a person.

Each rule reads the shape of the list around the span, not the words of any one text:

- a list of towns each with a US state's postal code after it ("Tulsa OK, Dayton OH, Eugene OR"), where a name
  reader joins one pair's code to the next town ("OK, Dayton") as if it were "Surname, Given";
- a list of routes, "Town to Town" pairs after a word of routes or trips ("legs: Bartow to Wauchula, Vero Beach to
  Stuart, …"), and a place joined to a place by a dash before a lane's word ("the Tampa\u2013Port Said loop");
- places or airports each followed by a three-letter airport code in brackets, in a text about travel ("…
  Jomo Kenyatta (NBO), Gregorio Luperón (POP) …"): not a person's initials, nor an agency's acronym;
- an aircraft maker's name before a model's ("Piper Cherokee, Cessna Cardinal"), in a text about aircraft, with
  another maker-led model near;
- a list of streets, three or more items each ending in a street's word ("Bessie Coleman Court, Wiley Post Circle, …");
- a name in quotes that the text calls an example or a sample, with placeholder values beside it ('Sample customer:
  "Penelope Widgetworth", phone 555-555-5555');
- a model's two-word span ending in a lower-case Spanish, Portuguese, French or Italian article or preposition
  ("Pase al inglés"), which no person's name ends in.

The risky ones (routes, airports, aircraft, streets) hold only in a text with no identifier of a person in it
(every other finding a name, a place, a date or an organisation, or weak): fail closed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import gazetteer
from gateway.detect.recognizers.personal.street_address import STATES

# the kinds of finding that do not tie a text to a person's record
_HARMLESS_COMPANY = frozenset({"PERSON", "DATE_TIME", "LOCATION", "ORGANIZATION", "NRP", "URL", "GPE"})
PLACE_TYPES = frozenset({"LOCATION", "GPE"})


def no_persons_identifier(findings: Sequence[Finding]) -> bool:
    """Whether no finding but names, places, dates and the like ties the text to a person's record."""
    return all(g.entity_type in _HARMLESS_COMPANY or g.score < 0.5 for g in findings)


_US_STATES = frozenset(STATES.split("|"))
# "OK, Dayton": a state's code, a comma, then a town's capitalised words
_CODE_COMMA_TOWN = re.compile(r"([A-Z]{2}),[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}")
_TOWN_RIGHT_BEFORE = re.compile(r"[A-Z][a-z][\w'.-]*[ \t]+$")
_STATE_CODE_AFTER = re.compile(r"[ \t]+([A-Z]{2})(?![\w-])")

# "Bartow to Wauchula, Vero Beach to Stuart": pairs of capitalised words joined by "to"
_CAP = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}"
_ROUTE_PAIR = re.compile(rf"(?<![\w-]){_CAP}[ \t]+to[ \t]+{_CAP}")
_ROUTE_WORD = re.compile(
    r"(?i)\b(?:routes?|legs?|flights?|cross-countr(?:y|ies)|trips?|drives?|itinerar(?:y|ies)|lanes?|runs?"
    r"|hops?|segments?|connections?|commutes?)\b"
)
_TO_RIGHT_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'.-]*[ \t]+to[ \t]+$")
_TO_RIGHT_AFTER = re.compile(r"[ \t]+to[ \t]+[A-Z]")
# "the Tampa-Port Said loop": a dash between two places before a lane's noun
_DASH = "\u2013\u2014-"
_LANE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:loop|route|lane|corridor|run|service|shuttle|leg|rotation|string|trade|crossing)s?\b"
)

# "Jomo Kenyatta (NBO)": an airport's code in brackets right after the span
_CODE_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\(([A-Z]{3})\)")
_CODE_IN_BRACKETS = re.compile(r"(?<=[\w.])[ \t]*\([A-Z]{3}\)")
_TRAVEL_WORD = re.compile(
    r"(?i)\b(?:itinerar(?:y|ies)|flights?|fly|flying|flew|airports?|red-eyes?|layovers?|legs?|tours?|departs?"
    r"|departing|departures?|arriv\w*|stopovers?|connections?|airlines?|air[ \t]+travel|hubs?)\b"
)
# the acronyms of bodies a person is often listed with ("Ana Ruiz (DHS)"): the bracket then is an affiliation
_BODY_ACRONYMS = frozenset(
    """DHS DOJ DOD DOE DOL DOS DOT DOI HHS HUD FBI CIA NSA CBP ICE TSA FAA FEMA IRS SSA EPA NIH CDC FDA USDA GAO OMB
    OPM GSA SBA NASA NOAA USCG USCIS DEA ATF USMS OIG HR IT CEO CFO CTO COO VP PM QA ESQ PHD RN MD DDS LLC INC LTD
    CPA JAG USN USA USAF USMC ARNG NPS BLM BIA IHS VHA VBA NCO""".split()  # noqa: SIM905
)

# Aircraft makers whose names are words a person's name can hold too ("Piper", "Bell", "Mooney")
_AIRCRAFT_MAKERS = frozenset(
    """Piper Cessna Beechcraft Beech Cirrus Mooney Diamond Grumman Bellanca Aeronca Stinson Taylorcraft Luscombe Ercoupe
    Maule Socata Tecnam Robin Pilatus Daher Embraer Bombardier Gulfstream Learjet Dassault Hawker Boeing Airbus
    Lockheed Douglas McDonnell Sikorsky Robinson Bell Eurocopter Airbus Agusta Leonardo Textron Cub Extra Vans
    Van's Quest Kodiak Epic Eclipse Honda Honeywell Antonov Ilyushin Tupolev Sukhoi Fokker Saab Dornier ATR""".split()  # noqa: SIM905
)
_AIRCRAFT_WORD = re.compile(
    r"(?i)\b(?:aircraft|airplanes?|aeroplanes?|planes?|helicopters?|fly|flying|flight|pilots?|type[ \t]+ratings?"
    r"|cockpits?|hangars?|avionics|twin|single-engine|multi-engine|taildraggers?|trainers?|lbs|knots|afsp|faa)\b"
)
_MAKER_LED = re.compile(r"(?<![\w-])([A-Z][\w']*)[ \t]+([A-Z0-9][\w-]*)")

# a list's items that end in a street's word ("Bessie Coleman Court, Wiley Post Circle, Amelia Earhart Way")
_STREET_WORDS = (
    r"Way|Lane|Court|Circle|Drive|Street|Avenue|Road|Boulevard|Place|Terrace|Trail|Parkway|Loop|Row|Square|Plaza"
    r"|Alley|Crescent|Close|Path|Pike|Highway"
)
_STREET_TAIL = re.compile(rf"(?:{_STREET_WORDS})")
_STREET_ITEM = re.compile(rf"(?<![\w-])[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){{1,3}}[ \t]+(?:{_STREET_WORDS})(?![\w-])")

# 'Sample customer: "Penelope Widgetworth"', 'a dummy pay stub: worker "Rupert Placeholder"'
_QUOTES_OPEN = "\"'\u201c\u2018"
_QUOTES_CLOSE = "\"'\u201d\u2019"
_SAMPLE_WORD = re.compile(
    r"(?i)\b(?:examples?|samples?|fake|dummy|fictitious|fictional|made-up|mock|demo|placeholders?|specimens?)\b"
)
# values no one's record holds: a phone of one digit repeated after 555, an SSN or an EIN of zeros, the SSA's
# advertised 123-45-6789 (not 555-01xx or an example.com mailbox, which invented people's records use too)
_PLACEHOLDER_VALUE = re.compile(
    r"(?i)(?<![\d-])(?:\(?555\)?[ .-]?555[ .-]?5555|000-00-0000|00-0000000|123-45-6789|xxx-xx-xxxx)(?![\d-])"
)

# "Pase al inglés": a model's span ending in a lower-case article or preposition of a Romance language
_ROMANCE_TAIL = frozenset({"al", "del", "de", "la", "el", "los", "las", "au", "aux", "du", "des", "le", "lo", "ao"})
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:][ \t]*|\n[ \t]*|[\"'\u201c\u2018(][ \t]*)$")


def listed_as_no_person(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    """Whether the list or the line around PERSON ``f`` shows it a town, a route's end, an airport, an aircraft, a
    street, a sample's placeholder or a sentence's verb rather than a person's name."""
    start, end = f.start, f.end
    span = text[start:end]
    if _state_pair(text, start, end, span):
        return True
    if _an_example_name(text, start, end):
        return True
    if _romance_tail(text, start, span):
        return True
    if not no_persons_identifier(findings):
        return False  # a text with a person's identifier in it keeps its names
    return (
        _route_end(text, f, findings)
        or _airport(text, start, end, span)
        or _aircraft(text, start, end, span)
        or _street(text, start, end, span)
    )


def _state_pair(text: str, start: int, end: int, span: str) -> bool:
    """ "Tulsa [OK, Dayton] OH": a state's code after a town, then the next town with its code after it."""
    m = _CODE_COMMA_TOWN.fullmatch(span)
    if m is None or m.group(1) not in _US_STATES:
        return False
    if _TOWN_RIGHT_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    after = _STATE_CODE_AFTER.match(text, end)
    return after is not None and after.group(1) in _US_STATES


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _route_end(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    start, end = f.start, f.end
    lo, hi = _line(text, start, end)
    if _TO_RIGHT_AFTER.match(text, end) or _TO_RIGHT_BEFORE.search(text, max(lo, start - 40), start):
        pairs = _ROUTE_PAIR.findall(text, lo, hi)
        if len(pairs) >= 3 and _ROUTE_WORD.search(text, lo, hi) is not None:
            return True  # "legs: Bartow to Wauchula, Vero Beach to Stuart, Palatka to Keystone Heights"
    # "the Tampa-Port Said loop": a place, a dash, the span, a lane's noun
    if _LANE_NOUN_AFTER.match(text, end) is None or start == 0 or text[start - 1] not in _DASH:
        return False
    return any(g.entity_type in PLACE_TYPES and g.end == start - 1 for g in findings)


def _airport(text: str, start: int, end: int, span: str) -> bool:
    m = _CODE_IN_BRACKETS_AFTER.match(text, end)
    if m is None:
        return False
    code = m.group(1)
    if code in _BODY_ACRONYMS:
        return False
    initials = {w[0].upper() for w in re.findall(r"[^\W\d_][\w'-]*", span)}
    if set(code) <= initials:
        return False  # "Jane Paula Smith (JPS)": a person's initials
    if len(_CODE_IN_BRACKETS.findall(text)) < 3:
        return False
    return _TRAVEL_WORD.search(text) is not None


def _aircraft(text: str, start: int, end: int, span: str) -> bool:
    words = span.split()
    if len(words) < 2 or words[0] not in _AIRCRAFT_MAKERS:
        return False
    if _AIRCRAFT_WORD.search(text) is None:
        return False
    # the span's own pair and another, and two of them with a model's word that is no one's name or a model's
    # number ("Piper Cherokee … Cessna Cardinal, Cirrus SR22"); "Piper Lindqvist and Douglas Fairbank" are people
    g = gazetteer()
    makers = models = 0
    for m in _MAKER_LED.finditer(text, max(0, start - 300), min(len(text), end + 300)):
        if m.group(1) not in _AIRCRAFT_MAKERS:
            continue
        makers += 1
        model = m.group(2)
        if any(c.isdigit() for c in model) or not g.is_name_word(model):
            models += 1
    return makers >= 2 and models >= 2


def _street(text: str, start: int, end: int, span: str) -> bool:
    words = span.split()
    if len(words) < 3 or _STREET_TAIL.fullmatch(words[-1].rstrip(".,;:")) is None:
        return False
    lo, hi = _line(text, start, end)
    return len(_STREET_ITEM.findall(text, lo, hi)) >= 3


def _an_example_name(text: str, start: int, end: int) -> bool:
    """A quoted name the sentence before calls an example or a sample, with a placeholder value in the text."""
    if start == 0 or text[start - 1] not in _QUOTES_OPEN or text[end : end + 1] not in _QUOTES_CLOSE:
        return False
    lo = max(0, start - 80, text.rfind("\n", 0, start) + 1)
    before = text[lo:start]
    if ". " in before:
        before = before[before.rfind(". ") + 2 :]
    if _SAMPLE_WORD.search(before) is None:
        return False
    return _PLACEHOLDER_VALUE.search(text) is not None


def _romance_tail(text: str, start: int, span: str) -> bool:
    words = span.split()
    if len(words) != 2 or words[1] not in _ROMANCE_TAIL:
        return False
    if _SENTENCE_OPENS.search(text, max(0, start - 4), start) is None:
        return False
    g = gazetteer()
    return not g.is_given(words[0])
