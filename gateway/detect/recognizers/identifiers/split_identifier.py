"""An identifier given in two pieces, the second a line or a turn or three later, so that neither piece looks like
one: "routing first half 2560⏎…⏎second half 74039", "my A number starts A-208⏎…⏎the rest is -331-457", "born in
the year 1971⏎…⏎month and day March 9". The pieces are joined and checked as the whole identifier would be (the
routing number's checksum, the A-Number's and the SSN's length); both pieces are then reported as it.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.anchored import Anchor, AnchoredRegex, word_prefixes
from gateway.detect.recognizers.base import own_result
from gateway.detect.recognizers.identifiers.aba_routing import valid_routing_number
from gateway.detect.recognizers.identifiers.ssn import issued

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
# Round 21. The SSN's pieces joined again where a chat turn cut them (turn_joins.py): "ssn for the referral, first
# part is 527-83⏎Assistant: …⏎User: -4016" reads "first part is 527-83-4016"; its label may stand a clause before
_SSN_REJOINED = re.compile(
    rf"(?i:\b(?:{_KINDS['US_SSN']})\b[^\n]{{0,60}}?\b{_FIRST}[ \t]*:?[ \t]*)(?P<a>\d{{3}}-\d{{2}}-\d{{4}})(?![\w-])"
)
# over the SSN recognizer's own score for the same span, which "part is" before it would rule out (context_filters)
REJOINED_SCORE = 0.9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a birth year on one line, its month and day on a later one
_BIRTH_SPLIT = re.compile(
    r"(?i:\bborn[ \t]+in(?:[ \t]+the[ \t]+year)?[ \t]+)(?P<a>(?:19|20)\d\d)\b(?:[^\n]*\n){1,3}?"
    rf"(?i:[^\n]{{0,40}}?\b(?:month[ \t]+and[ \t]+day|day[ \t]+and[ \t]+month|birthday)[ \t]*(?:is|was)?[ \t]*:?[ \t]*)"
    rf"(?P<b>{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})\b"
)

# Round 19. A number cut at a line's end, its label before it ("SSN: 531-7⏎2-1148" as OCR wraps a fax, "her sat
# phone is +8817 63⏎User: oops, rest is 2205"), the rest at the start of the next line or a line or two
# later after a word that says it is the rest ("rest is", "(cut off) ...", "cont."); the joined pieces must
# have the whole identifier's shape (_cut_kind)
_CUT = re.compile(
    r"(?i:\b(?P<label>SSN|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?|A[- ]?(?:number|no\.?|#)"
    r"|alien[ \t]+(?:registration[ \t]+)?number|(?:sat(?:ellite)?[ \t]?|cell[ \t]?|mobile[ \t]+|tele?)?phone"
    r"|cell|mobile|tel|whatsapp|number)\b[^\n\d+]{0,24}?)"
    r"(?P<a>(?<![\w+-])(?:A[- ]?|\+)?\d[\d -]{0,12}?-?)[ \t]*\r?\n"
    # round 20: the rest may open the next turn, after its speaker ("starts A 214⏎User: 339 271")
    r"(?:[ \t]*(?:[A-Z][A-Za-z]{1,15}[ \t]*:[ \t]*)?"
    r"|(?:[^\n]*\n){0,2}?[^\n]{0,40}?(?:(?i:\b(?:the[ \t]+)?rest(?:[ \t]+(?:of[ \t]+it[ \t]+)?(?:is|was))?"
    r"|remaining(?:[ \t]+digits)?|cont(?:inued|'d|\.)?)\b[ \t]*:?|\.{2,}|\u2026)[ \t]*)"
    r"(?P<b>-?\d[\d -]{0,12}\d)(?![\w-])"
)


def _anchored(pattern: re.Pattern[str]) -> AnchoredRegex | re.Pattern[str]:
    """``pattern`` tried only where its label can begin (anchored.py: the beginnings read off the pattern, on ASCII
    texts; a text beyond ASCII is searched whole): the same matches. Each pattern below opens with ``\b`` and a
    letter of its label."""
    prefixes = word_prefixes(pattern.pattern, pattern.flags)
    if not prefixes:
        return pattern
    return AnchoredRegex(pattern, Anchor(folded_word=prefixes, ascii_only=True), 0, word_start=True)


FIRST_CUE = _anchored(_FIRST_CUE)
CUT = _anchored(_CUT)
BIRTH_SPLIT = _anchored(_BIRTH_SPLIT)
_SSN_SHAPE = re.compile(r"\d{3}-?\d{2}-?\d{4}|\d{3} \d{2} \d{4}")


def _cut_kind(label: str, a: str, b: str) -> str | None:
    """The identifier two pieces make together, or None: an SSN's groups under its label, an A-Number's A and 8
    or 9 digits, a phone number's 10 to 15 digits after a "+" or a phone's label."""
    joined = (a.strip() + b.strip()).replace("--", "-")
    digits = re.sub(r"\D", "", joined)
    label = label.lower()
    if label.startswith(("ssn", "social")):
        return "US_SSN" if _SSN_SHAPE.fullmatch(joined) else None
    if joined.upper().startswith("A"):
        return "A_NUMBER" if len(digits) in (8, 9) and label[:1] in ("a", "n") else None
    if label.startswith("a") or label.startswith("alien"):
        return None
    if joined.startswith("+"):
        return "PHONE_NUMBER" if 10 <= len(digits) <= 15 else None
    return "PHONE_NUMBER" if len(digits) == 10 and label != "number" else None


def _whole(kind: str, a: str, b: str) -> bool:
    digits = re.sub(r"\D", "", a + b)
    if kind == "ABA_ROUTING_NUMBER":
        return len(digits) == 9 and valid_routing_number(digits)
    if kind == "A_NUMBER":
        return a.lstrip().upper().startswith("A") and len(digits) in (8, 9)
    return len(digits) == 9


class SplitIdentifierRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entities=[*_KINDS, "PHONE_NUMBER", "DATE_OF_BIRTH"], name="SplitIdentifierRecognizer", context=[]
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        cue = FIRST_CUE.search(text) is not None  # every split pattern holds it: a text without it is skipped
        if "US_SSN" in entities and "-" in text and cue:
            for m in _SSN_REJOINED.finditer(text):
                if issued(m.group("a").replace("-", "")):
                    results.append(own_result(self, "US_SSN", m.start("a"), m.end("a"), REJOINED_SCORE))
        if "\n" not in text:
            return results
        for kind, pattern in _SPLIT.items():
            if kind not in entities or not cue:
                continue
            for m in pattern.finditer(text):
                if _whole(kind, m.group("a"), m.group("b")):
                    results += [own_result(self, kind, m.start(g), m.end(g), SCORE) for g in ("a", "b")]
        if "US_SSN" in entities and cue:
            for m in _SSN_IN_TURNS.finditer(text):
                if "".join(m.group(g) for g in "abc").count("-") >= 2:
                    results += [own_result(self, "US_SSN", m.start(g), m.end(g), SCORE) for g in "abc"]
        for m in CUT.finditer(text):
            cut = _cut_kind(m.group("label"), m.group("a"), m.group("b"))
            if cut is not None and cut in entities:
                results += [own_result(self, cut, m.start(g), m.end(g), SCORE) for g in ("a", "b")]
        if "DATE_OF_BIRTH" in entities:
            for m in BIRTH_SPLIT.finditer(text):
                results += [own_result(self, "DATE_OF_BIRTH", m.start(g), m.end(g), SCORE) for g in ("a", "b")]
        return results
