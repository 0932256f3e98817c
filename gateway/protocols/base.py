"""What every protocol adapter provides, and the default-deny body walk they share.

An adapter walks the parts of a request it knows, gives text its place and author, and *validates* what need not
be scanned: a closed-set setting against the vendor's documented values, a number in a numeric setting, a
vendor-encrypted blob by its encoding. Then ``SegmentCollector.rest`` walks the whole body: every string, every
object key and every number or boolean the adapter did not validate is scanned. A field nobody listed is scanned,
never skipped.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast

from gateway.segments import EmbeddedJson, ObjectEntry, ObjectKey, Path, Segment, UnscannablePart
from gateway.sse import SSEEvent
from gateway.transform.restore import loads

JSON_STRING = EmbeddedJson()
KEY = ObjectKey()
ENTRY = ObjectEntry()
ENTRY_SEPARATOR = ": "

# Tool and function names, as both vendors document them (OpenAI: "a-z, A-Z, 0-9, underscores and dashes, maximum
# length of 64"; Anthropic tool name: ^[a-zA-Z0-9_-]{1,64}$). Ids the vendors issue (call_…, toolu_…, fc_…, rs_…)
# use the same alphabet. A matching name or id is still scanned; one that does not match is refused.
NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
# A model name when any is allowed (models: ["*"]): vendor names such as gpt-4o-2024-08-06,
# ft:gpt-4o-mini:org:name:id or claude-sonnet-4-6. No spaces and no '@'; it is scanned as well.
MODEL_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_OPAQUE_MAX_CHARS = 1 << 20
_OPAQUE_MIN_BYTES = 32
_OPAQUE_MAX_PRINTABLE = 0.75

ErrorKind = Literal[
    "invalid_request", "authentication", "permission", "not_found", "too_large", "rate_limit", "unavailable", "api"
]


class BadRequest(Exception):
    """The body is not a request of this protocol. The message is shown to the client: never include body content."""


@dataclass(slots=True)
class Extracted:
    """What an adapter read out of a request body."""

    model: str
    stream: bool
    segments: list[Segment] = field(default_factory=list)
    unscannable: list[UnscannablePart] = field(default_factory=list)


class ResponseStage(Protocol):
    """Restores placeholders in an answer: one JSON body, or an SSE stream event by event (each event's shape
    checked as it is read, by ``event_payload``)."""

    def restore_body(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def feed(self, event: SSEEvent) -> list[SSEEvent]: ...

    def flush(self) -> list[SSEEvent]: ...


class Adapter(Protocol):
    """A wire format: the module ``gateway.protocols.openai`` or ``gateway.protocols.anthropic``."""

    # read-only, as a module's names are to its users (a settable protocol member would have to match exactly)
    @property
    def NAME(self) -> str: ...

    @property
    def ROUTES(self) -> tuple[str, ...]: ...

    @property
    def ResponseRestorer(self) -> Callable[[str, dict[str, str], str | None], ResponseStage]: ...

    def extract(self, route: str, body: object) -> Extracted: ...

    def error_type(self, kind: ErrorKind) -> str: ...

    def error_body(self, message: str, err_type: str, code: str | None) -> dict[str, Any]: ...

    def error_event(self, message: str, err_type: str, code: str | None) -> SSEEvent: ...

    def check_event(self, payload: dict[str, Any]) -> None: ...


def check_shape(node: Mapping[str, Any], shape: Mapping[str, type | tuple[type, ...]], what: str) -> None:
    """The fields of a vendor event that a client SDK reads have the protocol's types (absent or null is fine);
    anything else raises ``TypeError``, which ends the stream with the protocol's error event."""
    for key, kind in shape.items():
        value = node.get(key)
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"{what}: '{key}' has the wrong type")


def event_payload(event: SSEEvent, check: Callable[[dict[str, Any]], None]) -> dict[str, Any] | None:
    """A streamed event's data: a JSON object with the types the SDKs read (``check``), or None for an event with
    no data (a comment, a keep-alive) and for OpenAI's closing ``[DONE]``. Anything else would break the client's
    SDK mid-stream, so it raises (``ValueError``, ``TypeError``), which ends the stream with the protocol's error
    event instead."""
    if not event.data or event.data == "[DONE]":
        return None
    payload = loads(event.data) if event.data.lstrip().startswith("{") else None
    if not isinstance(payload, dict):
        raise TypeError("an event's data is not a JSON object")
    check(payload)
    return payload


# -- checks of single values: each returns True when the value was validated and needs no scan -------------------


class Check(Protocol):
    def __call__(self, value: object, what: str) -> bool: ...


def closed(*allowed: str) -> Check:
    """A setting whose values the vendor documents as a closed set; anything else is refused."""
    values = frozenset(allowed)

    def check(value: object, what: str) -> bool:
        if not isinstance(value, str) or value not in values:
            raise BadRequest(f"{what} must be one of the values the API documents")
        return True

    check.values = values  # type: ignore[attr-defined]
    return check


def closed_list(*allowed: str) -> Check:
    one = closed(*allowed)

    def check(value: object, what: str) -> bool:
        if not isinstance(value, list):
            raise BadRequest(f"{what} must be an array")
        return all(one(v, what) for v in value)

    check.values = one.values  # type: ignore[attr-defined]
    return check


def number(value: object, what: str) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadRequest(f"{what} must be a number")
    return True


def integer(value: object, what: str) -> bool:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadRequest(f"{what} must be an integer")
    return True


def boolean(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise BadRequest(f"{what} must be true or false")
    return True


def string(value: object, what: str) -> bool:
    """Free text the API defines as a string: scanned, and refused when it is anything else."""
    if not isinstance(value, str):
        raise BadRequest(f"{what} must be a string")
    return False


def _pattern(pattern: re.Pattern[str], kind: str) -> Check:
    def check(value: object, what: str) -> bool:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise BadRequest(f"{what} must be {kind}")
        return False  # a valid name can still be someone's name: scanned

    return check


name = _pattern(NAME_PATTERN, "a name of letters, digits, '_' and '-' (at most 64)")
identifier = _pattern(ID_PATTERN, "an id of letters, digits, '_' and '-'")


def opaque(value: object, what: str) -> bool:
    """A blob the vendor encrypted and the client sends back (reasoning, thinking signatures). It is checked to be
    what the vendor produces, base64 of ciphertext, so that text cannot ride in it: base64 of readable text is
    refused. It is not scanned (ciphertext would only give false findings)."""
    if not isinstance(value, str) or not 0 < len(value) <= _OPAQUE_MAX_CHARS or not _BASE64.fullmatch(value):
        raise BadRequest(f"{what} must be the vendor's base64 data")
    text = value.replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise BadRequest(f"{what} must be the vendor's base64 data") from None
    printable = sum(1 for b in raw if 0x20 <= b < 0x7F or b in (9, 10, 13))
    if len(raw) < _OPAQUE_MIN_BYTES or printable > _OPAQUE_MAX_PRINTABLE * len(raw):
        raise BadRequest(f"{what} is not data the vendor encrypted")
    return True


# -- the collector --------------------------------------------------------------------------------------------


class SegmentCollector:
    """Builds the segment list as an adapter walks a body; ``rest`` then scans whatever the adapter did not."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.segments: list[Segment] = []
        self.unscannable: list[UnscannablePart] = []
        self._done: set[Path] = set()  # values already segments, validated, or walked
        self._fields: dict[Path, frozenset[str]] = {}  # objects whose keys are these documented field names

    def _add(self, text: str, path: Path, place: str, role: str) -> None:
        if text:
            self.segments.append(Segment(len(self.segments), text, place, role, path))

    def fields(self, path: Path, names: frozenset[str]) -> None:
        """The object at ``path`` is one the API defines: its keys in ``names`` are field names, not text."""
        self._fields[path] = names

    def text(self, value: object, path: Path, place: str, role: str, what: str = "the text") -> None:
        """A field the API defines as a string (absent is fine): scanned; anything else is refused."""
        if value is None:
            self._done.add(path)
            return
        if not isinstance(value, str):
            raise BadRequest(f"{what} in {place} must be a string")
        self._done.add(path)
        self._add(value, path, place, role)

    def check(self, obj: Mapping[str, Any], path: Path, checks: Mapping[str, Check], place: str) -> None:
        """Settings of the object at ``path``: each present one must pass its check; validated ones are not scanned
        (names and free strings pass their check and are scanned by ``rest``)."""
        for key, check in checks.items():
            value = obj.get(key)
            if value is not None and check(value, f"'{key}' in {place}"):
                self._done.add((*path, key))

    def validated(self, path: Path) -> None:
        """The value at ``path`` was checked by the adapter and needs no scan."""
        self._done.add(path)

    def json_text(self, value: object, path: Path, place: str, role: str, what: str = "the arguments") -> None:
        """A string that holds JSON (tool-call arguments, function outputs). Parsed strictly (a duplicate key or a
        non-finite number is refused), every key and value scanned, and the string replaced by the serialisation of
        exactly what was scanned. A string that is not JSON is scanned whole."""
        if value is None:
            self._done.add(path)
            return
        if not isinstance(value, str):
            raise BadRequest(f"{what} in {place} must be a string")
        self._done.add(path)
        try:
            doc = json.loads(value, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
        except _DuplicateKey:
            raise BadRequest(f"a key appears twice in {what} in {place}") from None
        except _NotFinite:
            raise BadRequest(f"a number in {what} in {place} is out of range") from None
        except ValueError:  # not JSON: scanned whole; nested too deep raises RecursionError, which the pipeline refuses
            self._add(value, path, place, role)
            return
        if not _finite(doc):
            raise BadRequest(f"a number in {what} in {place} is out of range")
        _set(self.body, path, json.dumps(doc, ensure_ascii=False))
        self.free(doc, (*path, JSON_STRING), place, role)

    def free(self, value: object, path: Path, place: str, role: str) -> None:
        """Free-form JSON (metadata, tool inputs, a field no adapter knows): every key and every string, number and
        boolean is scanned, except what was validated."""
        self._walk(value, path, lambda _: place, role)

    def unscannable_part(self, kind: str, place: str, path: Path | None = None) -> None:
        if path is not None:
            self._done.add(path)
        self.unscannable.append(UnscannablePart(kind, place, path))

    def rest(self) -> None:
        """Everything in the body not read or validated above is text that would reach the vendor. The place
        never repeats the client's field names, which are client text as well."""
        self._walk(self.body, (), _place_of, "user")

    def _walk(self, value: object, path: Path, place: Callable[[Path], str], role: str) -> None:
        if path in self._done:
            return
        self._done.add(path)
        if isinstance(value, dict):
            known = self._fields.get(path, frozenset())
            for k, v in value.items():
                sub = (*path, k)
                if k not in known and _is_scalar(v) and sub not in self._done:
                    self._done.add(sub)  # a client's key and its value, read together
                    self._add(f"{k}{ENTRY_SEPARATOR}{_scalar_text(v)}", (*path, ENTRY, k), place(path), role)
                    continue
                if k not in known:
                    self._add(k, (*path, KEY, k), place(path), role)
                self._walk(v, sub, place, role)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                self._walk(v, (*path, i), place, role)
        elif _is_scalar(value):
            self._add(_scalar_text(value), path, place(path), role)

    def result(self, model: str, stream: bool) -> Extracted:
        return Extracted(model, stream, self.segments, self.unscannable)


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | bool | int | float)


def _scalar_text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _DuplicateKey
        out[k] = v
    return out


class _NotFinite(ValueError):
    pass


def _no_constant(_: str) -> Any:
    raise _NotFinite  # NaN and Infinity are not JSON


def _finite(doc: object) -> bool:
    if isinstance(doc, float):
        return math.isfinite(doc)
    if isinstance(doc, dict):
        return all(_finite(v) for v in doc.values())
    if isinstance(doc, list):
        return all(_finite(v) for v in doc)
    return True


def _place_of(path: Path) -> str:
    if len(path) > 1 and isinstance(path[1], int) and path[0] in ("messages", "input"):
        return f"{'message' if path[0] == 'messages' else 'input item'} {path[1] + 1}"
    if path[:1] == ("tools",) and len(path) > 1 and isinstance(path[1], int):
        return f"tool definition {path[1] + 1}"
    return "another field of the request"


# -- JSON schemas ---------------------------------------------------------------------------------------------

# JSON Schema (draft 2020-12 core, validation and metadata vocabularies, and the older draft names vendors accept):
# these keys are keywords, not text. Everything else in a schema is scanned: property names, descriptions, titles,
# enum, const, default, examples, pattern, format and any key that is not a keyword.
SCHEMA_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$defs", "$anchor", "$dynamicRef", "$dynamicAnchor", "$comment", "$vocabulary",
        "definitions", "type", "properties", "patternProperties", "additionalProperties", "unevaluatedProperties",
        "propertyNames", "required", "dependentRequired", "dependentSchemas", "dependencies", "items",
        "prefixItems", "additionalItems", "unevaluatedItems", "contains", "minContains", "maxContains", "allOf",
        "anyOf", "oneOf", "not", "if", "then", "else", "enum", "const", "default", "examples", "title",
        "description", "format", "pattern", "multipleOf", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties",
        "maxProperties", "readOnly", "writeOnly", "deprecated", "contentEncoding", "contentMediaType", "nullable",
        "strict",
    }
)  # fmt: skip
_SCHEMA_TYPE_NAMES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
_SCHEMA_NUMBERS = frozenset(
    {
        "multipleOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
        "minItems", "maxItems", "minContains", "maxContains", "minProperties", "maxProperties",
    }
)  # fmt: skip
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset(
    {"items", "additionalItems", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames",
     "contains", "not", "if", "then", "else"}
)  # fmt: skip
_SCHEMA_FLAGS = frozenset({"uniqueItems", "readOnly", "writeOnly", "deprecated", "nullable", "strict"})


def _schema_setting(key: str, value: object) -> bool:
    """A keyword's value that holds no text: a type name, a bound, a flag."""
    if key == "type":
        names = [value] if isinstance(value, str) else value
        return isinstance(names, list) and all(isinstance(t, str) and t in _SCHEMA_TYPE_NAMES for t in names)
    if key in _SCHEMA_NUMBERS:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return (key in _SCHEMA_FLAGS or key in _SCHEMA_ONE) and isinstance(value, bool)


def schema(c: SegmentCollector, value: object, path: Path, place: str) -> None:
    """A JSON schema the model reads: keywords are left as they are and validated where they are numbers, flags or
    types; the rest is scanned (by ``c.free`` here, so the segments carry the tool's place)."""
    if isinstance(value, dict):
        c.fields(path, SCHEMA_KEYWORDS)
        for key, sub in value.items():
            sub_path = (*path, key)
            if _schema_setting(key, sub):
                c.validated(sub_path)
            elif key in _SCHEMA_MAPS and isinstance(sub, dict):
                for prop, inner in sub.items():  # the property names are scanned: not registered as fields
                    schema(c, inner, (*sub_path, prop), place)
            elif key in _SCHEMA_LISTS and isinstance(sub, list):
                for i, inner in enumerate(sub):
                    schema(c, inner, (*sub_path, i), place)
            elif key in _SCHEMA_ONE and isinstance(sub, dict):
                schema(c, sub, sub_path, place)
    c.free(value, path, place, "definition")


# -- writing replacements back --------------------------------------------------------------------------------


def write_back(body: dict[str, Any], segments: Sequence[Segment], replacements: Mapping[int, str]) -> None:
    """Put replacement texts into the body in place: values first, then object keys, deepest first (a key's path
    uses its parents' old names); JSON-in-string containers are re-encoded once each."""
    embedded: dict[Path, list[Any]] = {}
    values: list[tuple[Any, Path, str]] = []
    keys: list[tuple[Any, Path, str]] = []
    for index, text in replacements.items():
        if text == segments[index].text:
            continue  # unchanged: a number or a flag keeps its type
        path = segments[index].path
        root: Any = body
        if JSON_STRING in path:
            cut = path.index(JSON_STRING)
            outer, inner = path[:cut], path[cut + 1 :]
            if outer not in embedded:
                embedded[outer] = [json.loads(_get(body, outer))]
            root, path = embedded[outer], (0, *inner)
        (keys if len(path) >= 2 and path[-2] in (KEY, ENTRY) else values).append((root, path, text))
    for root, path, text in values:
        _set(root, path, text)
    for root, path, text in sorted(keys, key=lambda op: -len(op[1])):
        obj, key = _get(root, path[:-2]), path[-1]
        if path[-2] is ENTRY:
            key, text = _set_entry(obj, cast(str, key), text)
        _rename(obj, key, text)
    for outer, holder in embedded.items():
        _set(body, outer, json.dumps(holder[0], ensure_ascii=False))


def _set_entry(obj: dict[str, Any], key: str, text: str) -> tuple[str, str]:
    """Split a rewritten ``key: value`` back into its key and value; set the value; return (old key, new key)."""
    value = _scalar_text(obj[key])
    if text.startswith(key + ENTRY_SEPARATOR):
        new_key, new_value = key, text[len(key) + len(ENTRY_SEPARATOR) :]
    elif text.endswith(ENTRY_SEPARATOR + value):
        new_key, new_value = text[: -len(value) - len(ENTRY_SEPARATOR)], value
    elif text.count(ENTRY_SEPARATOR) == 1:
        new_key, new_value = text.split(ENTRY_SEPARATOR)
    else:
        raise BadRequest("personal data found across an object key and its value cannot be replaced in place")
    if new_value != value:
        obj[key] = new_value
    return key, new_key


def _rename(obj: dict[str, Any], old: Any, new: str) -> None:
    if new != old and new in obj:
        raise BadRequest("two object keys would have the same name once personal data in them is replaced")
    items = [(new if k == old else k, v) for k, v in obj.items()]
    obj.clear()
    obj.update(items)


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


def objects(value: object, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The items of an array of objects (absent is empty); anything else is refused."""
    if value is None:
        return
    if not isinstance(value, list):
        raise BadRequest(f"{what} must be an array")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise BadRequest(f"item {i + 1} of {what} must be an object")
        yield i, item


def compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
