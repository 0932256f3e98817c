"""False positives the words around a finding rule out, applied after the recognizers (engine.py).

- A number that its own label calls something else: ``PO 470-22-1195``, ``work order 312-55-8890``,
  ``ticket 800-291-4477``, ``invoice``, ``requisition no.``, ``batch``, ``lot``, ``ZIP+4`` are not SSNs or phone
  numbers, whatever their shape: such a finding keeps a score below every shipped rule's (``RULED_OUT``).
- Words the small NER model takes for a person although they are not names in their context: kinship and
  role words on their own ("Uncle", "Grandma"), and the instruction that opens a prompt ("Reword:",
  "Traduce al inglés:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gateway.detect.findings import Finding
from gateway.detect.names_gazetteer import gazetteer

RULED_OUT = 0.3
# Types a document label can rule out: shapes that order, ticket and batch numbers share.
_SHAPED = frozenset({"US_SSN", "PHONE_NUMBER", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_PASSPORT"})
_OTHER_NUMBER_LABEL = re.compile(
    r"(?i)(?:\b(?:p\.?o|purchase[ \t]+order|order|work[ \t]+order|task[ \t]+order|invoice|inv|requisition|req"
    r"|ticket|incident|batch|lot|serial|part|tracking|confirmation|contract|docket|bates|vacancy|announcement"
    r"|zip(?:\+4)?|zip[ \t]+code|model|version|build|sku|stock|case|hull)\.?)[ \t]*(?:no\.?|number|num|nr|#|id)?"
    r"[ \t]*[:#=]?[ \t]*$"
)
# ... unless the number's own label is there too ("SSN on case 4: 212-67-4093")
_OWN_LABEL = re.compile(r"(?i)\b(?:ssn|social|phone|tel|cell|mobile|passport|licen[cs]e)\b")
_NER = frozenset({"SpacyRecognizer", "NerRecognizer"})
_NOT_PERSON_WORDS = frozenset(
    """uncle aunt auntie grandma grandpa grandmother grandfather granny nana mom mum dad mother father sister brother
    son daughter cousin nephew niece husband wife spouse baby sir madam ma'am boss chief officer agent director
    secretary deputy supervisor manager santa caller interpreter""".split()  # noqa: SIM905 - a word list reads better as text
)
# Form labels the model reads as a name ("Family Name", "Given Name"): a person's name never holds these words.
_LABEL_WORDS = frozenset({"name", "names", "number", "date"})
_LINE_START_LABEL = re.compile(r"(?:[ \t]+[^\s:]{1,20}){0,2}[ \t]*:")


def refine(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without those their context rules out."""
    out = []
    for f in findings:
        if (
            f.entity_type in _SHAPED
            and _OTHER_NUMBER_LABEL.search(text, max(0, f.start - 40), f.start)
            and not _OWN_LABEL.search(text, max(0, f.start - 40), f.start)
        ):
            out.append(replace(f, score=min(f.score, RULED_OUT)))
            continue
        if f.entity_type == "PERSON" and f.recognizer in _NER and _not_a_person(text, f):
            continue
        out.append(f)
    return out


def _not_a_person(text: str, f: Finding) -> bool:
    words = text[f.start : f.end].split()
    if len(words) == 1 and words[0].lower().rstrip("'s") in _NOT_PERSON_WORDS:
        return True
    if any(w.lower().strip(".,:;()") in _LABEL_WORDS for w in words):
        return True
    if len(words) == 1 and _written_lower_elsewhere(text, words[0]):
        return True
    g = gazetteer()
    if len(words) == 1 and g.is_common(words[0]) and _DETERMINER_AFTER.match(text, f.end):
        return True  # "… and Bill the travel to …": a verb
    if len(words) == 1 and _NUMBER_WORD_AFTER.match(text, f.end):
        return True  # "Bates range DHS-…", "Model number"
    lead = words[1] if len(words) >= 3 and words[0].islower() else words[0]  # "de Puerto Rico"
    if len(words) >= 2 and lead.lower() in _PLACE_LEAD:
        return True  # "Nuevo Laredo", "Fort Worth"
    # "Reword: …" — the first words of the text, before a colon, and none of them a known name
    line_start = text.rfind("\n", 0, f.start) + 1
    if text[line_start : f.start].strip() == "" and _LINE_START_LABEL.match(text, f.end) and len(words) <= 3:
        return not any(len(w) > 2 and g.is_name_word(w) and not g.is_common(w) for w in words)
    return False


_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|this|that|these|those|my|our|your|their|his|its)\b")
_NUMBER_WORD_AFTER = re.compile(r"[ \t]+(?:range|number|numbers|no\.|nos\.|stamp|stamps|code|id)\b", re.IGNORECASE)
# First words of place names the model takes for a person's
_PLACE_LEAD = frozenset(
    """nuevo nueva san santa santo fort port mount mt. lake new north south east west saint st. los las puerto
    ciudad villa""".split()  # noqa: SIM905 - a word list reads better as text
)


def _written_lower_elsewhere(text: str, word: str) -> bool:
    """A capitalised word ("Files that are cleared …") that the same text also writes in lower case ("closed
    benefit files") is an everyday word, unless it is a frequent given name and not a common word."""
    lower = word.lower()
    if lower == word or len(word) < 3 or not word.isalpha():
        return False
    g = gazetteer()
    if g.is_frequent_given(word) and not g.is_common(word):
        return False
    return re.search(rf"(?<![\w'-]){re.escape(lower)}(?![\w'-])", text) is not None
