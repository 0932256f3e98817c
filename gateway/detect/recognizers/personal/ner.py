"""PERSON, LOCATION, NRP, ORGANIZATION and DATE_TIME from spaCy's NER (Presidio's SpacyRecognizer), corrected
for what the small model is known to get wrong in prompts: acronyms and labels ("SSN", "DOB", "CUI"),
greetings ("Hi"), a command's verb ("Shorten this"), identifiers and code (digits, ``_``, ``@``, ``/``, ``=``)
and markings are dropped; a PERSON cut short ("Amanda [Marco Ivanova]") is widened; a name-shaped
ORGANIZATION ("Amanda Diaz") becomes a PERSON with a lower score."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.lang.ar.stop_words import STOP_WORDS as _ARABIC_STOP_WORDS

from gateway.detect.names_gazetteer import PLACE_HEADS, english_word, fold, gazetteer

ENTITIES = ("PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME")
PATTERNS: list[str] = []
CONTEXT: list[str] = []
_NOT_NAME_WORDS = (
    "Hi Hello Hey Dear Thanks Thank Regards Best Cheers Sincerely Team Please Note Subject Re Fwd Attn Case "
    "Applicant Beneficiary Petitioner Officer Agent Notice Receipt Status Summary Memo Memorandum Draft Banner "
    "SSN SSNs DOB EIN ITIN TIN ABA KTN EDIPI SEVIS USCIS DHS CBP ICE TSA FEMA CISA PII SPII CUI FOUO LES SBU "
    "SSI PCII CVI NOFORN ORCON FVEY ID IDs IT HR AI API JSON YAML SQL URL JWT PEM AWS KMS Secret Secrets Password "
    "Top Confidential Classified Driver Drivers License Passport Visa Form Forms Email Phone Address Name Names "
    "Date Birth Number Employee Status Notes Total Amount My Known Traveler Trusted Global Entry PreCheck "
    "Medicare Medicaid Controlled Unclassified Information Sensitive Official Use Only Law Enforcement "
    # operating systems and server software, which version strings and logs name
    "Ubuntu Linux Debian Fedora CentOS RHEL Alpine Windows macOS Android iOS Nginx Apache OpenSSH OpenSSL Docker "
    "Kubernetes Redis Postgres PostgreSQL MySQL "
    # browsers, office tools and issue-tracker record types, which version strings and ticket exports name
    "Chrome Firefox Safari Edge Opera Chromium Outlook Excel Jira Confluence Slack Zoom Story Stories Epic Epics "
    "Task Tasks Subtask Bug Bugs Spike Adult Adults Youth Juvenile Juveniles Minors Seniors "
    # greetings in the languages prompts are written or transliterated in
    "Ahlan Sahlan Marhaban Marhaba Salaam Assalamu Alaikum Shalom Namaste Bonjou Bonswa Hola Kumusta Mabuhay "
    "Salaan Annyeong Annyeonghaseyo Konnichiwa Ciao Privet Zdravo Jambo Habari Sannu Dobrý Dzień Witam "
    # days of the week as schedules abbreviate them
    "Tue Tues Wed Thu Thur Thurs Fri Sat "
    # meals, which open a schedule's line ("Lunch at Hope Street Cafe")
    "Breakfast Brunch Lunch Dinner Supper"
)
NOT_NAMES = frozenset(w.lower() for w in _NOT_NAME_WORDS.split(" "))
# Round 8. Technology vendors whose names lead their products' ("Microsoft Sentinel", "Google Workspace"): a span
# that opens with one is a product. Only names that no given-name or surname list holds (not Dell, Cisco, Apple).
VENDORS = frozenset(
    """microsoft google amazon oracle ibm adobe salesforce splunk crowdstrike zscaler fortinet vmware servicenow
    atlassian github gitlab palantir tenable mandiant sentinelone symantec trellix lenovo motorola samsung verizon
    intel nvidia qualys proofpoint cloudflare akamai twilio dropbox tanium ivanti citrix huawei""".split()  # noqa: SIM905
)
# lower-case words a name may hold between its capitalised ones ("dela Cruz", "Ahmed bin Salman")
_PARTICLES = frozenset(
    """de del dela della de' di da das dos do du la las le los van von der den ter ten bin ibn binti bint al el
    abu y e und""".split()  # noqa: SIM905 - a word list reads better as text
)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_CODE = re.compile(r"[\d_@/=#{}<>\[\]\\|$%^*+~`]")
_MARKING = re.compile(r"//|\b(?:SECRET|NOFORN|CUI|FOUO|CONFIDENTIAL|CONTROLLED)\b")


def plausible(entity: str, span: str) -> bool:
    """Whether an NER span of this type could be what it says."""
    if entity == "DATE_TIME":
        return True
    words = span.split()
    if not words or _MARKING.search(span):
        return False
    if entity in ("PERSON", "ORGANIZATION", "LOCATION", "NRP") and _CODE.search(span):
        return False
    if all(w.strip(".,:;'\"()").lower() in NOT_NAMES for w in words):
        return False
    if entity == "PERSON":
        if span.islower():
            return False  # "jdbc", "admin": names in running text are capitalised
        if any(_ACRONYM_PLURAL.fullmatch(w.strip(".,:;'\"()")) for w in words):
            return False  # "which ZIPs", "the SSNs"
        # an acronym alone or among the words ("Arriving JFK") is not part of a name
        if any(w.isalpha() and w.isupper() and len(w) <= 4 for w in words):
            return False
        if len(words) >= 2 and (fold(words[0]) in PLACE_HEADS or words == [words[0]] * 2):
            return False  # "Calle Hidalgo", "San Ysidro", "Walla Walla": a place the model read as a person
        if words[0] == "The" or all(w.strip(".,:;'\"()").lower() in ORG_WORDS for w in words):
            return False  # "The King's Table", "Border Patrol"
        if words[0].strip(".,:;'\"()").lower() in VENDORS:
            return False  # "Microsoft Sentinel": a vendor's product
        if len(words) == 1 and _unlisted_english(words[0].strip(".,:;'\"()")):
            return False  # "Saipan", "Offerors": an English word or place no name list holds
        return not (len(words) == 1 and span.isupper())
    return True


_TOKEN = re.compile(r"\S+")


def _unlisted_english(word: str) -> bool:
    g = gazetteer()
    return word.isalpha() and english_word(word) and not (g.is_given(word) or g.is_surname(word))


def _lower(word: str) -> bool:
    bare = word.strip(".,:;'\"()")
    if not any(c.isalpha() for c in word):
        return True  # round 13: a dash or a bullet the model ran the name into ("Вопросы —")
    return bool(bare) and bare[0].islower() and bare.split("-")[0].lower() not in _PARTICLES


# Round 13. Arabic's function words ("من", "عن"), which end no name: a span the model closes with one is a phrase


# joining words that are no one's surname (not "Le", "La", "Do", "Da": Vietnamese, Chinese and Italian surnames)
_JOINING_ONLY = frozenset("de del della di dos das du van von der den ter ten bin ibn binti bint y und".split())  # noqa: SIM905


def _ends_in_a_particle(word: str) -> bool:
    bare = word.strip(".,:;'\"()")
    return bare.lower() in _JOINING_ONLY or bare in _ARABIC_STOP_WORDS


def trim_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a PERSON span without the lower-case words (other than particles) the model ran it into
    ("m se [Rose-Marie Estimé]"), or None when the span is a phrase: a lower-case word between its capitalised
    ones ("Bill of Lading"), or one capitalised word after lower-case ones ("tiếng Anh", "lèt randevou a. Pa")."""
    tokens = list(_TOKEN.finditer(text, start, end))
    lead = 0
    while lead < len(tokens) and _lower(tokens[lead].group()):
        lead += 1
    tail = len(tokens)
    while tail > lead and _lower(tokens[tail - 1].group()):
        tail -= 1
    kept = tokens[lead:tail]
    if not kept or any(_lower(t.group()) for t in kept) or (lead and len(kept) < 2):
        return None
    if _ends_in_a_particle(kept[-1].group()):
        return None  # round 13: "Línea de", "الإنجليزية من": a phrase the model cut after its joining word
    return kept[0].start(), kept[-1].end()


_IMPERATIVE_OBJECT = re.compile(
    r"[ \t]+(?:this|these|those|the|a|an|my|our|it|them|me|us|all|each|every|following|to|into|in|as|for|from)\b"
)


def opens_a_command(text: str, start: int, end: int) -> bool:
    """A single word opening the text or a line, followed by "this"/"the"/...: a verb ("Shorten this"), not a name."""
    at_start = start == 0 or text[start - 1] == "\n"
    return at_start and " " not in text[start:end] and _IMPERATIVE_OBJECT.match(text, end) is not None


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)[ \t]$")
_WORD_AFTER = re.compile(r"[ \t]([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)\b")


def extend_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a PERSON span over name-like words next to it on the same line ("Amanda [Marco Ivanova]"); a word
    that opens a line or a sentence is not taken, nor a word from the stop list."""
    for _ in range(2):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or m.group(1).lower() in NOT_NAMES:
            break
        before = text[max(0, m.start(1) - 2) : m.start(1)]
        if m.start(1) == 0 or not before.endswith((" ", "\t")) or before[:1] in (".", "!", "?", ":", "\n"):
            break
        start = m.start(1)
    for _ in range(2):
        m = _WORD_AFTER.match(text, end)
        if m is None or m.group(1).lower() in NOT_NAMES:
            break
        end = m.end(1)
    return start, end


ORG_WORDS = frozenset(
    w.lower()
    for w in [
        "Inc",
        "Corp",
        "Corporation",
        "Co",
        "Company",
        "LLC",
        "Ltd",
        "Group",
        "Holdings",
        "Partners",
        "Capital",
        "Bank",
        "Trust",
        "Fund",
        "Foundation",
        "Association",
        "Institute",
        "University",
        "College",
        "School",
        "Academy",
        "Hospital",
        "Clinic",
        "Center",
        "Centre",
        "Council",
        "Committee",
        "Commission",
        "Board",
        "Court",
        "Police",
        "Department",
        "Agency",
        "Bureau",
        "Administration",
        "Office",
        "Service",
        "Services",
        "Security",
        "Protection",
        "Enforcement",
        "Immigration",
        "Customs",
        "Guard",
        "Coast",
        "Army",
        "Navy",
        "Force",
        "Forces",
        "Corps",
        "Command",
        "Directorate",
        "Division",
        "Branch",
        "Unit",
        "Team",
        "Teams",
        "Program",
        "Project",
        "Operations",
        "Intelligence",
        "Analysis",
        "Management",
        "Network",
        "Systems",
        "Solutions",
        "Technologies",
        "Technology",
        "Software",
        "Analytics",
        "Labs",
        "Health",
        "Airlines",
        "Airport",
        "Station",
        "Port",
        "Times",
        "News",
        "Post",
        "Journal",
        "Press",
        "Media",
        "Drive",
        "Cloud",
        "Web",
        "Store",
        "Market",
        "Club",
        "Church",
        "Ministry",
        "National",
        "Federal",
        "American",
        "United",
        "States",
        "International",
        "Global",
        "Homeland",
        "Border",
        "Patrol",
        "Citizenship",
        "Emergency",
        "Transportation",
        "Cybersecurity",
        "Infrastructure",
        "Treasury",
        "Justice",
        "Defense",
        "Energy",
        "Affairs",
        "Act",
        "Law",
        "Plan",
        "Fire",
        "Medical",
        "Insurance",
    ]
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]\.)$")
NAME_SHAPED_SCORE = 0.6


def name_shaped(text: str, start: int, end: int) -> bool:
    """Two or three capitalised name-like words, none an organisation word, not after "the": the small model
    often calls an unfamiliar person's name an ORGANIZATION ("Amanda Diaz went to ...")."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if any(w.lower() in ORG_WORDS or w.lower() in NOT_NAMES for w in words):
        return False
    if len(set(words)) < len(words) or fold(words[0]) in PLACE_HEADS or words[0] == "The":
        return False  # "Pago Pago", "San Ysidro": a place
    if words[-1].endswith("ing") and not gazetteer().is_name_word(words[-1]):
        return False  # a trade: "Pacific Rim Interpreting", "Desert Sun Staffing"
    return not text[max(0, start - 4) : start].lower().endswith("the ")


def one_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line of a span that holds most of it: the model sometimes runs a name on into the label that opens
    the next line of a form."""
    best = (start, start)
    line_start = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            s = line_start + line.index(stripped)
            if len(stripped) > best[1] - best[0]:
                best = (s, s + len(stripped))
        line_start += len(line) + 1
    return best


class NerRecognizer(SpacyRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=list(ENTITIES))
        self.name = "SpacyRecognizer"  # type: ignore[has-type]  # Presidio: `name: str = None`

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        candidates = super().analyze(text, entities, nlp_artifacts)
        for r in candidates:
            if r.entity_type != "DATE_TIME" and "\n" in text[r.start : r.end]:
                r.start, r.end = one_line(text, r.start, r.end)
        results = [
            r
            for r in candidates
            if r.start < r.end
            and plausible(r.entity_type, text[r.start : r.end])
            and not opens_a_command(text, r.start, r.end)
        ]
        for r in results:
            if r.entity_type == "ORGANIZATION" and name_shaped(text, r.start, r.end):
                r.entity_type = "PERSON"
                r.score = NAME_SHAPED_SCORE
            if r.entity_type == "PERSON":
                trimmed = trim_phrase(text, r.start, r.end)
                if trimmed is None:
                    r.start = r.end  # dropped below
                    continue
                r.start, r.end = extend_name(text, *trimmed)
        results = [
            r
            for r in results
            if r.start < r.end
            and not _phrase_of(text, r)
            and (r.entity_type != "PERSON" or plausible("PERSON", text[r.start : r.end]))
        ]
        places = [(r.start, r.end) for r in results if r.entity_type == "LOCATION"]
        return [r for r in results if r.entity_type != "PERSON" or not _not_a_name_here(text, r, places)]


_OF_TITLE = re.compile(r"[ \t]+of[ \t]+[A-Z]")


def _phrase_of(text: str, r: RecognizerResult) -> bool:
    """ "Bill of Fare", "Grace of Monaco" read as "Bill": an everyday word alone before "of" and a capital."""
    word = text[r.start : r.end]
    return (
        r.entity_type == "PERSON"
        and " " not in word
        and gazetteer().is_common(word)
        and _OF_TITLE.match(text, r.end) is not None
    )


# a line of code or a stack trace (a dotted module path, a call, an assignment), and a word of its message
# followed by a lower-case word, not quoted as a value
_CODE_LINE = re.compile(r"\w\.\w+\.\w|\w\(|\w=\S|\w(?:Error|Exception):")
_IN_CODE_MESSAGE = re.compile(r"[ \t]+[a-z]{3,}\b")
_LIST_ITEM = re.compile(r"(?:^|[,;:][ \t]*|[ \t]and[ \t]+)$")


def _not_a_name_here(text: str, r: RecognizerResult, places: list[tuple[int, int]]) -> bool:
    """A one-word "name" the lists do not hold, used as a key ("Detail: Timeout"); or a one-word item of a list
    whose other items the model calls places ("Nogales, Naco, Douglas"), on a line without digits."""
    word = text[r.start : r.end]
    if " " in word:
        return False
    g = gazetteer()
    if text.startswith(":", r.end) and not (g.is_given(word) or g.is_surname(word)):
        return True
    line_start = text.rfind("\n", 0, r.start) + 1
    line_end = text.find("\n", r.end)
    line_end = len(text) if line_end < 0 else line_end
    if _CODE_LINE.search(text, line_start, line_end) and _IN_CODE_MESSAGE.match(text, r.end):
        return True  # "ConnectTimeout: Pool(host='…'): Max retries exceeded": a word of an error message
    if _LIST_ITEM.search(text, max(line_start, r.start - 8), r.start) is None:
        return False
    if any(c.isdigit() for c in text[line_start:line_end]):
        return False  # a line with a house number may be an address: a word of it is better hidden than not
    return sum(line_start <= s and e <= line_end for s, e in places) >= 2
