"""Round 14, scan cost: a pattern that cannot match without a letter of another script is skipped on ASCII text.

The person-cue patterns for names beside their transliteration or in Japanese, Arabic, Cyrillic … letters have no
literal string to gate them, so before this they ran on every text. ``required_text`` now also proves that a
pattern needs a character outside ASCII (a class of such characters, or one such literal, on every path, matched
case-sensitively); an ASCII text lacks it. test_fast_path.py checks the whole detector against the plain path on
every corpus; these tests pin the rule.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detect.recognizers.personal.person import PersonRecognizer
from gateway.detect.recognizers.required_text import TextFacts, required_text


def test_a_class_of_other_scripts_letters_is_required_outside_ascii() -> None:
    found = required_text(r"[\u0600-\u06ff\u3041-\u30ff]+(?:[ \t][\u0600-\u06ff]+)?")
    assert found is not None and found.nonascii
    assert found.absent("Call Maria Lopez at noon", "call maria lopez at noon")
    assert found.absent_in(TextFacts("plain ASCII text"))
    assert not found.absent("Call \u0645\u0631\u064a\u0645", "")
    assert not found.absent_in(TextFacts("\u3055\u304f\u3089"))
    assert not found.absent_in(TextFacts("caf\u00e9 \u0645"))


def test_what_may_match_ascii_proves_nothing() -> None:
    assert required_text(r"[a\u0600-\u06ff]+") is None  # an ASCII member
    assert required_text(r"(?:[\u0600-\u06ff]|x)") is None  # a branch without it
    assert required_text(r"[\u0600-\u06ff]*") is None  # taken zero times
    assert required_text(r"[^a-z]") is None  # a negated class
    assert required_text(r"(?=[\u0600-\u06ff])") is None  # a lookaround proves nothing
    # under case folding the Kelvin sign matches "k" and the long s "s": not decided
    assert required_text(r"(?i:[\u212a\u017f])") is None
    assert required_text(r"[\u212a\u017f]", regex.IGNORECASE) is None
    found = required_text(r"(?i:x(?-i:[\u212a]))")
    assert found is not None and found.nonascii  # case-sensitive again inside


def test_the_script_name_patterns_of_the_person_cues_are_gated() -> None:
    recognizer = PersonRecognizer()
    flags = recognizer.global_regex_flags or 0
    gated = {p.name for p in recognizer.patterns if (r := required_text(p.regex, flags)) is not None and r.nonascii}
    assert {"labelled native before gloss", "labelled native self-introduction ja2"} <= gated


_SCRIPT_PATTERNS = [
    r"[\u0600-\u06ff]+",
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?=\u3055\u3093)",
    r"\b[A-Z][a-z]+ \([\u0400-\u04ff]+\)",
    r"(?:[\u0370-\u03ff]|[\u0400-\u04ff])+x",
    r"(?i:name)[ :]+(?-i:[\u0600-\u06ff\u212a]+)",
    r"(?i:[\u212a\u017f]+)",
]
_PIECES = [
    "Maria",
    " ",
    "(",
    ")",
    "name: ",
    "k",
    "s",
    "x",
    "\u212a",
    "\u017f",
    "\u0645\u0631\u064a\u0645",
    "\u30b5\u30c8\u30a6",
    "\u3055\u3093",
    "\u4f50\u85e4",
    "\u041e\u043b\u044f",
    "\u03b1",
    "\u00e9",
]
_COMPILED = [(regex.compile(p), required_text(p)) for p in _SCRIPT_PATTERNS]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_a_pattern_judged_unable_to_match_does_not_match(words: list[str]) -> None:
    text = "".join(words)
    for compiled, required in _COMPILED:
        if required is not None and required.absent_in(TextFacts(text)):
            assert compiled.search(text) is None, compiled.pattern


# --- the emphasised-banner rewrite of round 14 (marking_disguises.py) ------------------------------------------------


def test_a_long_line_of_capitals_and_underscores_is_read_in_one_pass() -> None:
    # with a backtracking word run, 40 capitals and "_x" took seconds and each further capital doubled it
    from gateway.detect.normalize import normalize

    line = "A" * 400 + "_x"
    assert normalize(line).text == line
    banner = "**SECRET**//_NOFORN_"
    assert "SECRET//NOFORN" in normalize(banner).text
