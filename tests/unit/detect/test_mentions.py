"""find_mentions finds exactly what the regex alternation it replaces finds (names.py)."""

from __future__ import annotations

import random
import re

import pytest

from gateway.detect.mentions import find_mentions


def _regex(text: str, terms: list[str]) -> list[tuple[int, int]]:
    ordered = sorted(set(terms), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(t) for t in ordered) + r")(?:(?![\w'-])|(?='s\b))")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


CASES = [
    ("Maria Garcia met Garcia; garcia-lopez and Garcia's dog. Maria", ["Maria Garcia", "Maria", "Garcia"]),
    ("Ann's, Ann'sx, Ann's_, Ann'st Ann's", ["Ann", "Ann's"]),
    ("Ann Ann Anne Ann_ Ann-Marie 'Ann' Ann2 2Ann Ånn", ["Ann", "Ann Ann"]),
    ("Li Lin Lina Li", ["Li", "Lin", "Li Lin"]),
    ("Dr. O'Neil, O'Neil's, (O'Neil)", ["O'Neil", "Dr. O'Neil"]),
    ("aaaa", ["aa"]),
    ("Zoë Ørsted Zoë", ["Zoë", "Ørsted", "Zoë Ørsted"]),
]


@pytest.mark.parametrize(("text", "terms"), CASES)
def test_matches_the_regex(text: str, terms: list[str]) -> None:
    assert list(find_mentions(text, terms)) == _regex(text, terms)


def test_matches_the_regex_on_random_texts() -> None:
    rng = random.Random(13)
    alphabet = ["Al", "Alma", "Alma Reyes", "Reyes", " ", " ", "-", "'", ".", "\n", "x", "1", "_", "é", "s", "'s"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        terms = rng.sample(["Al", "Alma", "Alma Reyes", "Reyes", "Al Alma", "a", "l"], rng.randint(1, 4))
        assert list(find_mentions(text, terms)) == _regex(text, terms), (text, terms)


def test_refuses_an_empty_term() -> None:
    with pytest.raises(ValueError):
        list(find_mentions("text", [""]))
