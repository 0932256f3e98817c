"""Shared by recognizers whose strongest pattern is "label + value" (``SSN: …``, ``A-Number: …``): the finding
covers the value only, never the label, and its score already counts the label, so context words add nothing.

A pattern whose name starts with ``labelled`` marks its value either with a named group ``value`` or, without
one, by ``VALUE`` matching at the end of the match.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult

from gateway.detect.recognizers.base import DepartmentRecognizer

# What may stand between a label and its value: "number", "no.", "#", "is", ":", "=", and the bracket, quote or
# markdown that opens the value ("EDIPI (1288340561)", "account `7741…`", "routing **0187…**").
LABEL_GLUE = r"[ \t]*(?:(?:number|num|no\.?|#|id)[ \t]*)?(?:is|was|:|=|-|#)?[ \t]*#?[ \t]*(?:[(\[`'\"]|\*\*?)?"


class LabelledValueRecognizer(DepartmentRecognizer):
    """A ``labelled…`` pattern reports its value: its ``value`` group, or else where ``VALUE`` ends the match."""

    VALUE: re.Pattern[str] | regex.Pattern[str] = re.compile(r"\S+$")

    def narrow(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if not pattern_name.startswith("labelled"):
            return True
        if pattern_name in self._value_groups:
            if not super().narrow(text, result, pattern_name):
                return False
        else:
            value = self.VALUE.search(text, result.start, result.end)
            if value is None or value.end() != result.end:
                return False
            result.start = value.start()
        result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return True
