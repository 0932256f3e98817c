"""Normaliser steps for markings written to slip past a pattern (normalize.py calls them on its builder):

- inline HTML tags inside a word render as nothing: ``<span>SE</span><span>CRET</span>`` reads ``SECRET``
  (tags between a letter and a digit, and block tags, stay a space: the normaliser's tag step);
- a marking word spelled letter by letter with hyphens closes up: ``C-O-N-F-I-D-E-N-T-I-A-L``, ``s-e-c-r-e-t``;
- a portion mark spaced inside its parentheses closes up: ``( S // NF )`` reads ``(S//NF)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

_INLINE = r"</?(?i:span|b|i|em|strong|u|s|font|small|sup|sub|a|abbr|code|mark|ins|del|kbd|var|tt)(?:\s[^<>]{0,200})?/?>"
_INLINE_IN_WORD = re.compile(rf"(?<=[A-Za-z])(?:{_INLINE})+(?=[A-Za-z])|(?<=\d)(?:{_INLINE})+(?=\d)")
_HYPHEN_SPELLED = re.compile(r"(?<![\w-])(?:[A-Za-z]-){2,}[A-Za-z](?![\w-])")
_SPELLED_WORDS = frozenset(
    {"SECRET", "TOPSECRET", "CONFIDENTIAL", "UNCLASSIFIED", "CLASSIFIED", "NOFORN", "CUI", "FOUO", "ORCON"}
    | {"CONTROLLED", "SENSITIVE", "RESTRICTED", "NOCONTRACT", "PROPIN", "RELIDO"}
)
_SPACED_PORTION = re.compile(
    r"\([ \t]*(?:TS|S|C|U|CUI)[ \t]*//[ \t]*[A-Z][A-Z0-9-]*(?:[ \t]*/{1,2}[ \t]*[A-Z][A-Z0-9-]*)*[ \t]*\)"
)


# a match's replacement and, per character, where it comes from (normalize.Rel)
Replacer = Callable[[re.Match[str]], tuple[str, Sequence[int | tuple[int, int]]] | None]


class Builder(Protocol):
    text: str

    def rewrite(self, pattern: re.Pattern[str], fn: Replacer) -> None: ...  # normalize._Builder.rewrite


def join_inline_tags(b: Builder) -> None:
    """Before the tag step: inline tags between two letters or two digits go."""
    b.rewrite(_INLINE_IN_WORD, lambda m: ("", []))


def undo_marking_disguises(b: Builder) -> None:
    """After the character steps, before markings are joined and upper-cased."""
    if "-" in b.text:
        b.rewrite(_HYPHEN_SPELLED, _hyphen_spelled)
    if "(" in b.text and "//" in b.text:
        b.rewrite(_SPACED_PORTION, _close_portion)


def _hyphen_spelled(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c != "-"]
    joined = "".join(run[i] for i in keep).upper()
    return (joined, keep) if joined in _SPELLED_WORDS else None


def _close_portion(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c not in " \t"]
    return ("".join(run[i] for i in keep), keep) if len(keep) < len(run) else None
