"""Round 8, scan cost: what lets a scan skip work must never change what it finds.

Three shortcuts: a recognizer's requirements (the engine skips it on a text without them; declared by hand in
round 8, read off its patterns since round 10), the strings a
pattern cannot match without (read off the pattern; the pattern is skipped on a text without them), and the
model's short words tokenized once at load. test_fast_path.py checks all three against the plain path on every
corpus; these tests pin each piece on examples of their own.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import Pattern, PatternRecognizer

from gateway.detect.engine import DetectorFactory, PresidioDetector
from gateway.detect.nlp import LANGUAGE, SEED_MAX_LETTERS, seed_tokenizer
from gateway.detect.recognizers import base, department_recognizers
from gateway.detect.recognizers.base import DepartmentRecognizer, plain
from gateway.detect.recognizers.markings.cui_marking import CuiMarkingRecognizer
from gateway.detect.recognizers.pattern_gate import gate
from gateway.detect.recognizers.required_text import required_text
from gateway.detect.recognizers.secrets.password import PasswordRecognizer

# --- required_text: what a pattern cannot match without ---------------------------------------------------------


def test_a_literal_word_is_required_in_its_own_case() -> None:
    found = required_text(r"(?<![A-Za-z])NOFORN(?![A-Za-z])")
    assert found is not None
    assert found.absent("distribution is limited", "distribution is limited")
    assert found.absent("noforn in lower case", "noforn in lower case")  # the pattern is case-sensitive
    assert not found.absent("SECRET//NOFORN", "secret//noforn")


def test_a_case_insensitive_word_is_looked_for_lower_cased() -> None:
    found = required_text(r"(?i:\bpassport)[ \t]*(?:no|number)?[ \t]*:[ \t]*\w+")
    assert found is not None and found.folded == ("passport",)
    assert not found.absent("PASSPORT: X1", "passport: x1")
    assert found.absent("travel document: X1", "travel document: x1")


def test_alternatives_need_one_of_them_and_an_optional_part_proves_nothing() -> None:
    either = required_text(r"\((?:SBU|PCII)\)")
    assert either is not None and set(either.exact) == {"SBU", "PCII"}
    assert not either.absent("(PCII) plan", "(pcii) plan")
    assert required_text(r"(?:Ref[ \t]+)?[A-Z]{6}") is None  # only the letters are certain, and a class is no string
    assert required_text(r"x|\d+") is None  # one branch needs no fixed string


def test_a_repeat_taken_at_least_once_keeps_its_word() -> None:
    found = required_text(r"(?:ab-)+\d")
    assert found is not None and found.exact == ("ab-",)
    assert required_text(r"(?:ab-)*[a-z]") is None


def test_unreadable_syntax_proves_nothing() -> None:
    assert required_text(r"(?<name>abc)") is None  # not Python's syntax: nothing is assumed
    unicode_class = required_text(r"\p{Lu}\p{Ll}+ Smithers")  # the `regex` module's classes read as classes
    assert unicode_class is not None and unicode_class.exact == (" Smithers",)


def test_case_folding_beyond_ascii_is_not_decided_by_the_lower_cased_text() -> None:
    found = required_text(r"(?i:password)")
    text = "pa\u017fsword=Kx81!"  # a long s, which the regex module folds to "s"
    assert regex.search(r"(?i:password)", text) is not None
    assert found is not None and not found.absent(text, text.lower())


_PATTERNS = [
    (p.regex, r.global_regex_flags or 0)
    for r in department_recognizers()
    if isinstance(r, PatternRecognizer)
    for p in r.patterns
    if r.name in ("PasswordRecognizer", "CuiMarkingRecognizer", "LabelledDriverLicenseRecognizer")
]
_PIECES = [
    *("password", "PWD", "pass", "key", "FOUO", "(U//", "CUI", "//", "SP-PRVCY", "DL", "licencia", "is", ":", "="),
    *("Hq8!xLm2z", "D1234567", " ", "\n", "Kx\u017f9", "mysql", "-p", "token", "Controlled by:", "LES"),
]
_COMPILED = [(regex.compile(p, f), required_text(p, f)) for p, f in _PATTERNS]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES),
        max_size=12,
    )
)
def test_a_pattern_judged_unable_to_match_does_not_match(words: list[str]) -> None:
    text = "".join(words)
    lowered = text.lower()
    for compiled, required in _COMPILED:
        if required is not None and required.absent(text, lowered):
            assert compiled.search(text) is None, compiled.pattern


# --- recognizers skipped on a text that lacks what all their patterns need (round 10: read off the patterns) ----------


def _calls(detector: PresidioDetector, name: str) -> list[str]:
    calls: list[str] = []
    for recognizer in detector._engine.registry.recognizers:
        if recognizer.name == name:
            original = recognizer.analyze

            def counted(text: str, *args: object, _original: object = original, **kwargs: object) -> object:
                calls.append(text)
                return _original(text, *args, **kwargs)  # type: ignore[operator]

            recognizer.analyze = counted  # type: ignore[method-assign]
    return calls


def test_the_engine_skips_a_marking_recognizer_on_prose_without_marking_words(factory: DetectorFactory) -> None:
    detector = factory.build()
    calls = _calls(detector, "CuiMarkingRecognizer")
    assert detector.analyze(["Lunch moved to the atrium; bring the seating chart."]) == [[]]
    assert calls == []
    found = detector.analyze(["CUI//SP-PRVCY\nStaffing roster attached."])[0]
    assert len(calls) == 1
    assert any(f.entity_type == "CUI_MARKING" for f in found)


def test_the_gated_recognizers_still_find_their_values(detector: PresidioDetector) -> None:
    texts = {
        "CLASSIFICATION_MARKING": "SECRET//NOFORN\nSummary of the site visit.",
        "CUI_MARKING": "(U//FOUO) Duty roster for the weekend.",
        "PASSWORD": "db_password = Vq7!trMz92",
        "US_DRIVER_LICENSE": "Driver's license number: D4471902",
        "URL": "Forms are at https://forms.example.gov/apply",
        "IP_ADDRESS": "The jump host is 10.48.7.201 now.",
    }
    for entity, text in texts.items():
        assert entity in {f.entity_type for f in detector.analyze([text])[0]}, entity


def test_plain_recognizers_have_no_shortcuts() -> None:
    recognizer = plain(CuiMarkingRecognizer())
    assert gate(recognizer) is None
    assert isinstance(recognizer, DepartmentRecognizer) and not recognizer.prefilter
    assert gate(CuiMarkingRecognizer()) is not None  # the fast path's own instances keep theirs


def test_the_pattern_loop_matches_presidios() -> None:
    text = "api_key = 'Zq81mXv02LpQ7rT', passwd: hunter2!x and Kennwort ist Bergsee#4471; pwd -> Hk29!mzQ"
    recognizer = PasswordRecognizer()
    ours = recognizer._pattern_results(text)
    presidio = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
    assert ours  # the example holds passwords
    assert [(r.start, r.end, r.score, r.analysis_explanation.pattern_name) for r in ours] == [
        (r.start, r.end, r.score, r.analysis_explanation.pattern_name) for r in presidio
    ]


# --- the seeded tokenizer ------------------------------------------------------------------------------------------


def test_seeded_words_are_not_made_again_inside_a_memory_zone(factory: DetectorFactory) -> None:
    engine = factory.nlp_engine
    nlp = engine.nlp[LANGUAGE]
    before = len(nlp.vocab)
    with engine.memory_zone():
        doc = nlp.make_doc("Please review the budget before Friday, thanks.")
        new_inside = len(nlp.vocab) - before
        words = [t.text for t in doc]
    assert words == ["Please", "review", "the", "budget", "before", "Friday", ",", "thanks", "."]
    assert new_inside == 0  # every word was seeded at load
    assert len(nlp.vocab) == before  # and the zone left nothing behind


def test_seeding_changes_no_token_or_attribute() -> None:
    import spacy

    from gateway.detect.nlp import EXCLUDED_COMPONENTS, MODEL

    plain_nlp = spacy.load(MODEL, exclude=list(EXCLUDED_COMPONENTS))
    seeded = spacy.load(MODEL, exclude=list(EXCLUDED_COMPONENTS))
    seed_tokenizer(seeded, SEED_MAX_LETTERS)
    text = "Re: the Smith-Jones file (ref. 22-0417), e-mail sent; can't re-open it until Mon., ok?"
    attrs = ("text", "norm_", "shape_", "prefix_", "suffix_", "is_stop", "is_punct", "like_num", "whitespace_")
    with plain_nlp.memory_zone(), seeded.memory_zone():
        a = [tuple(getattr(t, x) for x in attrs) for t in plain_nlp(text)]
        b = [tuple(getattr(t, x) for x in attrs) for t in seeded(text)]
        a_ents = [(e.start_char, e.end_char, e.label_) for e in plain_nlp(text).ents]
        b_ents = [(e.start_char, e.end_char, e.label_) for e in seeded(text).ents]
    assert a == b
    assert a_ents == b_ents


def test_a_pattern_that_needs_a_digit_is_skipped_on_a_text_without_one() -> None:
    found = required_text(r"(?:case[ \t]+)?\d{2}-[A-Z]{3}")
    assert found is not None and found.digit
    assert found.absent("case XX-ABC", "case xx-abc")
    assert not found.absent("case 12-ABC", "case 12-abc")
    assert not found.absent("case \u0661\u0662-ABC", "")  # Arabic-Indic digits are digits to the matcher too
    assert required_text(r"[^0-9]+") is None
    assert required_text(r"(?:\d|x)") is None  # a branch without a digit


def test_every_pattern_is_compiled_when_the_detector_is_built(factory: DetectorFactory) -> None:
    detector = factory.build()
    recognizers = detector._engine.registry.recognizers
    patterns = [p for r in recognizers if isinstance(r, DepartmentRecognizer) for p in r.patterns]
    assert patterns and all(p.compiled_regex is not None for p in patterns)  # skipped or not, no request compiles one


def test_a_pattern_that_times_out_fails_the_scan_instead_of_being_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Presidio logs a timed-out pattern and goes on without it: a value only that pattern finds would leak."""
    monkeypatch.setattr(base, "REGEX_TIMEOUT_SECONDS", 1e-6)
    recognizer = DepartmentRecognizer(supported_entity="X", patterns=[Pattern("slow", r"(?:a+)+c", 0.5)], name="X")
    text = "a" * 28 + "b"
    with pytest.raises(RuntimeError, match="timed out") as raised:
        recognizer.analyze(text, ["X"])
    assert text not in str(raised.value)
