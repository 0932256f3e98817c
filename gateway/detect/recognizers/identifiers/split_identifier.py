"""An identifier given in two pieces, the second a line or a turn or three later, so that neither piece looks like
one: "routing first half 2560⏎…⏎second half 74039", "my A number starts A-208⏎…⏎the rest is -331-457", "born in
the year 1971⏎…⏎month and day March 9". The pieces are joined and checked as the whole identifier would be (the
routing number's checksum, the A-Number's and the SSN's length); both pieces are then reported as it.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result
from gateway.detect.recognizers.identifiers.aba_routing import valid_routing_number

SCORE = 0.8
_KINDS = {
    "ABA_ROUTING_NUMBER": r"(?:bank[ \t]+)?routing(?:[ \t]+(?:number|no\.?|#))?|ABA|RTN",
    "A_NUMBER": r"A[- ]?(?:number|no\.?|#)|alien[ \t]+(?:registration[ \t]+)?number",
    "US_SSN": r"SSN|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?",
}
_FIRST = (
    r"(?:(?:the[ \t]+)?first[ \t]+(?:half|part|piece|bit|few[ \t]+digits|\d[ \t]+digits|digits)(?:[ \t]+(?:is|are))?"
    r"|starts(?:[ \t]+with)?|begins(?:[ \t]+with)?|part[ \t]+(?:1|one)(?:[ \t]+is)?)"
)
_REST = (
    r"(?:(?:the[ \t]+)?(?:second|other|last)[ \t]+(?:half|part|piece|bit|digits|\d[ \t]+digits)(?:[ \t]+(?:is|are))?"
    r"|(?:and[ \t]+)?the[ \t]+rest(?:[ \t]+(?:is|are))?|rest[ \t]+is|ends(?:[ \t]+with)?|part[ \t]+(?:2|two)"
    r"(?:[ \t]+is)?|remaining(?:[ \t]+digits)?(?:[ \t]+(?:is|are))?)"
)
_FIRST_CUE = re.compile(rf"(?i)\b{_FIRST}")  # every split pattern holds it: a text without it is skipped
_PIECE = r"(?P<{name}>A?-?\d[\d -]{{0,10}}\d|A?-?\d)"
_SPLIT = {
    kind: re.compile(
        rf"(?i:\b(?:{label})\b[^\n]{{0,20}}?\b{_FIRST}[ \t]*:?[ \t]*)(?-i:{_PIECE.format(name='a')})(?![\w-])"
        r"(?:[^\n]*\n){1,4}?"
        rf"(?i:[^\n]{{0,40}}?\b{_REST}[ \t]*:?[ \t]*)(?-i:{_PIECE.format(name='b')})(?![\w-])"
    )
    for kind, label in _KINDS.items()
}
# Round 15. An SSN in its three groups, one a line, after "first part": "first part is 604-⏎me: 38-⏎me: 2271" (a
# chat's speaker may open each line); the groups' dashes (two or more) give it the SSN's shape without its name
_SSN_IN_TURNS = re.compile(
    rf"(?i:\b{_FIRST}[ \t]*:?[ \t]*)(?P<a>\d{{3}}[ \t]*-?)[ \t]*\r?\n[^\n\d]{{0,24}}?(?P<b>-?\d{{2}}[ \t]*-?)[ \t]*"
    r"\r?\n[^\n\d]{0,24}?(?P<c>-?\d{4})(?![\w-])"
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a birth year on one line, its month and day on a later one
_BIRTH_SPLIT = re.compile(
    r"(?i:\bborn[ \t]+in(?:[ \t]+the[ \t]+year)?[ \t]+)(?P<a>(?:19|20)\d\d)\b(?:[^\n]*\n){1,3}?"
    rf"(?i:[^\n]{{0,40}}?\b(?:month[ \t]+and[ \t]+day|day[ \t]+and[ \t]+month|birthday)[ \t]*(?:is|was)?[ \t]*:?[ \t]*)"
    rf"(?P<b>{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})\b"
)


def _whole(kind: str, a: str, b: str) -> bool:
    digits = re.sub(r"\D", "", a + b)
    if kind == "ABA_ROUTING_NUMBER":
        return len(digits) == 9 and valid_routing_number(digits)
    if kind == "A_NUMBER":
        return a.lstrip().upper().startswith("A") and len(digits) in (8, 9)
    return len(digits) == 9


class SplitIdentifierRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[*_KINDS, "DATE_OF_BIRTH"], name="SplitIdentifierRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "\n" not in text:
            return []
        results = []
        for kind, pattern in _SPLIT.items():
            if kind not in entities or _FIRST_CUE.search(text) is None:
                continue
            for m in pattern.finditer(text):
                if _whole(kind, m.group("a"), m.group("b")):
                    results += [own_result(self, kind, m.start(g), m.end(g), SCORE) for g in ("a", "b")]
        if "US_SSN" in entities and _FIRST_CUE.search(text) is not None:
            for m in _SSN_IN_TURNS.finditer(text):
                if "".join(m.group(g) for g in "abc").count("-") >= 2:
                    results += [own_result(self, "US_SSN", m.start(g), m.end(g), SCORE) for g in "abc"]
        if "DATE_OF_BIRTH" in entities:
            for m in _BIRTH_SPLIT.finditer(text):
                results += [own_result(self, "DATE_OF_BIRTH", m.start(g), m.end(g), SCORE) for g in ("a", "b")]
        return results
