"""PERSON for a name that its own e-mail address spells: ``Rowel Catacutan … rowel.catacutan@…``, ``Jun Macaraig -
jun.macaraig @ …``. Two or three capitalised words are a person's name when each of them is a word of the local
part of an address in the same text (split at ``.``, ``_`` and ``-``), whatever the name lists say; not for
team mailboxes (``public.engagement@…``) or addresses at .gov and .mil domains (public contact points)."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result

SCORE = 0.75
# an "@" (also spaced, or written "[at]"/"(at)": "jun.macaraig @ …") with the domain after it; the local part is
# read back from the "@", so the text is scanned for "@" only
_AT = re.compile(r"[ \t]*(?:@|\[at\]|\(at\))[ \t]*([\w.-]*)", re.IGNORECASE)
_LOCAL_BEFORE = re.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]{1,63})$")
# Public and team mailboxes ("public.engagement@…", "press.office@…") and government domains name no one.
ROLE_WORDS = frozenset(
    """public engagement press media info information contact contacts support help helpdesk desk office service
    services team admin inquiries inquiry relations affairs privacy foia noreply no reply news alerts hr it ops
    security operations center centre program programs outreach communications comms feedback customer""".split()  # noqa: SIM905 - a word list reads better as text
)


class EmailNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="EmailNameRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities or ("@" not in text and "at]" not in text and "at)" not in text):
            return []
        found = _recipients_named(text) if "@" in text else []
        locals_ = []
        for m in _AT.finditer(text):
            local = _LOCAL_BEFORE.search(text, max(0, m.start() - 64), m.start())
            if local is None or m.group(1).lower().rstrip(".").endswith((".gov", ".mil")):
                continue
            parts = set(re.split(r"[._+-]+", local.group(1).lower())) - {""}
            if not parts & ROLE_WORDS:
                locals_.append(parts)
        out = [self._result(start, end) for start, end in found]
        if not locals_:
            return out
        vocabulary = sorted({p for parts in locals_ for p in parts if len(p) >= 2 and p.isalpha()}, key=len)[::-1]
        if len(vocabulary) < 2:
            return out
        # words of the local parts in Title Case, two or three in a row, all from one local part, each used once
        word = "(?:" + "|".join(re.escape(w.title()) for w in vocabulary) + ")"
        for m in re.finditer(rf"(?<![\w'-]){word}(?:[ \t]+{word}){{1,2}}(?![\w'-])", text):
            words = [w.lower() for w in m.group(0).split()]
            if len(set(words)) == len(words) and any(set(words) <= parts for parts in locals_):
                out.append(self._result(m.start(), m.end()))
        return out

    def _result(self, start: int, end: int) -> RecognizerResult:
        return own_result(self, "PERSON", start, end, SCORE)


# Round 24. The people a message is addressed to, by a header's personal address ("To: rommel.manalo@…", also at a
# department's domain: a first.last address is one employee's, not a contact point), and where the body names
# them: the greeting line's given name alone ("Rommel, welcome aboard!", "Hi Rommel,"), and a full name whose last
# words spell the address's surname, particles and all ("Rhea dela Cruz de los Reyes" for "rhea.delosreyes@")
_HEADER_ADDRESS = re.compile(
    r"(?im)^[ \t]*(?:to|cc|bcc)[ \t]*:[^\n]*?(?<![\w.+-])([a-z]{2,20})[._]([a-z]{2,30})(?:\d{0,3})@[\w.-]+"
)
_GREETING_NAME = r"(?im:^[ \t]*(?:(?:hi|hello|hey|dear|welcome|good[ \t]+morning|good[ \t]+afternoon)[ \t]+)?)"
_NAME_TAIL = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'\u2019-]*|de|dela|del|delos|la|las|los|le|da|das|do|dos|du|der|den|van|von|y|bin|binti|al)"
    r"(?![\w'\u2019-])){1,6}"
)
_WORD = re.compile(r"\S+")


def _recipients_named(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _HEADER_ADDRESS.finditer(text):
        given, surname = m.group(1), m.group(2)
        if {given, surname} & ROLE_WORDS or given == surname:
            continue
        title = given.title()
        for g in re.finditer(rf"{_GREETING_NAME}(?-i:{title})(?=[ \t]*[,!:])", text):
            out.append((g.end() - len(title), g.end()))
        for n in re.finditer(rf"(?<![\w'-]){title}(?=[ \t])", text):
            tail = _NAME_TAIL.match(text, n.end())
            if tail is None:
                continue
            words = list(_WORD.finditer(text, n.end(), tail.end()))
            for j in range(len(words), 0, -1):
                if words[j - 1].group(0)[0].isupper() and any(
                    "".join(w.group(0) for w in words[i:j]).lower() == surname for i in range(j)
                ):
                    out.append((n.start(), words[j - 1].end()))
                    break
    return out
