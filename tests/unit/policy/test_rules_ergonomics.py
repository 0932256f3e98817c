"""Admin ergonomics of rule files: duplicate keys, one plain error per mistake, extends, richer allow lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gateway.detect.findings import Finding
from gateway.policy.allow import AllowRules
from gateway.policy.rules import load_rules
from gateway.yamlsrc import YamlSourceError

KNOWN = frozenset({"PERSON", "US_SSN", "CLASSIFICATION_MARKING"})
BASE = """\
policies:
  shipped:
    description: the shipped policy
    rules:
      - id: names
        description: names
        source: PS 139-07
        entities: [PERSON]
        action: redact
      - id: ssn
        description: ssns
        source: PS 139-07
        entities: [US_SSN]
        action: redact
"""


def _problems(tmp_path: Path, **files: str) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    with pytest.raises(YamlSourceError) as err:
        load_rules(tmp_path, known_entities=KNOWN)
    return [str(p) for p in err.value.problems]


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    """A key given twice in one mapping is refused, naming both lines (YAML alone would drop the first)."""
    text = (
        BASE + "      - id: extra\n        description: a\n        description: b\n        source: s\n"
        "        entities: [PERSON]\n        action: audit\n"
    )
    problems = _problems(tmp_path, **{"r.yaml": text})
    assert len(problems) == 1
    assert (
        "r.yaml:17:" in problems[0]
        and "'description' appears twice" in problems[0]
        and "lines 16 and 17" in problems[0]
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("entities: [PERSON]", "entities: []"), "entities: must not be empty"),
        (("action: redact", "action: redakt"), "must be one of: block, redact, audit"),
        (("  shipped:\n", "  shipped:\n    extends: [a, b]\n"), "extends: must be a text"),
    ],
)
def test_one_plain_sentence_per_mistake(tmp_path: Path, change: tuple[str, str], words: str) -> None:
    """Each mistake gives exactly one problem, in plain words rather than the validation library's."""
    problems = _problems(tmp_path, **{"r.yaml": BASE.replace(*change, 1)})
    assert len(problems) == 1, problems
    assert words in problems[0] and "Tuple" not in problems[0] and "Input should" not in problems[0]


def test_allow_list_entry_of_the_wrong_shape_is_one_problem(tmp_path: Path) -> None:
    """A mapping entry in the allow list that is neither inside nor regex is one sentence, not one per union member."""
    problems = _problems(tmp_path, **{"r.yaml": BASE + "allow_list:\n  - {insde: Jane Doe}\n"})
    assert len(problems) == 1 and "allow_list.0" in problems[0], problems
    bad_regex = _problems(tmp_path, **{"r.yaml": BASE + "allow_list:\n  - {regex: '(open'}\n"})
    assert len(bad_regex) == 1 and "does not compile" in bad_regex[0] and "r.yaml:16" in bad_regex[0]


def test_extends_adds_rules_to_a_shipped_policy_from_another_file(tmp_path: Path) -> None:
    """`extends: <own name>` in another file adds rules to that policy; a rule with the same id replaces its own."""
    mine = """\
policies:
  shipped:
    extends: shipped
    rules:
      - id: ssn
        description: ssns are blocked here
        source: local rule
        entities: [US_SSN]
        action: block
        message: No SSNs.
      - id: markings
        description: markings
        source: local rule
        entities: [CLASSIFICATION_MARKING]
        action: block
        message: No markings.
"""
    (tmp_path / "a-shipped.yaml").write_text(BASE)
    (tmp_path / "b-mine.yaml").write_text(mine)
    policy = load_rules(tmp_path, known_entities=KNOWN).policy("shipped")
    assert [r.id for r in policy.rules] == ["names", "ssn", "markings"]
    assert policy.rules[1].action.value == "block" and policy.description == "the shipped policy"


def test_extends_builds_a_new_policy_on_another(tmp_path: Path) -> None:
    """`extends: other` makes a new policy with the other's rules first; the other stays as it was."""
    derived = (
        BASE
        + """\
  stricter:
    extends: shipped
    rules:
      - id: markings
        description: markings
        source: local
        entities: [CLASSIFICATION_MARKING]
        action: block
        message: No.
"""
    )
    (tmp_path / "r.yaml").write_text(derived)
    rules = load_rules(tmp_path, known_entities=KNOWN)
    assert [r.id for r in rules.policy("stricter").rules] == ["names", "ssn", "markings"]
    assert [r.id for r in rules.policy("shipped").rules] == ["names", "ssn"]


def test_policy_defined_twice_names_both_places_and_the_fix(tmp_path: Path) -> None:
    """Two definitions of one policy: the error names where the first is and how to extend it instead."""
    problems = _problems(tmp_path, **{"a.yaml": BASE, "b.yaml": BASE})
    assert len(problems) == 1
    assert problems[0].startswith(str(tmp_path / "b.yaml") + ":2:")
    assert f"already defined at {tmp_path / 'a.yaml'}:2" in problems[0] and "extends: shipped" in problems[0]


def test_extends_of_unknown_or_circular_policies_is_refused(tmp_path: Path) -> None:
    """A missing base policy, or policies extending each other, are plain errors with their lines."""
    unknown = _problems(
        tmp_path, **{"r.yaml": BASE.replace("    description: the", "    extends: nope\n    description: the")}
    )
    assert len(unknown) == 1 and "no policy named 'nope'" in unknown[0] and "r.yaml:2" in unknown[0]
    rule = (
        "      - id: x\n        description: x\n        source: s\n        entities: [PERSON]\n        action: audit\n"
    )
    circle = f"policies:\n  a:\n    extends: b\n    rules:\n{rule}  b:\n    extends: a\n    rules:\n{rule}"
    problems = _problems(tmp_path, **{"r.yaml": circle})
    assert len(problems) == 1 and "extends goes round in a circle: a -> b -> a" in problems[0]


def test_allow_inside_drops_a_titled_name_but_not_a_longer_finding() -> None:
    """An `inside:` entry allows "Secretary <name>", never a finding that also holds someone else's name."""
    allow = AllowRules.build(["Alejandro Mayorkas"], [])
    assert allow.allows("Secretary Alejandro Mayorkas")
    assert allow.allows("the Honorable Alejandro Mayorkas")
    assert not allow.allows("Alejandro Mayorkas and Maria Garcia")
    assert not allow.allows("Alejandro Mayorkasson")


def test_allow_regex_matches_the_whole_finding() -> None:
    """A `regex:` entry drops findings whose whole text matches it, and keeps the others."""
    allow = AllowRules.build([], [re.compile(r"Officer \w+ Badge \d{4}", re.IGNORECASE)])
    text = "Ask officer Kent Badge 1234 or Maria Garcia."
    findings = [Finding("PERSON", 4, 27, 0.9, "t"), Finding("PERSON", 31, 43, 0.9, "t")]
    assert [text[f.start : f.end] for f in allow.filter(text, findings)] == ["Maria Garcia"]


def test_allow_entries_load_from_rule_files(tmp_path: Path) -> None:
    """Plain terms stay with the detector; `inside` and `regex` entries compile into the rule set's allow rules."""
    (tmp_path / "r.yaml").write_text(
        BASE + "allow_list:\n  - Secret Service\n  - inside: Jane Q. Public\n  - regex: 'Room \\d+'\n"
    )
    rules = load_rules(tmp_path, known_entities=KNOWN)
    assert rules.detector_specs.allow_list == ("Secret Service",)
    assert rules.allow.allows("Deputy Secretary Jane Q. Public") and rules.allow.allows("room 12")
