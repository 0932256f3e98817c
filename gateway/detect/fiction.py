"""Round 19. The characters of a work of fiction that the text names by its quoted title: 'In the telenovela "Sin
Fronteras", Rosa searches for her brother …', 'Book club question: in "The Long Line", Agent Tom Reyes …'.

A name counts as a character only in the sentence that opens with the work ("in" or "from" its quoted title, the
kind of work before the title or named elsewhere in the text: a novel, a film, a book club, the plot), and only in a
text that holds nothing personal besides names and places, names none of the writer's own people ("my neighbour",
"our son") and does not say the story is about real people ("based on", "inspired by", "a true story"). Its other
mentions in the text are the character's too. A project's or a case's quoted name ('in "Project Falcon", Ana Ruiz
leads …') has no work of fiction around it and stays a name.

Round 20: the kind of work alone, unquoted, opens the sentence too ("In the novel the consul Jean Valjean …").
Round 21: and a work the sentence tells ("a novel where the narrator, Lupe, …").
Round 23: and a quoted title the sentence lists its cast after, with a dash, a colon or "narrated by", "starring",
"with" (a movie night's 'Showing "Casablanca" - Rick, Ilsa and Sam', a book club's '"Rebecca": Maxim and Mrs.
Danvers'); the title itself, where a name reader took it for a name, is no one's either.

Round 23: a training vignette's, a tabletop exercise's or a role-play's invented people, where the text says they are
invented ("the fictional broker 'Sir Alden Crewe'", '"Mayor Lu Pardo" - no real residents are used'): the names in
quotes, or right after the words that call them fictional, in a text of nothing personal besides names and places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.public_figures import known_character, known_name
from gateway.detect.text_memo import anywhere, remembered

_WORK = (
    r"(?:novels?|novellas?|books?|films?|movies?|telenovelas?|series|miniseries|shows?|plays?|sitcoms?|dramas?"
    r"|stor(?:y|ies)|episodes?|musicals?|operas?|comics?|soaps?)"
)
_TITLE_OPENS = re.compile(
    rf"(?i:\b(?:in|from)[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+)?{_WORK}[ \t]+)?)"
    r"[\"\u201c][A-Z][^\"\u201d\n]{0,60}[\"\u201d]"
)
# Round 20. Or the kind of work alone, unquoted, where "the" makes it one the text already has in mind ("In the
# novel the consul Jean Valjean meets …"): only the kinds that are always stories (not "book", a ledger, nor "show",
# "play", "series"), and not a work the writer made or watched with someone ("the film we made", "the movie night")
_WORK_OPENS = re.compile(
    r"(?i)\b(?:in|from)[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:novels?|novellas?|films?|movies?|telenovelas?|sitcoms?"
    r"|musicals?|operas?|fairy[ \t]+tales?|short[ \t]+stor(?:y|ies)|comic[ \t]+books?|graphic[ \t]+novels?)\b"
    r"(?![ \t]+(?:club|clubs|group|night|nights|festival|crew|set|shoot|i|i'm|we|you|they|he|she|that|which|who|my"
    r"|our|with|about)\b)"
)
# Round 21. Or a work the sentence goes on to tell ("a novel where the narrator, Lupe, …", "a film in which …"):
# only the kinds that are always stories, as above
_WORK_TELLS = re.compile(
    r"(?i)\b(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+)?(?:novels?|novellas?|films?|movies?|telenovelas?|sitcoms?|musicals?"
    r"|operas?|fairy[ \t]+tales?|short[ \t]+stor(?:y|ies)|comic[ \t]+books?|graphic[ \t]+novels?|picture[ \t]+books?)"
    r"[ \t]+(?:where|in[ \t]+which|whose)\b"
)
_FICTION_TALK = re.compile(
    rf"(?i)\b(?:{_WORK}|book[ \t]+clubs?|plot|fiction(?:al)?|characters?|chapters?|protagonist|screenplay"
    r"|discussion[ \t]+questions?"
    # round 23: reading aloud or watching together ("reading with grandma tonight", "movie night")
    r"|reading|read-?aloud|bedtime|(?:movie|film)[ \t]+nights?)\b"
)
# Round 23. A quoted title and the cast after it: a dash, a colon, or the words that bring in its people
_TITLE_THEN_CAST = re.compile(
    r"[\"\u201c]([A-Z][^\"\u201d\n]{0,60})[\"\u201d][ \t]*(?:[-\u2013\u2014:]|,?[ \t]+(?:narrated[ \t]+by|starring"
    r"|featuring|with))[ \t]"
)
_REAL_PEOPLE = re.compile(
    r"(?i)\b(?:based[ \t]+on|inspired[ \t]+by|real[- ]life|true[ \t]+story|really[ \t]+happened|about[ \t]+(?:me|us))\b"
)
# the writer's own people, in the first person: a story's "her brother" is a character's
_OWN_PEOPLE = re.compile(
    r"(?i)\b(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:co-?workers?|colleagues?|employees?|boss|neighbou?rs?|friends?"
    r"|supervisors?|managers?|clients?|patients?|students?|tenants?|landlord|son|daughter|wife|husband|partner"
    r"|mother|father|mom|mum|dad|sister|brother|cousin|aunt|uncle|grand\w+|niece|nephew|child|children|kids?)\b"
)
# what such a text may hold besides the characters' names
_COMPANY = frozenset({"PERSON", "DATE_TIME", "LOCATION", "ORGANIZATION", "NRP", "URL"})
# (not the point of a title before a name: "Mrs. Hubbard", "Dr. Watson")
_SENTENCE_END = re.compile(r"(?<![ \t(](?:Mr|Ms|Dr|St))(?<![ \t(]Mrs)[.!?][\"'\u201d\u2019)]?\s")
_LOOK_BACK = 400


def fictional_characters(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The PERSON findings that name characters of a quoted work of fiction; none where the text holds more."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    if not people:
        return set()
    if any(f.entity_type not in _COMPANY and f.score >= 0.3 for f in findings):
        return set()
    if _REAL_PEOPLE.search(text) or _OWN_PEOPLE.search(text):
        return set()
    # round 29: a listed character named with their work's title after it, unquoted ("compares her to Atticus
    # Finch from To Kill a Mockingbird")
    characters = {f for f in people if _with_its_works_title(text, f)}
    if not characters and not _FICTION_TALK.search(text):
        return set()
    characters |= {f for f in people if _after_a_title_in_its_sentence(text, f)}
    if not characters:
        return set()
    # round 23: the quoted title itself, where a name reader took it for a name ('"Forrest Gump" - Jenny, …')
    titles = {(m.start(1), m.end(1)) for m in _TITLE_THEN_CAST.finditer(text)}
    characters |= {f for f in people if (f.start, f.end) in titles}
    words = {w for f in characters for w in text[f.start : f.end].split()}
    return characters | {f for f in people if set(text[f.start : f.end].split()) <= words}


# Round 29. A work's title in title case after a character's name and "from" or "in" ("from One Hundred Years of
# Solitude", "in The Great Gatsby"): two words or more; none a word of an office or a firm ("Michael Scott from
# Regional Sales" is a colleague's name)
_WORKS_TITLE_AFTER = re.compile(
    r"[ \t]+(?:from|in)[ \t]+[\"\u201c\u2018']?((?:[A-Z][\w'\u2019-]*|\d+)(?:[ \t]+(?:[A-Z][\w'\u2019-]*|of|the|a|an"
    r"|and|in|on|to|for|with|at|by|\d+)){1,8})"
)
_OFFICE_WORDS = frozenset(
    """sales accounting accounts finance legal hr human resources operations office offices department dept team
    services service division unit branch support it corporate inc llc ltd group company co bank university college
    school hospital clinic county city state district center centre headquarters hq north south east west
    regional marketing engineering security compliance procurement payroll admin administration management""".split()  # noqa: SIM905
)


def _with_its_works_title(text: str, f: Finding) -> bool:
    if not known_character(text[f.start : f.end]):
        return False
    m = _WORKS_TITLE_AFTER.match(text, f.end)
    return m is not None and not any(w.lower().strip("'\u2019") in _OFFICE_WORDS for w in m.group(1).split())


def _after_a_title_in_its_sentence(text: str, f: Finding) -> bool:
    lo = max(0, f.start - _LOOK_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, f.start)]
    start = ends[-1] if ends else lo
    return any(
        p.search(text, start, f.start) is not None for p in (_TITLE_OPENS, _WORK_OPENS, _WORK_TELLS, _TITLE_THEN_CAST)
    )


# Round 23. Invented people: the text says so, of a vignette, an exercise or a course it builds
_INVENTED_TALK = re.compile(
    r"(?i)\b(?:fictional|fictitious|invented|made[- ]up|imaginary|notional|no[ \t]+real[ \t]+(?:people|persons"
    r"|residents|names|individuals|person|victims|employees)|not[ \t]+(?:a[ \t]+)?real[ \t]+(?:people|persons?"
    r"|names?|individuals?))\b"
)
_INVENTED_CUES = ("ficti", "invent", "made", "imagin", "notional", "real")
_LOWER = "fiction.lower"
_EXERCISE_TALK = re.compile(
    r"(?i)\b(?:vignettes?|tabletops?|ttx|exercises?|scenarios?|role-?plays?|simulations?|drills?"
    r"|case[ \t]+stud(?:y|ies)|training|course|class|lessons?|mock|practice|sample|wargames?|injects?)\b"
)
# right after the words that call them invented: "the fictional dealer 'Sir …'", "an invented mayor, …"
_INVENTED_BEFORE = re.compile(
    r"(?i)\b(?:fictional|fictitious|invented|made[- ]up|imaginary|notional)[ \t]+(?:[\w-]+[,:]?[ \t]+){0,2}"
    r"[\"'\u201c\u2018]?(?:(?:sir|dame|lady|lord|mayor|dr|mr|mrs|ms|chief|captain|capt|agent|officer"
    r"|judge|senator|governor|gov|president|professor|prof|sheriff|director|minister)\.?[ \t]+)?$"
)
_QUOTED_BEFORE = re.compile(
    r"[\"\u201c](?:(?:sir|dame|lady|lord|mayor|dr|mr|mrs|ms|chief|captain|capt|agent|officer|judge|senator"
    r"|governor|gov|president|professor|prof|sheriff|director|minister)\.?[ \t]+)?$",
    re.IGNORECASE,
)
# the quote closes on the name or a few words after it ('the looted "Jade Idol of Qar"')
_QUOTE_AFTER = re.compile(r"(?:[ \t]+[\w'-]+){0,3}[\"\u201d]")


def invented_people(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The PERSON findings that a vignette's or an exercise's text calls invented; none where the text holds more
    than names and places, names the writer's own people or says its people are real."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    if not people:
        return set()
    lower = remembered(text, _LOWER, text.lower)
    if not any(cue in lower for cue in _INVENTED_CUES):  # a cheap look before reading the text with the pattern
        return set()
    if not anywhere(_INVENTED_TALK, text) or not anywhere(_EXERCISE_TALK, text):
        return set()
    if any(f.entity_type not in _COMPANY and f.score >= 0.3 for f in findings):
        return set()
    if _REAL_PEOPLE.search(text) or _OWN_PEOPLE.search(text):
        return set()
    invented = {
        f
        for f in people
        if _INVENTED_BEFORE.search(text, max(0, f.start - 60), f.start) is not None
        or (
            _QUOTED_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
            and _QUOTE_AFTER.match(text, f.end) is not None
        )
    }
    if not invented:
        return set()
    # a character the public knows, beside them ("a Hank Hill-style mayor"), is no one's private name either
    invented |= {f for f in people if known_name(text[f.start : f.end])}
    if not invented:
        return set()
    words = {w for f in invented for w in text[f.start : f.end].split()}
    return invented | {f for f in people if set(text[f.start : f.end].split()) <= words}
