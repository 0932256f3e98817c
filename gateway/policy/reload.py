"""The rules in force: loaded, checked and tested before they take effect, swapped atomically, reloaded on change.

Each request reads ``current`` once and runs under that one version. A broken change keeps the last good rules.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

from gateway.policy.active import ActiveRules
from gateway.policy.rules import load_rules, rule_files
from gateway.policy.testing import failures, run_rule_tests
from gateway.yamlsrc import YamlSourceError

__all__ = ["ActiveRules", "ReloadOutcome", "RulesManager"]
log = structlog.get_logger("gateway.rules")


@dataclass(frozen=True, slots=True)
class ReloadOutcome:
    ok: bool
    version: str | None
    files: tuple[str, ...]
    problems: tuple[str, ...]
    attempt: str = ""  # names the state of the rules folder tried (the same in every worker that tries it)
    at: float = 0.0  # time.time() of the attempt


class RulesManager:
    def __init__(
        self, directory: Path, factory: Any, *, on_reload: Callable[[ReloadOutcome], None] | None = None
    ) -> None:
        self._directory = directory
        self._factory = factory
        self._on_reload = on_reload
        self.last_outcome: ReloadOutcome | None = None  # of the latest load or reload, for the admin page
        self._current: ActiveRules | None = None
        self._stamp = self._snapshot()
        self._lock = asyncio.Lock()

    def build(self) -> ActiveRules:
        """Load, compile and test the rule files; raise ``YamlSourceError`` if anything is wrong."""
        ruleset = load_rules(self._directory, known_entities=self._factory.build().entities)
        detector = self._factory.build(ruleset.detector_specs)
        failed = failures(run_rule_tests(ruleset, detector))
        if failed:
            raise YamlSourceError(failed)
        return ActiveRules(ruleset, detector)

    @property
    def directory(self) -> Path:
        return self._directory

    def load_initial(self) -> ActiveRules:
        self._stamp = self._snapshot()
        self._current = self.build()
        self.last_outcome = ReloadOutcome(
            True, self._current.ruleset.version, self._current.ruleset.files, (), at=time.time()
        )
        return self._current

    @property
    def current(self) -> ActiveRules:
        if self._current is None:
            raise RuntimeError("rules are not loaded")
        return self._current

    async def reload(self) -> ReloadOutcome:
        async with self._lock:
            self._stamp = self._snapshot()
            attempt = self._fingerprint()
            try:
                active = await asyncio.get_running_loop().run_in_executor(None, self.build)
            except YamlSourceError as exc:
                problems = tuple(str(p) for p in exc.problems)
                outcome = ReloadOutcome(False, None, (), problems, attempt, time.time())
                kept = self._current.ruleset.version if self._current is not None else None
                log.warning("rules.reload_failed", folder=str(self._directory), kept=kept, problems=problems)
            else:
                self._current = active  # one reference assignment: readers see the old or the new, never a mix
                outcome = ReloadOutcome(True, active.ruleset.version, active.ruleset.files, (), attempt, time.time())
            self.last_outcome = outcome
        if self._on_reload is not None:
            self._on_reload(outcome)
        return outcome

    def _fingerprint(self) -> str:
        """The content of the rules folder as tried, the same in every worker: reloads are counted once by it."""
        digest = hashlib.sha256()
        try:
            for path in rule_files(self._directory):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError as exc:
            digest.update(f"unreadable: {exc.strerror}".encode())
        return digest.hexdigest()[:16]

    def _snapshot(self) -> tuple[tuple[str, int, int], ...]:
        try:
            return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in rule_files(self._directory))
        except OSError:
            return ()

    async def watch(self, interval: float = 1.0) -> None:
        """Poll the folder; any change of names, sizes or times triggers a reload."""
        while True:
            await asyncio.sleep(interval)
            if self._snapshot() != self._stamp:
                await self.reload()
