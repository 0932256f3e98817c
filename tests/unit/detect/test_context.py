"""Context words count whole (or as plurals), never as fragments of other words."""

from __future__ import annotations

import pytest

from gateway.detect.context import supporting_word


@pytest.mark.parametrize(
    ("words", "context", "expected"),
    [
        (["routing"], ["routing", "aba"], "routing"),
        (["accounts"], ["account"], "account"),
        (["addresses"], ["address"], "address"),
        (["attached"], ["ach"], ""),
        (["first"], ["irs"], ""),
        (["hotel", "tell"], ["tel"], ""),
        (["checking", "Savings"], ["savings"], "savings"),
        ([], ["ssn"], ""),
    ],
)
def test_supporting_word(words: list[str], context: list[str], expected: str) -> None:
    assert supporting_word(words, context) == expected
