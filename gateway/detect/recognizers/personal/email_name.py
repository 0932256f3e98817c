"""PERSON for a name that its own e-mail address spells: ``Rowel Catacutan … rowel.catacutan@…``, ``Jun Macaraig -
jun.macaraig @ …``. Two or three capitalised words are a person's name when each of them is a word of the local
part of an address in the same text (split at ``.``, ``_`` and ``-``), whatever the name lists say; not for
team mailboxes (``public.engagement@…``) or addresses at .gov and .mil domains (public contact points)."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

SCORE = 0.75
# a local part before "@", also written spaced or as "at" ("jun.macaraig @ …", "nasra dot warsame at …")
_LOCAL = re.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]{1,63}?)[ \t]*(?:@|\[at\]|\(at\))[ \t]*([\w.-]*)", re.IGNORECASE)
# Public and team mailboxes ("public.engagement@…", "press.office@…") and government domains name no one.
_ROLE_WORDS = frozenset(
    """public engagement press media info information contact contacts support help helpdesk desk office service
    services team admin inquiries inquiry relations affairs privacy foia noreply no reply news alerts hr it ops
    security operations center centre program programs outreach communications comms feedback customer""".split()  # noqa: SIM905 - a word list reads better as text
)
_RUN = regex.compile(
    r"(?<![\p{L}'-])\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)*(?:[ \t]+\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)*){1,2}"
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
        locals_ = [
            parts
            for m in _LOCAL.finditer(text)
            if not m.group(2).lower().rstrip(".").endswith((".gov", ".mil"))
            and not (parts := set(re.split(r"[._+-]+", m.group(1).lower())) - {""}) & _ROLE_WORDS
        ]
        if not locals_:
            return []
        out = []
        for m in _RUN.finditer(text):
            words = [w.lower() for w in m.group(0).split()]
            if any(set(words) <= parts for parts in locals_):
                out.append(self._result(m.start(), m.end()))
        return out

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            "PERSON",
            start,
            end,
            SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )
