"""RulesManager: never starts broken, watches the folder, keeps the last good rules on a bad edit."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from gateway.policy.reload import ReloadOutcome, RulesManager
from gateway.yamlsrc import YamlSourceError

RULES = Path(__file__).resolve().parents[3] / "rules"


def test_start_with_broken_rules_is_refused(tmp_path: Path, detector_factory: Any) -> None:
    """A folder whose files do not validate cannot become the first rules of a gateway."""
    (tmp_path / "r.yaml").write_text("policies: {p: {rules: [{id: x}]}}\n")
    with pytest.raises(YamlSourceError):
        RulesManager(tmp_path, detector_factory).load_initial()


async def test_watch_reloads_on_change_and_reports_failures(tmp_path: Path, detector_factory: Any) -> None:
    """Editing a file is picked up by the watcher; a broken edit is reported and the old version stays."""
    shutil.copytree(RULES, tmp_path / "rules")
    seen: list[ReloadOutcome] = []
    manager = RulesManager(tmp_path / "rules", detector_factory, on_reload=seen.append)
    first = manager.load_initial().ruleset.version
    watcher = asyncio.create_task(manager.watch(interval=0.05))
    try:
        target = tmp_path / "rules" / "internal.yaml"
        target.write_text(target.read_text() + "\n# reviewed\n")
        for _ in range(200):
            if seen:
                break
            await asyncio.sleep(0.05)
        assert seen and seen[-1].ok and manager.current.ruleset.version not in (first, None)
        good = manager.current.ruleset.version
        target.write_text("policies: [broken\n")
        for _ in range(200):
            if len(seen) > 1:
                break
            await asyncio.sleep(0.05)
        assert not seen[-1].ok and any("internal.yaml:2: not valid YAML" in p for p in seen[-1].problems)
        assert manager.current.ruleset.version == good
    finally:
        watcher.cancel()
        with pytest.raises(asyncio.CancelledError):
            await watcher


async def test_failed_reload_is_logged_at_warning_and_remembered(tmp_path: Path, detector_factory: Any) -> None:
    """A refused reload logs a warning naming the problems and the version kept; the admin page reads it back."""
    shutil.copytree(RULES, tmp_path / "rules")
    manager = RulesManager(tmp_path / "rules", detector_factory)
    kept = manager.load_initial().ruleset.version
    assert manager.last_outcome is not None and manager.last_outcome.ok
    (tmp_path / "rules" / "internal.yaml").write_text("policies:\n  internal:\n    rules: []\n    rules: []\n")
    with capture_logs() as logs:
        outcome = await manager.reload()
    assert not outcome.ok and manager.last_outcome == outcome and outcome.at > 0
    warnings = [e for e in logs if e["event"] == "rules.reload_failed"]
    assert len(warnings) == 1 and warnings[0]["log_level"] == "warning" and warnings[0]["kept"] == kept
    assert any("'rules' appears twice" in p and "lines 3 and 4" in p for p in warnings[0]["problems"])
