"""The rules in force: loaded and tested before they take effect, swapped atomically, reloaded on change."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.detect.findings import Detector
from gateway.policy.rules import RuleSet, load_rules
from gateway.yamlsrc import YamlSourceError


@dataclass(frozen=True, slots=True)
class ActiveRules:
    ruleset: RuleSet
    detector: Detector


@dataclass(frozen=True, slots=True)
class ReloadOutcome:
    ok: bool
    version: str | None
    files: tuple[str, ...]
    problems: tuple[str, ...]


class RulesManager:
    def __init__(
        self, directory: Path, factory: Any, *, on_reload: Callable[[ReloadOutcome], None] | None = None
    ) -> None:
        self._directory = directory
        self._factory = factory
        self._on_reload = on_reload
        self._current: ActiveRules | None = None
        self._stamp: tuple[tuple[str, float, int], ...] = ()

    def _build(self) -> ActiveRules:
        known = self._factory.build().entities
        ruleset = load_rules(self._directory, known_entities=known)
        return ActiveRules(ruleset, self._factory.build(ruleset.detector_specs))

    def load_initial(self) -> ActiveRules:
        self._stamp = self._snapshot()
        self._current = self._build()
        return self._current

    @property
    def current(self) -> ActiveRules:
        if self._current is None:
            raise RuntimeError("rules are not loaded")
        return self._current

    async def reload(self) -> ReloadOutcome:
        loop = asyncio.get_running_loop()
        try:
            active = await loop.run_in_executor(None, self._build)
        except YamlSourceError as exc:
            outcome = ReloadOutcome(False, None, (), tuple(str(p) for p in exc.problems))
        else:
            self._current = active
            outcome = ReloadOutcome(True, active.ruleset.version, active.ruleset.files, ())
        if self._on_reload is not None:
            self._on_reload(outcome)
        return outcome

    def _snapshot(self) -> tuple[tuple[str, float, int], ...]:
        return tuple((p.name, p.stat().st_mtime, p.stat().st_size) for p in sorted(self._directory.glob("*.y*ml")))

    async def watch(self, interval: float = 1.0) -> None:
        while True:
            await asyncio.sleep(interval)
            stamp = self._snapshot()
            if stamp != self._stamp:
                self._stamp = stamp
                await self.reload()
