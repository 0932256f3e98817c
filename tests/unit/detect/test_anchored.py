"""The anchored searches (recognizers/anchored.py) find what the patterns find, and what they read off a pattern."""

from __future__ import annotations

import re

import pytest
import regex

from gateway.detect.recognizers.anchored import Anchor, AnchoredRegex, word_prefixes
from gateway.detect.recognizers.identifiers.driver_license import ANCHORS, LabelledDriverLicenseRecognizer
from gateway.detect.recognizers.personal.date_of_birth import ANCHORED, DateOfBirthRecognizer
from gateway.detect.recognizers.required_text import required_text, text_facts

from .conftest import corpus_texts

# what the anchors must not miss: long runs of spaces and tabs, a state of two words, an owner and a word before
# the licence, the label glued to other letters, text that is not ASCII (the Kelvin sign, the long s, Cyrillic)
TRICKY = [
    "my   current \t New   York\t\tlicense # is 731 042 668, thanks",
    "her TX license\nis 41938275",
    "Texas                                        license 41938275 (driving)",
    "CDL VA T-402-118-337 and EDL: 718402955, DL NY 738 402 955",
    "my new Wisconsin ID card came in. Number is P5120-4418-2290",
    "a learner's instructional permit. Permit no. P-318-227-604",
    "North Carolina ID card 0000418829 and state-issued photo ID: D0771829",
    "Utah license for the carpool form: 160428337",
    "licen\u017fe of my Texas: her Texas licen\u017fe 41938275",
    "my Texas \u212aicense 41938275 and водительское удостоверение 77 12 345678",
    "DOB: 04/12/1983, D.O.B. 1983-04-12, date_of_birth 19830412, born on 12 de mayo de 1977",
    "b. 1977; fecha de nacimiento: 3 MAR 1976; nee le 14 juin 1980; alizaliwa 21 Januari 1990",
    "Geburtsdatum 14.07.1983, geb. am 14.07.1983, дата рождения 14.07.1983",
    "DOB\n04/12/1983 and date of birth?\nCaller: July 4, 1982",
]


def _anchored_patterns() -> list[tuple[str, AnchoredRegex]]:
    out = []
    for recognizer in (LabelledDriverLicenseRecognizer(), DateOfBirthRecognizer()):
        for pattern, compiled, _required in recognizer._pattern_plan(recognizer.global_regex_flags):
            if isinstance(compiled, AnchoredRegex):
                out.append((pattern.name, compiled))
    return out


def test_the_anchored_patterns_are_the_named_ones() -> None:
    names = {name for name, _ in _anchored_patterns()}
    assert names == set(ANCHORS) | set(ANCHORED)


def _same_matches(compiled: AnchoredRegex, text: str) -> bool:
    text_facts(text)
    expected = [(m.span(), m.groups()) for m in compiled.compiled.finditer(text)]
    return [(m.span(), m.groups()) for m in compiled.finditer(text)] == expected


@pytest.mark.parametrize("text", TRICKY)
def test_anchored_finds_what_the_pattern_finds_on_tricky_texts(text: str) -> None:
    for name, compiled in _anchored_patterns():
        for variant in (text, text.upper(), text.lower(), "x" + text, text.replace(" ", "\t")):
            assert _same_matches(compiled, variant), (name, variant)


def test_anchored_finds_what_the_pattern_finds_on_every_corpus_text() -> None:
    texts = corpus_texts()
    assert len(texts) > 1000
    found = 0
    for name, compiled in _anchored_patterns():
        for text in texts:
            assert _same_matches(compiled, text), (name, text[:200])
            found += sum(1 for _ in compiled.finditer(text))
    assert found > 500  # the corpora exercise the patterns


def test_anchor_positions_match_the_anchor_pattern_on_ascii_text() -> None:
    text = "Handle the DL, cdl and D/L; my license, Licence, LICENSE_x, _dl, dl9 and permit/card ID IDs"
    few = Anchor(folded=("licen", "card"), folded_word=("dl", "d/l"), exact=("ID",))
    many = Anchor(folded=few.folded + tuple(f"zz{i}" for i in range(30)), folded_word=few.folded_word, exact=few.exact)
    for anchor in (few, many):
        expected = [m.start() for m in regex.compile(anchor.regex()).finditer(text, overlapped=True)]
        assert anchor.positions(text, text.lower()) == expected
    assert few.positions(text, text.lower()) == many.positions(text + "", text.lower())


def test_no_anchor_means_no_match() -> None:
    compiled = AnchoredRegex(regex.compile(r"\bmy[ \t]+(?i:licen[cs]e)[ \t]+(\d+)"), Anchor(folded_word=("licen",)), 1)
    assert list(compiled.finditer("nothing to see here " * 50)) == []
    assert [m.group(1) for m in compiled.finditer("my  license 123 and my\tLicense 456")] == ["123", "456"]


def test_ascii_only_anchor_searches_a_non_ascii_text_whole() -> None:
    compiled = AnchoredRegex(
        regex.compile(r"(?i:\b(?:dob|дата))[ \t]*(\d+)"), Anchor(folded_word=("dob",), ascii_only=True), 0
    )
    assert [m.group(1) for m in compiled.finditer("DOB 1 and дата 2")] == ["1", "2"]
    assert [m.group(1) for m in compiled.finditer("DOB 1 and data 2")] == ["1"]


def test_word_prefixes() -> None:
    assert word_prefixes(r"(?i:\b(?:dob|date[ \t]+of[ \t]+birth))") == ("dat", "dob")
    assert word_prefixes(r"\b(?:b[i1]rth|born)(?=[ \t])") == ("b1r", "bir", "bor")
    assert word_prefixes(r"(?i:(?:ni|a)lizaliwa)") == ("ali", "nil")
    assert word_prefixes(r"(?i:ne(?:e)?[ \t]+le)") == ("ne\t", "ne ", "nee")
    assert word_prefixes(r"(?i:b\.)[ \t]*\d") == ("b.",)
    # a branch of another script matches no ASCII text: left out
    assert word_prefixes(r"(?i:dob|дата)") == ("dob",)
    # unknown beginnings: a class of letters, any character, a repeat, a letter that folds to ASCII
    assert word_prefixes(r"[a-z]+ license") is None
    assert word_prefixes(r"(?s:.)dob") is None
    assert word_prefixes(r"(?:ab)*c") is None
    assert word_prefixes("(?i:\u212aelvin)") is None
    assert word_prefixes("\u212aelvin") is None  # matches no ASCII text: nothing to anchor on


def test_word_prefixes_of_the_birth_date_label() -> None:
    recognizer = DateOfBirthRecognizer()
    for pattern in recognizer.patterns:
        if pattern.name in ANCHORED:
            prefixes = word_prefixes(pattern.regex, re.MULTILINE)
            assert prefixes is not None and {"dob", "dat", "bor", "geb"} <= set(prefixes)


def test_required_text_reads_a_case_insensitive_label_of_another_script() -> None:
    found = required_text(r"(?i:\b(?:driver|водительское))[ \t]+\d")
    assert found is not None and set(found.folded) == {"driver", "водительское"}
    assert found.absent_in(text_facts("no such word here 123"))
    assert not found.absent_in(text_facts("my driver 123"))
    assert not found.absent_in(text_facts("водительское 123"))  # a text beyond ASCII is not decided by strings
    # a letter that folds to an ASCII one proves no string: "kelvin" would miss "Kelvin" written with the sign
    kelvin = required_text("(?i:\u212aelvin)")
    assert kelvin is None or "kelvin" not in kelvin.folded
