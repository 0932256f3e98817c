"""Round 22's searches near an anchor (recognizers/anchored.py) find what the plain patterns find: the card-front
header, the split identifier's cue, cut number and split birth date, and Presidio's licence shapes tried only at
words of capitals and digits (``WordShapes``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from gateway.detect.normalize import normalize
from gateway.detect.recognizers.anchored import AnchoredRegex, WordShapes
from gateway.detect.recognizers.base import plain
from gateway.detect.recognizers.identifiers import card_front, split_identifier
from gateway.detect.recognizers.identifiers.driver_license import CasedUsLicenseRecognizer
from gateway.detect.recognizers.required_text import text_facts

from .conftest import corpus_texts

TRICKY = [
    "DRIVER'S LICENSE\n1 SMITH\n2 JOHN\n3 07/09/1985\n4d D1234567\n8 12 Main St",
    "Führerschein\n1. MUSTER\n3. 12.03.1980",
    "xdriver license, id\tcard, ID  CARD, learner\u2019s permit; permis de conduire; cédula de identidad",
    "carteira nacional de habilitação; patente di guida; водительское удостоверение; 운전면허증",
    "my SSN first part is 604-\nme: 38-\nme: 2271 and the first half 2560\nsecond half 74039",
    "routing first half 0210\n...\nsecond half 00021; A-number starts A-208\nthe rest is -331-457",
    "born in the year 1971\nok\nmonth and day March 9; SSN: 531-7\n2-1148; phone is +8817 63\nUser: rest is 2205",
    "Cell 555 01\n23 4567, tel 555-\n0123, a number A 214\nUser: 339 271, Part one is 12",
    "DL A1234567 and 123456789 and X12345678 A-Z]]1234 ab12 B1_2 \u212a1234567 H12345678 12AB34567",
    "ids: D1234567,B12345 9876543Z 123ABC45678 A1B2C 1234567890123456 12345678901234567",
]


def _variants(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        out += [text, normalize(text).text]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = corpus_texts()
    assert len(corpus) > 1000
    return _variants(corpus)


def _spans(matches: Any) -> list[tuple[tuple[int, int], tuple[Any, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


ANCHORED = {
    "card header": card_front.HEADER,
    "first cue": split_identifier.FIRST_CUE,
    "cut number": split_identifier.CUT,
    "split birth date": split_identifier.BIRTH_SPLIT,
}


def test_the_patterns_are_anchored() -> None:
    assert all(isinstance(a, AnchoredRegex) for a in ANCHORED.values())


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_finds_what_the_pattern_finds(name: str, texts: list[str]) -> None:
    anchored = ANCHORED[name]
    assert isinstance(anchored, AnchoredRegex)
    found = 0
    for text in [*texts, *_variants(TRICKY), *(t.upper() for t in TRICKY), *(t.lower() for t in TRICKY)]:
        text_facts(text)
        expected = _spans(anchored.compiled.finditer(text))
        assert _spans(anchored.finditer(text)) == expected, (name, text[:200])
        assert (anchored.search(text) is None) == (anchored.compiled.search(text) is None)
        found += len(expected)
    assert found > 0


def _shapes() -> list[tuple[str, WordShapes]]:
    recognizer = CasedUsLicenseRecognizer()
    shapes = [(p.name, p.compiled_regex) for p in recognizer.patterns]
    assert all(isinstance(s, WordShapes) for _, s in shapes)
    return shapes  # type: ignore[return-value]


def test_word_shapes_find_what_the_shapes_find(texts: list[str]) -> None:
    found = 0
    for name, shapes in _shapes():
        for text in [*texts, *_variants(TRICKY)]:
            text_facts(text)
            expected = _spans(shapes.compiled.finditer(text))
            assert _spans(shapes.finditer(text)) == expected, (name, text[:200])
            found += len(expected)
    assert found > 1000


def test_word_shapes_fall_back_on_the_odd_branch_and_beyond_ascii() -> None:
    for _name, shapes in _shapes():
        for text in ("x A-Z]]1234 y", "\u00e9 A1234567 123456789", "A1234567 123456789"):
            assert _spans(shapes.finditer(text)) == _spans(shapes.compiled.finditer(text))


def test_plain_recognizer_uses_presidios_own_patterns() -> None:
    recognizer = plain(CasedUsLicenseRecognizer())
    assert all(p.compiled_regex is None for p in recognizer.patterns)
    found = recognizer.analyze("driver license A1234567 and 123456789", ["US_DRIVER_LICENSE"])
    assert {(r.start, r.end) for r in found} == {(15, 23), (28, 37)}
    assert all(not isinstance(p.compiled_regex, WordShapes) for p in recognizer.patterns)


def test_the_licence_shapes_are_words_of_capitals_and_digits() -> None:
    # what WordShapes rests on: no branch matches a single letter or a word with a small letter
    for _name, shapes in _shapes():
        assert shapes.unless == ("A-Z]",)
        assert re.search(r"\[A-Z\]|[HVXR]", shapes.pattern) is not None or not shapes.capital
