"""Rule files → a compiled, immutable RuleSet: named policies, each a list of rules (see rules/README.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from gateway.detect.specs import DetectorSpecs
from gateway.policy.decision import Action, Operator
from gateway.yamlsrc import Problem, YamlSourceError, load_yaml


class RuleModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    description: str
    source: str
    entities: tuple[str, ...] = Field(min_length=1)
    min_score: float = Field(0.5, ge=0, le=1)
    roles: tuple[Literal["system", "developer", "user", "assistant", "tool", "definition"], ...] = ()
    action: Action
    operator: Operator | None = None
    message: str | None = None


class PolicyModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = ""
    rules: tuple[RuleModel, ...] = Field(min_length=1)


class RuleFileModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    policies: dict[str, PolicyModel] = {}


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    rules: tuple[RuleModel, ...]


@dataclass(frozen=True, slots=True)
class RuleSet:
    version: str
    files: tuple[str, ...]
    policies: Mapping[str, Policy]
    detector_specs: DetectorSpecs

    def policy(self, name: str) -> Policy:
        return self.policies[name]


def load_rules(directory: Path, *, known_entities: frozenset[str] | None = None) -> RuleSet:
    files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
    if not files:
        raise YamlSourceError([Problem(str(directory), None, "no rule files (*.yaml) in this folder")])
    problems: list[Problem] = []
    policies: dict[str, Policy] = {}
    digest = hashlib.sha256()
    for path in files:
        text = path.read_text(encoding="utf-8")
        digest.update(path.name.encode() + b"\0" + text.encode() + b"\0")
        try:
            doc = load_yaml(path, text)
            model = RuleFileModel.model_validate(doc.data or {})
        except YamlSourceError as exc:
            problems.extend(exc.problems)
            continue
        except ValidationError as exc:
            problems.extend(doc.problems_from(exc))
            continue
        for name, pol in model.policies.items():
            if name in policies:
                problems.append(
                    Problem(str(path), doc.line_of(["policies", name]), f"policy {name!r} is defined twice")
                )
            for i, rule in enumerate(pol.rules):
                where = doc.line_of(["policies", name, "rules", i])
                if rule.action is Action.BLOCK and not rule.message:
                    problems.append(Problem(str(path), where, f"rule {rule.id!r} blocks but has no message"))
                for entity in rule.entities:
                    if known_entities is not None and entity not in known_entities:
                        problems.append(Problem(str(path), where, f"rule {rule.id!r}: unknown entity type {entity!r}"))
            policies[name] = Policy(name, pol.rules)
    if problems:
        raise YamlSourceError(problems)
    return RuleSet(digest.hexdigest()[:12], tuple(str(f) for f in files), policies, DetectorSpecs())
