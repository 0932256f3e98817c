"""A lone word that only the model calls a person, in a text that is about no one.

The small model reads capitalised words of every kind as people: a tool in a list ("Jenkins, Argo CD"), a
method ("Pareto charts"), a case ("Douglas v. …"), a programme ("the Einstein sensors"), a word opening a
sentence ("Lunch is from …", "Grace periods …"). On the fresh sets of rounds 8 to 10 this one decision (one word,
the model alone, nothing else for it) made most of the altered negatives, and the name lists cannot tell these
words from names: the census surnames hold Jenkins, Kafka and Pareto.

What a text about a person shows is rarely the name alone. So the model's one-word PERSON is kept when anything
in the text speaks of or to people: another personal finding (a second name, an identifier, a phone number, an
address, a date of birth); another lone word of the model's in the same list ("Okafor, Pelletier and Whitcombe");
a title, honorific, kinship, relation or job word, a greeting or a verb of reaching someone ("asked") right before the
word; a cell of a table or a field of structured data holding it (``"evaluator": "… Worku"``); a "you"/"your"
right after it that addresses the person ("Oluwaseun your timesheet …"), a verb right after it that a person does
("… says Haugland will fix the roof", "Voss said") or a word of a person's record or household ("the Okafor
file"). A given name that is no English word is a person's anyway. Only a word with none of these is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import english_word, gazetteer
from gateway.detect.recognizers.personal.person import HONORIFIC, KIN, RELATION, ROLE_WORD, TITLE

MODEL = frozenset({"SpacyRecognizer", "NerRecognizer"})
EVIDENCE_MIN = 0.5  # a finding below the reporting threshold is no evidence
# Types that say nothing about a person on their own
_GENERIC = frozenset({"LOCATION", "ORGANIZATION", "NRP", "DATE_TIME", "URL"})
# Verbs of reaching a person: "I asked Oluwaseyi", "pinged Ngozi", "remind Haugland"
_CONTACT = (
    r"ask|asked|tell|told|ping|pinged|call|called|email|emailed|text|texted|thank|thanked|remind|reminded|meet|met"
    r"|invite|invited|contact|contacted|phone|phoned|notify|notified|page|paged"
)
# A word that speaks of or to the person right before the name ("Agent Soto", "her son Ahmad", "Hi Deeqa")
_CUE_BEFORE = regex.compile(
    rf"(?:\b(?:{HONORIFIC}|{TITLE}|{KIN})"
    rf"|(?i:\b(?:dear|hi|hello|hey|good[ \t]+(?:morning|afternoon|evening)|thanks|thank[ \t]+you|cc|attn"
    rf"|{RELATION}s?|children|kids|{_CONTACT}"
    # round 20: a job or a kinship word a note puts before one given name ("a marinheira Rosilene")
    rf"|{ROLE_WORD}"
    # round 19: a person's name given as such: "my late mother's name was Marguerite", "his first name is …"
    rf"|(?:my|his|her|their|your|['\u2019]s)[ \t]+(?:[a-z]+[ \t]+)?name[ \t]+(?:is|was))))[ \t,:]*$"
)
# The value of a key in structured data: "reviewer": "…", name='…', owner=…
_FIELD_BEFORE = regex.compile(r"(?:[\"'][ \t]*:[ \t]*[\"']|=[ \t]*[\"']?)[^\"'\n=:]{0,30}$")
# The person addressed: "Oluwaseun your timesheet …", "Marta, you are …"
_ADDRESSED_AFTER = regex.compile(r"[ \t]*,?[ \t]+(?:you|your|you're|you'll|you've)\b", regex.IGNORECASE)
# A verb whose subject is a person right after it: "the contractor says Haugland will fix …", "Voss said …"
_PERSON_VERB_AFTER = regex.compile(
    r"[ \t]+(?:will|would|can|could|should|must|might|said|says|told|tells|asked|asks|called|calls|emailed|texted"
    r"|wrote|writes|wants|wanted|needs|needed|thinks|thought|knows|knew|agreed|signed|forgot|promised|replied"
    r"|answered|mentioned|explained|complained|reported|requested|approved|denied)\b"
)
# A person's record or household after the name: "the Okafor file", "the Lindqvist case", "the Haugland family"
_RECORD_AFTER = regex.compile(
    r"(?:'s)?[ \t]+(?:file|files|case|cases|account|claim|application|petition|record|records|folder|matter|estate"
    r"|family|household|kids|children|twins|residence|interview|hearing|appeal|complaint|grievance)\b"
)
# A cell of a table: what the column holds is the header's to say, not this decision's
_CELL_SEPARATORS = "|\t"
# Items of one list: "Okafor, Pelletier and Whitcombe"
_LIST_GAP = regex.compile(r"[ \t]*(?:,|;|/|&)[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_BEFORE = 40


def _lone_model_word(text: str, f: Finding) -> bool:
    return f.entity_type == "PERSON" and f.recognizer in MODEL and len(text[f.start : f.end].split()) == 1


def unsupported_lone_name(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    """Whether ``f`` is a one-word PERSON of the model's with nothing in ``text`` that speaks of a person."""
    if not _lone_model_word(text, f):
        return False
    word = text[f.start : f.end].strip(".,:;'\"()!?")
    if gazetteer().is_given(word) and not english_word(word):
        return False
    before = text[max(0, f.start - _BEFORE) : f.start]
    if _CUE_BEFORE.search(before) or _FIELD_BEFORE.search(before):
        return False
    after = (_ADDRESSED_AFTER, _PERSON_VERB_AFTER, _RECORD_AFTER)
    if any(p.match(text, f.end) for p in after):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    if any(c in text[line_start : len(text) if line_end < 0 else line_end] for c in _CELL_SEPARATORS):
        return False
    return not any(
        o is not f
        and o.score >= EVIDENCE_MIN
        and o.entity_type not in _GENERIC
        and (not _lone_model_word(text, o) or _listed_together(text, f, o))
        for o in findings
    )


def _listed_together(text: str, a: Finding, b: Finding) -> bool:
    """Two lone words of one list ("Okafor, Pelletier and Whitcombe"): people listed by surname."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo <= hi and _LIST_GAP.fullmatch(text, lo, hi) is not None
