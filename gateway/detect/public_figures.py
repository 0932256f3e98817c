"""Round 21. Names the public knows, in a piece written about them: a newsletter's, a poster's, a talk's, a trivia
board's or a book club's people of history, of public life and of famous works ("a morale newsletter on Clara
Barton", "trivia: Amelia Earhart's last flight", "a scene where Captain Ahab and Popeye argue").

Round 20 released such names only where the text called them historic or famous or dated them decades back
(context_filters._about_public_figures); writers of other sets name them with no such word. Here the names
themselves are the cue, and only together with the text's kind:

- every name the text holds is one the public knows (``data/known_people.txt``: some thousands of people of
  history, public life, science, the arts and sport, and characters of widely known works), after its title
  ("President", "Captain", "Dr.") and possessive, or the last word of such a name the text gives in full ("the
  Hamilton class honours Alexander Hamilton");
- the text is a piece or a talk about them (``_PIECE``: a newsletter, a slide, a movie night, a book club's pick, an
  ice-breaker, talking points, an inspiration board, …), or (round 23) it names two or more of them and holds none
  of the words of office or case business, of a working day or of an arrangement, nor the writer in the first person
  (``_BUSINESS``: a case, a meeting, a call, a shift, "thanks for covering", "will bring", "at 3pm", "me", …);
- (round 24) or the text is a course's piece (``_LESSON``: a training module, a paragraph, a lecture) and holds
  no word of business;
- (round 23) in either case, no word of a case's parties or identifiers (``_CASE``: an applicant, a suspect, a case
  number, an A-number, a date of birth, a passport);
- the caller checks the rest: nothing personal besides names, dates and places, none of the writer's own people.

The list holds about 3,700 folded names (round 29: some 435 KiB in memory against 343 KiB before, read in about
40 ms against 36 ms, once per process, when the detector factory is made).

Round 29: the list grew by some 200 names (scientists behind units, laws, instruments and methods; namesakes of
colleges and ships; people of history told in trainings and museums; characters of widely read novels and series);
a training's intro, an introduction and a history unit are pieces too; "US" (the country) is no word of business,
"us" is; and a pair the public names together ("[Lewis] and Clark", "[William] & Mary") is read whole.

A private person who shares a famous name ("George Washington" in a case file) has a case, a number, a date of
birth or a colleague's words beside them, and is never the only kind of name in a newsletter's line about history.
The risk left: a private namesake named alone in a piece, or two namesakes named together in a text with no word
of business, with no identifier; such a text is not about them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from gateway.detect.findings import Finding
from gateway.detect.text_memo import anywhere

_PIECE = re.compile(
    r"(?i)\b(?:newsletters?|bulletins?|slides?|decks?|posters?|articles?|presentations?|handouts?|displays?"
    r"|(?:linkedin|blog|social[ \t]+media|heritage[ \t]+month|history[ \t]+month)[ \t]+posts?|toasts?|speech(?:es)?"
    r"|talks?|trivia|quiz(?:zes)?|fun[ \t]+facts?|history[ \t]+notes?|essays?|tributes?|lessons?|blurbs?|captions?"
    r"|book[ \t]+(?:clubs?|swaps?|reports?)|novels?|films?|movies?|scenes?|skits?|psas?|scripts?|plays?"
    r"|discussion[ \t]+questions?|bulletin[ \t]+boards?|hallway|morale[ \t]+events?"
    # round 23: what else a team, a class or a family reads, watches, debates or pins up together
    r"|(?:movie|film|game|trivia|karaoke|costume)[ \t]+nights?|(?:re)?watch(?:ing|ed)|reading(?:[ \t]+lists?)?"
    r"|ice-?breakers?|debates?|would[ \t]+you[ \t]+rather|who[ \t]+would[ \t]+win"
    r"|(?:inspiration|mood|vision)[ \t]+boards?|talking[ \t]+points|intro(?:duction)?[ \t]+slides?"
    r"|background[ \t]+reading|biograph(?:y|ies)|biopics?|documentar(?:y|ies)|podcasts?|playlists?|legends?"
    r"|hall[ \t]+of[ \t]+fame|all-time[ \t]+greats?|heroes|nicknames?|mascots?|halloween|cosplay|plaques?"
    r"|statues?|portraits?|murals?|museums?|field[ \t]+trips?|lesson[ \t]+plans?|homework|flashcards?|crossword"
    r"|quotations?|refreshers?"
    # round 28: what a ceremony or a course opens with ("the welcome remarks", "a hook for the training opener")
    r"|(?:welcome|opening|closing)[ \t]+remarks|openers?|hooks?|anniversary"
    # round 29: a course's unit on history ("a 6-week history unit: …"), not a unit of an office or a building
    r"|(?:history|civics|social[ \t]+studies|literature|heritage|biography)[ \t]+units?)\b"
)
# Round 24. What a course is made of ("a country-conditions training module on Ethiopia", "write a paragraph on
# Korematsu v. United States"): words a case file's note may use too ("Paragraph for the file: … called me"), so a
# piece of these only where no word of office or case business is in the text (_BUSINESS)
# round 29: and a training's or a workshop's intro ("For a training intro: summarize how …")
_LESSON = re.compile(
    r"(?i)\b(?:modules?|courses?|curricul(?:um|a)|lectures?|paragraphs?|timelines?|backgrounders?|intros?"
    r"|introductions?|trainings?)\b"
)
# Round 23. Words of office and case business, of a working day, of arrangements, and the writer in the first
# person: a text that names two listed people and any of these may be about the writer's colleagues, neighbours or
# a case's parties, whoever they share a name with
_BUSINESS = re.compile(
    r"(?i)\b(?:cases?|files?|applicants?|petitioners?|beneficiar(?:y|ies)|claimants?|respondents?|detainees?"
    r"|suspects?|subjects?|witness(?:es)?|victims?|defendants?|plaintiffs?|complainants?|travell?ers?|passengers?"
    r"|employees?|contractors?|staff|colleagues?|co-?workers?|supervisors?|managers?|interview\w*|meetings?|met"
    r"|calls?|called|phone|cell|email\w*|e-mail\w*|cc|contact\w*|reach|schedul\w*|appointments?|shifts?|roster"
    r"|badges?|desk|office|ext|extension|assigned|hired|joins?|joined|attend\w*|invit\w*|rsvp|dob|born|ssn"
    r"|passport|visa|a-?number|address|account|records?|report(?:s|ed)?[ \t]+to|please|request\w*|tenant|landlord"
    r"|patient|client|student|payroll|invoice|signed|signature"
    # the words of a working day: thanks, cover, duty, leave, a watch, a visit, a move, a room, a trip
    r"|thanks?|thanked|thanking|kudos|cover(?:s|ed|ing)?|dut(?:y|ies)|on-?call|leave|vacation|sick|pto|overtime"
    r"|deadlines?|tasks?|projects?|reviews?|approv\w*|submit\w*|checked[ \t]+in|signed[ \t]+in|arriv\w*|visit\w*"
    r"|watch(?:es)?|gate|lobby|units?|apartments?|rooms?|moved|lives|living|hotel|flights?|tickets?|trips?"
    r"|travel\w*|payments?|paid|owe[sd]?|rent|lease|loans?|claims?|benefits?|applications?|forms?|deliver\w*"
    r"|pick(?:ed)?[ \t]+up|drop(?:ped)?[ \t]+off|tomorrow|today|tonight|yesterday|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday"
    # ... and of arrangements: who will come, bring, call or meet when
    r"|will|shall|going[ \t]+to|bring\w*|brought|come|coming|noon|morning|afternoon|evening|am|pm|o'clock"
    # (round 29: "us" in lower case or opening a sentence, not the country's "US")
    r"|kids?|wife|husband|son|daughter|mom|dad|neighbou?rs?|me|mine|(?-i:us|Us)|we|I)\b"
    r"|(?<=\d)[ \t]?(?:am|pm|a\.m\.|p\.m\.)|['\u2019]ll\b|\b\d{1,2}:\d\d\b"
)
# ... and, in any text, the words of a case's parties and identifiers: a namesake in a case file is the party
_CASE = re.compile(
    r"(?i)\b(?:applicants?|petitioners?|beneficiar(?:y|ies)|claimants?|respondents?|detainees?|suspects?|defendants?"
    r"|complainants?|case[ \t]*(?:numbers?|nos?\.?|#|ids?|files?)|file[ \t]*(?:numbers?|nos?\.?|#)|a-?numbers?|dob"
    r"|date[ \t]+of[ \t]+birth|ssn|passports?|visas?|arrest\w*|booked|interview(?:s|ed)?[ \t]+(?:with|of)|intake)\b"
)
_TITLE = re.compile(
    r"(?i)^(?:(?:president|vice[ \t]+president|first[ \t]+lady|judge|justice|chief[ \t]+justice|senator|sen\.?"
    r"|general|gen\.?|admiral|captain|capt\.?|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss|sir|dame|saint|st\.?|queen"
    r"|king|prince|princess|lady|lord|professor|prof\.?|reverend|rev\.?|lieutenant|lt\.?|sergeant|sgt\.?"
    r"|colonel|col\.?|major|coach|agent|detective|inspector|emperor|empress|pope|chairman)[ \t]+)+"
)
_TAIL = re.compile(r"(?i)(?:['\u2019]s?|,?[ \t]+(?:jr|sr)\.?|[.,;:]|-(?:style|esque|like|era|inspired|themed))+$")
# a possessive inside the span: the thing of theirs the model ran into the name ("Frank Lloyd Wright's Fallingwater")
_INNER_POSSESSIVE = re.compile(r"['\u2019]s[ \t]")
_DATA = Path(__file__).resolve().parent / "data" / "known_people.txt"


def _key(name: str) -> str:
    """A name folded for lookup: NFKD, lower case, no diacritics, no points, hyphens as spaces, runs of initials
    joined ("J. R. R. Tolkien", "J.R.R. Tolkien" and "JRR Tolkien" alike)."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'").lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace(".", " ").replace("-", " ").replace('"', " ")
    out: list[str] = []
    initial = False
    for w in s.split():
        if len(w) == 1 and initial:
            out[-1] += w
        else:
            out.append(w)
        initial = len(w) == 1
    return " ".join(out)


@functools.cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """The folded names of ``data/known_people.txt``, and those of its sections of characters of fiction (round 29),
    read once per process; none if the file is missing (an install without the package's data): then no name is
    released as a public figure's, which only redacts more."""
    try:
        lines = _DATA.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset(), frozenset()
    names = set()
    characters = set()
    in_characters = False
    for line in lines:
        if line.startswith("# =="):
            in_characters = "characters" in line.lower()
        entry = line.split("#", 1)[0].strip()
        if entry:
            names.add(_key(entry))
            if in_characters:
                characters.add(_key(entry))
    return frozenset(names), frozenset(characters)


@functools.cache
def known_names() -> frozenset[str]:
    """The folded names of ``data/known_people.txt`` (the characters' too: the detector factory calls this once, so
    both are read before the first request)."""
    return _known()[0]


def known_character(value: str) -> bool:
    """Round 29. Whether ``value`` (a name as the text writes it) is a listed character of a widely known work."""
    key = _known_key(value)
    return key is not None and key in _known()[1]


def _known_key(value: str) -> str | None:
    """The listed name that ``value`` (a name as the text writes it) is, after its title, its possessive or a thing
    of theirs ("Frank Lloyd Wright's Fallingwater"), and "-style" ("a Hank Hill-style mayor"); None if none."""
    names = known_names()
    bare = _TAIL.sub("", value.strip().strip("\"'\u201c\u201d\u2018\u2019()[]").strip())
    inner = _INNER_POSSESSIVE.search(bare)
    if inner is not None:
        bare = bare[: inner.start()]
    for candidate in (bare, _TAIL.sub("", _TITLE.sub("", bare))):
        key = _key(candidate)
        if key in names:
            return key
    return None


def known_name(value: str) -> bool:
    """Whether ``value`` (a name as the text writes it, with its title or possessive) is one the public knows."""
    return _known_key(value) is not None


def known_figures(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The PERSON findings of a piece whose every name is one the public knows; none where any name is not."""
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= 0.5]
    if not people:
        return set()
    keys = [_known_key(text[f.start : f.end]) or _cut_short(text, f) or _cut_long(text, f) for f in people]
    # the last word of a listed name the text gives in full ("the Hamilton class honours Alexander Hamilton")
    surnames = {k.rsplit(" ", 1)[-1] for k in keys if k is not None and " " in k}
    for f, k in zip(people, keys, strict=True):
        if k is None and _key(_TAIL.sub("", _TITLE.sub("", text[f.start : f.end].strip()))) not in surnames:
            return set()
    if anywhere(_CASE, text):
        return set()
    if anywhere(_PIECE, text):
        return set(people)
    if anywhere(_LESSON, text) and not anywhere(_BUSINESS, text):
        return set(people)
    # round 23: two listed names or more, in a text with no word of office or case business
    if len({k for k in keys if k is not None}) >= 2 and not anywhere(_BUSINESS, text):
        return set(people)
    return set()


def _cut_short(text: str, f: Finding) -> str | None:
    """The listed name the span ends, where the model left its first words or initials out ("W.E.B. [Du Bois]")."""
    before = text[max(0, f.start - 30) : f.start].split()
    for n in (1, 2, 3):
        if len(before) < n:
            break
        key = _known_key(" ".join([*before[-n:], text[f.start : f.end]]))
        if key is not None:
            return key
    return None


# round 29: the words after a span that a listed pair's name goes on with ("[Lewis] and Clark", "[William] & Mary")
_PAIR_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019.-]*")


def _cut_long(text: str, f: Finding) -> str | None:
    """The listed pair's name the span opens, where the model read its first name alone ("[Lewis] and Clark")."""
    m = _PAIR_AFTER.match(text, f.end)
    return None if m is None else _known_key(text[f.start : m.end()])
