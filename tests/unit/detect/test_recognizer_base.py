"""The recognizer base: a ``value`` group narrows the finding, ``keep`` sees the pattern's name, Presidio's
``invalidate_result`` drops a match before anything else."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.base import DepartmentRecognizer


class _Toy(DepartmentRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="TOY",
            patterns=[
                Pattern("assigned", r"toy[ \t]*=[ \t]*(?P<value>\w+)?", 0.9),
                Pattern("bare", r"\bTOY\d{3}\b", 0.6),
            ],
            global_regex_flags=re.MULTILINE,
        )
        self.seen: list[str] = []

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        self.seen.append(pattern_name)
        return text[result.start : result.end] != "skip"

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text == "TOY000"


def _spans(recognizer: _Toy, text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in recognizer.analyze(text, ["TOY"]))


def test_value_group_narrows_and_keep_sees_the_pattern() -> None:
    toy = _Toy()
    assert _spans(toy, "toy = abc and TOY123") == ["TOY123", "abc"]
    assert sorted(toy.seen) == ["assigned", "bare"]


def test_missing_value_and_keep_and_invalidate_drop() -> None:
    toy = _Toy()
    assert _spans(toy, "toy = ") == []  # the value group did not take part
    assert _spans(toy, "toy = skip") == []  # keep said no
    assert _spans(toy, "TOY000") == []  # Presidio's invalidate_result hook
