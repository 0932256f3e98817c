"""The entries of a list of people: when one line of a list opens with a name the detector found, the other lines
that open the same way (the same separator after two to four words in the same case) name people too.

"1 - Tevita Kauvaka, 1450 W 3300 S …⏎2 - Mele Fifita, 94-1045 …⏎3 - Leilani Kahalewai, (808) …": the lists know
"Leilani" and "Kahalewai", not the other two; the list's shape says what they are. An entry is taken only if none
of its words is an everyday or English word the name lists do not hold ("Fix bug, …", "Next steps - …").
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import english_word, gazetteer
from gateway.detect.recognizers.personal.ner import NOT_NAMES, ORG_WORDS

RECOGNIZER = "ListEntryRecognizer"
SCORE = 0.6
REPORTED = 0.5
# A line's opening: a bullet or a number, then two to four words, then the separator before the entry's next field
_ENTRY = re.compile(
    # round 27: a bare number too, as a drawing's or a ranking's list writes it ("3 Name Surname - …")
    r"(?m)^[ \t]*(?P<bullet>[-*\u2022]|\d{1,3}[.)]|\d{1,3}[ \t]+[-\u2013\u2014]|\d{1,3}(?=[ \t]))?[ \t]*"
    r"(?P<name>[^\W\d_][^\W\d_'\u2019.-]*(?:[-'\u2019][^\W\d_]+)*"
    r"(?:[ \t]{1,2}[^\W\d_][^\W\d_'\u2019.-]*(?:[-'\u2019][^\W\d_]+)*){1,3})"
    # round 24: an arrow too, as an assignment list writes it ("- Derek Tallchief -> K9 Axl -> MSP cargo")
    # round 27: and a pipe with no spaces, as a roster exported without a header writes it ("Name Surname|School|…")
    r"(?P<sep>[ \t]*,[ \t]|[ \t]*\|[ \t]*|[ \t]+(?:[-\u2013\u2014]|->|=>|\u2192)[ \t]|[ \t]{3,}|\t)"
)


def _case(name: str) -> str:
    words = name.split()
    if all(w.isupper() for w in words):
        return "upper"
    if all(w.islower() for w in words):
        return "lower"
    return "title" if all(w[0].isupper() and not w.isupper() for w in words) else "mixed"


def _separator(sep: str) -> str:
    s = sep.strip(" \t")
    return s if s else "gap"


def _name_shaped(name: str) -> bool:
    g = gazetteer()
    for word in name.split():
        w = word.lower()
        if w in STOP_WORDS or g.is_common(w):
            return False
        if english_word(w) and not g.is_name_word(w):
            return False
    return True


def _entry_shaped(name: str) -> bool:
    """Round 21. A list entry's name: name-shaped, or a given name that is also an everyday word, which parents
    give often ("Hope", "Faith", "Grant", "Dawn"), before surnames the lists hold ("Hope Rivers", "Dawn Church"):
    among entries the detector found, no other reading is likely."""
    if _name_shaped(name):
        return True
    g = gazetteer()
    first, *rest = name.split()
    return (
        bool(rest)
        and first[:1].isupper() == all(w[:1].isupper() for w in rest)
        and g.is_frequent_given(first)
        and first.lower() not in STOP_WORDS | NOT_NAMES
        and all(
            w.lower() not in STOP_WORDS | NOT_NAMES | ORG_WORDS
            # round 24: or a surname no everyday word, that a dictionary of proper nouns holds ("Tallchief")
            and (g.is_surname(w) or (not g.is_common(w) and w[:1].isupper() and not w.isupper()))
            for w in rest
        )
    )


def list_entry_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for the entries of a list of people that the detector did not find: one a line
    (_line_entries), inline with their roles in parentheses (parenthesised_entries) or between commas
    (comma_entries)."""
    return _line_entries(text, findings) + parenthesised_entries(text, findings) + comma_entries(text, findings)


def _line_entries(text: str, findings: list[Finding]) -> list[Finding]:
    if text.count("\n") < 1:
        return []
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= REPORTED]
    if not people:
        return []
    groups: dict[tuple[str, str, str], list[re.Match[str]]] = defaultdict(list)
    for m in _ENTRY.finditer(text):
        bullet = "number" if (m.group("bullet") or "")[:1].isdigit() else (m.group("bullet") or "")
        groups[(bullet, _separator(m.group("sep")), _case(m.group("name")))].append(m)
    out = _name_lines(text, people)
    for (_, _, case), entries in groups.items():
        if len(entries) < 2 or case == "mixed":
            continue
        found = [any(p.start < e.end("name") and e.start("name") < p.end for p in people) for e in entries]
        if not any(found):
            continue
        for entry in entries:
            start, end = entry.span("name")
            covered = any(f.start <= start and end <= f.end for f in people)
            if not covered and _entry_shaped(entry.group("name")):
                # a name found in part ("ayaan maxamed" of "ayaan maxamed cali") is widened to the whole entry
                out.append(Finding("PERSON", start, end, SCORE, RECOGNIZER))
    return out


# Round 16. A line that is a name and nothing else, in a list whose other lines open with a name the detector found
# (a guest list, a roster pasted one person a line): "Ana Ruiz + Luis Ortega⏎Dawit Haile⏎…"
_WORD = r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-'\u2019][^\W\d_]?[^\W\d_A-Z]+)?"
_NAME_LINE = re.compile(rf"(?m)^[ \t]*(?:[-*\u2022][ \t]*)?(?P<name>{_WORD}(?:[ \t]{_WORD}){{1,2}})[ \t]*$")
_LINE_OPENING = re.compile(r"(?m)^[ \t]*(?:[-*\u2022][ \t]*)?")


def _name_lines(text: str, people: list[Finding]) -> list[Finding]:
    starts = {m.end() for m in _LINE_OPENING.finditer(text)}
    if sum(p.start in starts for p in people) < 2:
        return []
    out = []
    for m in _NAME_LINE.finditer(text):
        start, end = m.span("name")
        if any(p.start < end and start < p.end for p in people):
            continue
        if _entry_shaped(m.group("name")) and gazetteer().is_given(m.group("name").split()[0]):
            out.append(Finding("PERSON", start, end, SCORE, RECOGNIZER))
    return out


# Round 15. A name joined to one the detector found, by "and", "&", "+" or the same word in Spanish, French,
# German or Portuguese: "seats for Tevita Kaufana + 'Ofa Tuipulotu", "Rosa Díaz y Mateo Ruiz". Two to four
# capitalised words, the first may open with a Polynesian okina (U+02BB, or the apostrophe typed for it).
_JOINED = re.compile(
    r"[ \t]*(?:\+|&|and|y|e|et|und)[ \t]+"
    r"(?P<name>['\u2018\u02bb]?[^\W\d_a-z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
    r"(?:[ \t][^\W\d_a-z][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*){1,3})(?![\w'\u2019-])"
)


# Round 16. A given name alone before "&" or "and" and a found name, the couple's shared surname at the end: "Walt &
# Bernadette Kowalczyk", "Ana and Luis Ortega"
_GIVEN_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<name>[^\W\d_a-z][^\W\d_A-Z]+)[ \t]*(?:&|\+|and)[ \t]+\Z")


def _given_before(text: str, p: Finding, people: list[Finding]) -> Finding | None:
    m = _GIVEN_BEFORE.search(text[max(0, p.start - 40) : p.start])
    if m is None or len(text[p.start : p.end].split()) < 2:
        return None
    g = gazetteer()
    word, first = m.group("name"), text[p.start : p.end].split()[0]
    if not (g.is_given(word) and g.is_given(first)) or g.is_common(word) or word.lower() in NOT_NAMES:
        return None
    if not g.is_frequent_given(word) and english_word(word.lower()):
        return None  # "Rock and …": an everyday word the lists also hold as a rare given name
    start = p.start - (len(m.string) - m.start("name"))
    end = start + len(word)
    if any(f.start < end and start < f.end for f in people):
        return None
    return Finding("PERSON", start, end, SCORE, RECOGNIZER)


def joined_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for names joined to a reported one by a conjunction (_JOINED), and a given name before one
    (_GIVEN_BEFORE)."""
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= REPORTED]
    out = []
    for p in people:
        before = _given_before(text, p, people)
        if before is not None:
            out.append(before)
        m = _JOINED.match(text, p.end)
        if m is None:
            continue
        start, end = m.span("name")
        name = m.group("name").lstrip("'\u2018\u02bb")
        if any(f.start < end and start < f.end for f in people):
            continue
        words = name.split()
        if any(w.lower() in ORG_WORDS | NOT_NAMES or w.lower().rstrip("s") in ORG_WORDS for w in words):
            continue  # "John Smith and Sons Ltd": a firm
        if all(w[:1].isupper() and not w.isupper() for w in words) and _entry_shaped(name):
            out.append(Finding("PERSON", start, end, SCORE, RECOGNIZER))
    return out + _lower_joined(text, people)


# Round 21. The same in lower case, as hurried notes write a whole list: "tell jean-wilfrid and nadège dorvilien",
# "send to jordan miller and also deepa krishnan and rob tate": one to three lower-case words joined by "and" (or
# "and also") to a lower-case name found, on either side.
_LOWER_WORD = r"[^\W\d_A-Z]+(?:['\u2019-][^\W\d_A-Z]+)*"
_LOWER_RUN = rf"{_LOWER_WORD}(?:[ \t]{_LOWER_WORD}){{0,2}}"
_LOWER_AFTER = re.compile(rf"[ \t]+(?:and|&|\+)[ \t]+(?:also[ \t]+)?(?P<name>{_LOWER_RUN})(?![\w'\u2019-])")
_LOWER_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_LOWER_RUN})[ \t]+(?:and|&|\+)[ \t]+(?:also[ \t]+)?\Z")
# verbs a note puts before the people it is about, which the lists hold as rare given names: not "[tell] jean-…"
_ADDRESS_VERBS = frozenset(
    {"tell", "ask", "call", "email", "text", "remind", "send", "thank", "cc", "ping", "meet", "invite", "help", "page"}
)
_NOT_SURNAME_ENDINGS = ("ed", "ing", "ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship", "ery", "ure")


def _lower_joined(text: str, people: list[Finding]) -> list[Finding]:
    out = []
    for p in people:
        value = text[p.start : p.end]
        if not value.islower() or len(value.split()) < 2:
            continue
        after = _LOWER_AFTER.match(text, p.end)
        head = text[max(0, p.start - 40) : p.start]
        before = _LOWER_BEFORE.search(head)
        spans = []
        if after is not None:
            spans.append((after.start("name"), _lower_name_end(after.group("name"), after.start("name"))))
        if before is not None:
            words = before.group("name").split()
            end = p.start - len(head) + before.end("name")
            for n in range(min(3, len(words)), 0, -1):  # the closing words: "[call back] wendell okoye-marsh"
                tail = " ".join(words[-n:])
                if _lower_name_end(tail, 0) == len(tail):
                    spans.append((end - len(tail), end))
                    break
        for start, end in spans:
            if end > start and not any(f.start < end and start < f.end for f in people):
                out.append(Finding("PERSON", start, end, SCORE, RECOGNIZER))
    return out


def _lower_name_end(run: str, start: int) -> int:
    """The end of the longest opening of ``run`` that reads as a lower-case name (``start`` when none does): one
    word, a given name of the lists or a compound of them ("jean-wilfrid") that is no English word; or two or
    three, a given name first and a surname of the lists (or a word no English list holds) last."""
    g = gazetteer()
    words = run.split()
    for n in range(len(words), 0, -1):
        part = words[:n]
        if any(w in STOP_WORDS or w in NOT_NAMES | ORG_WORDS for w in part):
            continue
        last = part[-1]
        if n == 1:
            ok = g.is_name_word(last) and not english_word(last) and not g.is_common(last)
        else:
            ok = (
                g.is_given(part[0])
                and (g.is_frequent_given(part[0]) or not english_word(part[0]))
                and part[0] not in _ADDRESS_VERBS
                and (g.is_surname(last.split("-")[-1]) or not english_word(last))
                and not last.endswith(_NOT_SURNAME_ENDINGS)
                and not all(g.is_common(w) for w in part)
                and (not g.is_common(part[0]) or g.is_frequent_given(part[0]))
            )
        if ok:
            return start + len(" ".join(part)) if run.startswith(" ".join(part)) else start
    return start


# Round 19. The entries of an inline list of people, each with its role or office in parentheses, as minutes and
# notes list attendees: "Attendees: Loretta Tsosie (tribal liaison), Wanbli Iron Shell (state office), …". When one
# entry is a name the detector found, the others of two to four capitalised words are names too: a surname of
# everyday words ("Iron Shell", "Running Bear") has no other cue.
_PAREN_ENTRY = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[^\W\d_a-z][^\W\d_A-Z]+(?:[-'\u2019][^\W\d_]+)*"
    r"(?:[ \t]+[^\W\d_a-z][^\W\d_A-Z]+(?:[-'\u2019][^\W\d_]+)*){1,3})[ \t]*\([^()\n]{1,60}\)"
)
_PAREN_GAP = re.compile(r"[ \t]*[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def parenthesised_entries(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for the entries of a list of ``Name (role)`` items, one of which is a name found."""
    if "(" not in text:
        return []
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= REPORTED]
    if not people:
        return []
    runs: list[list[re.Match[str]]] = []
    for m in _PAREN_ENTRY.finditer(text):
        if runs and _PAREN_GAP.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        found = [any(p.start < m.end("name") and m.start("name") < p.end for p in people) for m in run]
        if not any(found):
            continue
        for m, seen in zip(run, found, strict=True):
            name = m.group("name")
            if seen or any(w.lower() in ORG_WORDS | NOT_NAMES for w in name.split()):
                continue
            if _entry_name_words(name):
                out.append(Finding("PERSON", m.start("name"), m.end("name"), SCORE, RECOGNIZER))
    return out


def _entry_name_words(name: str) -> bool:
    """No stop word, every English word a name word of the lists or an everyday one ("Little Bear"), and one word
    that is not everyday."""
    g = gazetteer()
    words = name.split()
    return all(
        w.lower() not in STOP_WORDS and (not english_word(w.lower()) or g.is_name_word(w) or g.is_common(w))
        for w in words
    ) and not all(g.is_common(w) for w in words)


# Round 21. The entries of an inline list of people between commas, the last after "and": "thanks to Ana Ruiz,
# Hope Summers, Dawit Haile and Grant Mason". When two entries are names the detector found, the others of two or
# three capitalised words are names too if they are shaped like one (_entry_shaped).
_COMMA_ITEM = (
    r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-'\u2019][^\W\d_]+)*(?:[ \t][^\W\d_a-z][^\W\d_A-Z]+(?:[-'\u2019][^\W\d_]+)*){1,2}"
)
_COMMA_LIST = re.compile(
    rf"(?<![\w'\u2019-]){_COMMA_ITEM}(?:[ \t]*,[ \t]*{_COMMA_ITEM}){{2,}}(?:,?[ \t]+(?:and|&)[ \t]+{_COMMA_ITEM})?"
    # the list ends the clause, or a verb or preposition follows it: not "…, Summer Camp sign-ups"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:for|from|at|who|were|was|are|will|have|has|to|in|on|helped|set)\b)"
)
_ITEM = re.compile(_COMMA_ITEM)


def comma_entries(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for the entries of a comma list of three or more names, two of which are names found."""
    if text.count(",") < 2:
        return []
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= REPORTED]
    if len(people) < 2:
        return []
    out = []
    for run in _COMMA_LIST.finditer(text):
        items = [m for m in _ITEM.finditer(text, run.start(), run.end()) if m.group(0) not in ("and",)]
        found = [any(p.start < m.end() and m.start() < p.end for p in people) for m in items]
        if sum(found) < 2:
            continue
        for m, seen in zip(items, found, strict=True):
            words = m.group(0).split()
            if seen or any(w.lower() in ORG_WORDS | NOT_NAMES for w in words):
                continue
            if _entry_shaped(m.group(0)):
                out.append(Finding("PERSON", m.start(), m.end(), SCORE, RECOGNIZER))
    return out
