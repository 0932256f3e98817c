"""Round 10, scan cost: a recognizer is skipped only where its own patterns prove it can find nothing.

Round 8 let a recognizer declare by hand what a text must contain for it to run. A declaration narrower than the
patterns skips the recognizer silently (a password client flag added to the patterns but not to the trigger left
``/user:`` unscanned). The hand-written triggers are gone: the skip is read off every pattern (pattern_gate.py),
so a new pattern brings its own requirement, and one whose requirement cannot be proved keeps the recognizer
running on every text.
"""

from __future__ import annotations

import threading

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.engine import DetectorFactory, PresidioDetector
from gateway.detect.nlp import LANGUAGE
from gateway.detect.recognizers.base import DepartmentRecognizer, plain
from gateway.detect.recognizers.pattern_gate import Gate, gate, text_facts
from gateway.detect.recognizers.required_text import TextFacts, required_text


def _recognizers(detector: PresidioDetector) -> list[EntityRecognizer]:
    return list(detector._engine._language_recognizers(LANGUAGE))


# --- no hand-written triggers ---------------------------------------------------------------------------------------


def test_no_recognizer_declares_what_a_text_must_hold(detector: PresidioDetector) -> None:
    for recognizer in _recognizers(detector):
        assert not hasattr(type(recognizer), "TRIGGERS"), recognizer.name
        assert not hasattr(recognizer, "triggers"), recognizer.name


def test_the_skip_of_every_gated_recognizer_is_its_patterns_requirements(detector: PresidioDetector) -> None:
    gated = 0
    for recognizer in _recognizers(detector):
        found = gate(recognizer)
        if found is None:
            continue
        gated += 1
        assert isinstance(recognizer, PatternRecognizer)
        flags = recognizer.global_regex_flags or 0
        assert list(found.requirements) == [required_text(p.regex, flags) for p in recognizer.patterns]
    assert gated >= 20  # most pattern recognizers are gated: a guard that the gate is in use at all


# --- a new pattern opens the gate by itself ---------------------------------------------------------------------------


def _password_like(*patterns: Pattern) -> DepartmentRecognizer:
    return DepartmentRecognizer(supported_entity="PASSWORD", patterns=list(patterns), name="Pw", global_regex_flags=0)


def test_a_pattern_added_later_is_covered_without_declaring_anything() -> None:
    text = r"net use \\files\ops /user:ops-admin Zr81!mKq"
    labelled = Pattern("labelled", r"(?i:passw(?:or)?d)[ \t]*[:=][ \t]*(?P<value>\S+)", 0.85)
    before = _password_like(labelled)
    assert not _open(before, text)  # no pattern of it can match: skipped, rightly
    after = _password_like(labelled, Pattern("net use", r"/user:\S+[ \t]+(?P<value>\S+)", 0.85))
    assert _open(after, text)
    assert [text[r.start : r.end] for r in after.analyze(text, ["PASSWORD"])] == ["Zr81!mKq"]


def test_a_pattern_without_a_provable_requirement_keeps_its_recognizer_running() -> None:
    recognizer = _password_like(
        Pattern("labelled", r"(?i:passwd)=(?P<value>\S+)", 0.8), Pattern("any word", r"[A-Za-z]{12,}", 0.1)
    )
    assert gate(recognizer) is None


class _AddsItsOwn(DepartmentRecognizer):
    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [*found, RecognizerResult("PASSWORD", 0, min(4, len(text)), 0.5)]


def test_a_recognizer_that_finds_more_than_its_patterns_is_never_skipped() -> None:
    recognizer = _AddsItsOwn(supported_entity="PASSWORD", patterns=[Pattern("p", r"secret=\S+", 0.5)], name="Own")
    assert gate(recognizer) is None  # its analyze is not one reviewed to report pattern matches only


def test_the_plain_path_skips_nothing() -> None:
    recognizer = plain(_password_like(Pattern("labelled", r"passwd=\S+", 0.8)))
    assert gate(recognizer) is None


def test_the_engine_runs_a_gated_recognizer_once_its_requirement_appears(detector: PresidioDetector) -> None:
    assert detector.analyze(["Meeting moved to the east annex."]) == [[]]
    found = detector.analyze(["Jump host: 10.42.7.19 (rebooted)."])[0]
    assert any(f.entity_type == "IP_ADDRESS" for f in found)


def _open(recognizer: EntityRecognizer, text: str) -> bool:
    found = gate(recognizer)
    return found is None or found.open(TextFacts(text))


# --- soundness: a closed gate means no pattern can match ------------------------------------------------------------

_DETECTOR_PATTERNS: list[tuple[Gate, list[regex.Pattern[str]]]] = []


def _gated_patterns(factory: DetectorFactory) -> list[tuple[Gate, list[regex.Pattern[str]]]]:
    if not _DETECTOR_PATTERNS:
        for recognizer in _recognizers(factory.build()):
            found = gate(recognizer)
            if found is not None and isinstance(recognizer, PatternRecognizer):
                flags = recognizer.global_regex_flags or 0
                _DETECTOR_PATTERNS.append((found, [regex.compile(p.regex, flags) for p in recognizer.patterns]))
    return _DETECTOR_PATTERNS


_PIECES = [
    *("pwd", "PASS", "key=", "CUI", "//", "(U)", "SECRET", "FOUO", "http", "://", "www", ".gov", "10.", "::", "a:b"),
    *("SSN", "A-", "I-94", "DL", "Passport", "routing", "acct", "AKIA", "ghp_", "xoxb-", "eyJ", "-----BEGIN"),
    *(" ", "\n", ":", "=", "-", "7", "42", "123-45-6789", "Kx\u017f9", "\u212a", "\u0661", "Zq81mXv0", "Street"),
]


@settings(max_examples=120, deadline=None)
@given(words=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_a_closed_gate_means_no_pattern_of_the_recognizer_matches(factory: DetectorFactory, words: list[str]) -> None:
    text = "".join(words)
    facts = TextFacts(text)
    for found, patterns in _gated_patterns(factory):
        if not found.open(facts):
            assert all(p.search(text) is None for p in patterns), [p.pattern for p in patterns if p.search(text)]


# --- required_text: syntax the two regular-expression engines read differently ----------------------------------------


def test_syntax_only_the_regex_module_knows_proves_nothing() -> None:
    fuzzy = r"(?:secret){e<=1}"
    assert regex.search(fuzzy, "secrex") is not None  # a fuzzy match: Python's parser would read "{e<=1}" as text
    assert required_text(fuzzy) is None
    assert required_text(r"[[:digit:]]+-key") is None  # a POSIX class, which Python's parser reads as a set
    assert required_text(r"(?V1)[[a-z]--[aeiou]]+tok") is None
    assert required_text(r"token", int(regex.V1)) is None
    assert required_text(r"(?i)stra\u00dfe", int(regex.FULLCASE)) is None


def test_repeat_counts_and_named_escapes_are_still_read() -> None:
    counted = required_text(r"AKIA[0-9A-Z]{16}")
    assert counted is not None and counted.exact == ("AKIA",)
    named = required_text(r"\p{Lu}\p{Ll}{2,} Esq\.")
    assert named is not None and named.exact == (" Esq.",)
    assert required_text(r"\{\{secret\}\}") is not None  # braces written as characters


# --- the facts of a text, shared by the recognizers -------------------------------------------------------------------


def test_the_facts_of_a_text_are_worked_out_once_per_text() -> None:
    text = "Ticket 4471 for R\u00e9gis"
    first = text_facts(text)
    assert text_facts(text) is first
    assert first.digit and not first.ascii and first.lowered == text.lower()
    other = text_facts("no digits at all")
    assert other is not first and not other.digit


def test_each_thread_has_its_own_facts() -> None:
    text = "shared text 12"
    mine = text_facts(text)
    theirs: list[TextFacts] = []
    worker = threading.Thread(target=lambda: theirs.append(text_facts(text)))
    worker.start()
    worker.join()
    assert theirs and theirs[0] is not mine and theirs[0].digit
