"""Whole-word occurrences of a set of terms, found with ``str.find`` instead of a regex compiled per set.

Matches exactly what ``re.compile(r"(?<![\\w'-])(?:t1|t2|...)(?:(?![\\w'-])|(?='s\\b))")`` with the terms longest
first finds with ``finditer`` (a possessive ``'s`` bounds a term too: "jenna's car"): at each position the
longest term bounded on both sides wins, and the search goes on after its end. Compiling that alternation costs
more than the whole search when every request brings new names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def _joins(ch: str) -> bool:
    """Whether ``ch`` would continue a word: ``\\w`` (letters, digits, ``_``), an apostrophe or a hyphen."""
    return ch.isalnum() or ch in "_'-"


def _bounded_end(text: str, end: int) -> bool:
    if end == len(text) or not _joins(text[end]):
        return True
    after = end + 2
    return text.startswith("'s", end) and (after == len(text) or not (text[after].isalnum() or text[after] == "_"))


def find_mentions(text: str, terms: Iterable[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each whole-word occurrence of a non-empty term, left to right, never overlapping."""
    best: dict[int, int] = {}  # start -> the longest bounded end there
    for term in set(terms):
        if not term:
            raise ValueError("an empty term matches everywhere")
        size = len(term)
        at = text.find(term)
        while at >= 0:
            end = at + size
            bounded = (at == 0 or not _joins(text[at - 1])) and _bounded_end(text, end)
            if bounded and best.get(at, -1) < end:
                best[at] = end
            at = text.find(term, at + 1)
    resume = 0
    for start in sorted(best):
        if start >= resume:
            resume = best[start]
            yield start, resume
