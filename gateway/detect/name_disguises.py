"""Normalisation, round 24: a name or a number written so a filter does not read it, as the employee says it is
(normalize.py calls these on its builder; each keeps the map back to the original characters):

- a name in leetspeak, digits for letters: ``S3m1s1 T4ufa``, ``N0ur 4l-H4r1r1``, ``Abl1m1t Tursun0v`` →
  ``Semisi Taufa``, ``Nour Al-Hariri``, ``Ablimit Tursunov``: two or more name-shaped words in a row, one of them
  with a digit between two letters, every digit one that stands for a letter; not after a password's word (a
  password is the recognizers' as written);
- a name in ROT13, after the text says so (``rot13'd: Oenlqra Znepbggr`` → ``Brayden Marcotte``): two or more
  capitalised words within a short reach after "rot13";
- a name or a number written backwards, after the text says so (``name backwards: iuobilA idahaM``, ``dob reversed
  = 7891/30/80``): words whose last letter alone is a capital are read right to left, and a number is read right to
  left when it then has a date's, an SSN's or a phone's shape. The reading stands for the whole run, so a finding
  in it covers everything written backwards.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

# --- leetspeak ---
# a digit for a letter between two letters, the second lower-case: the cheap test before the token's pattern
_LEET_HINT = re.compile(r"[A-Za-z][013457@$]+[a-z]")
_LEET_TO_LETTER = str.maketrans("013457@$", "oieastas")
# a word that may be a name in leetspeak: a capital or a digit, then lower-case letters and digits (a hyphenated
# second part too); the callback reads its neighbours
_LEET_WORD = re.compile(
    r"(?<![\w@$'-])[A-Z013457@$][a-z013457@$]{1,20}(?:-[A-Z013457@$]?[a-z013457@$]{1,20})?(?![\w@$'-])"
)
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\s,.;:!?()]+)")
_NAME_PART = re.compile(r"[A-Z][a-z]+(?:'[A-Za-z][a-z]*)?|[a-z]{1,3}")  # a particle ("al", "de") only before a hyphen
_PASSWORD_BEFORE = re.compile(
    r"(?i)\b(?:p[a@4][s$5][s$5](?:w[o0]rd|wd|code|phrase)?|pwd|pw|pin|secret|token|key|login|credentials?)\b"
)


def _unleet(word: str) -> str:
    parts = word.split("-")
    # a digit opening a part stands for its capital ("4l-H4r1r1" → "Al-Hariri")
    plain = [p.translate(_LEET_TO_LETTER) for p in parts]
    return "-".join(q[:1].upper() + q[1:] if p[:1].isdigit() else q for p, q in zip(parts, plain, strict=True))


def _name_shaped(word: str) -> bool:
    parts = word.split("-")
    if not all(_NAME_PART.fullmatch(p) for p in parts):
        return False
    return parts[-1][:1].isupper() and (len(parts) > 1 or parts[0][:1].isupper())


def _is_leet(word: str) -> bool:
    return (
        any(c.isdigit() or c in "@$" for c in word)
        and _LEET_HINT.search(word) is not None
        and sum(c.islower() for c in word) >= 2
    )


def _reads_as_name(word: str) -> bool:
    """A neighbour that makes a full name with a leet word: a capitalised word, or a leet word read as one."""
    word = word.rstrip(",.;:!?)")
    return _name_shaped(_unleet(word) if _is_leet(word) else word)


def _leet_word(m: re.Match[str]) -> tuple[str, list[int]] | None:
    word = m.group(0)
    if not _is_leet(word):
        return None
    reading = _unleet(word)
    if not _name_shaped(reading):
        return None
    text = m.string
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = _WORD_AFTER.match(text, m.end())
    if not (before and _reads_as_name(before.group(1))) and not (after and _reads_as_name(after.group(1))):
        return None  # one word alone: a product's or a code's name, not a person's
    if _PASSWORD_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None:
        return None
    return reading, list(range(len(word)))


# --- said to be ROT13 or backwards ---
_CUE = re.compile(
    r"(?i)\brot[ -]?13(?:'?d|ed)?\b|\bbackwards?\b|\breversed?\b|\bin[ \t]+reverse\b|\bright[ \t-]+to[ \t-]+left\b"
)
_REACH = 80  # how far from the cue the value may stand
_CAPITALISED_RUN = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}(?![\w'-])")
_BACKWARDS_RUN = re.compile(r"(?<![\w'-])[a-z]+[A-Z](?:[ \t]+[a-z]+[A-Z]){0,3}(?![\w'-])")
_BACKWARDS_NUMBER = re.compile(r"(?<![\w/.-])\d[\d/.-]{5,12}\d(?![\w/-]|\.\d)")
_NUMBER_SHAPE = re.compile(
    r"\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}([/.-])\d{1,2}\2\d{1,2}|\d{3}-\d{2}-\d{4}|\d{3}([-.])\d{3}\3\d{4}"
)


def _cue_reach(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, rot13) of the stretches a cue covers: its sentence's reach either side."""
    out = []
    for c in _CUE.finditer(text):
        rot13 = c.group(0)[:1].lower() == "r" and c.group(0)[:3].lower() == "rot"
        out.append((max(0, c.start() - _REACH), min(len(text), c.end() + _REACH), rot13))
    return out


def _near(reach: list[tuple[int, int, bool]], m: re.Match[str], rot13: bool) -> bool:
    return any(a <= m.start() and m.end() <= b and r == rot13 for a, b, r in reach)


def undo_said_disguises(b: Any) -> None:
    """The rewrites above, on a normalize._Builder."""
    text = b.text
    if _LEET_HINT.search(text) is not None:
        b.rewrite(_LEET_WORD, _leet_word)
    lowered = b.text.lower()
    if (
        "rot" not in lowered
        and "revers" not in lowered
        and "backward" not in lowered
        and "right to left" not in lowered
    ):
        return
    reach = _cue_reach(b.text)
    if not reach:
        return
    # each rewrite reads the text as it stands before it: the cues' reach once per rewrite, not once per match
    if any(r for _, _, r in reach):
        b.rewrite(_CAPITALISED_RUN, lambda m: _rot13(m, reach))
        reach = _cue_reach(b.text)
    b.rewrite(_BACKWARDS_RUN, lambda m: _backwards(m, reach, False))
    after_words = _cue_reach(b.text)
    b.rewrite(_BACKWARDS_NUMBER, lambda m: _backwards(m, after_words, True))


def _rot13(m: re.Match[str], reach: list[tuple[int, int, bool]]) -> tuple[str, list[int]] | None:
    if not _near(reach, m, True):
        return None
    run = m.group(0)
    reading = codecs.encode(run, "rot13")
    if _vowels(reading) <= _vowels(run):
        return None  # words already ("rot13 the words Alpha Beta"): ROT13 of a name has fewer vowels than the name
    return reading, list(range(len(run)))


def _vowels(word: str) -> int:
    return sum(c in "aeiouAEIOU" for c in word)


def _backwards(m: re.Match[str], reach: list[tuple[int, int, bool]], number: bool) -> tuple[str, list[Any]] | None:
    if not _near(reach, m, False):
        return None
    run = m.group(0)
    reading = run[::-1]
    if number and not _NUMBER_SHAPE.fullmatch(reading):
        return None
    if not number:
        reading = " ".join(w[:1].upper() + w[1:].lower() for w in reading.split())
        if len(reading) != len(run):
            return None
    whole = (0, len(run))
    return reading, [whole] * len(reading)
