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


def quoted_or_example(text: str, start: int, end: int) -> bool:
    """The marking is quoted, or introduced as an example, on its own line."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 1]
    if before.endswith(tuple(_QUOTES)) and after in _QUOTES and after:
        return True
    if _EXAMPLE_AFTER.match(text, end) is not None:
        return True
    return _EXAMPLE_BEFORE.search(before.split("\n")[-1]) is not None


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
            if name not in self.FIELD_VALUES and quoted_or_example(text, r.start, r.end):
                r.score = min(r.score, QUOTED_SCORE)
            # the score is final: context words must not lift a quoted or lone weak marking
            r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(r)
        return kept

    def extra_signals(self, text: str) -> int:
        """Marking signals in the text that this recognizer does not report (e.g. ``(U)`` portion marks)."""
        return 0

    def refine(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        """May narrow the span to the marking itself; False drops a match the text shows is not a marking."""
        return True
