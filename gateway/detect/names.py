"""A name found once is a name everywhere in the request.

The model finds "Nkechi Adebayo" but not "Adebayo" alone in the next sentence, or in the next message of the
conversation; redacting the first mention and sending the second would hand the vendor the surname anyway. So
every other mention of a reported person, the whole name or one of its words, in any text of the same request,
is reported as that person too, in the case it was found and in Title Case (and a word of a full name in lower
case, unless it is an everyday or an English word). A word under three letters ("Al") is not carried on its own;
one that is also an English function word ("Will") is carried only where it cannot be that word: not at the start
of a sentence, and never "May" (the month). A full name is carried in any case ("KIM EUN-JI", "kim eun-ji"), and
a word of three letters of it in lower case too ("kim" after "Kim Eun-ji"), unless an English word. The surname in
capitals of ``SURNAME, Given`` is carried in capitals too (round 19: "WIŚNIEWSKA stated …").

An e-mail address that spells a person's name (``tigist.bekele@…``: two or three words, one of them a name the
lists know, no team-mailbox word) makes each of its words a name in the request ("pls fix my email to tigist"),
in any case, unless the word is an everyday or an English one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate

from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.encoded import base64_words
from gateway.detect.findings import Finding
from gateway.detect.mentions import find_mentions
from gateway.detect.names_gazetteer import (
    PLACE_HEADS,
    english_word,
    fold,
    gazetteer,
    region_names,
    spelled_like_a_name,
)
from gateway.detect.recognizers.personal.email_name import ROLE_WORDS
from gateway.detect.recognizers.personal.ner import NOT_NAMES, ORG_WORDS
from gateway.detect.resolve import resolve_overlaps
from gateway.detect.script_twins import script_twins

REPORTED = 0.5  # a name must have been reported (default threshold) to be carried over
RECOGNIZER = "NameRepeatRecognizer"
_WORD = re.compile(r"^[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*$")
# After one of these, a capitalised word starts a sentence: "Will" there is the verb, not the name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|\n\s*[-*•]\s*)$")


def _carried(name: str) -> list[str]:
    """The name, and each of its words of three letters or more, in the case written and in Title Case (a name
    found as ``GARCIA, MARIA`` is carried to ``Maria``)."""
    words = [w.strip('.,;:()"/') for w in name.split()]
    out = [name]
    if len(words) >= 2 and not all(gazetteer().is_common(w) for w in words):
        out += [name.lower(), name.upper(), " ".join(w[:1].upper() + w[1:] for w in name.split())]
    # round 19: the surname of ``WIŚNIEWSKA, Małgorzata`` is a surname in capitals, not an acronym
    comma_surname = len(words) >= 2 and name.split()[0].endswith(",") and not words[1].isupper()
    for i, w in enumerate(words):
        if len(w) >= 3 and _WORD.match(w) and w[0].isupper():
            if w.isupper():
                out.append(w.title())  # an acronym ("NASA") is seldom written "Nasa"
                if not gazetteer().is_name_word(w) and not (i == 0 and comma_surname):
                    continue  # but in capitals it may be an acronym, not a name
            out.append(w)
            if len(words) >= 2 and len(w) >= 4 and w[1:].islower() and not gazetteer().is_common(w):
                # not "fire" after "… Fire Protection District" (round 15), but "crystal" after "Crystal Nguyen"
                if not english_word(w) or gazetteer().is_given(w):
                    out.append(w.lower())  # "thx ananya" after "Ananya Krishnan"
            elif len(words) >= 2 and len(w) == 3 and w[1:].islower() and _lower_short_word(w):
                out.append(w.lower())  # "my boss kim" before "Kim Eun-ji"
            if len(w) >= 5 and w[1:].islower() and not gazetteer().is_common(w):
                out.append(w.upper())  # "BABAJIDE OLATUNBOSUN" after "Mr. Olatunbosun"
        elif len(w) >= 3 and _WORD.match(w) and w.islower() and w not in STOP_WORDS:
            if english_word(w) and any(x[:1].isupper() for x in words):
                continue  # round 15: a post run into a cased name ("treasurer Della Runyon") is no name
            out.append(w)
            if len(words) >= 2 and len(w) >= 4 and not gazetteer().is_common(w):
                out.append(w.title())  # "Xiomara trained …" after "xiomara peralta"
            elif len(words) >= 2 and gazetteer().is_common(w) and w != words[-1]:
                out.append(w.title())  # "morning Rich," after "rich thornbury", as after "Rich Thornbury"
    return out


def _lower_short_word(word: str) -> bool:
    w = word.lower()
    return w not in STOP_WORDS and not gazetteer().is_common(w) and not english_word(w)


# a local part of two or three words ("tigist.bekele", "j_ortiz_m"), before "@"
_LOCAL_PART = re.compile(r"^([A-Za-z]{2,20})[._-]([A-Za-z]{2,20})(?:[._-]([A-Za-z]{2,20}))?@")
EMAIL_SCORE = 0.6
# an address written with words ("nikhil dot patnaik at hq dot …"), as the normaliser reads it
_SPOKEN_DOT = re.compile(r"(?i)[ \t]*(?:\(dot\)|\[dot\]|\{dot\})[ \t]*|[ \t]+dot[ \t]+")
_SPOKEN_AT = re.compile(r"(?i)[ \t]*(?:\(at\)|\[at\]|\{at\})[ \t]*|[ \t]+at[ \t]+|[ \t]+@[ \t]*|@[ \t]+")


def _email_terms(address: str) -> list[str]:
    """The words of an address's local part that spell a person's name, in lower, Title and upper case."""
    m = _LOCAL_PART.match(_SPOKEN_AT.sub("@", _SPOKEN_DOT.sub(".", address)))
    if m is None:
        return []
    parts = [p.lower() for p in m.groups() if p]
    g = gazetteer()
    if set(parts) & ROLE_WORDS or not any(g.is_name_word(p) or spelled_like_a_name(p) for p in parts):
        return []
    out = []
    for p in parts:
        if len(p) >= 3 and p not in STOP_WORDS and not g.is_common(p) and not english_word(p):
            out += [p, p.title(), p.upper()]
    return out


def _function_word_at_sentence_start(text: str, start: int, end: int) -> bool:
    """ "Will" from "Will Brannigan" is carried to "If not, Will should …" and to "; Will gets mail …" (a verb
    that the modal cannot take), never to "Will you …?"."""
    word = text[start:end]
    if word.lower() not in STOP_WORDS:
        return False
    if word.lower() == "may":
        return True
    if _NOT_AFTER_MODAL.match(text, end):
        return False
    return _SENTENCE_START.search(text, max(0, start - 4), start) is not None


# A finite verb right after the word: "Will gets", "Will has", "Will called" — the name, not the modal.
_NOT_AFTER_MODAL = re.compile(r"[ \t]+(?:is|was|has|does|says|gets|lives|works|needs|wants|called|said|[a-z]{3,}ed)\b")


# Round 20. A capitalised word right after a carried given name: "Faleolo Sapolu" after "Faleolo" was found alone
_NEXT_TITLE_WORD = re.compile(r"[ \t]+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'-])")


def _surname_after(text: str, end: int) -> int:
    """Round 20. The end of a carried one-word name, over a surname right after it that no list of English or
    everyday words, places or organisations holds ("Faleolo Sapolu"; not "Faleolo Street")."""
    if end == 0 or not text[end - 1].isalpha() or not text[end - 1].islower():
        return end
    m = _NEXT_TITLE_WORD.match(text, end)
    if m is None:
        return end
    w = m.group(1)
    g = gazetteer()
    if english_word(w.lower()) or g.is_common(w) or w.lower() in STOP_WORDS or w.lower() in NOT_NAMES | ORG_WORDS:
        return end
    if fold(w) in PLACE_HEADS or fold(w) in region_names():
        return end
    return m.end(1)


@lru_cache(maxsize=256)
def _mentions(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The terms as whole words, longest first (only where a term is empty: find_mentions refuses those)."""
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(n) for n in terms) + r")(?:(?![\w'-])|(?='s\b))")


def _occurrences(text: str, names: dict[str, float]) -> Iterator[tuple[int, int]]:
    if "" not in names:
        return find_mentions(text, names)
    mention = _mentions(tuple(sorted(names, key=len, reverse=True)))
    return ((m.start(), m.end()) for m in mention.finditer(text))


def repeated_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """The findings of each text plus a PERSON finding for every other mention of a reported name."""
    names: dict[str, float] = {}
    findings = [_with_twins(text, found) for text, found in zip(texts, findings, strict=True)]
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.entity_type == "PERSON" and f.score >= REPORTED:
                value = text[f.start : f.end]
                for term in _carried(" ".join((base64_words(value) or value).split())):
                    names[term] = max(names.get(term, 0.0), f.score)
            elif f.entity_type == "EMAIL_ADDRESS" and f.score >= REPORTED:
                for term in _email_terms(text[f.start : f.end]):
                    names[term] = max(names.get(term, 0.0), EMAIL_SCORE)
    if not names:
        return [list(found) for found in findings]
    full = _full_names(texts, findings)
    out = []
    for text, found in zip(texts, findings, strict=True):
        taken = _Spans([(f.start, f.end) for f in found if f.entity_type in ("PERSON", "EMAIL_ADDRESS", "URL")])
        extra = [
            Finding("PERSON", start, _surname_after(text, end), names[text[start:end]], RECOGNIZER)
            for start, end in _occurrences(text, names)
            if not taken.overlaps(start, end) and not _function_word_at_sentence_start(text, start, end)
        ]
        if full and "@" in text:
            extra += [
                Finding("PERSON", start, end, score, RECOGNIZER)
                for start, end, score in _name_handles(text, full)
                if not taken.overlaps(start, end)
            ]
        out.append(resolve_overlaps([*found, *extra]) if extra else list(found))
    return out


# Round 23. A handle (a payment app's, a social network's) that spells a found person's full name: "venmo me at
# @rick-stahl-rentals" after "landlord (rick stahl)". The "@" opens a word (not an e-mail address's).
_HANDLE = re.compile(r"(?<![\w.@-])@([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){1,5})")
_HANDLE_PART = re.compile(r"[A-Za-z]+")


def _full_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[tuple[frozenset[str], float]]:
    """The words (lower case, three letters or more) of each reported name of two words or more."""
    out = []
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.entity_type == "PERSON" and f.score >= REPORTED:
                words = frozenset(w.lower() for w in _HANDLE_PART.findall(text[f.start : f.end]) if len(w) >= 3)
                if len(words) >= 2:
                    out.append((words, f.score))
    return out


def _name_handles(text: str, full: list[tuple[frozenset[str], float]]) -> Iterator[tuple[int, int, float]]:
    """Handles in ``text`` holding two words of one found full name as parts of their own."""
    at = text.find("@")
    while at >= 0:
        m = _HANDLE.match(text, at)
        if m is not None:
            parts = {p.lower() for p in _HANDLE_PART.findall(m.group(1))}
            for words, score in full:
                if len(words & parts) >= 2:
                    yield m.start(), m.end(), score
                    break
        at = text.find("@", at + 1)


def _with_twins(text: str, found: Sequence[Finding]) -> Sequence[Finding]:
    """Round 21: the findings plus each reported name's twin in the other alphabet written beside it."""
    if text.isascii():
        return found
    reported = [f for f in found if f.entity_type == "PERSON" and f.score >= REPORTED]
    twins = [
        Finding("PERSON", s, e, f.score, RECOGNIZER)
        for f in reported
        for s, e in script_twins(text, [(f.start, f.end)])
    ]
    taken = _Spans([(f.start, f.end) for f in found if f.entity_type in ("PERSON", "EMAIL_ADDRESS", "URL")])
    twins = [t for t in twins if not taken.overlaps(t.start, t.end)]
    return resolve_overlaps([*found, *twins]) if twins else found


class _Spans:
    """Spans to ask "does any of them overlap [start, end)?" of, in time logarithmic in their number (a long text
    holds hundreds of findings and as many mentions)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the greatest end among the spans up to each one: a span that starts before ``end`` overlaps [start, end)
        # if and only if its end passes ``start``, and the greatest such end decides it
        self._ends = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``s`` with ``s.start < end and start < s.end`` is among them."""
        i = bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._ends[i - 1] > start
