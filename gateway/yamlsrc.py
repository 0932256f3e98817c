"""YAML with line numbers: load a document and find the line of any path in it, for errors that name file and line."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a file, in a plain sentence."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class YamlSourceError(Exception):
    """A file could not be read as YAML or does not fit its schema; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """Parsed YAML plus its node tree, so that errors can point at lines."""

    file: str
    data: Any
    root: yaml.Node | None

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """1-based line of the deepest node along ``path`` that exists."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for key in path:
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                        node = v
                        line = k.start_mark.line + 1
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                return line
        return line

    def problems_from(self, exc: ValidationError, prefix: Sequence[str | int] = ()) -> list[Problem]:
        """Turn a pydantic error into one plain sentence per mistake, each with its line."""
        problems = []
        seen: set[tuple[str | int, ...]] = set()
        for err in exc.errors():
            loc = _location([*prefix, *err["loc"]])
            if any(loc[: len(s)] == s or s[: len(loc)] == loc for s in seen):
                continue  # one mistake, one sentence: a union reports each member it tried
            seen.add(loc)
            where = ".".join(str(p) for p in loc) or "document"
            problems.append(Problem(self.file, self.line_of(list(loc)), f"{where}: {_plain(err)}"))
        return problems


def _duplicate_keys(file: str, root: yaml.Node | None) -> Iterator[Problem]:
    """Every key that appears twice in one mapping (YAML keeps the last silently), naming both lines."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    line = key.start_mark.line + 1
                    if key.value in seen:
                        yield Problem(
                            file,
                            line,
                            f"the key {key.value!r} appears twice in the same place (lines {seen[key.value]} and "
                            f"{line}); YAML would silently drop the first, so merge them or rename one",
                        )
                    else:
                        seen[key.value] = line
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


_UNION_TAGS = re.compile(r"^(str|int|float|bool|list\[.*\]|tuple\[.*\]|dict\[.*\]|[A-Z][A-Za-z]*Model)$")


def _location(loc: Sequence[Any]) -> tuple[str | int, ...]:
    """The place in the document: pydantic adds the name of each union member it tried, which is no place."""
    return tuple(p for p in loc if not (isinstance(p, str) and _UNION_TAGS.match(p)))


def _plain(err: Any) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return "this key is required but missing"
    if kind == "extra_forbidden":
        return "unknown key (check the spelling against the reference)"
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return "must not be empty" if n == 1 else f"needs at least {n} items"
    if kind == "too_long":
        return f"has too many items (at most {ctx.get('max_length')})"
    if kind in ("literal_error", "enum"):
        return f"must be one of: {ctx.get('expected', '').replace(' or ', ', ')}".replace("'", "")
    if kind == "string_pattern_mismatch":
        return _PATTERNS.get(str(ctx.get("pattern")), f"must match the pattern {ctx.get('pattern')}")
    if kind in ("string_type", "int_type", "float_type", "bool_type", "dict_type", "list_type", "tuple_type"):
        return f"must be {_KINDS[kind]}"
    if kind in ("int_parsing", "float_parsing", "bool_parsing"):
        return f"must be {_KINDS[kind.replace('parsing', 'type')]}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        word = {"greater_than": "more than", "greater_than_equal": "at least", "less_than": "less than"}
        return f"must be {word.get(kind, 'at most')} {next(iter(ctx.values()), '')}"
    if kind == "string_too_short":
        return "must not be empty"
    message = str(err.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


_PATTERNS = {
    "^[a-z0-9][a-z0-9._-]*$": "may hold only lower-case letters, digits, '.', '_' and '-', and must start with a "
    "letter or digit",
    "^[A-Z][A-Z0-9_]*$": "may hold only upper-case letters, digits and '_', and must start with a letter",
    "^[a-z0-9][a-z0-9_-]*$": "may hold only lower-case letters, digits, '_' and '-', and must start with a letter "
    "or digit",
}
_KINDS = {
    "string_type": "a text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "dict_type": "a mapping (key: value lines)",
    "list_type": "a list",
    "tuple_type": "a list",
}


def load_yaml(path: Path, text: str | None = None) -> YamlDocument:
    """Read a YAML file; a syntax error becomes a ``YamlSourceError`` naming the line."""
    name = str(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise YamlSourceError([Problem(name, None, f"cannot read the file ({exc.strerror})")]) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        duplicates = list(_duplicate_keys(name, root))
        if duplicates:
            raise YamlSourceError(duplicates)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSourceError([Problem(name, line, f"not valid YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise YamlSourceError([Problem(name, None, f"not valid YAML: {exc}")]) from None
    return YamlDocument(name, data, root)
