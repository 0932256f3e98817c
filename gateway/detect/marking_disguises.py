"""Normaliser steps for markings written to slip past a pattern (normalize.py calls them on its builder):

- inline HTML tags inside a word render as nothing: ``<span>SE</span><span>CRET</span>`` reads ``SECRET``
  (tags between a letter and a digit, and block tags, stay a space: the normaliser's tag step);
- a marking word spelled letter by letter with hyphens closes up: ``C-O-N-F-I-D-E-N-T-I-A-L``, ``s-e-c-r-e-t``;
- a portion mark spaced inside its parentheses closes up: ``( S // NF )`` reads ``(S//NF)``;
- a banner broken into short lines of capitals closes up: ``SE⏎CRET//NO⏎FORN`` reads ``SECRET//NOFORN``;
- a portion mark's level with digits for letters reads as the level: ``(5//NF)``, ``(T5//SI)`` read ``(S//NF)``,
  ``(TS//SI)``.

After detection, ``disguised_markings`` reports a marking word that reached the patterns only through such an
undoing (``TOP<zero-width> SECRET``, ``CUI`` in full-width letters, ``S3CRET``, ``C.U.I.``): nobody disguises the word
who is not hiding a marking, so the word counts even without the ``//`` or the position a marking needs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from gateway.detect.findings import Finding

if TYPE_CHECKING:
    from gateway.detect.normalize import Normalized

_INLINE = r"</?(?i:span|b|i|em|strong|u|s|font|small|sup|sub|a|abbr|code|mark|ins|del|kbd|var|tt)(?:\s[^<>]{0,200})?/?>"
_INLINE_IN_WORD = re.compile(rf"(?<=[A-Za-z])(?:{_INLINE})+(?=[A-Za-z])|(?<=\d)(?:{_INLINE})+(?=\d)")
# (round 24: a run of such words, set apart by blanks: "S-E-N-S-I-T-I-V-E  S-E-C-U-R-I-T-Y  I-N-F-O-R-M-A-T-I-O-N",
# "G-i-a-n-c-a-r-l-o  B-e-l-l-u-c-c-i"; bounded, possessive)
_HYPHEN_SPELLED = re.compile(
    r"(?<![\w-])(?:[A-Za-z]-){1,}+[A-Za-z](?:[ \t]{1,3}+(?:[A-Za-z]-){1,}+[A-Za-z]){0,5}+(?![\w-])"
)
# the other words of the legacy markings' phrases ("SENSITIVE SECURITY INFORMATION", "LAW ENFORCEMENT SENSITIVE")
_PHRASE_PARTS = frozenset({"SECURITY", "INFORMATION", "LAW", "ENFORCEMENT", "FOR", "OFFICIAL", "USE", "ONLY", "BUT"})
_SPELLED_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_SPELLED_WORDS = frozenset(
    {"SECRET", "TOPSECRET", "CONFIDENTIAL", "UNCLASSIFIED", "CLASSIFIED", "NOFORN", "CUI", "FOUO", "ORCON"}
    | {"CONTROLLED", "SENSITIVE", "RESTRICTED", "NOCONTRACT", "PROPIN", "RELIDO"}
)
_SPACED_PORTION = re.compile(
    r"\([ \t]*(?:TS|S|C|U|CUI)[ \t]*//[ \t]*[A-Z][A-Z0-9-]*(?:[ \t]*/{1,2}[ \t]*[A-Z][A-Z0-9-]*)*[ \t]*\)"
)

_DIGIT_PORTION = re.compile(r"(?<=\()(?:[T7][S5]|5)(?=[ \t]*//[ \t]*[A-Z][A-Z0-9-]+[ \t]*[/)])")
_PORTION_DIGITS = str.maketrans("57", "ST")

# a match's replacement and, per character, where it comes from (normalize.Rel)
Replacer = Callable[[re.Match[str]], tuple[str, Sequence[int | tuple[int, int]]] | None]


class Builder(Protocol):
    text: str

    def rewrite(self, pattern: re.Pattern[str], fn: Replacer) -> None: ...  # normalize._Builder.rewrite


def join_inline_tags(b: Builder) -> None:
    """Before the tag step: inline tags between two letters or two digits go."""
    b.rewrite(_INLINE_IN_WORD, lambda m: ("", []))


# a line of capitals only, some wrapped in Markdown emphasis or code ticks: "**SENSITIVE** _SECURITY_ **INFORMATION**",
# "`CUI//SP-PRVCY`"
# (the word's run is possessive: a backtracking run split over the repeats is exponential in a long line of capitals)
_EMPHASISED_LINE = re.compile(r"(?m)^[ \t]*(?=[^\n]*[*_`~])(?:[*_`~]{0,3}[A-Z][A-Z0-9/-]*+[*_`~]{0,3}[ \t]*){1,8}$")
_EMPHASIS = "*_`~"
_BANNER_WORDS = frozenset(
    {"SECRET", "CONFIDENTIAL", "CUI", "FOUO", "NOFORN", "SENSITIVE", "SSI", "CLASSIFIED", "CONTROLLED", "ORCON"}
)
# two to four capital pieces on a banner line with "//", each too short to be the word: "SE CRET // NO FORN"
_SPLIT_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{1,6}(?:[ \t][A-Z]{1,6}){1,3}(?![A-Za-z])")
_SPLIT_WORDS = frozenset({"SECRET", "CONFIDENTIAL", "NOFORN", "ORCON", "RELIDO", "PROPIN", "UNCLASSIFIED"})


# round 16: a banner broken into short lines of capitals, as an OCR of a scanned header leaves it: "C⏎UI//SP-PR⏎VCY"
# (each line eight characters at most, six lines at most; the runs are possessive)
_BROKEN_BANNER = re.compile(r"(?m)^[A-Z][A-Z/-]{0,7}+(?=\r?\n)(?:\r?\n[A-Z/-]{1,8}+(?=\r?\n|\Z)){1,5}+")
_WHOLE_BANNER = re.compile(r"(?:CUI|SECRET|TOPSECRET|CONFIDENTIAL|UNCLASSIFIED|U)//[A-Z][A-Z/-]*")


# round 20: a marking phrase inside a sentence, its words wrapped in Markdown emphasis piece by piece ("the header
# is **FOR OFFICIAL** _USE ONLY_"): the emphasis parts what the patterns read as one phrase (the runs are possessive)
_EMPHASISED_WORDS = re.compile(
    r"(?<![\w*`~])[*_`~]{0,3}+[A-Z]++[*_`~]{0,3}+(?:[ \t]++[*_`~]{0,3}+[A-Z]++[*_`~]{0,3}+){1,5}+(?![\w*`~])"
)
_PHRASES = (
    "FOR OFFICIAL USE ONLY",
    "TOP SECRET",
    "LAW ENFORCEMENT SENSITIVE",
    "CONTROLLED UNCLASSIFIED INFORMATION",
    "SENSITIVE BUT UNCLASSIFIED",
    "SENSITIVE SECURITY INFORMATION",
)
_PHRASE_WORDS = ("OFFICIAL", "SECRET", "SENSITIVE", "UNCLASSIFIED")


# round 29: a marking's acronym spelled a letter at a time inside Markdown emphasis, "_p c i i_", "**F O U O**" (the
# emphasis is a word character to the spacing step, which leaves it): it closes up, in capitals, without the emphasis
_EMPHASISED_SPELLED = re.compile(r"(?<![\w*`~])([*_`~]{1,3})((?:[A-Za-z][ \t]){2,4}[A-Za-z])\1(?![\w*`~])")
_SPELLED_ACRONYMS = frozenset({"CUI", "FOUO", "PCII", "NOFORN"})


def _emphasised_spelled(m: re.Match[str]) -> tuple[str, list[int]] | None:
    letters = m.group(2)[::2]
    if letters.upper() not in _SPELLED_ACRONYMS:
        return None
    first = m.start(2) - m.start()
    return letters.upper(), [first + 2 * k for k in range(len(letters))]


def undo_marking_disguises(b: Builder) -> None:
    """After the character steps, before markings are joined and upper-cased."""
    if any(c in b.text for c in _EMPHASIS):
        b.rewrite(_EMPHASISED_SPELLED, _emphasised_spelled)
    if "//" in b.text and "\n" in b.text:
        b.rewrite(_BROKEN_BANNER, _join_broken_banner)
    if any(c in b.text for c in _EMPHASIS):
        b.rewrite(_EMPHASISED_LINE, _drop_emphasis)
        if any(w in b.text for w in _PHRASE_WORDS):
            b.rewrite(_EMPHASISED_WORDS, _drop_phrase_emphasis)
    if "//" in b.text:
        b.rewrite(_SPLIT_WORD, _join_split_word)
    if "-" in b.text:
        b.rewrite(_HYPHEN_SPELLED, _hyphen_spelled)
    if "(" in b.text and "//" in b.text:
        b.rewrite(_SPACED_PORTION, _close_portion)
        b.rewrite(_DIGIT_PORTION, _portion_level)


def _join_broken_banner(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c not in "\r\n"]
    joined = "".join(run[i] for i in keep)
    lines = run.replace("\r", "").split("\n")
    if _WHOLE_BANNER.fullmatch(joined) is None or any(_WHOLE_BANNER.fullmatch(line) for line in lines):
        return None  # not a banner, or one whole on its own line already
    return joined, keep


def _drop_emphasis(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    wrapping = _wrapping(run)
    keep = [i for i in range(len(run)) if i not in wrapping]
    plain = "".join(run[i] for i in keep)
    if not wrapping or not any(w in _BANNER_WORDS for w in re.split(r"[ \t/-]+", plain)):
        return None
    return plain, keep


def _drop_phrase_emphasis(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    wrapping = _wrapping(run)
    keep = [i for i in range(len(run)) if i not in wrapping]
    plain = " ".join("".join(run[i] for i in keep).split())
    if not wrapping or not any(p in plain for p in _PHRASES):
        return None
    return "".join(run[i] for i in keep), keep


def _wrapping(run: str) -> set[int]:
    """Positions of the emphasis characters that open or close a word of ``run``."""
    out: set[int] = set()
    for w in re.finditer(r"\S+", run):
        a, z = w.start(), w.end()
        while a < z and run[a] in _EMPHASIS:
            out.add(a)
            a += 1
        while z > a and run[z - 1] in _EMPHASIS:
            out.add(z - 1)
            z -= 1
    return out


def _join_split_word(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    line_end = m.string.find("\n", m.end())
    if "//" not in m.string[line_start : len(m.string) if line_end < 0 else line_end]:
        return None
    if any(p in _SPLIT_WORDS for p in run.split()):
        return None  # "TOP SECRET", a word already whole
    lead = len(run) - len(run.removeprefix("TOP").lstrip(" \t")) if run.startswith(("TOP ", "TOP\t")) else 0
    keep = [*range(lead), *(i for i in range(lead, len(run)) if run[i] not in " \t")]
    joined = "".join(run[i] for i in keep)
    return (joined, keep) if joined[lead:] in _SPLIT_WORDS else None


def _hyphen_spelled(m: re.Match[str]) -> tuple[str, list[int]] | None:
    """A marking word spelled with hyphens closes up (upper case); a run of them that makes a marking phrase, or
    two or more that make a name's shape ("G-i-a-n-c-a-r-l-o  B-e-l-l-u-c-c-i"), closes up with one blank between
    its words. Anything else stays as written ("x-y-z", "A-B-C  D-E-F")."""
    run = m.group(0)
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", run)]
    plain = [run[a:b].replace("-", "") for a, b in words]
    upper = [w.upper() for w in plain]
    phrase = len(words) > 1 and all(w in _SPELLED_WORDS or w in _PHRASE_PARTS for w in upper)
    phrase = phrase and any(w in _SPELLED_WORDS for w in upper)
    name = len(words) > 1 and all(_SPELLED_NAME_WORD.fullmatch(w) for w in plain)
    out: list[str] = []
    keep: list[int] = []
    for n, ((a, b), word) in enumerate(zip(words, upper, strict=True)):
        whole = phrase or name
        if not whole and word not in _SPELLED_WORDS:
            out.append(run[a:b])
            keep.extend(range(a, b))
        else:
            out.append(plain[n] if name else word)
            keep.extend(i for i in range(a, b) if run[i] != "-")
        if n + 1 < len(words):
            gap = run[b : words[n + 1][0]]
            out.append(" " if whole else gap)
            keep.extend([b] if whole else range(b, words[n + 1][0]))
    joined = "".join(out)
    return None if joined == run else (joined, keep)


def _close_portion(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c not in " \t"]
    return ("".join(run[i] for i in keep), keep) if len(keep) < len(run) else None


def _portion_level(m: re.Match[str]) -> tuple[str, list[int]] | None:
    level = m.group(0)
    return (level.translate(_PORTION_DIGITS), list(range(len(level)))) if level not in ("TS", "S") else None


# Marking words as the normaliser leaves them: upper case, whole words.
# (round 23: and the legacy markings' phrases, as a letter-spaced slide footer writes them: "S E N S I T I V E
# S E C U R I T Y   I N F O R M A T I O N"; in capitals only, as every phrase here is)
_NORMALIZED_WORD = re.compile(
    r"(?<![A-Za-z0-9])(?:SENSITIVE[ ]SECURITY[ ]INFORMATION|LAW[ ]ENFORCEMENT[ ]SENSITIVE|FOR[ ]OFFICIAL[ ]USE[ ]ONLY"
    r"|CONTROLLED[ ]UNCLASSIFIED[ ]INFORMATION|SENSITIVE[ ]BUT[ ]UNCLASSIFIED"
    r"|PROTECTED[ ]CRITICAL[ ]INFRASTRUCTURE[ ]INFORMATION"
    r"|TOP[ ]?SECRET|SECRET|CONFIDENTIAL|NOFORN|ORCON|CUI|FOUO|PCII)(?![A-Za-z0-9])"
)
# Ordinary words ("secret", "confidential") count only if the employee wrote them in capitals.
_ORDINARY = frozenset({"SECRET", "TOP SECRET", "TOPSECRET", "CONFIDENTIAL"})
_SPACED_PHRASES = frozenset(
    {"SENSITIVE SECURITY INFORMATION", "LAW ENFORCEMENT SENSITIVE", "FOR OFFICIAL USE ONLY"}
    | {"CONTROLLED UNCLASSIFIED INFORMATION", "SENSITIVE BUT UNCLASSIFIED"}
    | {"PROTECTED CRITICAL INFRASTRUCTURE INFORMATION"}
)
_CUI_WORDS = frozenset({"CUI", "FOUO", "PCII"}) | _SPACED_PHRASES
# the word talked about rather than applied: "C.U.I. is …", "what does F.O.U.O. mean"
_TALK_AFTER = re.compile(r"[ \t]*[.,]?[ \t]+(?i:is|are|was|were|means?|meant|stands?|vs\.?|versus|or|and)\b")
_TALK_BEFORE = re.compile(r"(?i)\b(?:what|how|why|explain|define|meaning|difference)\b[^.?!\n]{0,40}$")
_DOTTED_ONLY = re.compile(r"(?:[A-Z]\.){3,}[A-Z]\.?")
DISGUISED_SCORE = 0.9


def disguised_markings(norm: Normalized) -> list[Finding]:
    """Marking words the normaliser had to undo a disguise to read, in original offsets."""
    if not norm.changed:
        return []
    out = []
    for m in _NORMALIZED_WORD.finditer(norm.text):
        start, end = norm.to_original(m.start(), m.end())
        written = norm.original[start:end]
        word = m.group(0)
        if _plain(written) == word or (" " in word and " ".join(_plain(written).split()) == word):
            continue  # (a phrase with more spaces between its words than one is not disguised)
        letters = [c for c in unicodedata.normalize("NFKC", written) if c.isalpha()]
        if (word in _ORDINARY or word in _SPACED_PHRASES) and not all(c.isupper() for c in letters):
            continue
        if word in _ORDINARY and _DOTTED_ONLY.fullmatch(written):
            continue  # an acronym of a program's name: "the S.E.C.R.E.T. program"
        if _TALK_AFTER.match(norm.text, m.end()) or _TALK_BEFORE.search(norm.text, max(0, m.start() - 60), m.start()):
            continue
        entity = "CUI_MARKING" if word in _CUI_WORDS else "CLASSIFICATION_MARKING"
        out.append(Finding(entity, start, end, DISGUISED_SCORE, "DisguisedMarking"))
    return out


def _plain(written: str) -> str:
    """The word as written, with only the spaces any copy and paste changes made plain."""
    return "".join(" " if unicodedata.category(c) == "Zs" else c for c in written)
