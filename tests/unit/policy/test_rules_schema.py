"""Rule files: every kind of mistake is reported with its file, line and a plain sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.rules import load_rules
from gateway.yamlsrc import YamlSourceError

GOOD = """\
policies:
  p:
    rules:
      - id: names
        description: names
        source: PS 139-07
        entities: [PERSON]
        action: redact
"""

KNOWN = frozenset({"PERSON", "US_SSN"})


def _load(tmp_path: Path, text: str) -> YamlSourceError:
    (tmp_path / "r.yaml").write_text(text)
    with pytest.raises(YamlSourceError) as err:
        load_rules(tmp_path, known_entities=KNOWN)
    return err.value


def test_good_file_loads_with_a_content_version(tmp_path: Path) -> None:
    """A valid file compiles; its version is a content hash that changes when the text does."""
    (tmp_path / "r.yaml").write_text(GOOD)
    first = load_rules(tmp_path, known_entities=KNOWN)
    (tmp_path / "r.yaml").write_text(GOOD.replace("description: names", "description: people"))
    second = load_rules(tmp_path, known_entities=KNOWN)
    assert first.policy("p").rules[0].id == "names"
    assert len(first.version) == 12 and first.version != second.version


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD.replace("action: redact", "action: redakt"), 8, "action"),
        (GOOD.replace("        source: PS 139-07\n", ""), 4, "source: this key is required"),
        (GOOD.replace("entities: [PERSON]", "entities: [PERSN]"), 7, "no entity type 'PERSN'"),
        (GOOD.replace("action: redact", "action: redact\n        colour: red"), 9, "unknown key"),
        (GOOD.replace("action: redact", "action: block"), 4, "needs a message"),
        (
            GOOD.replace("min_score", "x").replace("action: redact", "action: redact\n        min_score: 2"),
            9,
            "must be at most 1",
        ),
        (GOOD.replace("id: names", "id: Names!"), 4, "only lower-case letters, digits"),
        (
            GOOD + "      - id: names\n        description: d\n        source: s\n        entities: [US_SSN]\n"
            "        action: audit\n",
            9,
            "appears twice",
        ),
        (GOOD + "recognizers:\n  - name: bad\n    entity: X_ID\n    regex: '(unclosed'\n", 12, "does not compile"),
        (
            GOOD + "tests:\n  - {name: t, policy: nope, text: hi, expect: {decision: allowed}}\n",
            10,
            "no known policy 'nope'",
        ),
        ("policies:\n  p:\n    rules: [\n", 4, "not valid YAML"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_each_kind_of_mistake_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    """Each mistake yields one problem whose line points at it and whose sentence says what is wrong."""
    problems = _load(tmp_path, text).problems
    assert any(p.line == line and words in p.message and p.file.endswith("r.yaml") for p in problems), problems


def test_every_problem_of_a_folder_is_reported_at_once(tmp_path: Path) -> None:
    """Two broken files give two problems in one error, so an admin fixes everything in one pass."""
    (tmp_path / "a.yaml").write_text(GOOD.replace("action: redact", "action: nope"))
    (tmp_path / "b.yaml").write_text(GOOD.replace("p:", "q:").replace("[PERSON]", "[NOPE]"))
    with pytest.raises(YamlSourceError) as err:
        load_rules(tmp_path, known_entities=KNOWN)
    assert {Path(p.file).name for p in err.value.problems} == {"a.yaml", "b.yaml"}


def test_empty_or_missing_folder_is_an_error(tmp_path: Path) -> None:
    """A gateway never runs without rules: no files, or no folder, is an error."""
    with pytest.raises(YamlSourceError, match="no rule files"):
        load_rules(tmp_path)
    with pytest.raises(YamlSourceError, match="does not exist"):
        load_rules(tmp_path / "missing")
