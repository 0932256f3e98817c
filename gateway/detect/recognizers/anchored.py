"""A pattern's matches, looked for only near a word every match contains.

A pattern that opens with an alternation of many words with no common literal ("Texas license", "my license",
"NY license", "her New York license") is tried by the matching engine at every position of a text: at 20 KB that
is thousands of failed alternations. Each such pattern holds a later word every match contains (the licence word)
and, before that word, at most a few runs of spaces or tabs and no line break. ``AnchoredRegex`` finds that word
with a cheap search (the anchor), and tries the pattern only at the positions from which a match could reach it:
the anchor's own word and the ``words`` words before it on its line. It yields the same matches as the pattern's
own ``finditer`` (same spans, same groups, same order), because it tries every start a match can have, in order,
with the pattern itself (``match`` at a position sees the text around it, as ``finditer`` does).

What the caller proves for each pattern (``tests/unit/detect/test_anchored.py`` checks the matches on every corpus
text): every match contains a match of ``anchor`` (under the same case rules: the anchor is the pattern's own
words, compiled with the same module and flags), and the text from the match's start to that anchor holds no line
break and at most ``words`` runs of spaces and tabs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from gateway.detect.recognizers.required_text import folds_to_ascii, text_facts
from gateway.detect.text_memo import remembered

try:  # Python 3.11 names the parser re._parser; 3.10 sre_parse
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

_BLANK_RUNS: dict[int, Any] = {}
_WORD_START = regex.compile(r"\b\w")


def _back(words: int) -> Any:
    """Matched backwards from a position: the rest of the word it stands in, then up to ``words`` runs of spaces
    or tabs with the word before each (greedy, so as far back as the line allows)."""
    compiled = _BLANK_RUNS.get(words)
    if compiled is None:
        compiled = _BLANK_RUNS[words] = regex.compile(rf"(?r)(?:[^ \t\n]*[ \t]+){{0,{words}}}[^ \t\n]*")
    return compiled


@dataclass(frozen=True, slots=True)
class Anchor:
    """Words a match contains: ``folded`` in any case, ``folded_word`` in any case at a word's start (``\\b``
    before it), ``exact`` as written. All are plain text, no syntax."""

    folded: tuple[str, ...] = ()
    folded_word: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    ascii_only: bool = False  # the words are complete on ASCII texts only: elsewhere the pattern searches alone

    def regex(self) -> str:
        """The same words as one pattern of the ``regex`` module (its case rules are the pattern's own)."""
        parts = []
        if self.folded_word:
            parts.append(r"\b(?:" + "|".join(map(regex.escape, self.folded_word)) + ")")
        parts.extend(map(regex.escape, self.folded))
        alternatives = [f"(?i:{'|'.join(parts)})"] if parts else []
        alternatives.extend(map(regex.escape, self.exact))
        return "|".join(alternatives)

    def positions(self, text: str, lowered: str) -> list[int]:
        """Where the words start in an ASCII ``text`` (``lowered`` is its lower case), in order: on ASCII text, a
        letter in any case matches only itself in the other case, and ``re``'s ``\\b`` is ``regex``'s."""
        return remembered(text, self, lambda: self._found(text, lowered))  # two patterns may share an anchor

    def _found(self, text: str, lowered: str) -> list[int]:
        if len(self.folded) + len(self.folded_word) + len(self.exact) <= _FEW_WORDS:
            return self._found_one_by_one(text, lowered)
        folded, exact = _finders(self)
        found = [m.start() for m in folded.finditer(lowered)] if folded is not None else []
        if exact is not None:
            found = sorted(set(found).union(m.start() for m in exact.finditer(text)))
        return found

    def _found_one_by_one(self, text: str, lowered: str) -> list[int]:
        """``positions`` by ``str.find``, word by word (quicker than a pattern for a few words)."""
        found: set[int] = set()
        for words, haystack, word_start in (
            (self.folded, lowered, False),
            (self.folded_word, lowered, True),
            (self.exact, text, False),
        ):
            for word in words:
                at = haystack.find(word)
                while at >= 0:
                    if not word_start or at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
                        found.add(at)
                    at = haystack.find(word, at + 1)
        return sorted(found)


_FEW_WORDS = 24  # up to so many words, str.find one by one; more, one pattern (measured at 20 KB: 19 and 50 words)
_FINDERS: dict[Anchor, tuple[Any, Any]] = {}


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a tree of their letters (``re`` tries a tree's branches by one character)."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    parts = []
    for head, rests in sorted(heads.items()):
        longer = [r for r in rests if r]
        if not longer:
            parts.append(re.escape(head))
        elif len(longer) < len(rests):
            parts.append(f"{re.escape(head)}(?:{_trie(longer)})?")
        else:
            parts.append(f"{re.escape(head)}(?:{_trie(longer)})")
    return "|".join(parts)


def _finders(anchor: Anchor) -> tuple[Any, Any]:
    """``re`` patterns that find, at each position where one starts (overlapping too), the anchor's folded words
    in the lower-cased text and its exact words in the text."""
    finders = _FINDERS.get(anchor)
    if finders is None:
        folded = []
        if anchor.folded_word:
            folded.append(rf"\b(?={_trie(sorted(set(anchor.folded_word)))})")
        if anchor.folded:
            folded.append(f"(?={_trie(sorted(set(anchor.folded)))})")
        finders = _FINDERS[anchor] = (
            re.compile("|".join(folded)) if folded else None,
            re.compile(f"(?={_trie(sorted(set(anchor.exact)))})") if anchor.exact else None,
        )
    return finders


class AnchoredRegex:
    """``compiled.finditer`` on the positions near ``anchor``'s matches (see the module's doc). ``word_start``: the
    pattern's every match starts at a word's start (it opens with ``\\b`` and a letter), so only those are tried.
    With ``words`` 0, ``word_start`` and only ``folded_word`` words, the anchor must stand where the match starts (as
    the beginnings ``word_prefixes`` reads do): only the anchors are tried."""

    __slots__ = ("_anchor_regex", "anchor", "back", "compiled", "word_start", "words")

    def __init__(self, compiled: Any, anchor: Anchor, words: int, *, word_start: bool = False) -> None:
        self.compiled = compiled
        self.anchor = anchor
        self._anchor_regex = regex.compile(anchor.regex())
        self.words = words
        self.word_start = word_start
        self.back = _back(words)

    @property
    def pattern(self) -> str:
        return str(self.compiled.pattern)

    def search(self, text: str, pos: int = 0) -> Any:
        """The first match from ``pos``, as ``compiled.search(text, pos)`` finds it."""
        return next(self.finditer(text, pos), None)

    def anchors(self, text: str) -> list[int] | None:
        """Where the anchor's words start in ``text``, in order (None: not known on this text)."""
        facts = text_facts(text)
        if facts.ascii:
            return self.anchor.positions(text, facts.lowered)
        if self.anchor.ascii_only:
            return None
        return [m.start() for m in self._anchor_regex.finditer(text, overlapped=True)]

    def starts(self, text: str) -> Iterator[int]:
        """Every position a match can start at, in order, each once."""
        back = self.back
        tried = 0  # positions before this one were given already
        anchors = self.anchors(text)
        if anchors is None:
            yield from range(len(text) + 1)
            return
        if self.words == 0 and self.word_start and not (self.anchor.folded or self.anchor.exact):
            yield from anchors  # each a word's start, where the match starts (see the class's doc)
            return
        for end in anchors:
            if end < tried:
                continue
            first = back.match(text, 0, end)
            start = max(first.start() if first is not None else end, tried)
            if self.word_start:
                yield from (m.start() for m in _WORD_START.finditer(text, start, end + 1))
            else:
                yield from range(start, end + 1)
            tried = end + 1

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[Any]:
        """The pattern's matches in ``text`` from ``pos``, as ``compiled.finditer(text, pos)`` yields them (``compiled``
        of the ``regex`` module or of ``re``; ``timeout`` for the former only)."""
        # a `regex` pattern takes a timeout; a pattern of Python's `re` (no timeout) is called without one
        limit: dict[str, float] = {} if timeout is None else {"timeout": timeout}
        if self.anchor.ascii_only and not text_facts(text).ascii:
            yield from self.compiled.finditer(text, pos, **limit)
            return
        match = self.compiled.match
        resume = pos  # where the next match may start: the end of the last one
        for start in self.starts(text):
            if start < resume:
                continue
            found = match(text, start, **limit)
            if found is not None:
                if found.end() == found.start():  # an empty match: not a shape these patterns have; search as before
                    yield from self.compiled.finditer(text, start, **limit)
                    return
                yield found
                resume = found.end()


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_MOST_PREFIXES = 2000
_Prefixes = set[tuple[str, bool]]  # (the lower-cased text matched so far, whether the rest may follow it)


def word_prefixes(pattern: str, flags: int = 0, length: int = 3) -> tuple[str, ...] | None:
    """How every match of ``pattern`` in an ASCII text begins, lower-cased: strings of up to ``length``
    characters, read off the pattern (its literals, small classes, alternations, optional parts), or None when some
    match may begin otherwise (a large class, any character, a repeat taken many times, a letter outside ASCII that
    may match an ASCII one). Lookarounds and anchors are passed over (they only narrow), and a part that can match
    no ASCII text (a letter of another script) is left out, so the answer holds on ASCII texts only."""
    try:
        parsed = _p.parse(pattern, flags & (regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE))
    except (re.error, OverflowError, RecursionError):
        return None
    found = _sequence_prefixes(list(parsed), bool(parsed.state.flags & re.IGNORECASE), length)
    if found is None or not found or any(not text for text, _ in found):
        return None
    return tuple(sorted({text for text, _ in found}))


def _char_prefixes(code: int, ignore_case: bool) -> _Prefixes | None:
    char = chr(code)
    if char.isascii():
        return {(char.lower(), True)}
    if ignore_case and folds_to_ascii(char):
        return None
    return set()  # matches no character of an ASCII text


def _class_prefixes(members: list[tuple[Any, Any]], ignore_case: bool) -> _Prefixes | None:
    out: _Prefixes = set()
    for op, arg in members:
        if op is _c.LITERAL:
            one = _char_prefixes(arg, ignore_case)
            if one is None:
                return None
            out |= one
        elif op is _c.RANGE and arg[1] - arg[0] < 16:
            for code in range(arg[0], arg[1] + 1):
                one = _char_prefixes(code, ignore_case)
                if one is None:
                    return None
                out |= one
        else:
            return None  # a category, a negation, a large range
    return out


def _item_prefixes(op: Any, arg: Any, ignore_case: bool, length: int) -> _Prefixes | None:
    """The texts one item of a parsed pattern may begin with (None: unknown)."""
    if op is _c.LITERAL:
        return _char_prefixes(arg, ignore_case)
    if op is _c.IN:
        return _class_prefixes(list(arg), ignore_case)
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op is _c.SUBPATTERN:
        _group, add, remove, body = arg
        case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence_prefixes(list(body), case, length)
    if op is _c.BRANCH:
        out: _Prefixes = set()
        for branch in arg[1]:
            one = _sequence_prefixes(list(branch), ignore_case, length)
            if one is None:
                return None
            out |= one
        return out
    if op in _REPEATS:
        low, high, body = arg
        once = _sequence_prefixes(list(body), ignore_case, length)
        if once is None:
            return None
        if high <= 1:
            return once | {("", True)} if low == 0 else once
        if low == 0:
            return None  # taken any number of times: what follows may start anywhere in it
        return {(text, False) for text, _ in once}  # its first time; then no more is read
    return None


def _sequence_prefixes(items: list[tuple[Any, Any]], ignore_case: bool, length: int) -> _Prefixes | None:
    current: _Prefixes = {("", True)}
    for op, arg in items:
        if not any(more and len(text) < length for text, more in current):
            break
        item = _item_prefixes(op, arg, ignore_case, length)
        following: _Prefixes = set()
        for text, more in current:
            if not more or len(text) >= length:
                following.add((text[:length], False))
            elif item is None:
                following.add((text, False))
            else:
                for tail, tail_more in item:
                    joined = text + tail
                    following.add((joined[:length], tail_more and len(joined) < length))
        if len(following) > _MOST_PREFIXES:
            return None
        current = following
    return current


_CAPS_DIGITS_WORD = re.compile(r"\b[A-Z0-9]*[0-9][A-Z0-9]*\b")  # on ASCII text: a word of capitals and digits


def _caps_digits_words(text: str) -> tuple[list[int], list[int]]:
    """Where the words of capitals and digits start in ``text``: those of digits only, and those with a capital
    (worked out once per text: the patterns of a recognizer share them)."""
    return remembered(text, (_CAPS_DIGITS_WORD, "starts"), lambda: _caps_digits_starts(text))


def _caps_digits_starts(text: str) -> tuple[list[int], list[int]]:
    digits: list[int] = []
    mixed: list[int] = []
    for m in _CAPS_DIGITS_WORD.finditer(text):
        (digits if m.group().isdigit() else mixed).append(m.start())
    return digits, mixed


class WordShapes:
    """``compiled.finditer`` for a pattern (of the ``regex`` module) whose every match, on an ASCII text, is a whole
    word of capitals and digits that holds a digit: ``\\b`` at both ends and nothing but ``[A-Z0-9]`` between (no
    boundary inside, so the match is the whole word), and with ``capital`` one that holds a capital too, without
    it one of digits only. It is tried only at the starts of such words, with the pattern itself (``match`` at a
    position sees the text around it), so the matches are the same. A text that is not ASCII, or holds one of
    ``unless`` (what a branch of another shape needs), is searched whole.

    What the caller proves (``tests/unit/detect/test_anchored.py`` checks the matches on every corpus text): every
    match on a text without ``unless`` is such a word."""

    __slots__ = ("capital", "compiled", "unless")

    def __init__(self, compiled: Any, *, capital: bool, unless: tuple[str, ...] = ()) -> None:
        self.compiled = compiled
        self.capital = capital
        self.unless = unless

    @property
    def pattern(self) -> str:
        return str(self.compiled.pattern)

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[Any]:
        if pos or not text_facts(text).ascii or any(word in text for word in self.unless):
            return self.compiled.finditer(text, pos, timeout=timeout)  # type: ignore[no-any-return]
        return self._at_words(text, timeout)

    def _at_words(self, text: str, timeout: float | None) -> Iterator[Any]:
        match = self.compiled.match
        for start in _caps_digits_words(text)[1 if self.capital else 0]:
            found = match(text, start, timeout=timeout)
            if found is not None:
                yield found
