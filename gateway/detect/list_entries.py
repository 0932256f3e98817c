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
    r"(?m)^[ \t]*(?P<bullet>[-*\u2022]|\d{1,3}[.)]|\d{1,3}[ \t]+[-\u2013\u2014])?[ \t]*"
    r"(?P<name>[^\W\d_][^\W\d_'\u2019.-]*(?:[-'\u2019][^\W\d_]+)*"
    r"(?:[ \t]{1,2}[^\W\d_][^\W\d_'\u2019.-]*(?:[-'\u2019][^\W\d_]+)*){1,3})"
    r"(?P<sep>[ \t]*,[ \t]|[ \t]+[-\u2013\u2014|][ \t]|[ \t]{3,}|\t)"
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


def list_entry_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for the entries of a list of people that the detector did not find: one a line
    (_line_entries) or inline with their roles in parentheses (parenthesised_entries)."""
    return _line_entries(text, findings) + parenthesised_entries(text, findings)


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
            if not covered and _name_shaped(entry.group("name")):
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
        if _name_shaped(m.group("name")) and gazetteer().is_given(m.group("name").split()[0]):
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
        if all(w[:1].isupper() and not w.isupper() for w in words) and _name_shaped(name):
            out.append(Finding("PERSON", start, end, SCORE, RECOGNIZER))
    return out


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
