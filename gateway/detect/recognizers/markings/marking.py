"""What the two marking recognizers share: scoring by corroboration, and markings quoted as examples.

A strong marking (upper case with ``//``, a portion mark with controls) stands on its own. A weak one (a lone
portion mark, a level word alone on a line, one authority line) needs a second marking signal somewhere in
the same text, as docs/POLICY-REFERENCE.md asks (two signals that agree); alone it gets a lower score. A marking
in quotes or after "e.g."/"such as" is being talked about (training material), not applied.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import DepartmentRecognizer, matched_pattern

QUOTED_SCORE = 0.3
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:e\.g\.,?|i\.e\.,?|such as|for example,?|for instance,?|example:"
    # markings listed as kinds: "some say CUI, some say SECRET//NOFORN, older ones say FOUO"
    r"|\b(?:some|others|many|older[ \t]+ones|newer[ \t]+ones)[ \t]+(?:say|read|show|carry|have)"
    # round 15: a kind of marking named, then one shown "like" it: "portion marks like (S//NF) go before …"
    r"|\b(?:marks|markings|banners|caveats|portion[ \t]+marks?|banner[ \t]+lines?)[ \t]+like)\s*$"
)
# "… SECRET//NOFORN in training examples": the marking shown in teaching material, not applied to this text
_EXAMPLE_AFTER = re.compile(
    r"(?i)[ \t]+(?:in|from)[ \t]+(?:the[ \t]+)?training[ \t]+(?:examples?|materials?|slides?)\b"
)


# Round 23. Training material names markings inside its sentences in more ways than "e.g." (the department's
# policy reference lists "training material that shows example markings" as a false-positive trap); each form
# below is the marking talked about, never a banner line or a portion mark that opens what it marks.
# - a later item of a list of examples: "Examples of banners you may see: CUI, CUI//SP-PRVCY", "a header like
#   CUI//SP-CRIT or LAW ENFORCEMENT SENSITIVE" (the items before it are marking-shaped: capitals, "/", "-")
_LIST_ITEM = r"\(?[A-Z][A-Z0-9/ -]{0,40}\)?[ \t]*(?:,|;|(?i:or|and))[ \t]*"
_LISTED_BEFORE = re.compile(
    r"(?i:\bsuch[ \t]+as|\be\.g\.,?|\bfor[ \t]+(?:example|instance),?|\blike|\binclud(?:e|es|ing))[ \t]*"
    rf"(?:{_LIST_ITEM}){{1,4}}$"
)
# "Examples of banners you may see: CUI, CUI//SP-PRVCY": the list after a colon, the marking the list's item
_EXAMPLES_COLON = re.compile(rf"(?i:\bexamples?\b)[^.!?\n:]{{0,40}}:[ \t]*(?:{_LIST_ITEM}){{0,4}}$")
# a list ends with the marking: a comma, a full stop, "or", the end of the line (after a colon, what follows a
# marking that is not a list's item may be the marked text itself: "Example of a memo: CUI//SP-LEI Subject: …")
_LIST_END = re.compile(r"[ \t]*(?:[,;.)]|(?:or|and)\b|\r?\n|$)")
# - a singular kind of marking shown "like" one: "a header like CUI//SP-CRIT", "a stamp like (U//FOUO)"
_KIND_LIKE = re.compile(
    r"(?i:\b(?:headers?|footers?|banners?|stamps?|caveats?|markings?|marks?|labels?|designations?)[ \t]+like)[ \t]*$"
)
# - the choices of a quiz: "(a) (CUI) (b) [CUI] (c) CUI:" — an option's letter before, the next option after
_OPTION_BEFORE = re.compile(r"(?:^|[ \t])\(?[a-eA-E][).][ \t]*$")
_OPTION_AFTER = re.compile(r"\s+\(?[a-eA-E][).][ \t]")
_OPTION_LABEL = re.compile(r"(?:^|[ \t])\([a-eA-E]\)[ \t]")
# - what to mark documents of a kind with, a sentence that ends at the marking: "Mark them CUI//SP-PRVCY.",
#   "Such files must be marked CUI//SP-LEI." (not "mark this …", "this report should be marked …": that is the
#   text at hand)
_INSTRUCTION_BEFORE = re.compile(
    r"(?i:\b(?:mark|label|stamp)[ \t]+"
    r"(?:them|these|those|(?:all|any|each|every|such)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+)[ \t]+(?:as[ \t]+|with[ \t]+)?"
    r"|\b(?:must|should|shall|will|are[ \t]+to|needs?[ \t]+to)[ \t]+be[ \t]+"
    r"(?:portion[ \t-])?(?:marked|labell?ed|stamped)[ \t]+(?:as[ \t]+|with[ \t]+)?)$"
)
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!;]|[\"'\u201d\u2019)]|\r?\n|$)")
_THIS_TEXT = re.compile(r"(?i)\b(?:this|it|attached|enclosed|my|our)\b")
# - a rule about any document that carries it: "a document marked CUI//SP-LEI must not be emailed"
_GENERIC_MARKED = re.compile(
    r"(?i:\b(?:a|an|any|every|each|all|no)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:documents?|files?|records?|e-?mails?|reports?"
    r"|pages?|memos?|attachments?|materials?|papers?|plans?|slides?|forms?|messages?)[ \t]+"
    r"(?:(?:that|which)[ \t]+(?:is|are)[ \t]+)?(?:marked|labell?ed|stamped|bearing|carrying)[ \t]+(?:as[ \t]+)?)$"
)
_RULE_AFTER = re.compile(
    r"(?i:[ \t]+(?:must|should|shall|may|can|cannot|can['\u2019]t|might|never|(?:is|are)[ \t]+(?:not|never)"
    r"|(?:has|have|needs?)[ \t]+to|requires?)\b)"
)


def quoted_or_example(text: str, start: int, end: int) -> bool:
    """The marking is quoted, or introduced as an example, on its own line."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 1]
    if before.endswith(tuple(_QUOTES)) and after in _QUOTES and after:
        return not _reads_on_this_text(text, start)
    if _EXAMPLE_AFTER.match(text, end) is not None:
        return True
    if _EXAMPLE_BEFORE.search(before.split("\n")[-1]) is not None:
        return True
    return _talked_about(text, start, end)


# Round 23. A part of the text at hand said to read a quoted marking: 'Slide footer reads "SENSITIVE SECURITY
# INFORMATION"', 'the banner says "CUI//SP-LEI"' (the quotes give what is written there), unless a condition opens
# the sentence ('if the header reads "SECRET", stop')
_PART_READS = re.compile(
    r"(?i:\b(?:header|footer|banner|cover[ \t]+(?:sheet|page)|stamp|watermark|caption|top[ \t]+line"
    r"|subject[ \t]+line)s?(?:[ \t]+(?:on|of|at|in)(?:[ \t]+[\w'-]+){1,3}?)?[ \t]+(?:reads?|says?|shows?|said)"
    r"[ \t]*:?[ \t]*)[\"'`\u201c\u2018]$"
)
_CONDITION = re.compile(r"(?i)\b(?:if|when|whenever|unless|once|suppose|whether)\b[^.?!\n]{0,60}$")


def _reads_on_this_text(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    part = _PART_READS.search(window)
    return part is not None and _CONDITION.search(window, 0, part.start()) is None


def _talked_about(text: str, start: int, end: int) -> bool:
    """Round 23: the marking named inside a sentence of training material (a list of examples, a quiz's choice,
    an instruction for documents of a kind, a rule about any document carrying it), not applied to this text."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start or not text[line_start:start].strip():
        return False  # a banner line or a portion mark opening its line is applied, whatever comes before
    before = text[max(line_start, start - 100) : start]
    if _KIND_LIKE.search(before) is not None:
        return True
    if _LISTED_BEFORE.search(before) is not None:
        return True
    if _EXAMPLES_COLON.search(before) is not None and _LIST_END.match(text, end) is not None:
        return True
    if _OPTION_BEFORE.search(before) is not None and (
        _OPTION_AFTER.match(text, end) is not None or len(_OPTION_LABEL.findall(before)) >= 3
    ):
        return True  # a choice between two more, or the last of three or more
    instruction = _INSTRUCTION_BEFORE.search(before)
    if instruction is not None and _SENTENCE_END.match(text, end) is not None:
        sentence = re.split(r"[.!?]\s", before[: instruction.start()])[-1]
        if _THIS_TEXT.search(sentence) is None:
            return True
    return _GENERIC_MARKED.search(before) is not None and _RULE_AFTER.match(text, end) is not None


class MarkingRecognizer(DepartmentRecognizer):
    """A pattern recognizer whose weak patterns score by corroboration.

    ``WEAK`` maps a pattern name to (score alone, score corroborated); every other pattern keeps its own score.
    """

    WEAK: ClassVar[Mapping[str, tuple[float, float]]] = {}
    # patterns whose quotes are the syntax of a data format ("hdr": "SECRET"), not a quotation
    FIELD_VALUES: ClassVar[frozenset[str]] = frozenset()

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return results
        signals = len(results) + self.extra_signals(text)
        kept = []
        for r in results:
            name = matched_pattern(r)
            if not self.refine(text, r, name):
                continue
            if name in self.WEAK:
                alone, corroborated = self.WEAK[name]
                r.score = corroborated if signals >= 2 else alone
            if (name not in self.FIELD_VALUES and quoted_or_example(text, r.start, r.end)) or self.asked_about(
                text, r.start, r.end, name
            ):
                r.score = min(r.score, QUOTED_SCORE)
            # the score is final: context words must not lift a quoted or lone weak marking
            r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(r)
        return kept

    def extra_signals(self, text: str) -> int:
        """Marking signals in the text that this recognizer does not report (e.g. ``(U)`` portion marks)."""
        return 0

    def asked_about(self, text: str, start: int, end: int, pattern_name: str) -> bool:
        """The marking is named inside a question about marking practice, not applied to this text."""
        return False

    def refine(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        """May narrow the span to the marking itself; False drops a match the text shows is not a marking."""
        return True
