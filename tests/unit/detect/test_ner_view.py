"""What the model is shown (ner_view.py): the cut parts, the map back, and the same entities as on the whole text."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gateway.detect.engine import DetectorFactory
from gateway.detect.eval.corpus import load_corpus
from gateway.detect.findings import Finding
from gateway.detect.ner_view import NerView, ner_view
from gateway.detect.nlp import LANGUAGE, NER_CONFIGURATION

DATA = Path(__file__).resolve().parents[2] / "data"
BLOB = "dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IDEyMzQ1Ng=="


def _pieces(view: NerView, text: str) -> None:
    """Every kept piece maps back onto the same characters, at both ends."""
    bounds = [*view.starts, len(view.text)]
    for i, (start, end) in enumerate(itertools.pairwise(bounds)):
        if start == end:
            continue
        assert view.start_to_original(start) == view.origins[i]
        assert text[view.start_to_original(start) : view.end_to_original(end)] == view.text[start:end]
        for s in range(start, end):
            assert text[view.start_to_original(s)] == view.text[s]
            assert text[view.end_to_original(s + 1) - 1] == view.text[s]


def test_text_with_nothing_to_cut_is_shown_whole() -> None:
    view = ner_view("Maria Garcia called 202-555-0143 about 1f1fc7a9e3f0f6695b65a349f6b487e1.")
    assert not view.trimmed
    assert view.start_to_original(5) == 5 and view.end_to_original(12) == 12


def test_a_base64_blob_is_cut_with_one_space() -> None:
    text = f"Maria Garcia sent {BLOB} to Bob Stone"
    view = ner_view(text)
    assert view.text == "Maria Garcia sent to Bob Stone"
    start = view.text.index("Bob Stone")
    assert text[view.start_to_original(start) : view.end_to_original(start + 9)] == "Bob Stone"
    _pieces(view, text)


def test_a_small_cut_in_a_long_text_is_not_taken() -> None:
    text = "Maria Garcia wrote a long letter about her case. " * 8 + BLOB
    assert not ner_view(text).trimmed
    cut = ner_view(text[-200:])
    assert cut.trimmed and cut.text == text[-200:-45]


def test_quoted_blob_and_punctuation_lines_are_cut() -> None:
    text = '{\n  "name": "Maria Garcia",\n  "key": "' + BLOB + '",\n  "ok": true\n},\n[\n]'
    view = ner_view(text)
    assert BLOB not in view.text and "{" not in view.text and "]" not in view.text
    assert '"name": "Maria Garcia",' in view.text
    _pieces(view, text)


def test_an_entity_across_a_cut_maps_to_both_ends() -> None:
    text = f"Maria {BLOB} Garcia"
    view = ner_view(text)
    assert view.text == "Maria Garcia"
    assert (view.start_to_original(0), view.end_to_original(len(view.text))) == (0, len(text))


def test_text_of_nothing_but_cut_parts() -> None:
    view = ner_view("}\n" + BLOB)
    assert view.text == ""
    assert view.trimmed


def test_the_map_holds_on_random_texts() -> None:
    rng = random.Random(13)
    parts = ["Maria", "Garcia", " ", " ", "\n", "{", "}", "},", BLOB, f'"{BLOB}",', "42", "x"]
    for _ in range(300):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 25)))
        _pieces(ner_view(text), text)


@pytest.fixture(scope="module")
def factory() -> DetectorFactory:
    return DetectorFactory()


def _corpus_texts() -> list[str]:
    texts = [r.text for path in sorted(DATA.glob("*.jsonl")) for r in load_corpus(path)]
    assert len(texts) > 500, "the corpora were not found"
    return texts


def _sample(texts: list[str]) -> list[str]:
    """Corpus texts as they arrive pasted in JSON beside a key, and every corpus text that has a part to cut."""
    rng = random.Random(8)
    pasted = [
        '{\n  "note": ' + json.dumps(t) + ',\n  "key": "' + BLOB + '"\n},\n{\n  "id": 7\n}'
        for t in rng.sample(texts, 60)
    ]
    return [t for t in texts if ner_view(t).trimmed] + pasted


def _untrimmed(factory: DetectorFactory) -> Iterator[None]:
    engine = factory.nlp_engine
    engine.trim = False
    try:
        yield
    finally:
        del engine.trim


def _key(f: Finding) -> tuple[str, int, int, float, str]:
    return (f.entity_type, f.start, f.end, f.score, f.recognizer)


def test_same_findings_as_the_whole_text_on_the_corpora(factory: DetectorFactory) -> None:
    """Every corpus text the cut applies to, and corpus texts pasted in JSON with a key: the detector's findings
    are the same whether the model saw the text whole or cut (the rest of the corpus is never cut: the view is the
    text itself, asserted in test_fast_path.py against the reference path)."""
    texts = _sample(_corpus_texts())
    assert len(texts) > 60
    detector = factory.build()
    cut = [detector.analyze([t])[0] for t in texts]
    with contextmanager(_untrimmed)(factory):
        whole = [detector.analyze([t])[0] for t in texts]
    assert [sorted(map(_key, f)) for f in cut] == [sorted(map(_key, f)) for f in whole]


def _near_cuts(text: str, kept: set[int]) -> set[int]:
    """Line numbers of every line a cut part touches, and of the lines either side of it."""
    lines = {text.count("\n", 0, i) for i in range(len(text)) if i not in kept}
    return {n + d for n in lines for d in (-1, 0, 1)}


def test_the_model_agrees_away_from_the_cut_parts(factory: DetectorFactory) -> None:
    """The model's own entities differ only on the lines a cut touches and their neighbours: where the whole text's
    covered a cut part (a base64 line it called a GPE or a PERSON, which the NER recognizer rejects), or where the
    missing token changed its reading of the next line (a `REPO:` key after a cut token taken for a PERSON, which the
    detector's findings, compared above, do not keep). Labels the detector ignores are not compared."""
    ignored = set(NER_CONFIGURATION["labels_to_ignore"])
    engine = factory.nlp_engine
    for text in _sample(_corpus_texts()):
        view = ner_view(text)
        kept = set()
        for start, origin, end in zip(view.starts, view.origins, [*view.starts[1:], len(view.text)], strict=True):
            kept.update(range(origin, origin + end - start))
        with engine.memory_zone():
            cut = {(e.label_, e.start_char, e.end_char) for e in engine.docs([text])[0].ents}
            whole = {(e.label_, e.start_char, e.end_char) for e in engine.nlp[LANGUAGE](text).ents}
        near = _near_cuts(text, kept)
        for label, start, end in cut ^ whole:
            if label in ignored:
                continue
            lines = {text.count("\n", 0, start), text.count("\n", 0, end)}
            assert lines & near, (label, text[start:end])
