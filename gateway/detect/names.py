"""A name found once is a name everywhere in the request.

The model finds "Nkechi Adebayo" but not "Adebayo" alone in the next sentence, or in the next message of the
conversation; redacting the first mention and sending the second would hand the vendor the surname anyway. So
every other mention of a reported person, the whole name or one of its words, in any text of the same request,
is reported as that person too. Words that are English function words or too short ("Will", "Al") are not
carried over on their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.findings import Finding
from gateway.detect.resolve import resolve_overlaps

REPORTED = 0.5  # a name must have been reported (default threshold) to be carried over
RECOGNIZER = "NameRepeatRecognizer"
_WORD = re.compile(r"^[A-Z][A-Za-z'-]{2,}$")


def _carried(name: str) -> list[str]:
    words = [w.strip('.,;:()"') for w in name.split()]
    return [name, *(w for w in words if _WORD.match(w) and w.lower() not in STOP_WORDS and not w.isupper())]


@lru_cache(maxsize=256)
def _mentions(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The terms as whole words, longest first; compiled once per set of names (a conversation resends its own)."""
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(n) for n in terms) + r")(?![\w'-])")


def repeated_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """The findings of each text plus a PERSON finding for every other mention of a reported name."""
    names: dict[str, float] = {}
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.entity_type == "PERSON" and f.score >= REPORTED:
                for term in _carried(" ".join(text[f.start : f.end].split())):
                    names[term] = max(names.get(term, 0.0), f.score)
    if not names:
        return [list(found) for found in findings]
    mention = _mentions(tuple(sorted(names, key=len, reverse=True)))
    out = []
    for text, found in zip(texts, findings, strict=True):
        extra = [
            Finding("PERSON", m.start(), m.end(), names[m.group()], RECOGNIZER)
            for m in mention.finditer(text)
            if not any(f.start < m.end() and m.start() < f.end for f in found if f.entity_type == "PERSON")
        ]
        out.append(resolve_overlaps([*found, *extra]) if extra else list(found))
    return out
