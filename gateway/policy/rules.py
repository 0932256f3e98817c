"""Rule files → one compiled, immutable RuleSet (the format is documented in rules/README.md).

A folder of ``*.yaml`` files; each may declare ``policies`` (named lists of rules; ``extends:`` builds on another
policy, or adds rules to it), ``recognizers`` (regex or deny-list), ``allow_list`` entries and embedded ``tests``.
Everything is validated and compiled here, at load; errors name the file, the line and the problem in a plain
sentence, one per mistake.
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
from gateway.policy.allow import AllowRules
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
    # another policy's rules come first, then these (a rule with the same id replaces the other's); naming the
    # policy itself (in another file) adds these rules to it
    extends: str | None = None
    rules: tuple[RuleModel, ...] = Field(min_length=1)


class AllowEntryModel(_Strict):
    """An allow-list entry that is not a plain term: a value allowed inside a finding, or a regular expression."""

    inside: str | None = Field(None, min_length=1)
    regex: str | None = Field(None, min_length=1)

    @model_validator(mode="after")
    def _one_kind(self) -> AllowEntryModel:
        if (self.inside is None) == (self.regex is None):
            raise ValueError("an allow-list entry is a term, or a mapping with exactly one of inside or regex")
        return self


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
    allow_list: tuple[str | AllowEntryModel, ...] = ()
    tests: tuple[RuleTestModel, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    rules: tuple[RuleModel, ...]
    compiled_context: Mapping[str, re.Pattern[str]] = field(default_factory=dict)  # rule id -> context regex
    description: str = ""


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
    allow: AllowRules = field(default_factory=AllowRules)  # entries the detector's plain-term allow list cannot express

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
    allow = _compile_allow(parsed, problems)
    known = None if known_entities is None else known_entities | custom_entities
    policies = _compile_policies(parsed, known, problems)
    tests = _collect_tests(parsed, policies, known, problems)
    if not policies and not problems:
        problems.append(Problem(str(directory), None, "the rule files define no policy"))
    if problems:
        raise YamlSourceError(problems)
    return RuleSet(digest.hexdigest()[:12], tuple(str(f) for f in files), policies, specs, tests, allow)


def _compile_recognizers(
    parsed: list[tuple[YamlDocument, RuleFileModel]], problems: list[Problem]
) -> tuple[DetectorSpecs, frozenset[str]]:
    patterns: list[PatternSpec] = []
    deny: list[DenyListSpec] = []
    allow: list[str] = []
    names: set[str] = set()
    for doc, model in parsed:
        allow.extend(e for e in model.allow_list if isinstance(e, str))
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


def _compile_allow(parsed: list[tuple[YamlDocument, RuleFileModel]], problems: list[Problem]) -> AllowRules:
    inside: list[str] = []
    patterns: list[re.Pattern[str]] = []
    for doc, model in parsed:
        for i, entry in enumerate(model.allow_list):
            if isinstance(entry, str):
                continue
            if entry.inside is not None:
                inside.append(entry.inside)
                continue
            assert entry.regex is not None
            try:
                patterns.append(re.compile(entry.regex, re.IGNORECASE))
            except re.error as exc:
                line = doc.line_of(["allow_list", i])
                problems.append(Problem(doc.file, line, f"allow_list: the regex does not compile ({exc.msg})"))
    return AllowRules.build(inside, patterns)


@dataclass(slots=True)
class _Declared:
    doc: YamlDocument
    name: str
    model: PolicyModel

    @property
    def line(self) -> int | None:
        return self.doc.line_of(["policies", self.name])

    @property
    def where(self) -> str:
        return f"{self.doc.file}:{self.line}" if self.line else self.doc.file


def _compile_policies(
    parsed: list[tuple[YamlDocument, RuleFileModel]], known: frozenset[str] | None, problems: list[Problem]
) -> dict[str, Policy]:
    defined: dict[str, _Declared] = {}
    additions: dict[str, list[_Declared]] = {}
    for doc, model in parsed:
        for name, pol in model.policies.items():
            declared = _Declared(doc, name, pol)
            if pol.extends == name:
                additions.setdefault(name, []).append(declared)
                continue
            first = defined.get(name)
            if first is not None:
                problems.append(
                    Problem(
                        doc.file,
                        declared.line,
                        f"policy {name!r} is already defined at {first.where}; to add rules to it, write "
                        f"'extends: {name}' under this one, or give this one another name",
                    )
                )
                continue
            defined[name] = declared
            _check_rules(declared, known, problems)
    for name, adds in additions.items():
        for declared in adds:
            _check_rules(declared, known, problems)
            if name not in defined:
                problems.append(Problem(declared.doc.file, declared.line, f"extends: no policy named {name!r}"))
    resolved: dict[str, tuple[RuleModel, ...]] = {}
    failed: set[str] = set()  # reported already: one mistake, one problem

    def rules_of(name: str, chain: tuple[str, ...]) -> tuple[RuleModel, ...] | None:
        if name in resolved:
            return resolved[name]
        if name in failed:
            return None
        declared = defined[name]
        base: tuple[RuleModel, ...] = ()
        parent = declared.model.extends
        if parent is not None:
            if parent in chain:
                cycle = " -> ".join([*chain, parent])
                problems.append(Problem(declared.doc.file, declared.line, f"extends goes round in a circle: {cycle}"))
                failed.update(chain)
                return None
            if parent not in defined:
                problems.append(Problem(declared.doc.file, declared.line, f"extends: no policy named {parent!r}"))
                failed.add(name)
                return None
            got = rules_of(parent, (*chain, parent))
            if got is None:
                failed.add(name)
                return None
            base = got
        rules = _merged(base, declared.model.rules)
        for add in additions.get(name, []):
            rules = _merged(rules, add.model.rules)
        resolved[name] = rules
        return rules

    policies: dict[str, Policy] = {}
    for name, declared in defined.items():
        rules = rules_of(name, (name,))
        if rules is None:
            continue
        context: dict[str, re.Pattern[str]] = {}
        for rule in rules:
            if rule.context:
                words = "|".join(re.escape(w) for w in rule.context)
                context[rule.id] = re.compile(rf"(?<![A-Za-z0-9])(?:{words})(?![A-Za-z0-9])", re.IGNORECASE)
        policies[name] = Policy(name, rules, context, declared.model.description)
    return policies


def _merged(base: tuple[RuleModel, ...], own: tuple[RuleModel, ...]) -> tuple[RuleModel, ...]:
    """``base`` with each rule of ``own`` replacing the one of the same id in place, the others appended."""
    out = list(base)
    where = {r.id: i for i, r in enumerate(out)}
    for rule in own:
        if rule.id in where:
            out[where[rule.id]] = rule
        else:
            where[rule.id] = len(out)
            out.append(rule)
    return tuple(out)


def _check_rules(declared: _Declared, known: frozenset[str] | None, problems: list[Problem]) -> None:
    doc, name = declared.doc, declared.name
    seen: set[str] = set()
    for i, rule in enumerate(declared.model.rules):
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
