"""Round 29. Name-shaped spans that their row, their column or their sentence shows to be no person's name.

Each rule reads the shape around the span, not the words of any one text:

- a template's placeholder: a cell or a field ending in "Name" ("Contact Name") or holding a word of sampling
  ("John Q. Sample"), in a text that spells other values as their formats ("MM/DD/YYYY", "XXX-XX-XXXX") and calls
  itself an example, a template or fake;
- a vendor's documentation sample: a name beside a mailbox at one of the fictitious companies software vendors'
  documentation uses (contoso.com, fabrikam.com, …), in a text that says it is a sample, an example or docs;
- a delimited table's header cell over a column of numbers ("Area,Avg Damage,Avg Pct" above rows of figures);
- a business's name: words before a line of business no one's surname is ("Sunrise Builders", "Ace Janitorial");
- a product or a service before a credential's word after a possessive ("a student's Common App password");
- a place in a travel question or a route: a span at one end of "Town to Town", after "via", or after "closer
  to" with "or" and a place after, in a line with a travel word that names another place (two others when the span
  is spelled like a person's name), in a text with no identifier.

And one rule that adds names: a run of capitalised words right beside a person's identifier, which the model missed
or took for a place (names_beside_identifiers).

The placeholders fail closed: without the formats or the text's own word for a sample they stay names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import english_word, gazetteer
from gateway.detect.names_in_lists import PLACE_TYPES, no_persons_identifier

# --- a template's placeholder --------------------------------------------------------------------------------------
# a value spelled as its format: a date's letters, an SSN's X's, a phone of zeros, a code of X's and zeros
_FORMAT_MASK = re.compile(
    r"(?i)\b(?:mm[/.-]dd[/.-](?:yyyy|yy)|dd[/.-]mm[/.-](?:yyyy|yy)|yyyy[/.-]mm[/.-]dd)\b|\bX{3}-X{2}-X{4}\b"
    r"|#{3}-#{2}-#{4}|\(000\)[ \t]?000-0000|\b000-000-0000\b|\b000-00-0000\b"
)
_SAMPLE_TEXT = re.compile(
    r"(?i)\b(?:examples?|samples?|templates?|fake|dummy|fictitious|fictional|made-up|mock|demo|placeholders?"
    r"|specimens?|not[ \t]+real|training)\b"
)
_PLACEHOLDER_WORDS = frozenset({"name", "sample", "example", "specimen", "placeholder", "surname", "lastname"})


def a_templates_placeholder(text: str, f: Finding) -> bool:
    """ "Analyst Name,Contact Name,(000) 000-0000", "Name: JOHN Q. SAMPLE, DOB: MM/DD/YYYY" in an example."""
    words = [w.strip(".,:;'\"()[]").lower() for w in text[f.start : f.end].split()]
    words = [w for w in words if w]
    if not words or not (words[-1] in _PLACEHOLDER_WORDS or any(w in _PLACEHOLDER_WORDS - {"name"} for w in words)):
        return False
    return _FORMAT_MASK.search(text) is not None and _SAMPLE_TEXT.search(text) is not None


# --- a vendor's documentation sample --------------------------------------------------------------------------------
# the fictitious companies of software vendors' documentation and demo tenants; no one's own mailbox is there
_DOCS_DOMAIN = re.compile(
    r"(?i)@(?:[\w-]+\.)*(?:contoso|fabrikam|northwindtraders|adventure-works|tailspintoys|wingtiptoys|woodgrovebank"
    r"|litwareinc|proseware|fourthcoffee|alpineskihouse|wideworldimporters|treyresearch|adatum|lucernepublishing"
    r"|margiestravel|cohovineyard|cohowinery|relecloud)\.(?:com|net|org)\b"
)
_DOCS_TEXT = re.compile(
    r"(?i)\b(?:examples?|samples?|docs|documentation|demo|tutorial|quickstart|sandbox|test[ \t]+tenant"
    r"|dev(?:eloper)?[ \t]+tenant)\b"
)


def a_docs_sample_mailbox(text: str, f: Finding) -> bool:
    """A mailbox at a documentation company's domain, in a text that says it shows a sample."""
    return _DOCS_DOMAIN.search(text, f.start, f.end) is not None and _DOCS_TEXT.search(text) is not None


def a_docs_sample_person(text: str, f: Finding) -> bool:
    """A name within its record's reach of such a mailbox (the same line, or the same small JSON object)."""
    lo, hi = max(0, f.start - 120), min(len(text), f.end + 120)
    return _DOCS_DOMAIN.search(text, lo, hi) is not None and _DOCS_TEXT.search(text) is not None


# --- a delimited table's header cell over a column of numbers -------------------------------------------------------
_NUMBER_CELL = re.compile(r"[ \t]*[-+$\u20ac\u00a3]?\d[\d,.]*[ \t]*%?[ \t]*")


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _like_a_persons_name(span: str) -> bool:
    words = [w.strip(".,:;'\"()") for w in span.split()]
    words = [w for w in words if w]
    g = gazetteer()
    if len(words) == 1:
        return g.is_given(words[0]) or (g.is_surname(words[0]) and not english_word(words[0].lower()))
    return any(g.is_given(w) and not english_word(w.lower()) for w in words) or any(
        g.is_surname(w) and not english_word(w.lower()) for w in words
    )


def a_header_over_numbers(text: str, f: Finding) -> bool:
    """The span is a whole cell of a line with no digit, and the next two lines or more, with as many cells, hold
    a number in that cell's column: a column's name."""
    lo, hi = _line_bounds(text, f.start)
    if f.end > hi:
        return False
    line = text[lo:hi]
    if any(c.isdigit() for c in line) or _like_a_persons_name(text[f.start : f.end]):
        return False  # "Priya Raghunathan" over her hours stays a name
    sep = next((s for s in ("\t", "|", ";", ",") if line.count(s) >= 2), None)
    if sep is None:
        return False
    cells = line.split(sep)
    pos, col = lo, -1
    for i, cell in enumerate(cells):
        if pos <= f.start and f.end <= pos + len(cell):
            if cell.strip(" \t\"'") == text[f.start : f.end].strip(" \t\"'"):
                col = i
            break
        pos += len(cell) + 1
    if col < 0:
        return False
    rows = 0
    nxt = hi + 1
    while nxt < len(text) and rows < 6:
        end = text.find("\n", nxt)
        end = len(text) if end < 0 else end
        row = text[nxt:end].split(sep)
        if len(row) != len(cells):
            break
        if _NUMBER_CELL.fullmatch(row[col].strip("\"'")) is None:
            return False
        rows += 1
        nxt = end + 1
    return rows >= 2


# --- a business's name ----------------------------------------------------------------------------------------------
# lines of business that end a firm's name and no one's surname ("Sunrise Builders", "Ace Janitorial")
_BUSINESS_TAIL = frozenset(
    """builders contractors construction janitorial landscaping plumbing roofing cleaning consulting consultants
    solutions services logistics analytics technologies enterprises industries holdings partners associates
    staffing trucking hauling excavating excavation paving painting electric electrical mechanical welding
    fabrication supply supplies outfitters catering realty properties ventures labs studios marketing insurance
    remodeling restoration interiors installers movers flooring fencing masonry glazing drywall hvac pest
    lawncare""".split()  # noqa: SIM905
)


def a_business(text: str, f: Finding) -> bool:
    words = [w.strip(".,:;'\"()") for w in text[f.start : f.end].split()]
    words = [w for w in words if w]
    if len(words) < 2 or words[-1].lower() not in _BUSINESS_TAIL:
        return False
    head = words[:-1]
    if len(head) == 1:
        return True  # "Joy Janitorial": one word before the trade, a brand
    g = gazetteer()
    # "Maria Lopez Consulting" keeps its owner's name hidden; "Young Patriot Builders" is no one's
    return not (g.is_given(head[0]) and any(g.is_surname(w) and not english_word(w.lower()) for w in head[1:]))


# --- a product or a service before a credential's word --------------------------------------------------------------
_POSSESSIVE_BEFORE = re.compile(r"\w['\u2019]s?[ \t]+$")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:my|your|our|their|the|a|an)[ \t]+$")
_CREDENTIAL_AFTER = re.compile(
    r"[ \t]+(?:password|passwords|passcode|login|logins|log-in|username|user[ \t]+name|credentials|account"
    r"|accounts|portal|app)\b"
)


def a_product_before_credential(text: str, f: Finding) -> bool:
    """ "a student's Common App password", "my Canvas Student login": the possessor is before, the span a product."""
    if _CREDENTIAL_AFTER.match(text, f.end) is None:
        return False
    if _POSSESSIVE_BEFORE.search(text, max(0, f.start - 40), f.start) is not None:
        return True
    if _DETERMINER_BEFORE.search(text, max(0, f.start - 10), f.start) is None:
        return False
    g = gazetteer()
    words = text[f.start : f.end].split()
    return all(english_word(w.lower()) and not g.is_given(w) for w in words)


# --- a place in a travel question or a route ------------------------------------------------------------------------
_TRAVEL_TEXT = re.compile(
    r"(?i)\b(?:routes?|drives?|driving|trips?|travel\w*|detours?|commutes?|miles?|closer|farther|further|nearer"
    r"|itinerar(?:y|ies)|directions?|field[ \t]+trip|tour)\b"
)
_CAP_ITEM = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}"
_ITEM_TO_BEFORE = re.compile(rf"(?<![\w-]){_CAP_ITEM}[ \t]+to[ \t]+$")
_TO_ITEM_AFTER = re.compile(rf"[ \t]+to[ \t]+{_CAP_ITEM}")
_VIA_BEFORE = re.compile(r"(?i)\b(?:via|through|thru)[ \t]+$")
_CLOSER_BEFORE = re.compile(r"(?i)\b(?:closer|nearer|farther|further|far|close|near)[ \t]+(?:to|from)[ \t]+$")
_CLOSER_AFTER = re.compile(rf"[ \t]+(?:closer|nearer|farther|further)[ \t]+(?:to|from)[ \t]+{_CAP_ITEM}")
_OR_ITEM_AFTER = re.compile(rf"[ \t]*,?[ \t]+(?:or|and)[ \t]+{_CAP_ITEM}")
_HONORIFIC_BEFORE = re.compile(r"(?i)\b(?:mr|mrs|ms|miss|dr|prof|sgt|officer|uncle|aunt)\.?[ \t]+$")


def a_place_on_a_route(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    if not no_persons_identifier(findings):
        return False  # a text with a person's identifier in it keeps its names
    if text[f.end : f.end + 2] in ("'s", "\u2019s"):
        return False
    words = text[f.start : f.end].split()
    g = gazetteer()
    if len(words) == 1 and g.is_given(words[0]):
        return False
    if _HONORIFIC_BEFORE.search(text, max(0, f.start - 12), f.start) is not None:
        return False
    lo, hi = _line_bounds(text, f.start)
    if _TRAVEL_TEXT.search(text, lo, hi) is None:
        return False
    places = sum(1 for o in findings if o.entity_type in PLACE_TYPES and lo <= o.start < hi and o is not f)
    if places < 1 or (places < 2 and _like_a_persons_name(text[f.start : f.end])):
        return False  # one other place is enough for a span no one's name is spelled like ("Shenandoah Caverns")
    before_lo = max(lo, f.start - 40)
    return (
        _ITEM_TO_BEFORE.search(text, before_lo, f.start) is not None
        or _TO_ITEM_AFTER.match(text, f.end) is not None
        or _VIA_BEFORE.search(text, before_lo, f.start) is not None
        or _CLOSER_AFTER.match(text, f.end) is not None
        or (
            _CLOSER_BEFORE.search(text, before_lo, f.start) is not None
            and _OR_ITEM_AFTER.match(text, f.end) is not None
        )
    )


# --- a name right beside a person's identifier ----------------------------------------------------------------------
# Round 29. A name the model missed, or took for a place, set right beside a person's identifier ("PSO Ana Tuilagi
# 801-…" in wide digits, "a card for Ana Tuilagi: NDg…", "A 2 1 3 … for Ana Tuilagi", "… nine zero six - Ana
# Tuilagi"): two to four capitalised words, one of them no English word, not a place's head ("San", "Fort").
_PERSONS_IDS = frozenset(
    {
        "US_SSN",
        "US_ITIN",
        "A_NUMBER",
        "CREDIT_CARD",
        "PHONE_NUMBER",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "US_BANK_NUMBER",
        "USCIS_RECEIPT_NUMBER",
        "I94_NUMBER",
        "KNOWN_TRAVELER_NUMBER",
        "DOD_EDIPI",
        "SEVIS_ID",
        "DATE_OF_BIRTH",
    }
)
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}\p{Ll}+)*"
_RUN_BEFORE_ID = regex.compile(
    rf"(?<![\w-])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})(?:'s)?[ \t]*[:(,\u2013\u2014-]?[ \t]*$"
)
_RUN_AFTER_ID = regex.compile(
    rf"[ \t]*(?:[\u2013\u2014-]|,|\bfor\b|\bof\b|\bbelongs[ \t]+to\b)[ \t]*"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})(?![\w-])"
)
_NOT_A_NAMES_HEAD = frozenset(
    """san santa santo sao saint st calle rio fort port mount lake los las el la new north south east west upper
    lower great little""".split()  # noqa: SIM905
)


def names_beside_identifiers(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for such runs that no PERSON finding covers yet."""
    ids = [f for f in findings if f.entity_type in _PERSONS_IDS and f.score >= 0.5]
    if not ids:
        return []
    persons = [(f.start, f.end) for f in findings if f.entity_type == "PERSON" and f.score >= 0.5]
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for f in ids[:20]:
        spans = []
        m = _RUN_BEFORE_ID.search(text, max(0, f.start - 60), f.start)
        if m is not None:
            spans.append((m.start(1), m.end(1)))
        m = _RUN_AFTER_ID.match(text, f.end, min(len(text), f.end + 60))
        if m is not None:
            spans.append((m.start(1), m.end(1)))
        for s, e in spans:
            if (s, e) in seen or any(a < e and s < b for a, b in persons):
                continue
            if not _a_run_of_name_words(text[s:e]):
                continue
            seen.add((s, e))
            out.append(Finding("PERSON", s, e, 0.6, "NameBesideIdRecognizer"))
    return out


def _a_run_of_name_words(span: str) -> bool:
    words = span.split()
    if words[0].lower() in _NOT_A_NAMES_HEAD:
        return False
    return any(not english_word(w.lower()) and not english_word(w.lower().replace("-", "")) for w in words)
