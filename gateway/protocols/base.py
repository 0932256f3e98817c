"""What every protocol adapter provides, and the body-walking helpers they share."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from gateway.segments import EmbeddedJson, Path, Segment, UnscannablePart
from gateway.sse import SSEEvent

JSON_STRING = EmbeddedJson()


class BadRequest(Exception):
    """The body is not a request of this protocol. The message is shown to the client: never include body content."""


@dataclass(slots=True)
class Extracted:
    """What an adapter read out of a request body."""

    model: str
    stream: bool
    segments: list[Segment] = field(default_factory=list)
    unscannable: list[UnscannablePart] = field(default_factory=list)


class SegmentCollector:
    """Builds the segment list as an adapter walks a body."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.unscannable: list[UnscannablePart] = []
        self._owned: set[Path] = set()  # subtrees the adapter has read, or knows to hold no text

    def text(self, value: object, path: Path, place: str, role: str) -> None:
        self._owned.add(path)
        if isinstance(value, str) and value:
            self.segments.append(Segment(len(self.segments), value, place, role, path))

    def json_text(self, value: object, path: Path, place: str, role: str) -> None:
        """A string that should hold JSON (tool-call arguments): scan its string values, or all of it if not JSON."""
        self._owned.add(path)
        if not isinstance(value, str) or not value:
            return
        try:
            doc = json.loads(value)
        except ValueError:
            self.text(value, path, place, role)
            return
        for leaf_path, leaf in string_leaves(doc):
            self.text(leaf, (*path, JSON_STRING, *leaf_path), place, role)

    def leaves(self, value: object, path: Path, place: str, role: str, skip_keys: frozenset[str] = frozenset()) -> None:
        self._owned.add(path)
        for leaf_path, leaf in string_leaves(value, skip_keys):
            self.text(leaf, (*path, *leaf_path), place, role)

    def unscannable_part(self, kind: str, place: str, path: Path | None = None) -> None:
        if path is not None:
            self._owned.add(path)
        self.unscannable.append(UnscannablePart(kind, place, path))

    def own(self, *paths: Path) -> None:
        """Subtrees the adapter leaves as they are: ids, tool names, schemas, enums, vendor-encrypted data."""
        self._owned.update(paths)

    def rest(self, body: dict[str, Any]) -> None:
        """Every other string in the body is text that would reach the vendor: fields this adapter does not know
        (metadata, a newer API's parameters) are scanned too. The place never repeats the client's field names,
        which are client text as well."""
        for path, value in string_leaves(body):
            if value and not any(path[:k] in self._owned for k in range(1, len(path) + 1)):
                self.text(value, path, _place_of(path), "user")

    def result(self, model: str, stream: bool) -> Extracted:
        return Extracted(model, stream, self.segments, self.unscannable)


def _place_of(path: Path) -> str:
    if len(path) > 1 and isinstance(path[1], int) and path[0] in ("messages", "input"):
        return f"{'message' if path[0] == 'messages' else 'input item'} {path[1] + 1}"
    return "another field of the request"


def string_leaves(value: object, skip_keys: frozenset[str] = frozenset()) -> Iterator[tuple[Path, str]]:
    """Every string value inside a JSON value, with its path; dictionary keys are never yielded."""
    if isinstance(value, str):
        yield (), value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            for p, s in string_leaves(item, skip_keys):
                yield (i, *p), s
    elif isinstance(value, dict):
        for k, item in value.items():
            if k in skip_keys:
                continue
            for p, s in string_leaves(item, skip_keys):
                yield (k, *p), s


def schema_descriptions(schema: object, path: Path) -> Iterator[tuple[Path, str]]:
    """The human-written parts of a JSON schema (descriptions and titles); names, keys and enums stay untouched."""
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k in ("description", "title") and isinstance(v, str):
                yield (*path, k), v
            elif isinstance(v, dict | list):
                yield from schema_descriptions(v, (*path, k))
    elif isinstance(schema, list):
        for i, v in enumerate(schema):
            yield from schema_descriptions(v, (*path, i))


def write_back(body: dict[str, Any], segments: Sequence[Segment], replacements: Mapping[int, str]) -> None:
    """Put replacement texts into the body in place; JSON-in-string containers are re-encoded once each."""
    embedded: dict[Path, Any] = {}
    for index, text in replacements.items():
        path = segments[index].path
        if JSON_STRING in path:
            cut = path.index(JSON_STRING)
            outer, inner = path[:cut], path[cut + 1 :]
            if outer not in embedded:
                embedded[outer] = json.loads(_get(body, outer))
            if inner:
                _set(embedded[outer], inner, text)
            else:
                embedded[outer] = text
        else:
            _set(body, path, text)
    for outer, doc in embedded.items():
        _set(body, outer, json.dumps(doc, ensure_ascii=False))


def drop_parts(body: dict[str, Any], parts: Sequence[UnscannablePart]) -> None:
    """Remove droppable parts from their lists, last index first so earlier indices stay valid."""
    paths = sorted(
        (p.path for p in parts if p.path is not None), key=lambda p: [str(x).zfill(8) for x in p], reverse=True
    )
    for path in paths:
        del _get(body, path[:-1])[path[-1]]


def _get(node: Any, path: Path) -> Any:
    for step in path:
        node = node[step]
    return node


def _set(node: Any, path: Path, value: Any) -> None:
    if not path:
        raise ValueError("empty path")
    parent = _get(node, path[:-1])
    parent[path[-1]] = value


def require_object(body: object) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    return body


def require_model(body: Mapping[str, Any]) -> str:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise BadRequest("the request must name a model in the 'model' field")
    return model


class ResponseStage(Protocol):
    """Restores placeholders in an answer: one JSON body, or an SSE stream event by event."""

    def restore_body(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def feed(self, event: SSEEvent) -> list[SSEEvent]: ...

    def flush(self) -> list[SSEEvent]: ...


def compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
