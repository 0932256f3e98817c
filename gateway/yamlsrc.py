"""YAML with line numbers: load a document and find the line of any path in it, for errors that name file and line."""

from __future__ import annotations

from collections.abc import Sequence
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
        for err in exc.errors():
            loc = [*prefix, *err["loc"]]
            where = ".".join(str(p) for p in loc) or "document"
            problems.append(Problem(self.file, self.line_of(loc), f"{where}: {_plain(err)}"))
        return problems


def _plain(err: Any) -> str:
    kind = err.get("type", "")
    if kind == "missing":
        return "this key is required but missing"
    if kind == "extra_forbidden":
        return "unknown key (check the spelling against the reference)"
    return str(err.get("msg", "invalid value"))


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
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSourceError([Problem(name, line, f"not valid YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise YamlSourceError([Problem(name, None, f"not valid YAML: {exc}")]) from None
    return YamlDocument(name, data, root)
