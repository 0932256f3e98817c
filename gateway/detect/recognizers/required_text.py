"""What a regular expression cannot match without: one of a few fixed strings, read off the pattern itself.

``(?i:\\bpassport)[ \\t]*(?:no|number)`` cannot match a text that lacks "passport" in any case; a text without it
need not be searched. ``required_text`` walks the parsed pattern and keeps, of the strings every match must
contain, the most selective it can prove: a run of literal characters, the alternatives of a group (one of
them), the body of a repeat taken at least once. Anything it cannot read (a class, a lookaround, a back
reference, syntax Python's parser does not know) proves nothing, so the answer is only ever broader than the
pattern: ``None`` when nothing is known. Apart from strings, a pattern may be shown to need a digit (``\\d``,
``[0-9]`` or a digit taken at least once), which a text without one lacks, or a character outside ASCII (a class
of other scripts' letters, taken at least once, matched case-sensitively), which an ASCII text lacks.

Case-insensitive parts are compared on the lower-cased text, and only on an ASCII text: Unicode case folding
matches a few non-ASCII characters to ASCII letters (the Kelvin sign to "k", the long s to "s"). Other letters
outside ASCII (``(?i:водительское)``) are kept in their lower case: such a string is never found in an ASCII text,
which no such letter can match either, and a text that is not ASCII is not decided by these strings.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

import regex

try:  # Python 3.11 names the parser re._parser; 3.10 sre_parse
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

_UNICODE_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}")  # the `regex` module's \p{Lu}; a class, so no literal
_ANY_DIGIT = regex.compile(r"\d")  # any digit, by the matching engine's own Unicode tables
_ESCAPE = re.compile(r"\\[pPNx]\{[^}]*\}|\\.", re.DOTALL)  # an escape, with a braced name if it has one
# Syntax Python's parser would read as literal text where the `regex` module reads something else: a POSIX class
# ([[:alpha:]]), a brace that is not a repeat count (a fuzzy match: (?:abc){e<=1}), a version or full-case flag.
_OTHER_MEANING = re.compile(r"\[\[:|\{(?!\d*,?\d*\})|\(\?[a-zA-Z]*[Vf]")
_OTHER_FLAGS = int(regex.V1 | regex.FULLCASE)


class TextFacts:
    """What the checks ask of one text, each worked out once: its lower case, whether it is ASCII, whether it
    holds a digit (by the matching engine's own tables)."""

    __slots__ = ("_digit", "ascii", "lowered", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self.ascii = text.isascii()
        self._digit: bool | None = None

    @property
    def digit(self) -> bool:
        if self._digit is None:
            self._digit = _ANY_DIGIT.search(self.text) is not None
        return self._digit


_LAST = threading.local()  # the facts of the text this thread looked at last


def text_facts(text: str) -> TextFacts:
    """The facts of ``text``, shared by every recognizer that asks about the same text on this thread."""
    facts: TextFacts | None = getattr(_LAST, "facts", None)
    if facts is None or facts.text is not text:
        facts = _LAST.facts = TextFacts(text)
    return facts


@dataclass(frozen=True, slots=True)
class RequiredText:
    """One of ``exact`` must occur in the text as written, or one of ``folded`` in the lower-cased text (no
    strings at all: no such condition); and a digit, if ``digit``; and a character outside ASCII, if ``nonascii``."""

    exact: tuple[str, ...]
    folded: tuple[str, ...]
    digit: bool = False
    nonascii: bool = False

    def absent(self, text: str, lowered: str) -> bool:
        """True when no match is possible: no digit where one is needed, or none of the strings occurs
        (``lowered`` is ``text.lower()``)."""
        if self.digit and _ANY_DIGIT.search(text) is None:
            return True
        if self.nonascii and text.isascii():
            return True
        if not (self.exact or self.folded) or (self.folded and not text.isascii()):
            return False  # no string known, or case folding beyond ASCII: not decided here
        return not any(s in text for s in self.exact) and not any(s in lowered for s in self.folded)

    def absent_in(self, facts: TextFacts) -> bool:
        """``absent`` on a text's facts."""
        if self.digit and not facts.digit:
            return True
        if self.nonascii and facts.ascii:
            return True
        if not (self.exact or self.folded) or (self.folded and not facts.ascii):
            return False
        # ``s in text`` for each string, as a C loop (no generator frame per string)
        return not any(map(facts.text.__contains__, self.exact)) and not any(
            map(facts.lowered.__contains__, self.folded)
        )


_Alternatives = tuple[tuple[str, bool], ...]  # (string, case-insensitive)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


_SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


def required_text(pattern: str, flags: int = 0) -> RequiredText | None:
    """The strings one of which every match of ``pattern`` contains, or None if none can be proved."""
    if flags & _OTHER_FLAGS or _OTHER_MEANING.search(_ESCAPE.sub("", pattern)):
        return None
    try:
        # the `regex` module's flags: only these mean the same in `re`; its ASCII is `re`'s DEBUG (a parse dump)
        parsed = _p.parse(_UNICODE_PROPERTY.sub(r"\\w", pattern), flags & _SHARED_FLAGS)
    except (re.error, OverflowError, RecursionError):
        return None
    items = list(parsed)
    found = _sequence(items, bool(parsed.state.flags & re.IGNORECASE)) or ()
    digit = _needs_digit(items)
    nonascii = _needs_nonascii(items, bool(parsed.state.flags & re.IGNORECASE))
    if not found and not digit and not nonascii:
        return None
    exact = tuple(s for s, folded in found if not folded)
    return RequiredText(exact, tuple(s for s, folded in found if folded), digit, nonascii)


def _digits_only(members: list[tuple[Any, Any]]) -> bool:
    """A character class every member of which is a digit: [0-9], \\d, [2-9], [\\d]."""
    for op, arg in members:
        if op is _c.LITERAL and chr(arg) in "0123456789":
            continue
        if op is _c.RANGE and 48 <= arg[0] <= arg[1] <= 57:
            continue
        if op is _c.CATEGORY and arg is _c.CATEGORY_DIGIT:
            continue
        return False  # NEGATE, letters, other categories
    return bool(members)


def _needs_digit(items: list[tuple[Any, Any]]) -> bool:
    """Whether every match of the sequence passes through a digit."""
    for op, arg in items:
        if op is _c.LITERAL and chr(arg) in "0123456789":
            return True
        if op is _c.IN and _digits_only(list(arg)):
            return True
        if op is _c.SUBPATTERN and _needs_digit(list(arg[3])):
            return True
        if op in _REPEATS and arg[0] >= 1 and _needs_digit(list(arg[2])):
            return True
        if op is _c.BRANCH and all(_needs_digit(list(branch)) for branch in arg[1]):
            return True
        if op is getattr(_c, "ATOMIC_GROUP", None) and _needs_digit(list(arg)):
            return True
    return False


def _beyond_ascii_only(members: list[tuple[Any, Any]]) -> bool:
    """A character class every member of which lies outside ASCII: [\\u0600-\\u06ff\\u3041-\\u30ff]."""
    for op, arg in members:
        if op is _c.LITERAL and arg > 0x7F:
            continue
        if op is _c.RANGE and arg[0] > 0x7F:
            continue
        return False  # NEGATE, categories, ASCII members
    return bool(members)


def _needs_nonascii(items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    """Whether every match of the sequence passes through a character outside ASCII, matched case-sensitively
    (under case folding a few such characters match ASCII letters: the Kelvin sign "k", the long s "s")."""
    for op, arg in items:
        if op is _c.LITERAL and arg > 0x7F and not ignore_case:
            return True
        if op is _c.IN and not ignore_case and _beyond_ascii_only(list(arg)):
            return True
        if op is _c.SUBPATTERN:
            _group, add, remove, body = arg
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if _needs_nonascii(list(body), case):
                return True
        if op in _REPEATS and arg[0] >= 1 and _needs_nonascii(list(arg[2]), ignore_case):
            return True
        if op is _c.BRANCH and all(_needs_nonascii(list(branch), ignore_case) for branch in arg[1]):
            return True
        if op is getattr(_c, "ATOMIC_GROUP", None) and _needs_nonascii(list(arg), ignore_case):
            return True
    return False


def folds_to_ascii(char: str) -> bool:
    """Whether a character outside ASCII may match an ASCII one case-insensitively (the Kelvin sign "k", the long s
    "s", the dotless i "I"): one of its cases is or holds an ASCII letter. Any other, such as a Cyrillic letter,
    matches no character of an ASCII text, so a string of them in the lower-cased text is never found there, which
    is what such a text deserves (the strings are compared on ASCII texts only)."""
    return not char.isascii() and any(c.isascii() for c in char.lower() + char.upper() + char.casefold() + char.title())


def _score(alternatives: _Alternatives) -> tuple[int, int]:
    return min(len(s) for s, _ in alternatives), -len(alternatives)


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> _Alternatives | None:
    """The best requirement among the items of a sequence, every one of which a match passes through."""
    best: _Alternatives | None = None
    run: list[str] = []

    def consider(candidate: _Alternatives | None) -> None:
        nonlocal best
        if candidate and all(s for s, _ in candidate) and (best is None or _score(candidate) > _score(best)):
            best = candidate

    def flush() -> None:
        if run:
            consider((("".join(run), ignore_case),))
            run.clear()

    for op, arg in items:
        if op is _c.LITERAL:
            char = chr(arg)
            if ignore_case and folds_to_ascii(char):
                flush()  # the Kelvin sign matches "k", the long s "s": not a string of the lower-cased text
            else:
                run.append(char.lower() if ignore_case else char)
            continue
        flush()
        if op is _c.SUBPATTERN:
            _group, add, remove, body = arg
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            consider(_sequence(list(body), case))
        elif op in _REPEATS:
            low, _high, body = arg
            if low >= 1:
                consider(_sequence(list(body), ignore_case))
        elif op is _c.BRANCH:
            alternatives: list[tuple[str, bool]] = []
            for branch in arg[1]:
                found = _sequence(list(branch), ignore_case)
                if not found:
                    break
                alternatives.extend(found)
            else:
                consider(tuple(dict.fromkeys(alternatives)))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            consider(_sequence(list(arg), ignore_case))
        # anything else (a class, any character, an anchor, a lookaround, a back reference) proves nothing
    flush()
    return best
