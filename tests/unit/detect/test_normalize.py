# ruff: noqa: RUF001 - evasion test data: full-width and look-alike characters are the point
"""Normalisation against evasion, and its map back to the original characters (property-based where the
property is "wherever the invisible characters go, the redaction still covers the value")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.detect.engine import PresidioDetector
from gateway.detect.normalize import INVISIBLE, normalize

# Characters an evader slips into a value: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks.
EVASION_CHARS = sorted("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u202c")

VALUES = [
    ("US_SSN", "My SSN is ", "212-67-4093", " thanks"),
    ("EMAIL_ADDRESS", "write to ", "maria.gonzalez@example.com", " today"),
    ("A_NUMBER", "A-Number: ", "A123456789", " on file"),
    ("CLASSIFICATION_MARKING", "Banner: ", "SECRET//NOFORN", "\nbody"),
]


def _sprinkle(value: str, positions: list[int], chars: list[str]) -> str:
    """``value`` with ``chars[i]`` inserted before character ``positions[i]`` (positions inside the value)."""
    out = list(value)
    for pos, ch in sorted(zip(positions, chars, strict=False), reverse=True):
        out.insert(pos, ch)
    return "".join(out)


def _sprinkled(value: str) -> st.SearchStrategy[str]:
    n = st.integers(min_value=1, max_value=6)
    return n.flatmap(
        lambda k: st.tuples(
            st.lists(st.integers(min_value=1, max_value=len(value) - 1), min_size=k, max_size=k),
            st.lists(st.sampled_from(EVASION_CHARS), min_size=k, max_size=k),
        ).map(lambda pc: _sprinkle(value, pc[0], pc[1]))
    )


@given(data=st.data())
def test_invisible_characters_map_back_to_the_value(data: st.DataObject) -> None:
    """Normalising removes every inserted invisible character, and the value's span maps onto exactly its
    original characters, invisible ones included."""
    _, before, value, after = data.draw(st.sampled_from(VALUES))
    evaded = data.draw(_sprinkled(value))
    text = before + evaded + after
    norm = normalize(text)
    assert norm.text == before + value + after
    start = norm.text.index(value)
    o_start, o_end = norm.to_original(start, start + len(value))
    assert (o_start, o_end) == (len(before), len(before) + len(evaded))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_detector_redaction_span_never_moves_off_the_value(detector: PresidioDetector, data: st.DataObject) -> None:
    """With invisible characters at random places inside a value, the detector still reports it and its span
    covers every visible character of the value and nothing of the text around it."""
    entity, before, value, after = data.draw(st.sampled_from(VALUES))
    evaded = data.draw(_sprinkled(value))
    text = before + evaded + after
    hits = [f for f in detector.analyze([text])[0] if f.entity_type == entity]
    assert hits, f"{entity} not found once invisible characters were inserted"
    value_start, value_end = len(before), len(before) + len(evaded)
    covered = set()
    for f in hits:
        assert value_start <= f.start and f.end <= value_end, "the finding spills outside the value"
        covered.update(range(f.start, f.end))
    visible = {i for i in range(value_start, value_end) if text[i] not in INVISIBLE}
    assert visible <= covered


@given(st.text(max_size=80))
def test_any_text_maps_every_span_inside_the_original(text: str) -> None:
    """For arbitrary text, every normalised span maps to an ordered span inside the original."""
    norm = normalize(text)
    for start in range(len(norm.text) + 1):
        for end in (start, min(len(norm.text), start + 1), len(norm.text)):
            if end < start:
                continue
            o_start, o_end = norm.to_original(start, end)
            assert 0 <= o_start <= o_end <= len(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=80))
def test_plain_ascii_prose_without_patterns_is_unchanged(text: str) -> None:
    """Text without invisible characters, spaced-out letters, number separators, markings or web encodings (HTML
    entities and tags, percent-escapes, which are decoded on purpose) is left alone."""
    if any(tok in text for tok in ("//", " ", ".", "_", "(", "-", "&", "<", "%")):
        return
    assert normalize(text).text == text


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("SSN ２１２-６７-４０９３", "SSN 212-67-4093"),  # full-width digits
        ("S E C R E T//NOFORN", "SECRET//NOFORN"),  # spaced-out marking
        ("secret//noforn", "SECRET//NOFORN"),  # lower-case marking run
        ("212 - 67 - 4093", "212-67-4093"),  # spaces around separators
        ("212\u201367\u20144093", "212-67-4093"),  # en and em dashes
        ("\u0405\u0415\u0421RET//NOFORN", "SECRET//NOFORN"),  # Cyrillic look-alikes
        ("TOP SECRET//\nSCI", "TOP SECRET//SCI"),  # marking split across a line break
    ],
)
def test_evasion_forms_fold_to_the_plain_form(text: str, normalized: str) -> None:
    """Each evasion form the issue names normalises to the plain value."""
    assert normalize(text).text == normalized


def test_table_columns_are_not_joined() -> None:
    """Runs of spaces between numbers separate columns of a pasted table and stay."""
    text = "212   67   4093"
    assert normalize(text).text == text
