"""PERSON for the speakers of a pasted chat or call log: ``Jomar: sir nakalimutan ko …``, ``王志强: 我的护照号是 …``,
``selamawit bekele: ya …`` (a chat typed in lower case), and the ``Name 10:14 AM`` lines of a Teams or Slack
export (or ``given.surname 10:14 AM``, a handle), with the date and time of a WhatsApp export before the speaker
or not.

A text is a chat when at least three lines open with ``Speaker:`` and the speaker changes at least twice. A
speaker is a person when it opens with a frequent given name or, of two or three words, the name lists know one
(and none is an everyday word), or when it is
written in Chinese or Korean with a known surname first; a speaker the lists do not know counts when another
speaker of the same chat is a known person (``Jomar`` beside ``Analyn Buenaventura``). Roles (Agent, Caller,
User, Assistant, Q, A) and form labels (``Name:``, ``DOB:``, labels.py) are never speakers.
"""

from __future__ import annotations

import itertools
import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from gateway.detect.labels import FIELD_LABEL_TAIL, entity_for
from gateway.detect.names_gazetteer import INSTITUTION_TAIL, Gazetteer, english_word, gazetteer
from gateway.detect.recognizers.base import own_result

SCORE = 0.7
# "Park, Ji-hoon" (surname first, as directories and Teams list people) and "NGUYEN" / "LE VAN" (a transcript's
# speakers in capitals)
_INVERTED = r"[A-Z][a-z'-]+,[ \t]+[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?"
_CAPS = r"[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}"
# "selamawit bekele: ya room 214": a chat typed in lower case names its speakers so (two or three words)
_LOWER = r"[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){1,2}"
# round 25: a group text's first names in lower case ("nelson: papa's appt is tues", "me: i can take him")
_LOWER_ONE = r"[a-z][a-z'-]+"
# a chat handle: "tsosie.k", "dana_whitfield"
_HANDLE = r"[a-z][a-z'-]+[._][a-z][a-z'-]*"
_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+"
    # a WhatsApp export: "[10/02/26, 8:14 PM] Name:", "12/3/26, 21:05 - Name:"
    r"|\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?"
    r"(?:[ \t]+-)?[ \t]+"
    # a Teams export: "[12/02/2026 9:03 AM] Name:", "[Yesterday 4:47 PM] Name:"
    r"|\[(?:[A-Za-z]{3,9}[ \t]+|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]+)"
    r"\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]+)?"
    rf"(?P<name>{_INVERTED}|[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){{0,2}}|{_CAPS}|{_LOWER}|{_HANDLE}|{_LOWER_ONE}"
    r"|[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})"
    # the speaker's agency or team after the name, as Teams shows it: "Okafor, Ifeoma (CBP):"
    r"(?:[ \t]+\([A-Z][A-Za-z&./ -]{1,30}\))?"
    r"[ \t]*[:\uff1a][ \t]*(?=\S)"
)
# Teams and Slack exports: the speaker's name and the time alone on a line, the message below it.
_HEADER = re.compile(
    # round 28b: the app's tag pasted before each header ("[Teams] Okafor, Ifeoma 10:04", "[Slack] dana.w 9:12")
    rf"(?m)^[ \t]*(?:\[[A-Za-z][A-Za-z .-]{{1,20}}\][ \t]+)?"
    rf"(?P<name>{_INVERTED}|[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){{0,2}}|[a-z][a-z'-]+[._][a-z][a-z'-]+)"
    r"[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$"
)
_ROLES = frozenset(
    """agent caller user customer client assistant bot system human ai me you support rep representative operator
    officer interviewer interpreter applicant moderator host guest admin note notes question answer speaker
    dispatcher supervisor manager tech technician staff nurse doctor patient teacher student info warning warn error
    debug trace fatal critical severe notice todo fixme alert""".split()  # noqa: SIM905 - a word list reads better as text
)


def _person(g: Gazetteer, name: str) -> bool | None:
    """True for a known person, False for what is never a speaker's name, None for an unknown name."""
    words = name.replace(".", " ").replace("_", " ").split()  # a Slack handle: "dana.whitfield"
    if "," in name:
        surname, *given = name.replace(",", " ").split()
        if g.is_surname(surname) and all(g.is_name_word(w) for w in given):
            # a given name that is also a word ("Lindqvist, Per"): a person beside a known one
            return True if not any(g.is_common(w) for w in given) else None
        words = [surname, *given]
    elif name.isupper() and name.isascii():
        # capitals carry no case to tell a name by: every word must be a name the lists hold, none a role or label
        if entity_for(name) is not None or any(w.lower() in _ROLES for w in words):
            return False
        return all(g.is_name_word(w) and not g.is_common(w) for w in words)
    if any(w.lower() in _ROLES or g.is_common(w) for w in words) or entity_for(name) is not None:
        return False
    if words[-1].lower() in INSTITUTION_TAIL:  # "Sector Command", "Operations Center"
        return False
    if len(words) > 1 and words[-1].lower() in FIELD_LABEL_TAIL:  # a log's field, not a turn of a chat
        return False
    if not name.isascii():
        return g.is_native_name(name)
    if name.islower():
        if len(words) > 1 and g.is_frequent_given(words[0]) and all(g.is_name_word(w) for w in words[1:]):
            return True
        last = words[-1]
        if len(words) > 1 and g.is_surname(last) and not english_word(last) and words[0] not in STOP_WORDS:
            return True  # "abebe tadesse": a surname the lists know and no English word ends it
        # two or three words no English list holds ("dawit haile"): a person beside a known one
        return None if len(words) > 1 and not any(english_word(w) for w in words) else False
    # round 16: a form's field in English words ("Flood Zone:", "Lienholder:"); not a surname alone ("Baker:")
    if (
        not g.is_frequent_given(words[0])
        and all(english_word(w) for w in words)
        and (len(words) > 1 or not g.is_surname(words[0]))
    ):
        return False
    if g.is_frequent_given(words[0]) or (len(words) > 1 and any(g.is_name_word(w) for w in words)):
        return True
    return None


def _a_key(text: str, m: re.Match[str]) -> bool:
    """Round 13. ``BEGIN:VEVENT``, ``END:VCARD``: a key in capitals with its value straight after the colon is a
    line of a record (iCalendar, vCard, a config), not a turn of a chat."""
    name = m.group("name")
    colon = m.end("name")
    return name.isupper() and text[colon : colon + 1] in (":", "\uff1a") and not text[colon + 1 : colon + 2].isspace()


class ChatSpeakerRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ChatSpeakerRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities or "\n" not in text:
            return []
        headers = list(_HEADER.finditer(text))
        turns = sorted(
            [*(m for m in _SPEAKER.finditer(text) if not _a_key(text, m)), *headers],
            key=lambda m: m.start(),
        )
        names = [m.group("name") for m in turns]
        # round 25: a text exchange the writer pasted with their own turns as "me:" is a chat at two turns
        mine = len(turns) == 2 and "me" in names
        if len(turns) < 3 and not mine:
            return []
        # round 28b: three or more export headers, each a name with its time alone on a line, are a chat at one
        # change of speaker ("Okafor, Ifeoma 10:04 … Okafor, Ifeoma 10:05 … Lindqvist, Per 10:07")
        stamped = len(headers) == len(turns)
        if sum(a != b for a, b in itertools.pairwise(names)) < (1 if mine or stamped else 2):
            return []
        g = gazetteer()
        verdict = {name: _person(g, name) for name in set(names)}
        # round 25: a single word in lower case is a speaker's first name only in a chat the writer pasted with
        # their own turns as "me:" (a group text); a given name the lists know, or a word no English list holds
        # beside one ("djalma" beside "nelson"); never a role, a label or an everyday word ("note:", "re:")
        mine = "me" in verdict
        for name in verdict:
            if name.islower() and " " not in name and "." not in name and "_" not in name:
                if not mine or len(name) < 3 or name in _ROLES or g.is_common(name) or entity_for(name) is not None:
                    verdict[name] = False
                elif g.is_given(name):
                    verdict[name] = True
                else:
                    verdict[name] = None if not english_word(name) else False
        people = any(verdict.values())
        return [
            self._result(m.start("name"), m.end("name"))
            for m in turns
            if verdict[m.group("name")] or (people and verdict[m.group("name")] is None)
        ]

    def _result(self, start: int, end: int) -> RecognizerResult:
        return own_result(self, "PERSON", start, end, SCORE)
