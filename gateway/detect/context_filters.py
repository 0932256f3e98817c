"""False positives the words around a finding rule out, applied after the recognizers (engine.py); and one
finding the words rule in, a date in parentheses after a person's name (person_dates.py).

- A number that its own label calls something else: ``PO 470-22-1195``, ``work order 312-55-8890``,
  ``ticket 800-291-4477``, ``invoice``, ``requisition no.``, ``batch``, ``lot``, ``ZIP+4`` are not SSNs or phone
  numbers, whatever their shape: such a finding keeps a score below every shipped rule's (``RULED_OUT``).
- Words the small NER model takes for a person although they are not names in their context: kinship and
  role words on their own ("Uncle", "Grandma"), and the instruction that opens a prompt ("Reword:",
  "Traduce al inglés:").
- Round 18: a SQL table's column names and a month among months are no one; a number a policy, notice, claim or
  licence label names is no phone; a birth date that prose gives someone born over 110 years ago, in a text about
  no one of the writer's own, is history's.
- Round 20: an address of a documentation range in a text that names the ranges; a waybill's number; a museum
  plaque's, a school project's and a newsletter's people of the past (_a_piece_on_the_past); statistics and
  programmes named after people (eponyms.py); an office's public contact points (public_contacts.py).
- Round 24: a part's "S/N", an order's or a batch's number in an A-number's shape, a ticket number after its
  airline's code; kin words of other languages in a text about a family's kin, a room alone in its table cell; a
  machine log's event words in capitals; a form letter's closing, clause or signing office; a password field's
  value that is code reading the secret; boats' quoted names in a text about boats (named_things.py).
"""

from __future__ import annotations

import datetime
import ipaddress
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.es.stop_words import STOP_WORDS as SPANISH_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS
from spacy.lang.it.stop_words import STOP_WORDS as ITALIAN_STOP_WORDS
from spacy.lang.pt.stop_words import STOP_WORDS as PORTUGUESE_STOP_WORDS
from spacy.lang.ru.stop_words import STOP_WORDS as RUSSIAN_STOP_WORDS
from spacy.lang.uk.stop_words import STOP_WORDS as UKRAINIAN_STOP_WORDS
from spacy.lang.vi.stop_words import STOP_WORDS as VIETNAMESE_STOP_WORDS

from gateway.detect.dob_echo import echoed_birth_dates, restated_birth_dates
from gateway.detect.encoded import base64_words
from gateway.detect.eponyms import (
    era_eponym,
    medical_eponym,
    namesakes,
    science_eponym,
    ship_namesakes,
    statistic_eponym,
)
from gateway.detect.fiction import fictional_characters, invented_people
from gateway.detect.findings import Finding
from gateway.detect.labels import FIELD_LABEL_TAIL
from gateway.detect.lone_names import unsupported_lone_name
from gateway.detect.named_things import (
    a_named_feature,
    a_quoted_boat,
    an_animals_name,
    named_as_a_thing_elsewhere,
    names_a_thing,
    thing_at,
    thing_tail,
)
from gateway.detect.names_gazetteer import INSTITUTION_TAIL, english_word, gazetteer, names_a_place
from gateway.detect.names_in_lists import PLACE_TYPES, listed_as_no_person
from gateway.detect.names_in_samples import (
    a_business,
    a_docs_sample_mailbox,
    a_docs_sample_person,
    a_header_over_numbers,
    a_place_on_a_route,
    a_product_before_credential,
    a_templates_placeholder,
    names_beside_identifiers,
)
from gateway.detect.person_dates import (
    birth_dates_after_names,
    birth_dates_in_people_columns,
    birth_dates_in_rows,
    birth_dates_under_header,
)
from gateway.detect.public_contacts import public_contact_points
from gateway.detect.public_figures import known_figures
from gateway.detect.published_examples import inside_named_specimen, named_specimen, short_format_example
from gateway.detect.recognizers.identifiers.ssn import issued
from gateway.detect.recognizers.personal.ner import NOT_NAMES
from gateway.detect.recognizers.secrets.base import is_placeholder
from gateway.detect.test_cards import named_test_card
from gateway.detect.text_memo import anywhere

RULED_OUT = 0.3
# Round 8. Numbers of things, not of people, that public registries and agencies assign: position descriptions and
# position numbers (OPM), National Drug Codes and National Stock Numbers, product codes (UPC/EAN/GTIN/ISBN), and a
# device's serial or lot. Each is a label a writer puts before such a number, never before a person's.
_THING_NUMBERS = (
    r"pd|position(?:[ \t]+description)?|ndc|nsn|national[ \t]+(?:drug|stock)[ \t]+(?:code|number)|upc|ean|gtin|isbn"
    r"|issn|catalog|catalogue|duns|uei|naics"
    # round 9: census geography codes (state+county FIPS, tract GEOIDs), which a phone's or a bank account's
    # digit count can take
    r"|fips|geoid|(?:census[ \t]+)?tracts?|block[ \t]+groups?"
    # round 28b: a haulier's equipment, whose numbers a carrier may write in a phone's groups ("TRL 531-…")
    r"|trailer|trl|chassis|container"
)
# Types a document label can rule out: shapes that order, ticket and batch numbers share.
_SHAPED = frozenset({"US_SSN", "PHONE_NUMBER", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_PASSPORT"})
_OTHER_NUMBER_LABEL = re.compile(
    r"(?i)(?:\b(?:p\.?o|purchase[ \t]+order|order|work[ \t]+order|task[ \t]+order|invoice|inv|requisition|req"
    r"|ticket|incident|batch|lot|serial|part|tracking|confirmation|contract|docket|bates|vacancy|announcement"
    r"|zip(?:\+4)?|zip[ \t]+code|model|version|build|sku|stock|case|hull|p/n|pn|part[ \t]+no|ref|reference"
    r"|project|grant|award|fund|job|asset[ \t]+tag|property[ \t]+tag|folio|sample|specimen|accession"
    # round 24: a part's serial as a parts list abbreviates it ("replacement S/N 900-51-0023", "W/O 412-…")
    r"|s/n|ser\.?[ \t]*no|w/o"
    # round 20: a consignment's numbers ("Air waybills 157-44182270 and …", "MAWB 176-…", "B/L no. …")
    r"|(?:air[ \t]+|master[ \t]+|house[ \t]+)?waybills?|[mh]?awbs?|bills?[ \t]+of[ \t]+lading|b/l|bols?"
    rf"|{_THING_NUMBERS})\.?)[ \t]*"
    r"(?:no\.?|number|num|nr|#|id|code)?[ \t]*(?:[:#=]|is|was)?[ \t]*$"
    # ticketing systems' record prefixes, in their own capitals: "INC 703-448-2190", "RITM0012345"
    r"|(?-i:\b(?:INC|RITM|REQ|CHG|PRB|TASK|SR|CS)[ \t]*[:#-]?[ \t]*)$"
)
# The same kind of label a few lower-case words before the number, in one clause that ends by saying what it is:
# "lot number on the recall notice is 318-…", "serial on the old radio: 555-…". Only labels of things, and no
# word that would bring a person in between ("to", "for", "her", a capitalised name).
_THING_LABEL_THEN_CLAUSE = re.compile(
    rf"(?i)\b(?:lot|batch|serial|tracking|model|part|sku|invoice|ticket|confirmation|asset[ \t]+tag|property[ \t]+tag"
    rf"|{_THING_NUMBERS})\.?(?:[ \t]+(?:no\.?|number|num|nr|\#|id|code)s?)?"
    r"(?-i:(?:[ \t]+(?!(?:to|for|from|with|by|at|via|his|her|hers|him|their|them|whose|who)\b)[a-z][a-z'-]*){1,6})"
    r"[ \t]*(?:[:=]|\b(?:is|was|reads|says|shows))[ \t]*$"
)


# Round 9. Numbers listed after a label of another kind: "tracts 48029181100 and 48453001100", "tickets 800-…,
# 800-… and 800-…": the label governs every number of the list.
_NUMBERS_BEFORE = re.compile(r"(?:\d[\d-]*[ \t]*(?:,|;|&|\band\b|\bor\b)[ \t]*)+$")


# Round 18. Numbers of a document that a label names, which a phone's digit groups can take: "Policy 71-4418-0923",
# "the notice number is 4418-2093-7711", "contractor license 2705-184293". Only a phone's own shapes: a licence
# label does not rule out a driver's licence, so these are not _OTHER_NUMBER_LABEL's.
_NOT_A_PHONE_LABEL = re.compile(
    r"(?i)\b(?:policy|notice|claim|licen[cs]e|permit|certificate|registration|citation|violation|bond|loan"
    r"|member(?:ship)?|account|acct"
    # round 29: a contract's line items and a ship's work list ("CLIN", "SWLIN 411-…", "work item"), an invoice, a
    # serial, a docket, a stock number
    r"|c?lin|slin|swlin|elin|work[ \t]+(?:list[ \t]+)?item|line[ \t]+item|work[ \t]+order|purchase[ \t]+order|invoice"
    r"|serial|docket|nsn|stock)\.?[ \t]*(?:no\.?|number|num|nr|\#|id)?[ \t]*"
    r"(?:[:#=]|is|was)?[ \t]*$"
)

_PHONE_WORD = re.compile(r"(?i)\b(?:phone|tel|telephone|cell|mobile|fax|call|text|contact|reach)\b")

# Round 18. A table's definition (SQL DDL): its column names ("oln varchar(20) NOT NULL", "dob date") are no one's
# name, here or where an index or a query repeats them.
_CREATE_TABLE = re.compile(r"(?i)\bcreate[ \t]+(?:temp(?:orary)?[ \t]+)?table\b")
_DDL_COLUMN = re.compile(
    r"(?im)^[ \t]*[(,]?[ \t]*[`\"\[]?([A-Za-z_][\w$]*)[`\"\]]?[ \t]+"
    r"(?:n?varchar|n?char|character|text|date|datetime2?|timestamp(?:tz)?|time|integer|int|bigint|smallint|tinyint"
    r"|serial|bigserial|numeric|decimal|number|real|float|double|boolean|bool|bit|uuid|blob|clob|bytea|json|jsonb"
    r"|varchar2|nvarchar2)\b"
)


def _ddl_columns(text: str) -> frozenset[str]:
    if not anywhere(_CREATE_TABLE, text):
        return frozenset()
    return frozenset(m.group(1).lower() for m in _DDL_COLUMN.finditer(text))


# Round 18. A month's name among other months' ("Apr ▢ May ▢ Jun ▢ Jul"): a list of months, not a person.
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)\.?"
)
_MONTH_WORD = re.compile(_MONTHS, re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}[^\w\n]{{1,6}}$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"[^\w\n]{{1,6}}{_MONTHS}(?!\w)", re.IGNORECASE)


def _among_months(text: str, f: Finding) -> bool:
    if _MONTH_WORD.fullmatch(text, f.start, f.end) is None:
        return False
    return bool(_MONTH_BEFORE.search(text, max(0, f.start - 16), f.start)) or bool(_MONTH_AFTER.match(text, f.end))


def _later_in_a_labelled_list(text: str, f: Finding) -> bool:
    m = _NUMBERS_BEFORE.search(text, max(0, f.start - 80), f.start)
    if m is None:
        return False
    lo = max(0, m.start() - 40)
    return _OTHER_NUMBER_LABEL.search(text, lo, m.start()) is not None and not _OWN_LABEL.search(text, lo, f.start)


# Round 24. A number whose first digit group the shaped recognizer left out: an airline's three-digit code before a
# ticket's ten ("ticket number 006 2314789905"), a plant's before a work order's. The group runs straight into the
# finding, and the label before the group is another kind of number's.
_LEADING_GROUP = re.compile(r"(?<![\w-])\d{2,4}[ \t-]$")
# Labels of orders, goods and parts, whose numbers an A-number's letter and digits can take ("work order A20250917");
# not a case's, a file's or a reference's, which may be the A-number itself
_ORDER_LABEL = re.compile(
    r"(?i)\b(?:p\.?o|purchase[ \t]+order|work[ \t]+order|task[ \t]+order|w/o|invoice|inv|requisition|batch|lot"
    r"|serial|s/n|part|p/n|sku|model|tracking|job|asset[ \t]+tag)\.?[ \t]*(?:no\.?|number|num|nr|#|id)?"
    r"[ \t]*(?:[:#=]|is|was)?[ \t]*$"
)
_A_NUMBER_LABEL = re.compile(r"(?i)\b(?:a-?(?:number|no|#)|alien|uscis|file|registration|a-?file)\b")


def _label_then_leading_group(text: str, f: Finding) -> bool:
    group = _LEADING_GROUP.search(text, max(0, f.start - 6), f.start)
    if group is None:
        return False
    lo = max(0, group.start() - 40)
    return (
        _OTHER_NUMBER_LABEL.search(text, lo, group.start()) is not None and _OWN_LABEL.search(text, lo, f.start) is None
    )


def _an_orders_number(text: str, f: Finding) -> bool:
    """An A-number's shape right after an order's, a batch's or a part's label, with no A-number's word near."""
    lo = max(0, f.start - 40)
    return _ORDER_LABEL.search(text, lo, f.start) is not None and _A_NUMBER_LABEL.search(text, lo, f.start) is None


# Round 24. A machine's log line: a time stamp opens it, and the words in capitals after it hold an event's or a
# state's word ("ATS TRANSFER OK", "PUMP 2 FAIL", "DOOR 4 FORCED OPEN"): no one's name has those
_STAMPED_LINE = re.compile(
    r"(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2}[ \t]+\d{1,2})?"
    r"[ T\t]*\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z?[ \t]"
)
_LOG_EVENT_WORDS = frozenset(
    """ok fail failed failure fault error err warn warning info debug alarm alert start started starting stop stopped
    stopping on off up down open opened closed close transfer retransfer reset ready done complete completed timeout
    success denied granted forced held lost restored online offline standby running tripped trip low high
    normal abnormal ack cleared""".split()  # noqa: SIM905
)


def _a_log_event(text: str, f: Finding) -> bool:
    span = text[f.start : f.end]
    words = span.split()
    if not words or not span.isupper() or not any(w.lower().strip(".,:;=") in _LOG_EVENT_WORDS for w in words):
        return False
    lists = gazetteer()
    rest = [w.lower().strip(".,:;=") for w in words if w.lower().strip(".,:;=") not in _LOG_EVENT_WORDS]
    for a, b in itertools.pairwise(rest):
        if (a in lists.frequent_given and b in lists.surnames) or (b in lists.frequent_given and a in lists.surnames):
            return False  # a given name and a surname side by side: who logged in ("JOHN SMITH LOGIN OK")
    line_start = text.rfind("\n", 0, f.start) + 1
    return _STAMPED_LINE.match(text, line_start, f.start) is not None


# Round 24. What a field reader takes for a name in a form letter or a template: its closing words, a clause of its
# body ("If you require an interpreter, …"), or the office that signs it ("Trusted Traveler Programs")
_CLOSINGS = frozenset(
    """sincerely regards respectfully cordially thanks thank you best warm warmest kind yours truly faithfully
    cheers gratefully""".split()  # noqa: SIM905
)


def _not_a_name_in_a_letter(text: str, f: Finding) -> bool:
    words = [w.strip(".,:;!'\"()") for w in text[f.start : f.end].split()]
    words = [w for w in words if w]
    if not words or base64_words(text[f.start : f.end]) is not None:
        return False
    if all(w.lower() in _CLOSINGS for w in words):
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    if len(words) >= 3 and capitalised and all(w.lower() in ENGLISH_STOP_WORDS for w in capitalised):
        return True  # every capitalised word a function word: a clause, no name
    return len(words) >= 2 and thing_tail(words[-1].removesuffix("'s"))


def _in_a_full_name(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    """Whether the word of ``f`` is a word of a longer name the readers found ("Ian" of "Ian Walker")."""
    word = text[f.start : f.end].strip(".,:;'\"()!?").removesuffix("'s").removesuffix("\u2019s")
    for g in findings:
        if g.entity_type != "PERSON" or g is f or " " not in text[g.start : g.end].strip():
            continue
        at = text.find(word, g.start, g.end)
        if at >= 0 and word in text[g.start : g.end].split() and not thing_at(text, at):
            return True  # not the model's "Hurricane Milton", the storm itself
    return False


def _thing_label_clause(text: str, f: Finding) -> bool:
    m = _THING_LABEL_THEN_CLAUSE.search(text, max(0, f.start - 80), f.start)
    return m is not None and not _OWN_LABEL.search(text, max(0, m.start() - 40), f.start)


_VERSION_BEFORE = re.compile(
    r"(?i)\b(?:version|ver|v|release|rel|build|firmware|patch|upgrade[ \t]+to|update[ \t]+to|upgraded[ \t]+to)"
    r"\.?[ \t]*:?[ \t]*$"
)
_VERSION_WORD = re.compile(r"(?i)\b(?:firmware|version|release|build|patch|hotfix)\b")
_NETWORK_WORD = re.compile(
    r"(?i)\b(?:ip|ips|ipv4|host|hosts|hostname|server|servers|address|addr|subnet|gateway|dns|ping|ssh|connect"
    r"|connected|connection|port|vlan|network|login|logon|src|dst|source|destination|blocked|allow|deny|traffic)\b"
)
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:\blike|e\.g\.,?|such[ \t]+as|for[ \t]+example,?|example:?|format:?"
    # round 25: the same cue in the languages help text and localisation files are written in ("Ejemplo: …",
    # "p. ej.", "par exemple", "z. B.", "por exemplo", "ví dụ")
    r"|\bejemplo:?|\bp\.[ \t]?ej\.,?|\bpar[ \t]+exemple,?|\bexemple[ \t]*:?|\bz\.[ \t]?b\.,?|\bpor[ \t]+exemplo,?"
    r"|\bexemplo:?|\besempio:?|\bv\u00ed[ \t]+d\u1ee5:?)[ \t]*$"
)
# "our case IDs look like 219-04-1183": the format of another kind of number, shown by example
_LOOKS_LIKE = re.compile(
    r"(?i)(?:\b(?:looks?|looked|are|is|reads?)[ \t]+like|formatted[ \t]+(?:like|as)|e\.g\.,?)[ \t]*$"
)
_NUMBER_KIND = re.compile(
    r"(?i)\b(?:case|ticket|tracking|order|invoice|project|item|reference|ref|record|claim|control|docket|file"
    r"|incident|request|work[ \t]+item|sprint|requisition|req|purchase[ \t]+order|po|part|serial|contract|batch"
    r"|lot|sku|stock|inventory|asset|vendor|voucher|obligation|shipment|confirmation)"
    r"[ \t]+(?:numbers?|nos?\.?|ids?|codes?|numbering|keys?)\b"
)
_COUNTING = ("123456789", "987654321", "012345678", "234567890", "0123456789", "1234567890")
# Round 25. The nine-digit counting runs, counted on past 9 ("123456789", "234567890"): an identifier whose digits
# hold one and at most two more ("12345678901"; an I-94 number's "123456789A1", its last two a check's) is a format's
# example where the words before it say so
_NINE_RUNS = tuple(("0123456789" * 2)[i : i + 9] for i in range(10))


def _counts_nine(digits: str) -> bool:
    return 9 <= len(digits) <= 11 and any(run in digits for run in _NINE_RUNS)


# Round 15. The department's identifiers, shown with a counting run in help text ("receipt number (e.g.,
# IOE0123456789)"): a format's example, as for the shaped numbers
_COUNTED_IDS = frozenset({"USCIS_RECEIPT_NUMBER", "A_NUMBER", "I94_NUMBER", "SEVIS_ID", "US_ITIN", "DOD_EDIPI"})
# Round 24. Identifiers short enough that a format's example counts only to five ("TT12345AB")
_SHORT_IDS = frozenset({"KNOWN_TRAVELER_NUMBER", "A_NUMBER", "US_PASSPORT", "US_DRIVER_LICENSE", "I94_NUMBER"})
_TABLE_SEPARATORS = ",;\t|"
_MASK_OCTETS = frozenset({"255", "254", "252", "248", "240", "224", "192", "128", "0"})
# ... unless the number's own label is there too ("SSN on case 4: 212-67-4093")
_OWN_LABEL = re.compile(r"(?i)\b(?:ssn|social|phone|tel|cell|mobile|passport|licen[cs]e)\b")
_NER = frozenset({"SpacyRecognizer", "NerRecognizer"})


def _all_hangul(text: str, start: int, end: int) -> bool:
    """Round 25. Whether every letter of ``text[start:end]`` is Hangul: on all the labelled corpora the English
    model's PERSON spans in Korean were 18 phrases ("영어로 번역해 주세요", "please translate into English") and no
    name; Korean names are read by the rules that know them (a name before 씨 or 님, the Korean surname list)."""
    letters = [c for c in text[start:end] if c.isalpha()]
    return bool(letters) and all("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" for c in letters)


_NOT_PERSON_WORDS = frozenset(
    """uncle aunt auntie grandma grandpa grandmother grandfather granny nana mom mum dad mother father sister brother
    son daughter cousin nephew niece husband wife spouse baby sir madam ma'am boss chief officer agent director
    secretary deputy supervisor manager santa caller interpreter""".split()  # noqa: SIM905 - a word list reads better as text
)
# Round 15. Titles of address and greetings, in the languages the department's mail is written in: a span of
# nothing else names no one (not "Don", "Dona": given names too)
_TITLE_OR_GREETING = _NOT_PERSON_WORDS | frozenset(
    """doc doctor prof professor maître maitre monsieur madame mademoiselle señor señora señorita senhor senhora
    sra sr phra ajarn khun sayadaw venerable reverend rev pastor father imam sheikh hi hello dear bonjour bonsoir
    salut hola buenos buenas olá ola oi ciao cher chère chers querido querida estimado estimada""".split()  # noqa: SIM905
)
# Form labels the model reads as a name ("Family Name", "Given Name"): a person's name never holds these words.
_LABEL_WORDS = frozenset({"name", "names", "number", "date"})
_LINE_START_LABEL = re.compile(r"(?:[ \t]+[^\s:]{1,20}){0,2}[ \t]*:")


_IP_SHAPED = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?::\d{1,5})?")


def refine(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without those their context rules out."""
    out = []
    headers: dict[int, int] = {}  # line start -> start of its table's header line, found once per table
    history = _historical_births(text, findings)
    columns = _ddl_columns(text)
    figures = _about_public_figures(text, findings, history)
    characters = fictional_characters(text, findings)  # round 19: 'in the novel "…", Ana …' (fiction.py)
    characters |= invented_people(text, findings)  # round 23: a vignette's 'fictional dealer "Sir …"' (fiction.py)
    named_after = namesakes(text, findings)  # round 20: "the JAG program (named after Officer …)" (eponyms.py)
    named_after |= ship_namesakes(text, findings)  # round 24: "USCGC Stone … named after (Commander Elmer Stone)"
    offices = public_contact_points(text, findings)  # round 20: an FAQ's "call the port office at …"
    for f in findings:
        if (figures and f.entity_type == "PERSON") or f in characters or f in named_after or f in offices:
            continue
        if f.entity_type == "PERSON" and statistic_eponym(text, f.start, f.end):
            continue  # round 20: "Cohen's d = 0.44", "a Bonferroni correction" (eponyms.py)
        if f.entity_type == "PERSON" and era_eponym(text, f.start, f.end):
            continue  # round 25: "the Monroe-era furniture", "Obama-era guidance" (eponyms.py)
        if f.entity_type == "PERSON" and medical_eponym(text, f.start, f.end):
            continue  # round 21: "Graves' disease", "Hashimoto's thyroiditis" (eponyms.py)
        if f.entity_type == "PERSON" and science_eponym(text, f.start, f.end):
            continue  # round 29: "Kari's Law", "Hooke's law", "Karl Fischer titration" (eponyms.py)
        if f in history:
            continue
        if f.entity_type == "STREET_ADDRESS" and _IP_SHAPED.fullmatch(text, f.start, f.end):
            continue  # round 27: an "address" column or key holding an IP address (an ARP table, a router's export)
        if f.entity_type == "PERSON" and f.recognizer in _NER:
            if _all_hangul(text, f.start, f.end):
                continue  # round 25: the English model's PERSON on Korean ("오늘은 날씨가 좋습니다") is no evidence
            f = _without_a_leading_role(text, f)
        if f.entity_type in _MARKINGS and _a_listed_example(text, f):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue
        if f.entity_type in _COUNTED_IDS and _counting_example(text, f):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue
        if f.entity_type in _SHORT_IDS and short_format_example(text, f.start, f.end):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue  # round 24: "the PreCheck KTN format, e.g. TT12345AB" (published_examples.py)
        if f.entity_type == "A_NUMBER" and _an_orders_number(text, f):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue  # round 24: "work order A20250917", "batch A2025091833": an order's number, an A-number's shape
        # round 15: a piece of a split identifier was read with its pieces and its cue ("first part is 604-")
        if (
            f.entity_type in _SHAPED
            and f.recognizer != "SplitIdentifierRecognizer"
            and (
                (
                    _OTHER_NUMBER_LABEL.search(text, max(0, f.start - 40), f.start)
                    and not _OWN_LABEL.search(text, max(0, f.start - 40), f.start)
                    # nor named for what it is right after ("S/N 212-67-4093 is her SSN")
                    and not _OWN_LABEL.search(text, f.end, f.end + 30)
                )
                or _thing_label_clause(text, f)
                or _later_in_a_labelled_list(text, f)
                or _label_then_leading_group(text, f)
                or _other_number_column(text, f, headers)
                or _counting_example(text, f)
                or _format_example(text, f)
            )
        ):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue
        if f.entity_type == "PHONE_NUMBER" and (
            _inside_a_token(text, f) or _YEAR_LED_SERIAL.fullmatch(text[f.start : f.end]) is not None
        ):
            continue
        if (
            f.entity_type == "PHONE_NUMBER"
            and _NOT_A_PHONE_LABEL.search(text, max(0, f.start - 40), f.start)
            and not _PHONE_WORD.search(text, max(0, f.start - 40), f.start)
        ):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue
        if f.entity_type in _NUMBERED and _one_digit_repeated(text[f.start : f.end]):
            continue
        if f.entity_type == "US_SSN" and re.sub(r"\D", "", text[f.start : f.end]) == "000000000":
            continue  # round 19: "000-00-0000", a form's blank as "00/00/0000" is a date's; the SSA issues no zeros
        if f.entity_type == "PHONE_NUMBER" and _toll_free(text, f) and not _a_person_before(text, f, findings):
            continue
        if f.entity_type == "PHONE_NUMBER" and _an_offices_line(text, f) and not _a_person_before(text, f, findings):
            continue  # round 19: "Sector Key West command center (305) 555-…": an office's line, no one's own
        if f.entity_type == "CREDIT_CARD" and named_test_card(text, f.start, f.end):
            continue
        if (
            f.entity_type == "US_SSN"
            or (f.entity_type == "PHONE_NUMBER" and _SSN_GROUPING.fullmatch(text[f.start : f.end]))
        ) and named_specimen(text, "US_SSN", f.start, f.end):
            continue  # the Woolworth card's number, which a phone recognizer may take too
        if (
            f.entity_type == "US_ITIN"
            and named_specimen(text, "US_ITIN", f.start, f.end)
            and not any(g.entity_type == "PERSON" and g.score >= 0.5 for g in findings)
        ):
            continue  # round 21: a number the SSA keeps for advertisements (published_examples.py), on no one's record
        if (f.entity_type == "JWT" or f.entity_type in _CREDENTIALS) and inside_named_specimen(
            text, "JWT", f.start, f.end
        ):
            continue  # jwt.io's token, or a piece of it that a password recognizer took
        if f.entity_type == "EMAIL_ADDRESS" and (
            _forge_remote(text, f)
            or _placeholder_mailbox(text, f)
            or _defanged_role_mailbox(text, f)
            or a_docs_sample_mailbox(text, f)  # round 29: "AdeleV@contoso.com" in a docs sample (names_in_samples.py)
        ):
            continue
        if f.entity_type in ("STREET_ADDRESS", "DATE_OF_BIRTH") and _placeholder_value(text, f):
            continue
        if f.entity_type == "STREET_ADDRESS" and _ROOM_CODE_BEFORE.search(text, max(0, f.start - 12), f.start):
            continue
        if f.entity_type == "STREET_ADDRESS" and _an_agency_mailbox(text, f):
            continue
        if f.entity_type in _SHAPED and _GENERALIZED_TIME.fullmatch(text, f.start, _generalized_time_end(text, f)):
            continue
        if f.entity_type == "DATE_OF_BIRTH" and _born_institution(text, f, findings):
            continue
        if f.entity_type == "PERSON" and base64_words(text[f.start : f.end]) is not None:
            out.append(f)  # round 15: a name read off its base64 (encoded.py); the token has no shape of words
            continue
        if f.entity_type == "PERSON" and (
            # round 20: with the quote closing it run in ("named 'Mayor Jane Q. Public'")
            _PLACEHOLDER_NAME.fullmatch(text[f.start : f.end].strip("'\"\u2018\u2019\u201c\u201d.,;:")) is not None
            or _placeholder_run(text[f.start : f.end])
            or _fixture_name(text[f.start : f.end])  # round 25: "Test Submission", "QA Check"
            or _a_template_rows_nobody(text, f)  # round 25: "DOE,JOHN,Q,MM/DD/YYYY,XXX-XX-XXXX"
            or _a_documents_division(text, f)  # round 25: "Article [VII, Section] 3(c)", "Title IX"
            or (f.recognizer in _NAME_READERS and _other_number_column(text, f, headers, _PLACE_COLUMN))
            or (f.recognizer in _NAME_READERS and names_a_thing(text, f.start, f.end))
            # round 28b: "Tulsa OK, Dayton OH", "Vero Beach to Stuart", "Jomo Kenyatta (NBO)", "Cessna Cardinal",
            # a list of streets, a sample's quoted name, "Pase al inglés" (names_in_lists.py)
            or (f.recognizer in _LIST_READERS and listed_as_no_person(text, f, findings))
            # round 29: "Contact Name" beside "(000) 000-0000" in a template, a docs sample's user at contoso.com,
            # a header over numbers, "Ace Janitorial", "a student's Common App password", "Front Royal to Luray"
            # (names_in_samples.py)
            or a_templates_placeholder(text, f)
            or a_docs_sample_person(text, f)
            or (f.recognizer in _FEATURE_READERS and a_header_over_numbers(text, f))
            or (f.recognizer in _NAME_READERS and a_business(text, f))
            or (f.recognizer in _NER and a_product_before_credential(text, f))
            or (f.recognizer in _NAME_READERS and a_place_on_a_route(text, f, findings))
            # round 24: a lone word the text names a storm or a vessel elsewhere ("Hurricane Ian … Ian's claims")
            or (
                f.recognizer in _NAME_READERS
                and named_as_a_thing_elsewhere(text, f.start, f.end)
                and not _in_a_full_name(text, f, findings)
            )
            # round 16: every name reader's span that a road's words carry on ("[Abner Coyle] Memorial Pkwy")
            or (f.recognizer in _NAME_READERS and names_a_place(text, f.start, f.end))
            or (f.recognizer in _NAME_READERS and _glosses_a_place_code(text, f))
        ):
            continue
        if (
            f.entity_type == "PERSON"
            and f.recognizer in _NAME_READERS
            and a_quoted_boat(text, f.start, f.end)
            and all(g.entity_type in _FIGURES_COMPANY or g.score < 0.5 for g in findings)
        ):
            continue  # round 24: '"Reel Therapy" (PASS), "Miss Dorothy" (FAIL)': boats, in a text with no identifier
        if (
            f.entity_type == "PERSON"
            and f.recognizer in _FEATURE_READERS
            and a_named_feature(text, f.start, f.end)
            and all(g.entity_type in _FIGURES_COMPANY or g.score < 0.5 for g in findings)
        ):
            continue  # round 25: "Waesche Hall … Hamilton Hall … Leamy Hall", "Tule Well": landmarks, no one's
        if f.entity_type == "PERSON" and f.recognizer in _NAME_READERS and _a_log_event(text, f):
            continue  # round 24: "2025-11-29 02:00:41 ATS TRANSFER OK": a machine's event in capitals, not a name
        if f.entity_type == "PERSON" and f.recognizer not in _NER and _not_a_name_in_a_letter(text, f):
            continue  # round 24: a form letter's "Sincerely,", "If you require an interpreter", "… Programs"
        if f.entity_type == "PERSON" and _a_things_short_name(text, f, findings):
            continue  # round 23: "Bridges: Howard Frankland, Gandy. The Frankland is fixed" (named_things.py)
        if f.entity_type == "PERSON" and f.recognizer in _NER and _not_a_person(text, f):
            continue
        if f.entity_type == "PERSON" and (text[f.start : f.end].lower() in columns or _among_months(text, f)):
            continue
        if f.entity_type == "PERSON" and f.recognizer in _NAME_READERS and _party_of_a_cited_case(text, f):
            continue
        if f.entity_type == "PERSON" and f.recognizer in _NER and _arabic_words_no_name(text[f.start : f.end]):
            continue
        if f.entity_type == "PERSON" and f.recognizer in _NAME_READERS and _foreign_function_word(text, f):
            continue
        if (
            f.entity_type == "PERSON"
            and f.recognizer == "PersonCueRecognizer"
            and (
                _a_job_title(text, f)
                or _an_institution(text, f)
                or _a_quoted_thing(text, f)
                or an_animals_name(text, f.start, f.end)  # round 25: "a retired canine named Sergeant Biscuit"
            )
        ):
            continue
        if f.entity_type == "PERSON" and f.recognizer in _NER and _a_post(text, f):
            continue
        if f.entity_type == "PERSON" and f.recognizer in _NAME_READERS and _among_places(text, f, findings):
            continue
        if unsupported_lone_name(text, f, findings):
            continue  # a lone word the model alone calls a person, in a text about no one (lone_names.py)
        if f.entity_type == "IP_ADDRESS" and (
            _not_a_host(text, f) or _other_number_column(text, f, headers, _VERSION_WORD, "|\t")
        ):
            continue  # also a cell of a pipe or tab table under a "version" header: "| api-gateway | 3.11.2.1 |"
        if f.entity_type in ("US_SSN", "PHONE_NUMBER") and (
            _declared_unissued(text, f) or _unissued_examples(text, f, findings)
        ):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue
        if f.entity_type in _CREDENTIALS and (
            _MARKED_PLACEHOLDER.search(text, f.start, f.end) is not None
            or _filler_token(text[f.start : f.end])
            or _a_reference_across_lines(text[f.start : f.end])
            or _a_code_reference(text, f)
            or _a_field_label(text, f)
        ):
            continue
        out.append(f)
    out = _like_the_ruled_out(text, out)
    # round 29: "PSO Ana Tuilagi 801-…" in wide digits (names_in_samples.py)
    out.extend(names_beside_identifiers(text, out))
    out.extend(birth_dates_after_names(text, out))
    out.extend(birth_dates_in_rows(text, out))
    out.extend(birth_dates_under_header(text, out))
    out.extend(birth_dates_in_people_columns(text, out))  # round 27
    out.extend(
        echoed_birth_dates(text, out)
    )  # "1998년 9월 4일 — September 4, 1998"  # context that rules one in: "Dana Whitfield (03/14/1971)"
    out.extend(restated_birth_dates(text, out))  # round 18: "DOB 02/29/1980" … "card says 02-29-80"
    return out


# Round 19. A marking that ends a list of markings shown as examples on one line ("markings such as CUI, (U), SECRET
# or TOP SECRET//NOFORN must be read …"): talked about, not applied. The marking recognizers rule out one right
# after "such as" (marking.py); the list's other items stand between here.
_MARKINGS = frozenset({"CLASSIFICATION_MARKING", "CUI_MARKING"})
_EXAMPLE_LIST_BEFORE = re.compile(
    r"(?i:\b(?:markings?|marks|banners?|caveats)\b[^.\n:;]{0,40}?"
    r"(?:\bsuch[ \t]+as|\blike|\be\.g\.,?|\bfor[ \t]+example,?|\bincluding)[ \t]+)"
    r"(?:[A-Z0-9()/-]++(?:[ \t]+[A-Z0-9()/-]++)?,?\s(?:(?:or|and)\s)?){0,8}$"
)


def _a_listed_example(text: str, f: Finding) -> bool:
    """Prose wrapped at a fixed width may break the list over a line: the list's separators may be a line break."""
    return _EXAMPLE_LIST_BEFORE.search(text, max(0, f.start - 160), f.start) is not None


# Round 11. Identifiers an agency or a bank issues; none is one digit written over and over ("ABC0000000000",
# "555-555-5555", "000000"), which is what a form's example or a schema's placeholder looks like. Not SSNs: the SSA
# issued 111-11-1111 and its like, and an SSN label before one keeps it a finding (test_ssn_recognizer.py)
_NUMBERED = frozenset(
    """PHONE_NUMBER US_BANK_NUMBER US_DRIVER_LICENSE US_PASSPORT A_NUMBER USCIS_RECEIPT_NUMBER
    DOD_EDIPI CREDIT_CARD IBAN_CODE ABA_ROUTING_NUMBER""".split()  # noqa: SIM905
)


# Round 11. A year, a run and a short sequence ("2026-0614-01"): how case, student and batch IDs are numbered; no
# country writes a phone number as four digits, three or four, then one to three
_YEAR_LED_SERIAL = re.compile(r"(?:19|20)\d\d-\d{3,4}-\d{1,3}")


# Round 16. A text that asks about people of history or of fiction ("captions for the history wall", "a fictional
# respondent"): the names it gives are public figures and characters. Only where no personal value stands beside
# them: a number, an address, a date of birth, an e-mail keeps every name hidden.
_FIGURES_TALK = re.compile(
    r"(?i)\b(?:history[ \t]+(?:wall|display|quiz)"
    # not "the historical entries for …" nor "special characters in …": the people must be called so; not "famous",
    # "fun facts", "trivia", a "role-play" or a fictional story, which may be about a real colleague ("fun facts
    # about Ana for her farewell card", "role-play my talk with …")
    r"|fictional[ \t]+(?:[\w-]+[ \t]+)?(?:characters?|figures?|persons?|people|respondents?|applicants?|travell?ers?"
    r"|employees?|officers?|agents?)"
    r"|historical[ \t]+(?:[\w-]+[ \t]+)?(?:figures?|people|persons|rescuers|heroe?s|heroines?|leaders|icons?)"
    r"|(?:cartoon|book|movie|film|tv|story|novel|comic)[ \t]+characters?"
    # round 17: a heritage month's display ("a Black History Month display"), characters of fiction called by
    # what they are ("famous fictional adoptees"), people "from history" called famous, and the civics test's
    # questions about the nation's Presidents and founding documents, their answers in parentheses
    r"|history[ \t]+month[ \t]+(?:display|poster|bulletin[ \t]+board|exhibit)"
    r"|fictional[ \t]+(?:adoptees|orphans|heroe?s|heroines|detectives|villains)"
    r"|(?:famous|notable|well-known)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:citizens|immigrants|americans|figures|people|women"
    r"|men|leaders|scientists|inventors)[ \t]+(?:from|in|of)[ \t]+(?:american[ \t]+|u\.s\.[ \t]+|world[ \t]+)?history"
    r"|(?-i:Who[ \t]+(?:was|wrote|signed|led|freed)[ \t]+(?:[\w-]+[ \t]+){0,4}(?:President|Declaration[ \t]+of"
    r"[ \t]+Independence|Constitution|Emancipation[ \t]+Proclamation|Civil[ \t]+War)\b[^?\n]{0,40}\?[ \t]*\())"
    r"\b"
)
# what a text about public figures may hold besides their names
_FIGURES_COMPANY = frozenset({"PERSON", "DATE_TIME", "LOCATION", "ORGANIZATION", "NRP", "URL"})
# ... and a person of the writer's own life it may not name ("a fictional employee profile based on my coworker …")
_OWN_PEOPLE = re.compile(
    r"(?i)\b(?:my|our|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:co-?workers?|colleagues?|employees?|boss|neighbou?rs?"
    r"|friends?|clerks?|supervisors?|managers?|staff|team(?:mates?)?|client|clients|patients?|students?|tenants?"
    r"|landlord|son|daughter|wife|husband|partner|mother|father|mom|mum|dad|sister|brother|cousin|aunt|uncle"
    r"|grand(?:mother|father|ma|pa|son|daughter)|niece|nephew|child|children|kids?)\b"
)


# Round 16. A party's or a case's role that the model ran into the name it opens ("[Respondent Mohamed Lemine]"):
# no one's name, and carried on its own to every later mention of the role (names.py) if left in
_ROLE_LEAD = frozenset(
    """respondent respondents applicant applicants petitioner beneficiary sponsor claimant detainee defendant
    appellant appellee plaintiff complainant mariner witness requester requestor traveler traveller passenger
    importer declarant""".split()  # noqa: SIM905
)
_FIRST_WORD = re.compile(r"([A-Za-z]+)[ \t]+(?=[^\W\d_])")


def _without_a_leading_role(text: str, f: Finding) -> Finding:
    m = _FIRST_WORD.match(text, f.start, f.end)
    if m is None or m.group(1).lower() not in _ROLE_LEAD:
        return f
    return replace(f, start=m.end())


# Round 19. A public history text that calls itself so ("the OIG history page", "a history slide", "the 160th
# anniversary display", "a Deaf Awareness Month post") and dates what it tells in a year 20 or more years ago: the
# people it names are the agency's and the country's history. A history page of this year's team gives no such year.
_HISTORY_PIECE = re.compile(
    r"(?i)\b(?:history|anniversary|heritage|awareness)[ \t]+(?:month[ \t]+)?(?:page|slide|post|panel|timeline"
    r"|section|lesson|handout|article|blurb|board|exhibit|display|poster|feature|segment)s?\b"
    r"|\bexhibit[ \t]+panels?\b"
)
_HISTORY_AGE = 20
# ... not a person's own history, which a record's section or timeline holds ("Patient history section", "the
# employment history page", "his travel history timeline")
_PERSONAL_HISTORY_BEFORE = re.compile(
    r"(?i)\b(?:medical|patient|patients|family|health|clinical|surgical|social|psychiatric|employment|work|job"
    r"|career|salary|pay|travel|case|criminal|arrest|credit|immigration|residence|residential|address|education"
    r"|educational|academic|personal|service|claims?|payment|account|purchase|order|transaction|login|call|chat"
    r"|browser|search|my|his|her|their)[ \t]+$"
)


def _dated_history(text: str) -> bool:
    if not any(
        _PERSONAL_HISTORY_BEFORE.search(text, max(0, m.start() - 24), m.start()) is None
        for m in _HISTORY_PIECE.finditer(text)
    ):
        return False
    latest = datetime.date.today().year - _HISTORY_AGE
    return any(1500 <= int(y) <= latest for y in _LAST_YEAR.findall(text))


def _about_public_figures(text: str, findings: Sequence[Finding], history: Sequence[Finding] = ()) -> bool:
    return (
        any(f.entity_type == "PERSON" for f in findings)
        and all(f.entity_type in _FIGURES_COMPANY or f.score < 0.3 or f in history for f in findings)
        # round 18: or it gives people of history their birth dates ("John Dillinger, born June 22, 1903, …")
        and (
            bool(history)
            or anywhere(_FIGURES_TALK, text)
            or _dated_history(text)
            or _a_piece_on_the_past(text)
            # round 21: a piece whose every name is one the public knows (public_figures.py)
            or (bool(known_figures(text, _without_things(text, findings))) and not anywhere(_STAFF_NEWS, text))
        )
        and not _names_own_people(text)
    )


def _without_things(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without the PERSON spans that refine drops anyway as a placeholder or a thing's name ("the
    cutter Alex Haley", '"Jane Q. Public"'): they are no one's, so they neither count for a piece on public figures
    nor keep one from passing (round 23)."""
    return [
        f
        for f in findings
        if f.entity_type != "PERSON"
        or not (
            _PLACEHOLDER_NAME.fullmatch(text[f.start : f.end].strip("'\"\u2018\u2019\u201c\u201d.,;:")) is not None
            or _placeholder_run(text[f.start : f.end])
            or (f.recognizer in _NAME_READERS and names_a_thing(text, f.start, f.end))
            or era_eponym(text, f.start, f.end)  # round 25: "the Monroe-era furniture" counts for no one
        )
    ]


# Round 20. Pieces written about people of history or of public life, by what the text is: a museum's plaque or
# label, or a school project on a subject, is about them by its kind; a newsletter's, a slide's or a poster's lines
# only where the text says they are about famous or historic people or an era (a century, an amendment, the
# 1920s), or tells an event of public history (a wreck, a war, an election) in a year 40 or more years ago; not a
# case of 1979 that names the officer. Never in a text about staff news (a retirement, a welcome, a birthday):
# those name the writer's colleagues, whatever year they joined.
_PAST_PIECE = re.compile(
    r"(?i)\b(?:museum[ \t]+(?:plaques?|labels?|placards?|exhibits?|displays?|panels?|captions?|wall[ \t]+text|text)"
    r"|plaque[ \t]+(?:text|wording|inscriptions?)"
    r"|(?:school|class|classroom|history|civics|social[ \t]+studies)[ \t]+(?:projects?|reports?|essays?|assignments?"
    r"|homework|presentations?|posters?|worksheets?)[ \t]+(?:on|about))\b"
)
_PUBLIC_PIECE = re.compile(
    r"(?i)\b(?:newsletters?|bulletins?|slides?|decks?|posters?|articles?|presentations?|briefings?|handouts?"
    r"|displays?)\b"
)
_ERA = re.compile(
    r"(?i)\b(?:(?:famous|historic(?:al)?|notable|legendary)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:immigrants|americans|people"
    r"|women|men|inventors|scientists|figures|leaders|pioneers|explorers|aviators|aviatrix|authors|writers|artists"
    r"|presidents|citizens|suffragists|abolitionists|heroe?s)"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:century|amendment)|(?:1[5-9]|20)\d0s)\b"
)
_PAST_AGE = 40
_PUBLIC_EVENT = re.compile(
    r"(?i)\b(?:sank|sunk|sinking|wrecks?|wrecked|shipwrecks?|disasters?|wars?|battles?|elections?|amendments?"
    r"|treaty|founded|founding|expeditions?|assassinat\w*|earthquakes?|eruptions?|epidemics?|pandemics?|landings?"
    r"|moon|inaugurat\w*)\b"
)
_STAFF_NEWS = re.compile(
    # round 28: not a ceremony's or a course's welcome remarks, speech or address, which quote people of history
    r"(?i)\b(?:retir\w*|farewell|promot\w*|welcom\w*+(?![ \t]+(?:remarks|speech|address))|congratulat\w*"
    r"|birthdays?|new[ \t]+hires?|hired|onboard\w*"
    r"|kudos|shout-?outs?|years[ \t]+of[ \t]+service|passed[ \t]+away|obituar\w*|condolences?|get[ \t]+well"
    r"|weddings?|newborn|joined)\b"
)


# ... nor a piece that credits the living people behind it: a plaque's donor or lender ("Gift of …", "the donor …
# who lent the quilt"), a volunteer, a photographer, an interviewee
_LIVING_CREDIT = re.compile(
    r"(?i)\b(?:donors?|donat\w*|lent|lender|loaned|on[ \t]+loan|gift[ \t]+of|courtesy[ \t]+of|collection[ \t]+of"
    r"|volunteers?|docents?|curators?|photo(?:graph)?(?:ed)?[ \t]+by|interview\w*|contributed|sponsor\w*)\b"
)


def _a_piece_on_the_past(text: str) -> bool:
    if anywhere(_STAFF_NEWS, text) or anywhere(_LIVING_CREDIT, text):
        return False
    if anywhere(_PAST_PIECE, text):
        return True
    if not anywhere(_PUBLIC_PIECE, text):
        return False
    if anywhere(_ERA, text):
        return True
    latest = datetime.date.today().year - _PAST_AGE
    return anywhere(_PUBLIC_EVENT, text) and any(1500 <= int(y) <= latest for y in _LAST_YEAR.findall(text))


# ... the student's own people do not count in "my son's school project on …": the project is about others
_SCHOOLWORK_AFTER = re.compile(r"(?i)['\u2019]s[ \t]+(?:school|class|homework|history|civics|science)\b")


def _names_own_people(text: str) -> bool:
    return anywhere(_OWN_PEOPLE, text) and any(
        _SCHOOLWORK_AFTER.match(text, m.end()) is None for m in _OWN_PEOPLE.finditer(text)
    )


# Round 18. A birth date that prose gives ("born", "nasceu em", "née le") in a year no one alive now was born in,
# in a text about no one of the writer's own (no relative, no genealogy or records request, no identifier or
# contact beside it), is history's: "Tiradentes nasceu em 12 de novembro de 1746", "Clara Barton, born December 25,
# 1821". A great-grandmother's birth date in a family-tree or A-file request is still personal data.
_HISTORY_YEARS = 110
_LAST_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d\d)(?!\d)")
_PROSE_BORN_BEFORE = re.compile(
    r"(?i)\b(?:born|nasceu(?:[ \t]+em)?|naci(?:o|ó|da|do)(?:[ \t]+el)?|n[ée]e?[ \t]+le|geboren(?:[ \t]+am)?)"
    r"(?:[ \t]+(?:on|in|around|about|circa|c\.|ca\.))?[ \t]*$"
)
_FAMILY_OR_RECORDS = re.compile(
    r"(?i)\b(?:great[ -]?(?:grand)?(?:mother|father|aunt|uncle|grandma|grandpa|grandparents?)|grand(?:mother|father"
    r"|ma|pa|parents?)|ancestors?|ancestry|genealog\w*|family[ -]tree|relatives?|descendants?|requester|a-files?"
    r"|index[ \t]+search|records?[ \t]+request|foia|naturali[sz]ation[ \t]+(?:file|record|certificate))\b"
)
_HISTORY_COMPANY = frozenset({"PERSON", "DATE_TIME", "LOCATION", "ORGANIZATION", "NRP", "URL", "DATE_OF_BIRTH"})


def _historical_births(text: str, findings: Sequence[Finding]) -> list[Finding]:
    latest = datetime.date.today().year - _HISTORY_YEARS
    if any(f.entity_type not in _HISTORY_COMPANY and f.score >= 0.5 for f in findings):
        return []
    if anywhere(_OWN_PEOPLE, text) or anywhere(_FAMILY_OR_RECORDS, text):
        return []
    out = []
    for f in findings:
        if f.entity_type != "DATE_OF_BIRTH":
            continue
        years = _LAST_YEAR.findall(text, f.start, f.end)
        # (a year before 1500 is another calendar's: Solar Hijri 1361 is 1982)
        if not years or not 1500 <= int(years[-1]) < latest:
            return []  # a living person's birth date beside them: not a text about history
        if _PROSE_BORN_BEFORE.search(text, max(0, f.start - 30), f.start) is None:
            return []
        out.append(f)
    return out


def _one_digit_repeated(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and value.lstrip().startswith(("+1", "1")):
        digits = digits[1:]  # round 17: a template's "+1-000-000-0000", the country's code before the filler
    return len(digits) >= 6 and len(set(digits)) == 1


# The North American toll-free codes (the FCC's 800, 833, 844, 855, 866, 877, 888): a number in one is an agency's
# or a business's line, which nobody's own phone is; "my cell", "her mobile" right before it, or a person named
# earlier in its sentence, keep it
# round 19: and 710, the code NANPA keeps for the federal government, whose only line is GETS's public access number
_TOLL_FREE_CODES = frozenset({"800", "833", "844", "855", "866", "877", "888", "710"})
_NANP_SHAPE = re.compile(r"(?:\+?1[-. \t]?)?\(?(\d{3})\)?[-. \t]?\d{3}[-. \t]?\d{4}")
_OWN_PHONE_BEFORE = re.compile(r"(?i)\b(?:my|his|her|their|personal|home|cell|mobile)\b[^\n]{0,30}$")


def _a_person_before(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    """A person named earlier in the number's sentence ("Reach Dana Whitlock directly on 1-888-…"): the line is hers."""
    start = max(0, f.start - 120)
    for stop in (". ", "\n", "? ", "! "):
        start = max(start, text.rfind(stop, start, f.start) + 1)
    return any(g.entity_type == "PERSON" and start <= g.start and g.end <= f.start for g in findings)


def _toll_free(text: str, f: Finding) -> bool:
    shape = _NANP_SHAPE.fullmatch(text, f.start, f.end)
    return (
        shape is not None
        and shape.group(1) in _TOLL_FREE_CODES
        and _OWN_PHONE_BEFORE.search(text, max(0, f.start - 40), f.start) is None
    )


# Round 19. The number of an office that is staffed around the clock or answers the public, named right before it
# ("the Sector command center (808) 555-…", "Field office duty desk: …", "the regional hotline at …"): no one's own
# line. A person named earlier in its sentence, or "my"/"her"/"cell" before it, keeps it.
_OFFICE_LINE_BEFORE = re.compile(
    r"(?i)\b(?:(?:command|operations|ops|contact|call|information|info|coordination|watch|dispatch|communications"
    r"|fusion|emergency[ \t]+operations|joint[ \t]+rescue[ \t]+coordination|rescue[ \t]+coordination)[ \t]+"
    r"(?:center|centre)|help[ \t-]?desk|service[ \t]+desk|duty[ \t]+desk|hot[ \t-]?line|help[ \t-]?line|tip[ \t]+line"
    r"|switchboard|main[ \t]+line|front[ \t]+desk|reporting[ \t]+line|information[ \t]+line)"
    r"[ \t]*(?:[:,\-\u2013]|\bat\b|\bis\b|\bon\b|\bnumber\b)?[ \t]*$"
)


def _an_offices_line(text: str, f: Finding) -> bool:
    return (
        _OFFICE_LINE_BEFORE.search(text, max(0, f.start - 60), f.start) is not None
        and _OWN_PHONE_BEFORE.search(text, max(0, f.start - 40), f.start) is None
    )


def _like_the_ruled_out(text: str, findings: list[Finding]) -> list[Finding]:
    """A number of the same shape as one its label ruled out, later in the same sentence and with no label of
    its own between them, is another of the same kind: "Requisition 218-40-7751 went through, but 218-40-7790
    didn't"."""
    ruled = sorted((f for f in findings if f.entity_type in _SHAPED and f.score <= RULED_OUT), key=_end)
    if not ruled:
        return findings
    ends = [r.end for r in ruled]
    out = []
    for f in findings:
        if f.entity_type in _SHAPED and f.score > RULED_OUT:
            # only a ruled-out number ending up to 120 characters before this one can be of its kind (_same_kind)
            near = ruled[bisect_left(ends, f.start - 120) : bisect_right(ends, f.start)]
            if any(_same_kind(text, r, f) for r in near):
                f = replace(f, score=RULED_OUT)
        out.append(f)
    return out


def _end(f: Finding) -> int:
    return f.end


def _same_kind(text: str, ruled: Finding, f: Finding) -> bool:
    if ruled.entity_type != f.entity_type or not ruled.end <= f.start <= ruled.end + 120:
        return False
    if _shape(text[ruled.start : ruled.end]) != _shape(text[f.start : f.end]):
        return False
    between = text[ruled.end : f.start]
    if f.entity_type == "PHONE_NUMBER" and _PHONE_WORD.search(between) is not None:
        return False  # round 29: "SWLIN 512-…, call the foreman at 512-…": a phone's own word between them
    return "\n" not in between and ". " not in between and _OWN_LABEL.search(between) is None


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value.strip("()[]{}.,;: "))  # a span that took in the bracket closing a list


def _format_example(text: str, f: Finding) -> bool:
    """The number is shown as what another kind of number looks like, earlier in its sentence or line."""
    if _LOOKS_LIKE.search(text, max(0, f.start - 24), f.start) is None:
        return False
    lo = max(0, f.start - 160)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, f.start)]
    start = ends[-1] if ends else lo
    # "our ticket IDs look like phone numbers (e.g. …)": the own label is what the other kind resembles
    window = _RESEMBLES_OWN_KIND.sub(" ", text[max(0, start) : f.start])
    return _NUMBER_KIND.search(window) is not None and _OWN_LABEL.search(window) is None


def _counting_example(text: str, f: Finding) -> bool:
    """A counting run ("123456789") shown as an example, or in a text that calls its values placeholders. Round 25:
    also nine counted digits inside an identifier's eleven ("12345678901", "123456789A1": I-94 numbers)."""
    digits = re.sub(r"\D", "", text[f.start : f.end])
    return (digits in _COUNTING or _counts_nine(digits)) and (
        _EXAMPLE_BEFORE.search(text, max(0, f.start - 24), f.start) is not None or anywhere(_PLACEHOLDER_WORD, text)
    )


_PLACEHOLDER_WORD = re.compile(r"(?i)\b(?:placeholders?|dummy|dummies|made[- ]up|fictitious|fictional)\b")


def _other_number_column(
    text: str, f: Finding, headers: dict[int, int], kind: re.Pattern[str] = _OTHER_NUMBER_LABEL, seps: str = ""
) -> bool:
    """The finding is a cell of a delimited table whose header names another kind of number (``kind``), in a
    table separated by one of ``seps`` if given."""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    sep = _separator(line)
    if not sep or (seps and sep not in seps):
        return False
    before = text[line_start : f.start]
    column = before.count(sep)
    header_start = line_start
    walked = []
    while header_start > 0 and header_start not in headers:
        prev_start = text.rfind("\n", 0, header_start - 1) + 1
        if sep not in text[prev_start : header_start - 1]:
            break
        walked.append(header_start)
        header_start = prev_start
    header_start = headers.get(header_start, header_start)
    for start in walked:
        headers[start] = header_start
    if header_start == line_start:
        return False
    header = text[header_start : text.find("\n", header_start)].split(sep)
    if column >= len(header):
        return False
    label = header[column].strip(" \t\"'`").replace("_", " ")
    if len(label.split()) > 4:
        return False  # a sentence with a comma, not a header: "the form wants these in a different order, can …"
    return bool(label) and kind.search(label) is not None and not _OWN_LABEL.search(label)


def _separator(line: str) -> str:
    """The cell separator of a table row: a markdown row's pipes, then tabs, semicolons, commas ("| 4-2 | $1,200 |"
    is a pipe table whatever its cells hold)."""
    if line.lstrip().startswith("|"):
        return "|"
    return next((c for c in "\t;,|" if c in line), "")


def _not_a_host(text: str, f: Finding) -> bool:
    value = text[f.start : f.end]
    if _network_block(value):
        return True
    if _documentation_address(value) and anywhere(_DOCUMENTATION_TALK, text):
        return True  # round 20: "are these in the documentation ranges? 192.0.2.44, 198.51.100.17"
    if re.match(r"\.\d", text[f.end : f.end + 2]) or re.search(r"\d\.$", text[max(0, f.start - 2) : f.start]):
        return True  # one piece of a longer dotted number
    octets = value.split(".")
    if len(octets) == 4 and octets[0] == "255" and all(o in _MASK_OCTETS for o in octets):
        bits = "".join(f"{int(o):08b}" for o in octets)
        if "01" not in bits:
            return True  # a subnet mask
    if _VERSION_BEFORE.search(text, max(0, f.start - 24), f.start) is not None:
        return True
    # "firmware 10.4.12.118 … the vendor says 10.4.13.2 fixes it": versions compared in one sentence
    start = max(text.rfind("\n", 0, f.start), text.rfind(". ", 0, f.start), f.start - 200)
    end = min(x for x in (text.find("\n", f.end), text.find(". ", f.end), f.end + 120, len(text)) if x >= 0)
    sentence = text[max(0, start) : end]
    return _VERSION_WORD.search(sentence) is not None and _NETWORK_WORD.search(sentence) is None


# Round 11. Last words of job titles, which no person's name ends in: after "Sr." (Senior, not Señor) or another cue,
# "Sr. Systems Engineer", "Lead Program Analyst" is a post, not a person
_OCCUPATIONS = frozenset(
    """engineer engineers analyst analysts manager managers specialist specialists developer developers consultant
    consultants architect architects administrator administrators officer officers director directors scientist
    scientists technician technicians associate associates advisor adviser advisors coordinator coordinators
    assistant assistants accountant accountants auditor auditors programmer programmers designer designers
    attorneys paralegal paralegals inspectors investigator investigators""".split()  # noqa: SIM905
) | frozenset(
    # Round 12. A crew's posts ("Bag Run Lead", "Comms Tech"), and the kinds of person a form is for ("Petition for
    # Alien Relative", "Immigrant Worker", "Fiancé(e)")
    """lead leads tech techs relative relatives worker workers fiance fiancee fiancé fiancée fiancé(e) entrant
    entrants orphan orphans""".split()  # noqa: SIM905
)


def _a_job_title(text: str, f: Finding) -> bool:
    words = text[f.start : f.end].split()
    return bool(words) and words[-1].lower().strip(".,;:") in _OCCUPATIONS


def _an_institution(text: str, f: Finding) -> bool:
    """Round 13. Two or more words after a person's cue that end in an office's or a thing's last word: "From: TSA
    Contact Center", "Service to America Medals"."""
    words = text[f.start : f.end].split()
    return len(words) >= 2 and (
        words[-1].lower().strip(".,;:") in INSTITUTION_TAIL or names_a_thing(text, f.start, f.end)
    )


# Round 15. A title that opens a quoted name ("Ship names: 'Miss Rosalind'", "the tug 'Captain Ray'"): the words
# around the quote say whose name it is; a title outside quotes ("Captain Ray Lopez boarded") keeps the person
_TITLE_IN_QUOTES_BEFORE = re.compile(r"['\"\u2018\u201c][A-Z][a-z]{1,9}\.?[ \t]+$")


def _a_quoted_thing(text: str, f: Finding) -> bool:
    return _TITLE_IN_QUOTES_BEFORE.search(text, max(0, f.start - 14), f.start) is not None and names_a_thing(
        text, f.start, f.end
    )


def _a_post(text: str, f: Finding) -> bool:
    """Round 12. Two or more words the model calls a person that end in a post's word, none of the others a given
    name unless also an English word ("Bag Run Lead", "Comms Tech"; not "Maria Lead")."""
    words = text[f.start : f.end].split()
    g = gazetteer()
    return (
        len(words) >= 2 and _a_job_title(text, f) and not any(g.is_given(w) and not english_word(w) for w in words[:-1])
    )


# Round 23. A bridge's, a ship's or a building's short name after "the", the last word of a longer name that the
# text's words make a thing's ("Bridges in the AOR: Howard Frankland, Gandy. The Frankland is fixed", "the cutter
# Alden Pryce … the Pryce returned", "Dale Mabry Bridge … the Mabry"): the thing again, not a person
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")


def _a_things_short_name(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    word = text[f.start : f.end]
    if not word.isalpha() or _THE_BEFORE.search(text, max(0, f.start - 4), f.start) is None:
        return False
    return any(
        g.entity_type == "PERSON"
        and g.recognizer in _NAME_READERS
        and g.end - g.start > len(word)
        and word in text[g.start : g.end].split()[1:]
        and names_a_thing(text, g.start, g.end)
        for g in findings
    )


# Round 24. What families call grandparents, aunts and uncles in the languages of the department's public, as
# "Grandma" and "Uncle" in English: a word of kin, no one's name, where the text speaks of a family's kin in
# English too ("… on dad's side", "family tree", "grandparents"). Not the words that are given names as well
# ("Lola", "Nani", "Tito"), and only the word alone: "Abuela Rosa" names her.
_FOREIGN_KIN = frozenset(
    """halmeoni halmoni harabeoji halabeoji harabuji abuela abuelo abuelita abuelito abue nonna nonno nonnina oma opa
    omi opi bubbe bubby bubbie zayde zaide zeyde babushka dedushka deda babcia dziadek dziadzia obaachan ojiichan
    obaasan ojiisan baachan jiichan yeye nainai laolao laoye waipo waigong popo gunggung ahma ahgong lolo tatay
    vovó vovô vovo avó avô mémé pépé mamie papie teta sitto sitti jiddo jeddo jedda dadima dadaji nanima naniji
    ammamma ammachi appachan paati thatha ajji ajja yiayia yaya papou pappou pappous bà ông""".split()  # noqa: SIM905
)
_FAMILY_TALK = re.compile(
    r"(?i)\b(?:grand(?:ma|pa|mother|father|parents?|kids?|children)|family[ \t]+tree|aunts?|uncles?|cousins?"
    r"|(?:mom|mum|dad|mother|father)['\u2019]s[ \t]+side|relatives|kin(?:ship)?)\b"
)


def _kin_word_in_a_family_text(text: str, word: str) -> bool:
    return word.lower().strip(".,:;!'\"()").removesuffix("'s") in _FOREIGN_KIN and anywhere(_FAMILY_TALK, text)


# Round 24. The rooms of a house, each alone in a table's cell, a list's item or before a colon: a flood's water
# lines or a floor plan, no one's name ("Kitchen", "Laundry"; not "Hall", "Study", "Den", which are names too)
_ROOMS = frozenset(
    """kitchen kitchenette bedroom bathroom bath garage basement attic laundry pantry foyer hallway closet porch
    patio lanai nursery mudroom dining sunroom loft""".split()  # noqa: SIM905
)
_CELL_BEFORE = re.compile(r"(?:^|[|\t,;]|\n[ \t]*(?:[-*\u2022][ \t]*)?)[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|[|\t,;:\n])")


def _a_room_alone(text: str, f: Finding, word: str) -> bool:
    return (
        word.lower() in _ROOMS
        and _CELL_BEFORE.search(text, max(0, f.start - 8), f.start) is not None
        and _CELL_AFTER.match(text, f.end) is not None
    )


def _not_a_person(text: str, f: Finding) -> bool:
    words = text[f.start : f.end].split()
    if _not_a_name_at_all(text, f, words):
        return True
    if len(words) == 1 and words[0].lower().rstrip("'s") in _NOT_PERSON_WORDS:
        return True
    if len(words) == 1 and _kin_word_in_a_family_text(text, words[0]):
        return True  # round 24: "Halmeoni and Harabeoji on mom's side", "Abuela", "Nonno": what a family calls kin
    if len(words) == 1 and _a_room_alone(text, f, words[0]):
        return True  # round 24: "| Kitchen | 29 | tile |", "Garage: 14 in": a room of a house, in its table or list
    if all(w.lower().strip(".,:;!'\"()") in _TITLE_OR_GREETING for w in words):
        return True  # round 15: a title or a greeting alone ("Hi Doc,", "Bonjour Maître,", "drop 'Phra'?")
    if any(w.lower().strip(".,:;()") in _LABEL_WORDS for w in words):
        return True
    if len(words) == 1 and _written_lower_elsewhere(text, words[0]):
        return True
    g = gazetteer()
    if len(words) == 1 and g.is_common(words[0]) and _DETERMINER_AFTER.match(text, f.end):
        return True  # "… and Bill the travel to …": a verb
    if len(words) == 1 and g.is_common(words[0]) and _AN_EVERYDAY_NOUN_AFTER.match(text, f.end):
        return True  # "Bill of lading", "Grant of asylum": the everyday noun of a fixed phrase
    if (
        len(words) == 1
        and words[0].lower() in _ABSTRACT_NOUNS
        and _ABSTRACT_OBJECT_AFTER.match(text, f.end)
        and not _CONTACT_BEFORE.search(text, max(0, f.start - 16), f.start)
    ):
        return True  # "Faith in the process", "Hope for the new system"; not "ask Hope for the key"
    if len(words) == 1 and _NUMBER_WORD_AFTER.match(text, f.end):
        return True  # "Bates range DHS-…", "Model number"
    if (
        len(words) == 1
        and words[0].lower() in _CUT_SHORT_BEFORE_NUMBER
        and _ABBREVIATION_NUMBER_AFTER.match(text, f.end)
    ):
        return True  # round 26: "Reg. No. 3,914,224", "Pat. No. 5,102,887": a word cut short before its number
    if len(words) >= 2 and words[-1].lower().strip(".,:;()") in INSTITUTION_TAIL:
        return True  # "Command Center", "Field Offices"
    if len(words) >= 2 and words[-1].lower() in FIELD_LABEL_TAIL and text.startswith(":", f.end):
        return True  # "Logon Type: 10": a log's field label
    if len(words) == 1 and _PLACE_SUFFIX.search(words[0]) and not g.is_given(words[0]):
        return True  # "Youngstown", "Hagerstown", "Fayetteville"
    thing = _THING_BEFORE.search(text, max(0, f.start - 6), f.start) if len(words) == 1 else None
    if thing is not None and (thing.group(1).lower() in ("our", "your") or not g.is_surname(words[0])):
        return True  # "in our Jira", "the Confluence page": a thing the text owns; "the Smith case" stays a name
    if len(words) == 1 and not text[: f.start].strip() and not g.is_name_word(words[0]):
        nxt = _NEXT_WORD.match(text, f.end)
        if nxt is not None and nxt.group(1) not in _AFTER_A_SUBJECT and not nxt.group(1).endswith(("s", "ed")):
            return True  # "Convert airport codes …": the prompt's opening verb
    lead = words[1] if len(words) >= 3 and words[0].islower() else words[0]  # "de Puerto Rico"
    if len(words) >= 2 and lead.lower() in _PLACE_LEAD:
        return True  # "Nuevo Laredo", "Fort Worth"
    # "Reword: …" — the first words of the text, before a colon, and none of them a known name
    line_start = text.rfind("\n", 0, f.start) + 1
    if text[line_start : f.start].strip() == "" and _LINE_START_LABEL.match(text, f.end) and len(words) <= 3:
        return not any(len(w) > 2 and g.is_name_word(w) and not g.is_common(w) for w in words)
    return False


# Round 14. Words in Arabic letters that the English model calls a person ("يرجى إحضار جميع المستندات", "please
# bring all the documents"): it reads no Arabic, so a span of them is a name only if one of its words is a name of
# the lists. Persian, Pashto and Urdu letters (ی, ک, ګ, U+06C1) are outside the range: those spans stay the model's.
_ARABIC_WORDS = re.compile(r"[\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+)*")


def _arabic_words_no_name(span: str) -> bool:
    return _ARABIC_WORDS.fullmatch(span) is not None and not gazetteer().is_native_name(span)


# Round 14. A function word of Spanish, Portuguese, French, Italian or Vietnamese prose that a name reader took for
# a name ("Xin vui lòng …", "O governo não pede …"): the span holds a word of that language's stop list, and the
# words around it hold three more of the list (the same words in English's list, "a", "me", are not counted).
_LOWER_TOKEN = re.compile(r"[^\W\d_]+")
_JOINING_PARTICLES = frozenset(
    "de del dela della di da das dos do du la las le los van von der den ter ten bin ibn al el y e".split()  # noqa: SIM905
)
_FOREIGN_STOP_WORDS = tuple(
    frozenset(w for w in stops if " " not in w and "_" not in w) - ENGLISH_STOP_WORDS - _JOINING_PARTICLES
    for stops in (
        SPANISH_STOP_WORDS,
        PORTUGUESE_STOP_WORDS,
        FRENCH_STOP_WORDS,
        ITALIAN_STOP_WORDS,
        VIETNAMESE_STOP_WORDS,
        UKRAINIAN_STOP_WORDS,  # round 15: "Vona zaraz u Lvovi" in Cyrillic ("she is in Lviv now")
        RUSSIAN_STOP_WORDS,
    )
)


def _foreign_function_word(text: str, f: Finding) -> bool:
    words = [w.lower() for w in _LOWER_TOKEN.findall(text[f.start : f.end])]
    if not words or len(words) > 3:
        return False
    around = [
        w.lower() for w in _LOWER_TOKEN.findall(text[max(0, f.start - 80) : f.start] + " " + text[f.end : f.end + 80])
    ]
    # round 15: one word that opens a sentence needs two of the list around it (Ukrainian "Vona zaraz u …")
    needed = 2 if len(words) == 1 and _SENTENCE_OPENS.search(text, max(0, f.start - 3), f.start) else 3
    return any(
        any(w in stops for w in words) and sum(w in stops for w in around) >= needed for stops in _FOREIGN_STOP_WORDS
    )


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ \t]{1,2}|\n)$")


# Round 14. An agency's post-office box, its acronym before it ("mail documents to FEMA, P.O. Box 10055, …"): a
# public contact point. A person's box comes after the person's name, not after an agency's acronym.
_ACRONYM_THEN_COMMA = re.compile(r"(?<![\w.-])([A-Z]{2,6}),[ \t]+$")
_PO_BOX = re.compile(r"(?i)p\.?[ \t]?o\.?[ \t]+box\b")


def _an_agency_mailbox(text: str, f: Finding) -> bool:
    m = _ACRONYM_THEN_COMMA.search(text, max(0, f.start - 10), f.start)
    return (
        m is not None
        and _PO_BOX.match(text, f.start) is not None
        and m.group(1).lower() in NOT_NAMES  # the agencies' and labels' acronyms the name readers skip
    )


def _party_of_a_cited_case(text: str, f: Finding) -> bool:
    second = _VERSUS_BEFORE.search(text, max(0, f.start - 8), f.start) is not None
    if not (second or _VERSUS_AFTER.match(text, f.end)):
        return False
    if _CITATION_MARK.search(text, max(0, f.start - 300), min(len(text), f.end + 300)) is not None:
        return True
    # round 15: a decision asked about by what it decided ("What did Troxel v. Granville decide about …")
    rest = None if second else _CAPTION_REST.match(text, f.end)
    return _HOLDING_AFTER.match(text, f.end if rest is None else rest.end()) is not None


def _not_a_name_at_all(text: str, f: Finding, words: list[str]) -> bool:
    """Round 8. Spans the model calls a person that no person's name is made of: no letter at all (an emoji); a
    hashtag; a word of code or a hashtag's (``HurricanePrep``, ``SQLAlchemy``; not ``McAllister``); a street's or
    an area's last word in prose (``Brooks Road``, ``Lafayette Parish``); two or more words that are all English
    words and none of them a given name (``Quality Step Increase``, ``Boston Whaler``). A vessel's name after the
    word for the vessel (``the cutter Hamilton``) is named_things.py's, for every name reader."""
    span = text[f.start : f.end]
    if not any(c.isalpha() for c in span) or text[max(0, f.start - 1) : f.start] == "#":
        return True
    bare = [w.strip(".,:;'\"()!?") for w in words]
    bare = [w for w in bare if w]
    if any(_code_word(part) for w in bare for part in w.split("-")):
        return True
    if names_a_place(text, f.start, f.end):
        return True
    g = gazetteer()
    # round 13: a letter range or an initial the model ran in ("categories A-G. Hazard Mitigation") is no word
    worded = [w for w in bare if len(w) > 1 and w.isalpha()]
    if (
        len(worded) >= 2
        and all(w.isalpha() or len(w.replace("-", "")) <= 3 for w in bare)
        and all(english_word(w) for w in worded)
        and not any(g.is_given(w) for w in worded)
        # round 29: not after an honorific ("Rev. Obadiah Streeter", "Mrs. Hazel Pond")
        and _AN_HONORIFIC_BEFORE.search(text, max(0, f.start - 12), f.start) is None
    ):
        return True
    if _SAID_TO_BE_NAMES_OF_THINGS.match(text, f.end):
        return True  # "Brooks and Rose are county names", "Kestrel is a ship name"
    # "the Luhn check", "the Ready campaign": a method or a programme named after someone or something
    return _DETERMINER_BEFORE.search(text, max(0, f.start - 6), f.start) is not None and (
        _EPONYM_NOUN_AFTER.match(text, f.end) is not None
    )


_AN_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Rev|Revd|Reverend|Pastor|Fr|Father|Rabbi|Imam)\.?[ \t]+$")
_SAID_TO_BE_NAMES_OF_THINGS = re.compile(
    r"(?:[ \t]*(?:,|and|or)[ \t]*[A-Z][\w'-]*)*[ \t]+(?:is|are|was|were)[ \t]+(?:(?:a|an|the|all|both)[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?(?:county|counties|city|cities|town|place|street|road|river|lake|ship|vessel|boat|brand"
    r"|product|company|code|project|operation|exercise|storm|hurricane)[ \t]+names?\b"
)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|our|this|that)[ \t]+$")
# Round 14. A party named in the caption of a reported decision ("United States v. Cano (9th Cir. 2019)", "Grace v.
# Barr"): the caption's "v." next to the name, and a citation's mark in the text (a court and year in brackets, a
# reporter, "Matter of"). Published case law is public record, not a person's data in the prompt.
_VERSUS_BEFORE = re.compile(r"\bvs?\.[ \t]+$")
_VERSUS_AFTER = re.compile(r"[ \t]+vs?\.[ \t]+[A-Z]")
# Round 15. The rest of a caption after its first party, and the verbs of what a court decided right after it
_CAPTION_REST = re.compile(r"(?<![ \t])[ \t]++vs?\.[ \t]++[A-Z][\w'.-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w'.-]*+){0,3}")
_HOLDING_AFTER = re.compile(
    r"(?<![ \t,])(?:[ \t]*+,)?[ \t]++(?:decide|decided|decides|hold|holds|held|rule|ruled|rules|establish|established"
    r"|overrule|overruled|overturn|overturned)\b"
)
_CITATION_MARK = re.compile(
    r"\((?:[^()\n]{0,30}[ \t])?(?:1[89]|20)\d\d\)|\b\d+[ \t]+(?:U\.S\.|F\.[ \t]?(?:2d|3d|4th|Supp)|S\.[ \t]?Ct\.|I&N)"
    r"|\bCir\.|\bMatter[ \t]+of\b"
)
_EPONYM_NOUN_AFTER = re.compile(
    # round 20: a programme's acronym between ("the Byrne JAG program"), and grants and awards in the plural, a
    # programme's ("the Paul Coverdell grants"; "the Ruiz grant" may be the one awarded to Dr. Ruiz)
    r"[ \t]+(?:[A-Z]{2,6}[ \t]+)?(?:grants|awards|scholarships|fellowships|medals"
    r"|campaigns?|programs?|programmes?|initiatives?|check|checksum|algorithm|formula|method|factors|test"
    r"|scale|index|rule|doctrine|principle|theorem|distribution|exercises?|drill"
    # round 13: methods named after a person or a place ("a Monte Carlo simulation", "the Kalman filter")
    r"|simulations?|filter|transform|estimator|heuristic|conjecture|paradox|problem|curve|effect|process)\b"
)


def _code_word(word: str) -> bool:
    """A word joined from others with capitals inside it, as code and hashtags write them: an acronym run into a
    capitalised word (``URLParam``, ``SQLAlchemy``), or English words none of them a given name
    (``HurricanePrep``). Names with a capital inside (``McAllister``, ``JoAnn``, ``KeShawn``) are neither."""
    if _ACRONYM_INTO_WORD.search(word):
        return True
    pieces = _CAMEL_PIECE.findall(word)
    if len(pieces) < 2 or "".join(pieces) != word:
        return False
    g = gazetteer()
    return all(len(p) >= 3 and english_word(p) and not g.is_given(p) for p in pieces)


_ACRONYM_INTO_WORD = re.compile(r"[A-Z]{3,}[a-z]{2,}|^[A-Z][a-z]+[A-Z]{3,}$")  # not "OBrien", "DAngelo"; "FedRAMP"
_CAMEL_PIECE = re.compile(r"[A-Z][a-z]+|[a-z]+")
# Round 8. The names forms and specifications use for nobody in particular ("Jane Doe", "John Q. Public").
_PLACEHOLDER_NAME = re.compile(
    r"(?i)(?:john|jane|baby|richard|mary)[ \t]+(?:[a-z]\.[ \t]+)?doe|(?:john|jane)[ \t]+q\.?[ \t]+public"
    r"|joe[ \t]+bloggs|(?:max|erika)[ \t]+mustermann|fulano[ \t]+de[ \t]+tal"
    # Round 13. A form's or a schema's own words for a name: "Firstname Lastname", "TEST NAME", "Test User"
    r"|first[ \t_]?name[ \t]+(?:middle[ \t_]?name[ \t]+)?last[ \t_]?name"
    r"|given[ \t_]?name[ \t]+(?:sur|family[ \t_]?)name"
    r"|(?:test|sample|dummy|fake|example)[ \t]+(?:name|user|person|applicant|patient|customer)"
)
# Round 25. A fixture's or a form test's name: a word of testing first, then only common words that are no given
# name ("Test Submission", "QA Check", "Sample Applicant"); "Test Smith" may be a surname after a label, and stays
_FIXTURE_LEAD = frozenset({"test", "qa", "uat", "sample", "dummy", "fake", "demo", "example", "placeholder"})


def _fixture_name(span: str) -> bool:
    words = [w.strip(".,:;'\"()[]") for w in span.split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 3 or words[0].lower() not in _FIXTURE_LEAD:
        return False
    g = gazetteer()
    return all(english_word(w.lower()) and not g.is_given(w) for w in words[1:])


# Round 25. The example row under a template's header: the forms' nobody ("DOE,JOHN,Q") beside the formats of the
# other cells spelled in letters ("MM/DD/YYYY", "XXX-XX-XXXX"), which no one's row holds
_FORMAT_MASK = re.compile(
    r"(?i)\b(?:mm[/.-]dd[/.-](?:yyyy|yy)|dd[/.-]mm[/.-](?:yyyy|yy)|yyyy[/.-]mm[/.-]dd)\b|\bX{3}-X{2}-X{4}\b|#{3}-#{2}-#{4}"
)
_NOBODY_WORDS = frozenset({"doe", "roe", "public", "john", "jane", "richard", "mary", "joe", "bloggs"})
_NOBODY_SURNAMES = re.compile(r"(?i)(?:^|[,;|\t])[ \t]*\"?(?:doe|roe|public|bloggs)\"?[ \t]*(?:[,;|\t]|$)")


def _a_template_rows_nobody(text: str, f: Finding) -> bool:
    words = [w.strip(".,:;'\"()[]") for w in text[f.start : f.end].split()]
    if not words or not all(w.lower() in _NOBODY_WORDS or (len(w) == 1 and w.isalpha()) for w in words if w):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _FORMAT_MASK.search(line) is not None and _NOBODY_SURNAMES.search(line) is not None


# Round 25. A document's divisions, numbered in Roman numerals ("Article VII, Section 3(c)", "Title IX", "Part IV
# Chapter"): a span of nothing but such numerals and the divisions' words, or a numeral right after a division's word
_ROMAN = re.compile(r"(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_DIVISIONS = frozenset(
    """article articles section sections chapter chapters title titles part parts clause clauses paragraph
    subpart subchapter annex appendix schedule volume book amendment amendments rule rules tier phase stage level
    division exhibit attachment""".split()  # noqa: SIM905
)
_DIVISION_BEFORE = re.compile(
    r"(?i)\b(?:art|arts|articles?|sec|sections?|ch|chapters?|titles?|parts?|clauses?|subparts?|subchapters?|annex"
    r"|appendix|schedule|vol|volumes?|amendments?|tiers?|phases?|stages?|divisions?|exhibits?)\.?[ \t]+$"
)


def _a_documents_division(text: str, f: Finding) -> bool:
    words = [w.strip(".,:;'\"()[]") for w in text[f.start : f.end].split()]
    words = [w for w in words if w]
    if not words or not any(_ROMAN.fullmatch(w) for w in words):
        return False
    return all(_ROMAN.fullmatch(w) or w.lower() in _DIVISIONS for w in words) and (
        len(words) >= 2 or _DIVISION_BEFORE.search(text, max(0, f.start - 16), f.start) is not None
    )


# Round 15. A form's blank run in capitals X or underscores, alone or with the next field's label the model ran in
# ("ID number: XXXXXXXX Phone: …"): no letters of a name
_BLANK_RUN = re.compile(r"X{3,}|x{3,}|_{2,}|\*{3,}|#{3,}")
_FIELD_LABELS = frozenset(
    """phone tel fax mobile cell email e-mail address name dob date id number ssn signature zip city state""".split()  # noqa: SIM905
)


def _placeholder_run(span: str) -> bool:
    words = [w.strip(".,:;'\"()[]") for w in span.split()]
    words = [w for w in words if w]
    return any(_BLANK_RUN.fullmatch(w) for w in words) and all(
        _BLANK_RUN.fullmatch(w) or w.lower() in _FIELD_LABELS for w in words
    )


# A cell of a table whose column holds places, not people ("| county |" … "| Lee |"): what the model and the
# name lists read as a surname there is a county's, a city's or a port's name.
_PLACE_COLUMN = re.compile(
    r"(?i)^(?:county|counties|parish|borough|city|cities|town|state|country|region|district|port"
    r"|port[ \t]+of[ \t]+entry|location|site|station|sector|field[ \t]+office|office|county[ \t]+name|city[ \t]+name"
    r"|place|destination|origin)$"
)
_NAME_READERS = frozenset({*_NER, "NameCasingRecognizer"})
_FEATURE_READERS = _NAME_READERS | {"NameRepeatRecognizer"}
_LIST_READERS = _NAME_READERS | {"ListEntryRecognizer", "PersonCueRecognizer"}
_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|this|that|these|those|my|our|your|their|his|its)\b")
_NUMBER_WORD_AFTER = re.compile(r"[ \t]+(?:range|number|numbers|no\.|nos\.|stamp|stamps|code|id)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
# Round 26. A word cut short by its full stop, then "No." and a number: a registration's, a patent's, a catalogue's
# number ("Reg. No. 3,914,224", "Pat. No. 5,102,887", "Cat. No. 88-41"), not "Pat. No, she left."
_CUT_SHORT_BEFORE_NUMBER = frozenset("reg regis pat ref cat doc art ser lic cert appl acct pol vol".split())  # noqa: SIM905
_ABBREVIATION_NUMBER_AFTER = re.compile(r"\.[ \t]*(?:No|NO|no|Nos|Nr)\.?[ \t]*#?[ \t]*\d")
# Words that follow a name that opens a text ("Ananya will …"), never an imperative verb
_AFTER_A_SUBJECT = frozenset(
    """is was will would can could should has had may might must and or said told asked wants needs""".split()  # noqa: SIM905
)
# Last words of an office, a facility or a unit, never of a person's name
_PLACE_SUFFIX = re.compile(r"(?i)[a-z]{3}(?:town|ville|burg|burgh|borough|boro|polis)$")
_THING_BEFORE = re.compile(r"(?i)\b(our|your|the|an?)[ \t]+$")
# First words of place names the model takes for a person's
_PLACE_LEAD = frozenset(
    """nuevo nueva san santa santo fort port mount mt. lake new north south east west saint st. los las puerto
    ciudad villa""".split()  # noqa: SIM905 - a word list reads better as text
)


def _written_lower_elsewhere(text: str, word: str) -> bool:
    """A capitalised word ("Files that are cleared …") that the same text also writes in lower case ("closed
    benefit files") is an everyday word, unless it is a frequent given name and not a common word."""
    lower = word.lower()
    if lower == word or len(word) < 3 or not word.isalpha():
        return False
    g = gazetteer()
    if g.is_frequent_given(word) and not g.is_common(word):
        return False
    return re.search(rf"(?<![\w'-]){re.escape(lower)}(?![\w'-])", text) is not None


# Documentation ranges (RFC 5737, RFC 3849): a block written out with its prefix is an example, not a host.
_DOCUMENTATION_NETS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


# Round 20. One address of a documentation range, in a text that names those ranges (RFC 5737's TEST-NET blocks,
# RFC 3849's prefix): an example. Log lines use the same ranges for the hosts they stand in for and say nothing of
# documentation, so there the address stays a finding.
_DOCUMENTATION_TALK = re.compile(
    r"(?i)\b(?:documentation[ \t]+(?:ranges?|blocks?|prefix(?:es)?|address(?:es)?|networks?|subnets?|use)"
    r"|reserved[ \t]+for[ \t]+documentation|rfc[ \t]?(?:5737|3849)|test-net-[123])\b"
)


def _documentation_address(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return False
    return any(address in d for d in _DOCUMENTATION_NETS if d.version == address.version)


def _network_block(value: str) -> bool:
    """``10.0.0.0/8``, ``192.0.2.0/24``, ``2001:db8::/32``: a whole block in CIDR notation, wide (a /16 or wider,
    a /48 or wider; round 28b: an IPv4 /24 or wider, a subnet plan's "mgmt 10.61.250.0/24", its own network address
    with no host bit set) or a documentation range, names no one's host."""
    if "/" not in value:
        return False
    try:
        net = ipaddress.ip_network(value.strip(), strict=True)
    except ValueError:
        return False
    wide = 24 if net.version == 4 else 48
    return net.prefixlen <= wide or any(net.subnet_of(d) for d in _DOCUMENTATION_NETS if d.version == net.version)  # type: ignore[arg-type]


# Round 7. A number in a range the SSA never issues (SSA POMS RM 10201.035), in a text that says its numbers are
# never issued, invalid or test values ("should be rejected … never-issued ranges", "structurally invalid", "can
# never be real"): the text is about the validity rules, not about a person. An issuable number stays a finding.
_DECLARED_INVALID = re.compile(
    # round 19: "never⏎issued" broken over a line
    r"(?i)\b(?:never[- \t\n]issued|never[ \t]+(?:to[ \t]+)?(?:be[ \t]+)?(?:real|valid|issued|assigned)"
    r"|(?:structurally[ \t]+)?invalid"
    r"|not[ \t]+(?:a[ \t]+)?(?:real|valid)|fake|dummy|test[ \t]+(?:ranges?|values?|numbers?|data)|reserved[ \t]+range"
    # round 21: "(9xx is not issued)"; not "rejected", which a person's own number can be ("rejected by E-Verify")
    r"|not[ \t]+(?:been[ \t]+)?issued"
    # round 17: "these are carrier policy numbers, not SSNs" (only of numbers in ranges the SSA never issues)
    r"|not[ \t]+(?:an?[ \t]+)?(?:ssns?|social[ \t]+security[ \t]+numbers?))"
)


def _declared_unissued(text: str, f: Finding) -> bool:
    """Also a number in an SSN's 3-2-4 grouping that a phone recognizer took: it is the text's SSN-shaped example."""
    value = text[f.start : f.end]
    if f.entity_type == "PHONE_NUMBER" and _SSN_GROUPING.fullmatch(value) is None:
        return False
    digits = re.sub(r"\D", "", value)
    return len(digits) == 9 and not issued(digits) and anywhere(_DECLARED_INVALID, text)


_SSN_GROUPING = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")
# Round 11. Words of a text about the rules numbers follow: "are those even possible SSNs? fix my regex"
_VALIDITY_TALK = re.compile(
    r"(?i)\b(?:valid\w*|validat\w*|regex\w*|regexp|regular[ \t]+expressions?|possible|rules?|checksums?"
    # round 24: a software's or a form's sample return and its numbers ("the sample return uses 000-12-3456")
    r"|samples?|specimens?)\b"
)


def _unissued_examples(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    """Round 11. Two or more SSN-shaped numbers that the SSN pattern found, every one in a range the SSA never
    issues, in a text that talks of validity or rules: examples of the rules, not a person's number (a mistyped
    one comes alone, under its label, and a form's ``SSN:`` field still reads it)."""
    if f.recognizer != "SsnRecognizer" or not anywhere(_VALIDITY_TALK, text):
        return False
    shaped = [re.sub(r"\D", "", text[x.start : x.end]) for x in findings if x.entity_type == "US_SSN"]
    # round 14: the counting run ("123-45-6789"), every regex tutorial's sample, beside the unissued ones
    return len(shaped) >= 2 and not any(issued(d) and d not in _COUNTING for d in shaped)


# Round 8. A hex or UUID token ("3fa85f64-5717-4562-b3fc-…"): its digit groups are no phone number.
_HEX_RUN = re.compile(r"[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+)+")
# Latin letters and digits only: a number written straight after Chinese text ("电话713-…") is still a number
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_ASCII_ALNUM_OR_DASH = re.compile(r"[A-Za-z0-9-]")


def _inside_a_token(text: str, f: Finding) -> bool:
    """A phone number starts and ends at the edges of its token: one that a letter or digit runs straight into,
    or that is a piece of a hyphenated hex token holding letters (a UUID, a hash), is part of something else."""
    if _ASCII_ALNUM.match(text[max(0, f.start - 1) : f.start]) or _ASCII_ALNUM.match(text[f.end : f.end + 1]):
        return True
    start, end = f.start, f.end
    while start > 0 and _ASCII_ALNUM_OR_DASH.match(text[start - 1]):
        start -= 1
    while end < len(text) and _ASCII_ALNUM_OR_DASH.match(text[end]):
        end += 1
    token = text[start:end].strip("-")
    return (
        (start, end) != (f.start, f.end)
        and _HEX_RUN.fullmatch(token) is not None
        and not token.isdigit()
        and any(c.isalpha() for c in token)
    )


# Credentials marked as placeholders inside the value itself: AWS's documentation writes every example key with an
# upper-case EXAMPLE (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, "Managing access keys for
# IAM users"); templates write DO-NOT-USE or a "your" segment (xoxb-your-token, sk_your_key_here).
_CREDENTIALS = frozenset(
    {"PASSWORD", "CLOUD_ACCESS_KEY", "CLOUD_SECRET_KEY", "SLACK_TOKEN", "GITHUB_TOKEN", "GITLAB_TOKEN", "API_KEY"}
)
_MARKED_PLACEHOLDER = re.compile(
    r"EXAMPLE|DO[-_]?NOT[-_]?USE|(?i:(?:^|(?<=[-_]))your[-_](?:[a-z]+[-_])*(?:token|key|secret|password|here)(?![a-z]))"
)


_RESEMBLES_OWN_KIND = re.compile(
    r"(?i)\b(?:looks?|looked|resembles?)[ \t]+(?:just[ \t]+)?like[ \t]+(?:an?[ \t]+)?"
    r"(?:ssn|social[ \t]+security|phone|telephone|cell|mobile|passport|licen[cs]e)s?(?:[ \t]+(?:numbers?|nos?\.?))?"
)
# the end of a sentence or line, but not the abbreviation "e.g. " or "i.e. " that introduces the example
_SENTENCE_END = re.compile(r"\n|(?<!e\.g)(?<!i\.e)\. |\? ")


# Round 9. "Bill of lading", "Grant of asylum", "Will of the people": an everyday word that is also a given name,
# followed by "of" and a lower-case word, is the everyday noun.
_AN_EVERYDAY_NOUN_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]")
# Virtue words that are given names too, used as nouns with their object ("Faith in the process")
_ABSTRACT_NOUNS = frozenset(
    """faith hope trust grace mercy charity patience joy love honor honour glory liberty justice unity harmony
    victory prudence constance verity""".split()  # noqa: SIM905 - a word list reads better as text
)
_ABSTRACT_OBJECT_AFTER = re.compile(r"[ \t]+(?:in|for)[ \t]+(?:the|a|an|our|this|that|its|their)[ \t]+[a-z]")
_CONTACT_BEFORE = re.compile(
    r"(?i)\b(?:ask|asked|tell|told|thank|thanked|cc|email|emailed|call|called|ping|pinged|remind|reminded|with|from"
    r"|to|by|dear|hi|hello)[ \t]+$"
)
# Round 9. Code forges' SSH remotes log in as the forge's service user "git" (git@github.com:org/repo.git,
# ssh://git@gitlab.example.gov:2222/…): a login, no one's mailbox.
_FORGE_LOGIN = re.compile(r"(?:ssh:)?/*git@")
_SCP_PATH_AFTER = re.compile(r":[\w~./-]")


def _forge_remote(text: str, f: Finding) -> bool:
    value = text[f.start : f.end]
    if _FORGE_LOGIN.match(value) is None:
        return False
    return (
        text[max(0, f.start - 6) : f.start].endswith(("ssh:", "ssh://"))
        or value.startswith("//")
        or (_SCP_PATH_AFTER.match(text, f.end) is not None)
    )


# Round 9. "The Revenue Cutter Service was born on August 4, 1790", "DHS was born on November 25, 2002": a birth
# date needs a person who was born. The subject of the "born" that labels the date is an organisation the model
# found, an agency's acronym, a word for an institution, or "it".
_BORN = re.compile(r"(?i)\bborn\b")
_SUBJECT_BEFORE_BORN = re.compile(
    r"([\w.'-]+)[ \t]+(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:officially[ \t]+|formally[ \t]+)?$"
)
_INSTITUTION_HEADS = frozenset(
    """it service guard agency department administration bureau office program programme corps command company
    corporation university college school station unit force patrol directorate division organization
    organisation institution federation republic nation union association society committee""".split()  # noqa: SIM905
)


def _born_institution(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    lo = max(0, f.start - 120)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, f.start)]
    labels = list(_BORN.finditer(text, ends[-1] if ends else lo, f.start))
    if not labels:
        return False
    subject = _SUBJECT_BEFORE_BORN.search(text, max(0, labels[-1].start() - 60), labels[-1].start())
    if subject is None:
        return False
    head = subject.group(1)
    if head.lower() in _INSTITUTION_HEADS or head.lower() in NOT_NAMES:
        return True
    return any(
        o.entity_type == "ORGANIZATION" and o.start <= subject.start(1) and subject.end(1) <= o.end for o in findings
    )


# Round 9. "FIPS 12071 (Lee), 12015 (Charlotte)": the word in parentheses right after a place code glosses it.
_PLACE_CODE_LABEL = re.compile(r"(?i)\b(?:fips|geoid|county[ \t]+codes?|place[ \t]+codes?|gnis)\b")
_CODE_THEN_PAREN = re.compile(r"\d{2,}[ \t]*\($")


def _glosses_a_place_code(text: str, f: Finding) -> bool:
    if _CODE_THEN_PAREN.search(text, max(0, f.start - 16), f.start) is None or text[f.end : f.end + 1] != ")":
        return False
    line_start = max(text.rfind("\n", 0, f.start) + 1, f.start - 120)
    return _PLACE_CODE_LABEL.search(text, line_start, f.start) is not None


# Round 9. "Laredo, Eagle Pass, Del Rio, Presidio, Santa Teresa, Andrade, Calexico": one word of a list the model
# reads as a person's, where it reads most of the other items as places, is one of the places; at least three
# places, more than the items read as people, and the word no frequent given name (two words: neither any given
# name, as "Ansible Tower" among "Apache Spark" and "Flask", which the model calls places too).
_LIST_SEP = re.compile(r"[ \t]*(?:,|;)[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _among_places(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    words = text[f.start : f.end].split()
    g = gazetteer()
    if len(words) > 2 or (len(words) == 1 and g.is_frequent_given(words[0])):
        return False
    if len(words) == 2 and any(g.is_given(w) for w in words):
        return False  # two words make an item of the list only if neither is anyone's given name ("Ansible Tower")
    lo, hi = max(0, f.start - 200), min(len(text), f.end + 200)
    line_lo = max(lo, text.rfind("\n", 0, f.start) + 1)
    nl = text.find("\n", f.end)
    line_hi = hi if nl < 0 else min(hi, nl)
    near = [o for o in findings if o is not f and line_lo <= o.start < line_hi]
    if sum(o.entity_type in PLACE_TYPES for o in near) < 3:
        return False  # the common case, decided without reading the list
    places = people = 0
    for o in near:
        if (o.entity_type not in PLACE_TYPES and o.entity_type != "PERSON") or not _same_list(text, f, o):
            continue
        if o.entity_type in PLACE_TYPES:
            places += 1
        else:
            people += 1
    return places >= 3 and places > people + 1


def _same_list(text: str, a: Finding, b: Finding) -> bool:
    """Whether only list items and separators stand between two findings: capitalised words, commas, "and"."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    between = text[lo:hi]
    if not between.strip():
        return False
    parts = [p for p in _LIST_SEP.split(between) if p.strip()]
    return _LIST_SEP.search(between) is not None and all(_CAPITALISED_ITEM.fullmatch(p.strip()) for p in parts)


_CAPITALISED_ITEM = re.compile(r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}")


# Round 13. Placeholders that no one's data looks like. A mailbox at a domain reserved for documentation (RFC 2606:
# example.com/.org/.net and any *.example; example.gov by the same convention) whose local part is a word for any
# user ("name@example.com", "user@example.gov", "firstname.lastname@example.com"); a person's own address at an
# example domain ("m.hoshino@…example.jp") stays a finding.
_EXAMPLE_DOMAIN = re.compile(r"(?i)^(?:example\.(?:com|org|net|gov|edu|mil)|(?:[\w-]+\.)+example)$")
_ANYONE_LOCAL = re.compile(
    r"(?i)(?:name|user|username|user\.name|email|e-mail|mail|someone|somebody|anyone|you|yourname|your\.name"
    r"|first\.?last|firstname\.?lastname|first_last|firstname_lastname|first\.name|test|tester|testuser|sample"
    r"|example|demo|nobody|no-?reply|jdoe|john\.doe|jane\.doe|johndoe|janedoe)\d{0,2}"
)


# Round 25. A test fixture's mailbox there, its local part two or three such words joined ("test.user",
# "qa.tester01", "demo-account", "noreply"): a fixture's, no one's ("maria.test@example.com" has her name in it)
_FIXTURE_WORD = (
    r"(?:test|tests|tester|testing|testuser|qa|uat|dev|demo|sample|example|dummy|fake|fixture|placeholder|user|users"
    r"|account|acct|admin|login|noreply|no-reply|donotreply|do-not-reply|someone|nobody|anyone|name|email|mail|auditor"
    r"|reviewer|applicant|customer|client|member|person|student|staff|employee|agent|support)"
)
_FIXTURE_LOCAL = re.compile(rf"(?i){_FIXTURE_WORD}(?:[._+-]{_FIXTURE_WORD}){{0,2}}[._-]?\d{{0,3}}")
_TEST_WORD_IN_LOCAL = re.compile(r"(?i)(?:^|[._+-])(?:test\w*|qa|uat|demo|sample|example|dummy|fake|fixture|no-?reply)")


def _placeholder_mailbox(text: str, f: Finding) -> bool:
    local, at, domain = text[f.start : f.end].rpartition("@")
    if not at or _EXAMPLE_DOMAIN.match(domain) is None:
        return False
    if _ANYONE_LOCAL.fullmatch(local) is not None:
        return True
    return _FIXTURE_LOCAL.fullmatch(local) is not None and _TEST_WORD_IN_LOCAL.search(local) is not None


# Round 19. An indicator of compromise shared as threat intelligence writes its domain defanged, so no one clicks it
# ("billing-dept@harborpointtitle[.]com", "invoices@evil(.)net"); a mailbox there named for a role, not a person,
# is the attacker's, no one's own. A defanged person's mailbox ("jane.doe@victim[.]com") stays a finding.
_DEFANGED_DOT = re.compile(r"\[\.\]|\(\.\)|\[dot\]|\(dot\)", re.IGNORECASE)
_ROLE_WORD = (
    r"(?:billing|invoices?|invoicing|accounts?|payments?|payables?|receivables?|ap|ar|finance|payroll|hr|support"
    r"|helpdesk|help|service|admin|administrator|info|contact|sales|orders?|noreply|no-reply|security|it|webmaster"
    r"|postmaster|office|team|treasury|wires?|remittance|dept|department|desk|group)"
)
_ROLE_LOCAL = re.compile(rf"(?i){_ROLE_WORD}(?:[-_.]{_ROLE_WORD})?\d{{0,2}}")


def _defanged_role_mailbox(text: str, f: Finding) -> bool:
    local, at, domain = text[f.start : f.end].rpartition("@")
    return bool(at) and _DEFANGED_DOT.search(domain) is not None and _ROLE_LOCAL.fullmatch(local) is not None


# A form's sample address (the town "Anytown", the ZIP 00000) and the dates schemas and databases put where a birth
# date is unknown (1900-01-01, 0001-01-01)
_PLACEHOLDER_PART = re.compile(r"(?i)\b(?:any[ \t]?town|any[ \t]?city)\b|\b0{5}(?:-0{4})?\b")
_SENTINEL_DATE = re.compile(r"(?:1900|0001)([-/.])01\1(?:01)|01([-/.])01\2(?:1900|0001)")


def _placeholder_value(text: str, f: Finding) -> bool:
    value = text[f.start : f.end]
    if f.entity_type == "DATE_OF_BIRTH":
        # round 18: or a date of zeros, a form's blank ("DOB 00/00/0000")
        return _SENTINEL_DATE.fullmatch(value.strip()) is not None or not value.strip("0/.- \t")
    line_end = text.find("\n", f.end)
    rest = text[f.start : min(f.end + 40, len(text) if line_end < 0 else line_end)]  # "123 Main St, Anytown"
    return _PLACEHOLDER_PART.search(rest) is not None


# Round 13. "Room 3B-117 Nebraska Ave Complex": a number that ends a room's or a building's code (letters and digits
# in it, joined by a hyphen) is no house number; a form's name ("W-2 sent to 455 Elm St") is letters only
_ROOM_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+-$")
# Round 13. An LDAP or X.680 GeneralizedTime ("20261101000000.0Z", "20261101000000Z"): a timestamp, no account
_GENERALIZED_TIME = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\.\d+)?Z"
)


def _generalized_time_end(text: str, f: Finding) -> int:
    m = re.match(r"(?:\.\d+)?Z", text[f.end : f.end + 8])
    return f.end + m.end() if m else f.end


# Round 13. A template's token: the random part of a key written as one character over and over
# ("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_0000000000000000")
_FILLER_RUN = re.compile(r"([A-Za-z0-9])\1{11,}")


_FILLER_PIECE = re.compile(r"([A-Za-z0-9])\1{7,}")


def _filler_token(value: str) -> bool:
    m = _FILLER_RUN.search(value)
    if m is not None and len(m.group()) * 10 >= len(value) * 7:
        return True
    # round 14: a documented format, each segment written as one character over and over
    # ("xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX")
    filled = sum(len(p.group()) for p in _FILLER_PIECE.finditer(value))
    return filled * 10 >= len(value) * 8


# Round 24. A password field's "value" that is code reading the secret from elsewhere ("password =
# secret["password"]", "pw = os.environ['DB_PW']", "pwd = vault.read('db/rpt')"): a variable's subscript or a call,
# unquoted, whose key is a name, not the secret itself
_CODE_REFERENCE = re.compile(
    r"[A-Za-z_][A-Za-z_]*(?:\.[A-Za-z_]\w*)*(?:\[[\"'][\w./-]*(?:[\"']\]?)?|\((?:[\"'][\w./-]*(?:[\"']\)?)?)?)"
)
# ... and a field reader's "value" that is the next field's label in a list: a word of letters and its colon alone
# at the start of a line ("PASS (whistle + PFD)⏎Examiners: 2 VEs": an inspection's result, then a label)
_LABEL_ALONE = re.compile(r"[A-Za-z][a-z]+(?:[ \t][A-Za-z][a-z]+)?:")


def _a_code_reference(text: str, f: Finding) -> bool:
    value = text[f.start : f.end]
    if _CODE_REFERENCE.fullmatch(value) is None or text[f.start - 1 : f.start] in ("'", '"', "`"):
        return False
    return any(c in value for c in "[(")


def _a_field_label(text: str, f: Finding) -> bool:
    value = text[f.start : f.end]
    return (
        f.recognizer == "StructuredFieldRecognizer"
        and _LABEL_ALONE.fullmatch(value) is not None
        and text[text.rfind("\n", 0, f.start) + 1 : f.start].strip() == ""
    )


def _a_reference_across_lines(value: str) -> bool:
    """Round 13. A credential read over a line break ("var.db_admin_password⏎  kms_key_id"): a secret holds no line
    break, and what its first line holds is a reference to one (Terraform's var.x, an object's field)."""
    if "\n" not in value:
        return False
    first = value.split("\n", 1)[0].strip().strip("\"'`,;")
    return bool(first) and "." in first and all(is_placeholder(part) for part in first.split("."))
