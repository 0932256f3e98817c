"""Rules in a ConfigMap volume reach running pods: the kubelet swaps a `..data` symlink to a new timestamped folder
(its atomic writer), and the gateway's rules watch must see that through the per-file symlinks. Here the swap is
made the kubelet's way on a real folder; in a cluster the kubelet's sync adds its own delay (deploy/README.md)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from gateway.policy.reload import ReloadOutcome, RulesManager
from tests.deploy.manifests import REPO


def project(volume: Path, files: dict[str, str], stamp: str) -> None:
    """Write ``files`` into ``volume`` as the kubelet does: a new ``..<stamp>`` folder, then ``..data`` renamed
    onto a symlink to it (one atomic step), each file a symlink through ``..data``, the old folder removed."""
    payload = volume / f"..{stamp}"
    payload.mkdir()
    for name, text in files.items():
        (payload / name).write_text(text)
    old = os.readlink(volume / "..data") if (volume / "..data").is_symlink() else None
    (volume / "..data_tmp").symlink_to(payload.name)
    os.rename(volume / "..data_tmp", volume / "..data")
    for name in files:
        if not (volume / name).is_symlink():
            (volume / name).symlink_to(Path("..data") / name)
    if old is not None:
        for child in (volume / old).iterdir():
            child.unlink()
        (volume / old).rmdir()


async def test_a_configmap_update_reloads_the_rules(tmp_path: Path, detector_factory: Any) -> None:
    files = {p.name: p.read_text() for p in sorted((REPO / "rules").glob("*.yaml"))}
    volume = tmp_path / "rules"
    volume.mkdir()
    project(volume, files, "2026_01_01_00_00_00.000000001")
    seen: list[ReloadOutcome] = []
    manager = RulesManager(volume, detector_factory, on_reload=seen.append)
    first = manager.load_initial().ruleset.version
    watcher = asyncio.create_task(manager.watch(interval=0.05))
    try:
        files["internal.yaml"] += "\n# reviewed by the rule owners\n"
        project(volume, files, "2026_01_01_00_01_00.000000002")
        for _ in range(400):
            if seen:
                break
            await asyncio.sleep(0.05)
        assert seen and seen[-1].ok, seen
        assert manager.current.ruleset.version not in (first, None)
        assert sorted(Path(f).name for f in seen[-1].files) == sorted(files)
    finally:
        watcher.cancel()
        with pytest.raises(asyncio.CancelledError):
            await watcher
