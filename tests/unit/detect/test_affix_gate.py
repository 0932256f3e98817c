"""Round 28, scan cost: the tokenizer's affix patterns search only chunks that hold a character a match can begin
or end with (nlp.gate_affixes). The gate must give every chunk the answer the pattern's own search gives, so the
tokens (and so everything the model and the recognizers see) stay the same; test_fast_path.py checks whole scans
against the plain path, which keeps the plain searches.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from gateway.detect.nlp import MODEL, edge_chars, gate_affixes

try:
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parser

DATA = Path(__file__).resolve().parents[2] / "data"
UNSEEN = ("blind_am_", "blind_an_", "blind_ap_", "blind_aq_")  # evaluation sets nobody reads
# the characters spaCy's affix patterns turn on, with letters, digits and blanks around them
ALPHABET = (
    ".\u2026,;:!?)('\"s\u2019S\u2014\u2013+-%\u00b0FCkmgKBG$\u20ac\u00a3"
    "\n\t a1b2()[]{}<>_#*&\u3002x/=^~\u00a6\u00a9\u00ae\u00b2'"
)


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    plain = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    gated = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    gate_affixes(gated)
    return plain, gated


def _same(plain: Language, gated: Language, chunk: str) -> None:
    p: Any = plain.tokenizer
    g: Any = gated.tokenizer
    for name in ("prefix_search", "suffix_search"):
        a, b = getattr(p, name)(chunk), getattr(g, name)(chunk)
        assert (a and a.span()) == (b and b.span()), (name, chunk)
    assert [m.span() for m in p.infix_finditer(chunk)] == [m.span() for m in g.infix_finditer(chunk)], chunk


def test_all_three_searches_are_gated(pair: tuple[Language, Language]) -> None:
    _plain, gated = pair
    tokenizer: Any = gated.tokenizer
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        assert getattr(tokenizer, name).__name__ == "gated", name


def test_the_gate_answers_as_the_search_on_corpus_chunks(pair: tuple[Language, Language]) -> None:
    plain, gated = pair
    chunks: set[str] = set()
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name.startswith(UNSEEN):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "") if line.strip() else ""
            texts.append(text)
            chunks.update(text.split(" "))
    for chunk in chunks:
        _same(plain, gated, chunk)
    for text in texts[::7]:
        assert [t.text for t in plain.make_doc(text)] == [t.text for t in gated.make_doc(text)]


def test_the_gate_answers_as_the_search_on_random_chunks(pair: tuple[Language, Language]) -> None:
    plain, gated = pair
    rnd = random.Random(28)
    for _ in range(50_000):
        _same(plain, gated, "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12))))
    for chunk in ("", "\n", "word.\n", "U.S.", "...", "etc...\n", "5km", "5km\n", "°F.", "don't", "a-b", "x/y", "1+2"):
        _same(plain, gated, chunk)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=16))
def test_the_gate_answers_as_the_search_on_any_text(pair: tuple[Language, Language], chunk: str) -> None:
    _same(*pair, chunk)


def test_edge_characters_are_read_off_the_pattern() -> None:
    def edges(pattern: str, forward: bool) -> tuple[set[int], bool] | None:
        return edge_chars(list(_sre_parser.parse(pattern)), forward=forward)

    assert edges(r"(?<=[0-9])(?:km|m)$", forward=False) == ({ord("m")}, False)
    assert edges(r"^\+(?![0-9])|^\.\.+", forward=True) == ({ord("+"), ord(".")}, False)
    assert edges(r"a?b", forward=True) == ({ord("a"), ord("b")}, False)
    assert edges(r"a?", forward=True) == ({ord("a")}, True)  # may be empty: no gate
    assert edges(r"\d$", forward=False) is None  # a category: unknown
    assert edges(r"[^a]", forward=True) is None  # a negated class: unknown
    assert edges(r"(?i:k)", forward=True) is None  # other cases match too (and the Kelvin sign)
    assert edges(r"(a)\1", forward=False) is None  # a back reference


def test_a_pattern_whose_edges_cannot_be_read_keeps_its_search() -> None:
    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    tokenizer.suffix_search = re.compile(r"\d$|,$").search  # a category in one branch
    tokenizer.infix_finditer = re.compile(r"(?i)x").finditer  # case-insensitive
    tokenizer.prefix_search = re.compile(r"\(|^\[").search  # a branch not anchored at the start
    before = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)
    gate_affixes(nlp)
    assert (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer) == before
