"""Config loading: environment references, relative paths, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.settings import load_settings
from gateway.yamlsrc import YamlSourceError

GOOD = """\
listen:
  port: 9000
upstreams:
  - name: openai
    protocol: openai
    base_url: https://api.openai.com/v1
    api_key: ${TEST_GW_OPENAI_KEY}
    models: [gpt-4o]
rules: rules/
"""


def test_env_reference_and_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """${NAME} is read from the environment and relative paths resolve against the config file's folder."""
    monkeypatch.setenv("TEST_GW_OPENAI_KEY", "sk-test")
    cfg = tmp_path / "gateway.yaml"
    cfg.write_text(GOOD)
    s = load_settings(cfg, listen__port=9100)
    assert s.upstreams[0].api_key is not None and s.upstreams[0].api_key.get_secret_value() == "sk-test"
    assert s.rules == tmp_path / "rules" and s.listen.port == 9100
    assert "sk-test" not in repr(s)


def test_missing_env_variable_is_an_error_with_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing variable is an error naming it and its line, not an empty string."""
    monkeypatch.delenv("TEST_GW_OPENAI_KEY", raising=False)
    cfg = tmp_path / "gateway.yaml"
    cfg.write_text(GOOD)
    with pytest.raises(YamlSourceError) as err:
        load_settings(cfg)
    assert str(err.value) == f"{cfg}:7: environment variable TEST_GW_OPENAI_KEY is not set"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("upstreams: []\n", 1, "upstreams"),
        (GOOD.replace("protocol: openai", "protocol: gemini"), 5, "protocol"),
        (GOOD.replace("  port: 9000", "  prot: 9000"), 2, "unknown key"),
        (GOOD.replace("base_url: https://api.openai.com/v1", "base_url: ftp://x"), 6, "base_url"),
        ("listen: [\n", 2, "not valid YAML"),
    ],
)
def test_schema_errors_name_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int, words: str
) -> None:
    """Each kind of mistake is reported with the file, the line and a plain sentence."""
    monkeypatch.setenv("TEST_GW_OPENAI_KEY", "x")
    cfg = tmp_path / "gateway.yaml"
    cfg.write_text(text)
    with pytest.raises(YamlSourceError) as err:
        load_settings(cfg)
    problem = err.value.problems[0]
    assert problem.file == str(cfg) and problem.line == line and words in problem.message


def test_a_model_belongs_to_one_upstream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two upstreams may not both approve the same model name."""
    monkeypatch.setenv("TEST_GW_OPENAI_KEY", "x")
    second = GOOD.split("rules:")[0].split("upstreams:\n")[1].replace("name: openai", "name: other")
    cfg = tmp_path / "gateway.yaml"
    cfg.write_text(GOOD.replace("rules: rules/", second + "rules: rules/"))
    with pytest.raises(YamlSourceError, match="belongs to both"):
        load_settings(cfg)


@pytest.mark.parametrize("name", ["gateway.example.yaml", "gateway.demo.yaml"])
def test_shipped_configs_load_and_name_shipped_policies(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The example and demo configs validate, and every upstream names a policy that rules/ defines."""
    monkeypatch.setenv("OPENAI_API_KEY", "x")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "y")
    repo = Path(__file__).resolve().parents[2]
    s = load_settings(repo / name)
    shipped = (repo / "rules").glob("*.yaml")
    text = "\n".join(p.read_text() for p in shipped)
    assert s.upstreams and all(f"  {u.policy}:" in text for u in s.upstreams)
