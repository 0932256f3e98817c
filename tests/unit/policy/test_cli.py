"""`rules check` and `rules test` gate an admin's change: zero on success, non-zero with file:line on failure."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from gateway.__main__ import main

RULES = Path(__file__).resolve().parents[3] / "rules"


def test_check_and_test_pass_on_the_shipped_rules(capsys: pytest.CaptureFixture[str], detector_factory: Any) -> None:
    """The shipped folder checks clean and every embedded test passes, printed as a table."""
    assert main(["rules", "check", str(RULES)]) == 0
    assert main(["rules", "test", str(RULES)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ") and "PASS  commercial-139-07" in out and " 0 failed" in out


def test_check_fails_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], detector_factory: Any
) -> None:
    """A misspelt entity type makes `rules check` exit 1 naming the file and line."""
    shutil.copytree(RULES, tmp_path / "rules")
    target = tmp_path / "rules" / "internal.yaml"
    target.write_text(target.read_text().replace("[CUI_MARKING]", "[CUI_MARKINGS]"))
    assert main(["rules", "check", str(tmp_path / "rules")]) == 1
    err = capsys.readouterr().err
    assert f"{target}:" in err and "no entity type 'CUI_MARKINGS'" in err


def test_failing_embedded_test_fails_rules_test(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], detector_factory: Any
) -> None:
    """A rule edit that breaks an embedded test makes `rules test` exit 1 and show FAIL with the reason."""
    shutil.copytree(RULES, tmp_path / "rules")
    target = tmp_path / "rules" / "internal.yaml"
    target.write_text(
        target.read_text().replace(
            "entities: [CUI_MARKING]\n        action: audit", "entities: [CUI_MARKING]\n        action: redact"
        )
    )
    assert main(["rules", "test", str(tmp_path / "rules")]) == 1
    out = capsys.readouterr().out
    assert "FAIL  internal" in out and "expected allowed, got redacted" in out
