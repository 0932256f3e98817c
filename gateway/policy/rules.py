"""Rule files → one compiled, immutable RuleSet (the format is documented in rules/README.md).

A folder of ``*.yaml`` files; each may declare ``policies`` (named lists of rules), ``recognizers`` (regex or
deny-list), ``allow_list`` terms and embedded ``tests``. Everything is validated and compiled here, at load;
errors name the file, the line and the problem in a plain sentence.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from gateway.detect.specs import DenyListSpec, DetectorSpecs, PatternSpec
from gateway.policy.decision import Action, Operator
from gateway.yamlsrc import Problem, YamlDocument, YamlSourceError, load_yaml

Role = Literal["system", "developer", "user", "assistant", "tool", "definition"]
_ID = r"^[a-z0-9][a-z0-9._-]*$"
_ENTITY = r"^[A-Z][A-Z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RuleModel(_Strict):
    """One rule: which findings it matches, and what happens to them."""

    id: str = Field(pattern=_ID)
    description: str = Field(min_length=1)
    source: str = Field(min_length=1)
    entities: tuple[str, ...] = Field(min_length=1)
    min_score: float = Field(0.5, ge=0, le=1)
    context: tuple[str, ...] = ()  # words of which one must stand within context_window characters of the finding
    context_window: int = Field(60, ge=1, le=1000)
    roles: tuple[Role, ...] = ()  # where the text stands; empty = anywhere
    min_count: int | None = Field(None, ge=2)  # a volume rule: fires when a request holds this many matching findings
    action: Action
    operator: Operator | None = None
    message: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> RuleModel:
        if self.action is Action.BLOCK and not self.message:
            raise ValueError("a rule whose action is block needs a message for the employee")
        if self.operator is not None and self.action is not Action.REDACT:
            raise ValueError("an operator only makes sense with action redact")
        if self.min_count is not None and self.action is not Action.BLOCK:
            raise ValueError("min_count (a volume rule) only works with action block")
        return self

    @property
    def specificity(self) -> int:
        """More conditions = more specific; a specific rule wins over a general one of the same action."""
        return (2 if self.context else 0) + (1 if self.roles else 0) + (1 if len(self.entities) == 1 else 0)


class PolicyModel(_Strict):
    description: str = ""
    rules: tuple[RuleModel, ...] = Field(min_length=1)


class RecognizerModel(_Strict):
    """A recognizer declared by an admin: a regex, or a deny list of terms."""

    name: str = Field(pattern=_ID)
    entity: str = Field(pattern=_ENTITY)
    regex: str | None = None
    score: float = Field(0.8, gt=0, le=1)
    context: tuple[str, ...] = ()
    ignore_case: bool = False
    deny_list: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _one_kind(self) -> RecognizerModel:
        if (self.regex is None) == (not self.deny_list):
            raise ValueError("a recognizer needs exactly one of regex or deny_list")
        return self


class ExpectModel(_Strict):
    decision: Literal["allowed", "redacted", "blocked"]
    entities: tuple[str, ...] = ()  # entity types that must be acted on
    rule: str | None = None  # for blocks: the rule that must decide


class RuleTestModel(_Strict):
    name: str = Field(min_length=1)
    policy: str
    text: str = Field(min_length=1)
    role: Role = "user"
    expect: ExpectModel


class RuleFileModel(_Strict):
    policies: dict[str, PolicyModel] = {}
    recognizers: tuple[RecognizerModel, ...] = ()
    allow_list: tuple[str, ...] = ()
    tests: tuple[RuleTestModel, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    rules: tuple[RuleModel, ...]
    compiled_context: Mapping[str, re.Pattern[str]] = field(default_factory=dict)  # rule id -> context regex


@dataclass(frozen=True, slots=True)
class RuleTest:
    file: str
    line: int | None
    test: RuleTestModel


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Compiled rules of one version; immutable, so a request reads one consistent version."""

    version: str
    files: tuple[str, ...]
    policies: Mapping[str, Policy]
    detector_specs: DetectorSpecs
    tests: tuple[RuleTest, ...] = ()

    def policy(self, name: str) -> Policy:
        return self.policies[name]


def rule_files(directory: Path) -> list[Path]:
    return sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])


def load_rules(directory: Path, *, known_entities: frozenset[str] | None = None) -> RuleSet:
    """Read, validate and compile every rule file of ``directory``; raise ``YamlSourceError`` with all problems."""
    if not directory.is_dir():
        raise YamlSourceError([Problem(str(directory), None, "the rules folder does not exist")])
    files = rule_files(directory)
    if not files:
        raise YamlSourceError([Problem(str(directory), None, "no rule files (*.yaml) in this folder")])
    problems: list[Problem] = []
    digest = hashlib.sha256()
    parsed: list[tuple[YamlDocument, RuleFileModel]] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        digest.update(path.name.encode() + b"\0" + text.encode() + b"\0")
        try:
            doc = load_yaml(path, text)
        except YamlSourceError as exc:
            problems.extend(exc.problems)
            continue
        if doc.data is not None and not isinstance(doc.data, dict):
            problems.append(Problem(doc.file, 1, "a rule file must be a mapping with policies, recognizers, tests"))
            continue
        try:
            parsed.append((doc, RuleFileModel.model_validate(doc.data or {})))
        except ValidationError as exc:
            problems.extend(doc.problems_from(exc))
    specs, custom_entities = _compile_recognizers(parsed, problems)
    known = None if known_entities is None else known_entities | custom_entities
    policies = _compile_policies(parsed, known, problems)
    tests = _collect_tests(parsed, policies, known, problems)
    if not policies and not problems:
        problems.append(Problem(str(directory), None, "the rule files define no policy"))
    if problems:
        raise YamlSourceError(problems)
    return RuleSet(digest.hexdigest()[:12], tuple(str(f) for f in files), policies, specs, tests)


def _compile_recognizers(
    parsed: list[tuple[YamlDocument, RuleFileModel]], problems: list[Problem]
) -> tuple[DetectorSpecs, frozenset[str]]:
    patterns: list[PatternSpec] = []
    deny: list[DenyListSpec] = []
    allow: list[str] = []
    names: set[str] = set()
    for doc, model in parsed:
        allow.extend(model.allow_list)
        for i, rec in enumerate(model.recognizers):
            line = doc.line_of(["recognizers", i])
            if rec.name in names:
                problems.append(Problem(doc.file, line, f"recognizer {rec.name!r} is declared twice"))
            names.add(rec.name)
            if rec.regex is not None:
                try:
                    re.compile(rec.regex)
                except re.error as exc:
                    problems.append(
                        Problem(
                            doc.file,
                            doc.line_of(["recognizers", i, "regex"]),
                            f"recognizer {rec.name!r}: the regex does not compile ({exc.msg})",
                        )
                    )
                    continue
                flags = ("IGNORECASE",) if rec.ignore_case else ()
                patterns.append(PatternSpec(rec.entity, rec.name, rec.regex, rec.score, rec.context, flags))
            else:
                deny.append(DenyListSpec(rec.entity, rec.name, rec.deny_list, rec.score))
    entities = frozenset(p.entity_type for p in patterns) | frozenset(d.entity_type for d in deny)
    return DetectorSpecs(tuple(patterns), tuple(deny), tuple(allow)), entities


def _compile_policies(
    parsed: list[tuple[YamlDocument, RuleFileModel]], known: frozenset[str] | None, problems: list[Problem]
) -> dict[str, Policy]:
    policies: dict[str, Policy] = {}
    for doc, model in parsed:
        for name, pol in model.policies.items():
            if name in policies:
                problems.append(Problem(doc.file, doc.line_of(["policies", name]), f"policy {name!r} is defined twice"))
                continue
            seen: set[str] = set()
            context: dict[str, re.Pattern[str]] = {}
            for i, rule in enumerate(pol.rules):
                line = doc.line_of(["policies", name, "rules", i])
                if rule.id in seen:
                    problems.append(Problem(doc.file, line, f"rule id {rule.id!r} appears twice in policy {name!r}"))
                seen.add(rule.id)
                for entity in rule.entities:
                    if known is not None and entity not in known:
                        problems.append(
                            Problem(
                                doc.file,
                                doc.line_of(["policies", name, "rules", i, "entities"]),
                                f"rule {rule.id!r}: the detector knows no entity type {entity!r}",
                            )
                        )
                if rule.context:
                    words = "|".join(re.escape(w) for w in rule.context)
                    context[rule.id] = re.compile(rf"(?<![A-Za-z0-9])(?:{words})(?![A-Za-z0-9])", re.IGNORECASE)
            policies[name] = Policy(name, pol.rules, context)
    return policies


def _collect_tests(
    parsed: list[tuple[YamlDocument, RuleFileModel]],
    policies: Mapping[str, Policy],
    known: frozenset[str] | None,
    problems: list[Problem],
) -> tuple[RuleTest, ...]:
    out = []
    for doc, model in parsed:
        for i, test in enumerate(model.tests):
            line = doc.line_of(["tests", i])
            if test.policy not in policies:
                problems.append(Problem(doc.file, line, f"test {test.name!r} names no known policy {test.policy!r}"))
            for entity in test.expect.entities:
                if known is not None and entity not in known:
                    problems.append(Problem(doc.file, line, f"test {test.name!r}: unknown entity type {entity!r}"))
            out.append(RuleTest(doc.file, line, test))
    return tuple(out)
