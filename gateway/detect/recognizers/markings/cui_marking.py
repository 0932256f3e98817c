"""CUI_MARKING: Controlled Unclassified Information markings (32 CFR 2002, NARA CUI Registry) and the legacy
markings still in circulation: FOUO, LES, SBU, SSI (49 CFR 1520), PCII, CVI (6 CFR 27.400).

Banners ``CUI``/``CONTROLLED`` alone on a line, ``CUI//CATEGORY//LDC``, portion marks ``(CUI)``,
``(CUI//SP-PRVCY)``, ``(U//FOUO)``, the designation indicator block (two or more of ``Controlled by:``,
``CUI Category:``, ``Dissemination:``, ``POC:`` close together) and the legacy phrases in upper case. Traps that
never match: "SSI" (Supplemental Security Income), "les" (French), "(LES)" and "(SBU)" without ``U//`` (a Leave
and Earnings Statement, a strategic business unit), "CUI" inside prose or as a concept id ("CUI: C0004238").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.markings.marking import MarkingRecognizer
from gateway.detect.recognizers.markings.syntax import CONTROLS, CUI_LEVEL

_INDICATOR = (
    r"(?i:controlled[ \t]+by|cui[ \t]+categor(?:y|ies)|(?:distribution/|limited[ \t]+)?dissemination(?:[ \t]+control)?"
    r"|ldc|poc)[ \t]*:"
)
# A portion mark opens a paragraph, a sentence or a list item (as in classification_marking.py).
_PORTION_START = r"(?:^|(?<=[.:;!?][ \t]{1,2})|(?<=^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-*\u2022])[ \t]+))"
# words that follow a marking acronym talked about, not applied: "FOUO is …", "SBU - what does it mean"
_TALK = (
    r"(?i:what|how|when|why|where|which|who|does|do|did|is|are|was|were|means?|meant|stands?|vs\.?|versus|or|and"
    r"|nor|has|have|had|can|could|should|must|may|markings?|labels?|designations?|rules?|policy|guidance|handling"
    r"|training|requirements?|replaced|retired|explain|define|meaning|to|in|on|for|as|of|material|materials"
    r"|information|info|data|content|documents|docs|items|marked|stuff)\b"
)
PATTERNS = [
    Pattern("cui banner with categories", rf"(?<![A-Za-z/]){CUI_LEVEL}{CONTROLS}(?![A-Za-z0-9])", 0.95),
    Pattern("cui portion mark", rf"\((?:U//)?CUI(?:{CONTROLS})?\)", 0.95),
    Pattern("cui banner line", r"(?m)^[ \t]*(?:CUI|CONTROLLED|CONTROLLED UNCLASSIFIED INFORMATION)[ \t]*$", 0.9),
    Pattern(
        "designation indicator block",
        rf"(?m)^[ \t]*{_INDICATOR}[^\n]*(?:\n(?:[^\n]*\n){{0,2}}?[ \t]*{_INDICATOR}[^\n]*)+",
        0.9,
    ),
    Pattern(
        "fouo",
        r"(?<![A-Za-z])(?:UNCLASSIFIED//)?FOR OFFICIAL USE ONLY\b|\((?:U//)?FOUO\)"
        r"|(?<![A-Za-z])U(?:NCLASSIFIED)?//FOUO\b"
        r"|(?m:^[ \t]*(?:FOUO|(?i:for official use only))[ \t]*$)"
        # a header: "FOUO — Staffing plan …", "F.O.U.O. - …" (dots are dropped in normalisation)
        r"|(?<![\w\n][ \t])(?<![\w])FOUO\.?(?=[ \t]+(?:-{1,2}|[:|])[ \t])",
        0.9,
    ),
    # the same header for the other legacy acronyms that are nothing else in upper case: "SBU - The new tool …"
    Pattern(
        "legacy header",
        r"(?<![\w\n][ \t])(?<![\w])(?:SBU|PCII|CVI)\.?(?=[ \t]+(?:-{1,2}|[:|])[ \t]+[A-Za-z])"
        rf"(?![ \t]+(?:-{{1,2}}|[:|])[ \t]+{_TALK})",
        0.9,
    ),
    # FOUO opening the text, a line, or what follows the prompt's own instruction ("rewrite: FOUO draft …"),
    # followed by what it marks rather than by words about the marking ("FOUO is being retired")
    Pattern(
        "fouo opening",
        rf"(?m:^)(?:[A-Za-z][\w ]{{0,30}}:[ \t]+)?FOUO(?=\.?[ \t]+[A-Za-z])(?!\.?[ \t]+{_TALK})",
        0.9,
    ),
    # a header that opens the text or a line: "CUI - Case notes for …" (as for FOUO above)
    # at the very start of the text, whatever follows the dash ("CUI -- please summarize …")
    Pattern(
        "cui header",
        r"(?<![\w\n][ \t])(?<![\w])CUI(?=[ \t]+(?:-{1,2}|\|)[ \t]+[A-Z])|\A[ \t]*CUI(?=[ \t]*-{1,2}[ \t]+[A-Za-z])"
        # … unless what follows asks about CUI ("CUI -- what does it cover?")
        r"(?![ \t]*-{1,2}[ \t]+(?i:what|how|when|why|where|which|who|does|do|is|are|can|explain|define|meaning)\b)",
        0.9,
    ),
    # a legacy marking alone on the first or the last line of the text: "SSI⏎⏎Reformat …"
    Pattern(
        "legacy banner line",
        r"\A[ \t]*(?:SSI|PCII|CVI|SBU|LES|FOUO)[ \t]*(?=\r?\n)|(?<=\n)[ \t]*(?:SSI|PCII|CVI|SBU|LES|FOUO)[ \t]*\Z",
        0.9,
    ),
    # the document at hand said to carry a marking: "it's marked FOUO at the top", "this memo is marked CUI",
    # "this vulnerability report is stamped PCII", "Doc is marked SBU" (a noun opening the sentence)
    Pattern(
        "marked document",
        r"(?i:\b(?:it'?s|it[ \t]+(?:is|was)|(?:this|the|my|our|attached)[ \t]+(?:[\w-]+[ \t]+){1,3}(?:is|was)"
        r"|(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))[ \t]*(?-i:[A-Z])[\w-]+[ \t]+(?:is|was)"
        r"|(?:doc|document|memo|report|file|attachment|email|e-mail|pdf|slide|deck)[ \t]+(?:is|was))"
        r"[ \t]+(?:marked|stamped|labell?ed)[ \t]+(?:as[ \t]+)?)"
        r"(?:FOUO|CUI|LES|SBU|SSI|PCII|CVI|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE)\b",
        0.9,
    ),
    # a document someone handled, named with its marking: "we submitted a vulnerability assessment marked PCII",
    # "I received a memo stamped FOUO" (a past act on this document, not a rule about such documents)
    Pattern(
        "handled marked document",
        r"(?i:\b(?:submitted|received|got|sent|forwarded|attached|uploaded|drafted|wrote|prepared|filed|scanned"
        r"|copied|pasted)[ \t]+(?:(?:a|an|the|our|my|this|that|their|its)[ \t]+)?(?:[\w-]+[ \t]+){0,3}"
        r"(?:doc|document|memo|report|file|attachment|email|e-mail|pdf|slides?|deck|assessment|plan|submission"
        r"|letter|spreadsheet|packet|brief|briefing|summary|analysis|study|survey|review|presentation)s?[ \t]+"
        r"(?:(?:that|which)[ \t]+(?:is|was|were|are)[ \t]+)?(?:marked|stamped|labell?ed)[ \t]+(?:as[ \t]+)?)"
        r"(?:FOUO|CUI|LES|SBU|SSI|PCII|CVI|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE)\b",
        0.9,
    ),
    # round 28: the document's header or banner told as having read so ("the header of their memo was SBU", "the banner
    # said FOUO"), in the past: a document at hand, not a rule ("if the header is CUI", "… says CUI?" stay)
    Pattern(
        "header named",
        r"(?i:\b(?:header|banner|heading|footer|top[ \t]+line)(?:[ \t]+(?:of|on)[ \t]+(?:(?:the|their|our|my|this|that"
        r"|his|her)[ \t]+)?(?:doc|document|memo|report|file|email|e-mail|pdf|slide|deck|page|attachment)s?)?[ \t]+"
        r"(?:was|read|said)[ \t]*:?[ \t]+[\"'\u201c]?)"
        r"(?:FOUO|CUI|LES|SBU|SSI|PCII|CVI|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE)\b",
        0.9,
    ),
    # the document at hand said to contain a marked category: "this report contains Sensitive Security Information"
    Pattern(
        "contains marked information",
        r"(?i:\b(?:it|(?:this|the|attached|my|our)[ \t]+\w+)[ \t]+(?:contains|includes|has)[ \t]+)"
        r"(?:(?-i:Sensitive[ \t]+Security[ \t]+Information|Protected[ \t]+Critical[ \t]+Infrastructure[ \t]+Information"
        r"|Chemical-[Tt]errorism[ \t]+Vulnerability[ \t]+Information|Controlled[ \t]+Unclassified[ \t]+Information"
        r"|Law[ \t]+Enforcement[ \t]+Sensitive)|FOUO|CUI|PCII|CVI)\b",
        0.9,
    ),
    # the banner spelled out in capitals, wherever it stands: "CONTROLLED UNCLASSIFIED INFORMATION - case notes"
    Pattern("cui spelled banner", r"(?<![A-Za-z])CONTROLLED UNCLASSIFIED INFORMATION(?![A-Za-z])", 0.9),
    # a legacy marking as the level of a banner with controls: "SBU//NOFORN", "LES//REL TO USA, CAN"
    Pattern("legacy banner with controls", rf"(?<![A-Za-z/])(?:SBU|LES|FOUO){CONTROLS}(?![A-Za-z0-9])", 0.95),
    # the document's header or banner said to carry one: "Header says PCII and CVI", "the banner reads FOUO"
    Pattern(
        "header says",
        r"(?i:\b(?:header|banner|footer|cover[ \t]+sheet|top[ \t]+of[ \t]+the[ \t]+page)[ \t]+(?:says|reads|shows)"
        r"[ \t]+(?:both[ \t]+)?)(?:FOUO|CUI|LES|SBU|SSI|PCII|CVI|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY"
        r"|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE)\b",
        0.9,
    ),
    Pattern(
        "les",
        r"(?<![A-Za-z])(?:UNCLASSIFIED//)?LAW ENFORCEMENT SENSITIVE\b|\(U//LES\)"
        r"|(?<![A-Za-z])U(?:NCLASSIFIED)?//LES\b|(?m:^[ \t]*LES[ \t]*$)",
        0.9,
    ),
    Pattern("sbu", r"\bSENSITIVE BUT UNCLASSIFIED\b|\(U//SBU\)|(?<![A-Za-z])U(?:NCLASSIFIED)?//SBU\b", 0.9),
    Pattern(
        "ssi",
        # round 24: its portion mark and banner as the other legacy acronyms have them: "(U//SSI) Incident summary"
        r"\(U//SSI\)|(?<![A-Za-z])U(?:NCLASSIFIED)?//SSI\b|"
        r"\bSENSITIVE SECURITY INFORMATION\b|(?i:(?:WARNING:\s*)?(?:This\s+(?:record|document)\s+)?contains\s+sensitive"
        r"\s+security\s+information\s+that\s+is\s+controlled\s+under\s+49\s+CFR(?:\s+parts?\s+15\s+and\s+1520)?\.?)",
        0.9,
    ),
    Pattern(
        "pcii",
        r"\bPROTECTED CRITICAL INFRASTRUCTURE INFORMATION\b|\(U//PCII\)|(?<![A-Za-z])U//PCII\b"
        r"|(?i:contains\s+protected\s+critical\s+infrastructure\s+information)",
        0.9,
    ),
    Pattern(
        "cvi",
        r"\(U//CVI\)|(?<![A-Za-z])U(?:NCLASSIFIED)?//CVI\b"
        r"|\bCHEMICAL-TERRORISM VULNERABILITY INFORMATION\b|(?i:contains\s+chemical-terrorism\s+vulnerability"
        r"\s+information)",
        0.9,
    ),
    # a legacy acronym as the portion mark of a paragraph or list item: "Combine: (SBU) facility list …"
    Pattern(
        "legacy portion mark",
        rf"(?m){_PORTION_START}\((?:SBU|PCII|CVI|SSI|LES)\)(?=[ \t]+[A-Za-z])",
        0.9,
    ),
    # PCII and CVI (nothing else in upper case) in parentheses before text, not after their spelled-out name
    Pattern(
        "legacy portion mark in text",
        r"(?<!(?i:information)[ \t])\((?:PCII|CVI)\)(?=[ \t]+[A-Za-z])",
        0.45,
    ),
    # the document at hand named by its marking: "PCII submission from the utility describes …"
    Pattern(
        "legacy document",
        r"(?<![\w/-])(?:PCII|CVI)(?=[ \t]+(?i:submissions?|submittals?|reports?|assessments?|documents?|files?"
        r"|summary|summaries|notes|attachments?|memos?|excerpts?|packets?|records?|materials?|data|findings"
        r"|results|site[ \t]+(?:plans?|lists?|security[ \t]+plans?)|vulnerability)\b)",
        0.9,
    ),
]
# Markings score by their own shape and by corroboration, not by context words.
CONTEXT: list[str] = []


# "if the header says CUI", "what to do when a banner reads FOUO": a rule being asked about, not this document
_HYPOTHETICAL = re.compile(r"(?i)\b(?:if|when|whenever|whether|unless|once|suppose|say)\b[^.?!\n]{0,40}$")
# "how do I make a PCII submission", "explain what a CVI assessment covers": the kind, not this document
_TALK_BEFORE = re.compile(
    r"(?i)\b(?:what|how|why|when|whether|if|explain|describe|define|difference|about|regarding|handle|handling"
    r"|submit|submitting|rules?|guidance|policy|program|training|can|should|must|a|an|any|every|each)\b"
)
_SENTENCE_START = re.compile(r"[.!?:](?:[ \t]+|\n)|\n")  # after a colon: the pasted text
_NAMED_MARKING = re.compile(
    r"(?:FOUO|CUI|LES|SBU|SSI|PCII|CVI|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE"
    r"|(?i:sensitive[ \t]+security|protected[ \t]+critical[ \t]+infrastructure|chemical-terrorism[ \t]+vulnerability"
    r"|controlled[ \t]+unclassified)[ \t]+information|(?i:law[ \t]+enforcement[ \t]+sensitive))$"
)

# Round 29. A marking named inside a short question about marking practice ("Does a shelf list need a CUI//SP-IMMG
# banner?", "Post orders used to be stamped FOR OFFICIAL USE ONLY. What category …?"): the employee asks about the
# rule, no document is at hand. Narrow, and closed otherwise: one paragraph of prose (no line break, no colon that
# would introduce pasted text, no second marking), a question with words of marking practice, the marking in the
# middle of its sentence, that sentence a question or a rule about documents of a kind, and nothing before the
# marking in its sentence pointing at a text at hand ("the", "this", "attached", "below" …), and a verb of being or of
# marking before it.
_ASKABLE = frozenset(
    {"cui banner with categories", "cui portion mark", "fouo", "les", "sbu", "ssi", "pcii", "cvi"}
    | {"legacy banner with controls", "cui spelled banner"}
)
_ASKED_MAX = 500
_PRACTICE = re.compile(
    r"(?i)\b(?:banners?|markings?|marks?|marked|re-?mark(?:ed|ing)?|stamp(?:s|ed)?|labell?ed|portion[ \t-]marks?"
    r"|categor(?:y|ies)|guidance|decontrol\w*|designat\w*)\b"
)
_QUESTION = re.compile(r"\?|(?i:\bwhether\b)")
# the sentence around the marking asks, or states a rule for documents of a kind
_ASKING = re.compile(
    r"(?i:\b(?:whether|if|need|needs|should|supposed[ \t]+to|used[ \t]+to[ \t]+be|by[ \t]+default|any|anything|every"
    r"|everything|all)\b)"
)
_AT_HAND = re.compile(
    r"(?i)\b(?:this|these|that|those|it|attached|enclosed|below|following|here|above|pasted|excerpt)\b|\w+'s[ \t]"
    # "The roster is FOR OFFICIAL USE ONLY", "is the plan CUI//SP-CRIT": a definite document the marking is said of
    r"|(?i:\bthe[ \t]+(?:[\w-]+[ \t]+){1,3}(?:(?:is|was|are|were)[ \t]+(?:(?:marked|stamped|labell?ed)[ \t]+)?)?$)"
)
# a verb of being or of marking puts the marking in the sentence's predicate ("need a … banner", "is … by default")
_PREDICATE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|need|needs|require|requires|stamped|marked|labell?ed|mark|marks|put|carry"
    r"|carries|use|get|gets)\b"
)
_WORD = re.compile(r"[A-Za-z]{2,}")
_OTHER_MARK = re.compile(r"//|\((?:U|CUI|C|S|TS)\b")
_SENTENCE_BREAK = re.compile(r"[.!?](?=[ \t]+|$)")


def _asked_about(text: str, start: int, end: int) -> bool:
    body = text.strip()
    if len(body) > _ASKED_MAX or "\n" in body or ":" in body:
        return False
    if _OTHER_MARK.search(text[:start]) is not None or _OTHER_MARK.search(text, end) is not None:
        return False
    rest = text[:start] + " " + text[end:]
    if _QUESTION.search(rest) is None or _PRACTICE.search(rest) is None:
        return False
    breaks_before = list(_SENTENCE_BREAK.finditer(text, 0, start))
    sentence_start = breaks_before[-1].end() if breaks_before else 0
    after_break = _SENTENCE_BREAK.search(text, end)
    sentence_end = after_break.end() if after_break is not None else len(text)
    before = text[sentence_start:start]
    if len(_WORD.findall(before)) < 2 or _AT_HAND.search(before) is not None or _PREDICATE.search(before) is None:
        return False  # the marking opens its sentence, or the sentence points at a text at hand
    # the sentence may end at the marking ("… stamped FOR OFFICIAL USE ONLY."); what follows it must be prose
    if text[end:sentence_end].strip(" \t.?!") and _WORD.match(text[end:sentence_end].lstrip(" \t,")) is None:
        return False
    sentence = text[sentence_start:sentence_end]
    return sentence.rstrip().endswith("?") or _ASKING.search(sentence) is not None


class CuiMarkingRecognizer(MarkingRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="CUI_MARKING",
            patterns=PATTERNS,
            context=CONTEXT,
            name="CuiMarkingRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    WEAK: ClassVar[Mapping[str, tuple[float, float]]] = {"legacy portion mark in text": (0.45, 0.9)}

    def asked_about(self, text: str, start: int, end: int, pattern_name: str) -> bool:
        return pattern_name in _ASKABLE and _asked_about(text, start, end)

    def refine(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if pattern_name in ("legacy document", "cui spelled banner"):
            sentence = _SENTENCE_START.split(text[max(0, result.start - 80) : result.start])[-1]
            return _TALK_BEFORE.search(sentence) is None
        if pattern_name in (
            "header says",
            "marked document",
            "handled marked document",
            "fouo opening",
            "contains marked information",
        ):
            if _HYPOTHETICAL.search(text, max(0, result.start - 60), result.start) is not None:
                return False
            marking = _NAMED_MARKING.search(text, result.start, result.end)
            if marking is not None:
                result.start = marking.start()  # the marking, not the words that introduce it
        return True
