"""CLASSIFICATION_MARKING: US classification banners, portion marks and authority lines (32 CFR 2001.20-23).

Only TOP SECRET, SECRET and CONFIDENTIAL mark classified information; real markings are upper case and use
``//`` (the normaliser upper-cases a lower-case ``secret//noforn`` and joins one split across a line). Prose is
not a marking: "keep it secret", "a confidential letter", "(c) 2024", "agency(s)", "Secret Service" never match,
because every pattern needs upper case in marking position. Weak signals (a lone ``(C)``, ``CONFIDENTIAL`` alone
on a line, one authority line) score below the usual 0.5 threshold unless a second marking signal corroborates
them; ``(C)`` in a lettered list ``(A) (B) (C)`` is not a portion mark.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.markings.marking import MarkingRecognizer
from gateway.detect.recognizers.markings.syntax import CONTROLS, LEVEL, PORTION_LEVEL

# A portion mark opens a paragraph, a sentence or a list item.
_PORTION_START = r"(?:^|(?<=[.:;!?][ \t]{1,2})|(?<=^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-*\u2022])[ \t]+))"
PATTERNS = [
    Pattern("banner with controls", rf"(?<![A-Za-z/]){LEVEL}{CONTROLS}(?![A-Za-z0-9])", 0.95),
    Pattern("portion mark with controls", rf"\({PORTION_LEVEL}{CONTROLS}\)", 0.95),
    # a banner abbreviated as in a portion mark, without its parentheses: "S//NF The asset …", "TS//SI//NF"
    Pattern(
        "abbreviated banner",
        r"(?<![A-Za-z0-9/:.(])(?:TS|S|C)//(?:NF|NOFORN|REL[ \t]+TO|RELIDO|ORCON|OC|SI|TK|HCS|FVEY|PROPIN|IMCON|FISA)"
        r"(?:/{1,2}[A-Z][A-Z0-9-]*)*(?![A-Za-z0-9])"
        # … not a clearance: "TS//SI clearance", "S//NF access required"
        r"(?![ \t]+(?i:clearances?|cleared|eligibility|access|billets?|polygraph|poly|level|required)\b)",
        0.9,
    ),
    # the document at hand said to be marked at a level: "the memo is marked SECRET", "it's marked TOP SECRET"
    # (not CONFIDENTIAL, which business letters are marked too)
    Pattern(
        "marked document",
        r"(?i:\b(?:it'?s|it[ \t]+is|(?:this|the|my|our)[ \t]+\w+[ \t]+(?:is|was)|(?:this|that)[ \t]+one[ \t]+is)"
        r"[ \t]+marked[ \t]+(?:as[ \t]+)?)(?:TOP[ \t]+SECRET|SECRET)(?![A-Za-z/])",
        0.9,
    ),
    # a dissemination control that is nothing but a marking, on its own: "NOFORN - distribution list", "the ORCON
    # material" (not when asked about: "what does NOFORN mean")
    Pattern("dissemination control", r"(?<![A-Za-z/])(?:NOFORN|ORCON|RELIDO|NOCONTRACT|IMCON)(?![A-Za-z/])", 0.9),
    Pattern("classification line", rf"(?i:\bclassification)[ \t]*:[ \t]*{LEVEL}\b", 0.9),
    # the level as the value of a banner field in JSON, YAML or code: "hdr": "CONFIDENTIAL", banner: SECRET
    Pattern(
        "banner field",
        r"(?i:\b(?:banner|hdr|header|classification|classif|marking|markings|caveat|security[_-]?level)[\"']?"
        r"[ \t]*(?:=>|[:=])[ \t]*[\"']?)"
        rf"{LEVEL}(?=[\"'\s,}}]|$)",
        0.9,
    ),
    # a level alone on its line, or alone after a "label:" ("Here is the memo: SECRET")
    Pattern("banner line", r"(?m)(?:^|(?<=:[ \t]))[ \t]*(?:TOP[ \t]*(?:\r?\n[ \t]*)?SECRET|SECRET)[ \t]*$", 0.85),
    Pattern("confidential banner line", r"(?m)(?:^|(?<=:[ \t]))[ \t]*CONFIDENTIAL[ \t]*$", 0.45),
    Pattern(
        "portion mark",
        rf"(?m){_PORTION_START}[ \t]*\({PORTION_LEVEL}\)(?=[ \t]+[A-Z0-9\"'(])(?![ \t]+(?:Copyright|COPYRIGHT|\d))",
        0.6,
    ),
    # a portion mark cited before the portion it marks, quoted: "the paragraph starting with (S): 'Routes …'"
    Pattern(
        "cited portion mark",
        r"(?i:\b(?:start(?:s|ing)?|begin(?:s|ning)?|open(?:s|ing)?)[ \t]+with[ \t]+)\((?:TS|S)(?://[A-Z]+)*\)"
        "(?=[ \t]*[:,-]?[ \t]*['\"\u201c\u2018][A-Z])",
        0.9,
    ),
    Pattern(
        "authority line",
        r"(?m)^[ \t]*(?:Classified[ \t]+By|Derived[ \t]+From|Declassify[ \t]+On|Classification[ \t]+Authority)"
        r"[ \t]*:[ \t]*\S[^\n]*$",
        0.45,
    ),
]
# Markings score by corroboration between markings, not by context words.
CONTEXT: list[str] = []

# (U) portions and UNCLASSIFIED banners are not reported, but a text that has them is a marked document.
_OTHER_SIGNALS = regex.compile(r"(?m)\(U\)(?=[ \t]+[A-Z])|^[ \t]*UNCLASSIFIED(?://[A-Z ]+)?[ \t]*$")
# "if the memo is marked SECRET, …": a rule asked about, not this document
_HYPOTHETICAL = regex.compile(r"(?i)\b(?:if|when|whenever|whether|unless|once|suppose|say)\b[^.?!\n]{0,40}$")
_SENTENCE_START = regex.compile(r"[.!?:](?:[ \t]+|\n)|\n")
_TALK_BEFORE = regex.compile(
    r"(?i)\b(?:what|how|why|when|whether|if|explain|define|meaning|difference|about|regarding|rules?|guidance|policy"
    r"|training|means?|like|such)\b"
)
_TALK_AFTER = regex.compile(
    r"[ \t]*[,.]?[ \t]*(?i:is|are|was|were|means?|meant|stands?|vs\.?|versus|or|and|markings?|caveats?|designations?"
    r"|rules?|policy|guidance|handling|requirements?|applies|apply|training|course|module|class|session|overview"
    r"|guide|slides?|quiz|refresher)\b|[ \t]*\?"
)
_LIST_LETTER = regex.compile(r"(?m)(?:^|(?<=[.:;][ \t]))[ \t]*\(([ABD-RV-Z])\)[ \t]")


class ClassificationMarkingRecognizer(MarkingRecognizer):
    WEAK: ClassVar[Mapping[str, tuple[float, float]]] = {
        "portion mark": (0.6, 0.95),
        "confidential banner line": (0.45, 0.9),
        "authority line": (0.45, 0.9),
        "banner line": (0.85, 0.95),
    }
    FIELD_VALUES: ClassVar[frozenset[str]] = frozenset({"banner field"})

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CLASSIFICATION_MARKING",
            patterns=PATTERNS,
            context=CONTEXT,
            name="ClassificationMarkingRecognizer",
            global_regex_flags=0,  # markings are upper case: no IGNORECASE
        )

    def extra_signals(self, text: str) -> int:
        return len(_OTHER_SIGNALS.findall(text))

    def refine(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if pattern_name == "dissemination control":
            sentence = _SENTENCE_START.split(text[max(0, result.start - 80) : result.start])[-1]
            return _TALK_BEFORE.search(sentence) is None and _TALK_AFTER.match(text, result.end) is None
        if pattern_name == "marked document":
            if _HYPOTHETICAL.search(text, max(0, result.start - 60), result.start) is not None:
                return False
            result.start = text.index("marked", result.start) + len("marked")
            level = regex.search(r"TOP[ \t]+SECRET|SECRET", text[result.start : result.end])
            result.start += level.start() if level else 0
        if pattern_name == "classification line":
            result.start = text.index(":", result.start) + 1
        if pattern_name == "banner field":
            span = text[result.start : result.end]
            level = regex.search(r"TOP[ \t]*(?:\r?\n[ \t]*)?SECRET|SECRET|CONFIDENTIAL", span)
            result.start += level.start() if level else 0
        if pattern_name in ("classification line", "banner line", "confidential banner line"):
            span = text[result.start : result.end]
            result.start += len(span) - len(span.lstrip())
            result.end -= len(span) - len(span.rstrip())
        if pattern_name == "cited portion mark":
            result.start = text.index("(", result.start)
        if pattern_name == "portion mark":
            # (A) ... (B) ... (C) is a lettered list; (S) after (Q) (R) too
            return _LIST_LETTER.search(text) is None
        return True
