"""Restore: put original values back where the answer repeats a placeholder, in whole bodies and in streams.

``Restorer.feed`` returns at once everything that cannot be the start of a placeholder and holds back only the
longest suffix that still could (``<PERS`` waits for ``ON_1>``); ``flush`` gives up what is held at the end.

``may_hold_placeholder`` is the streaming fast path's test: an event whose raw data has no ``<`` (nor a JSON
escape that could decode to one) cannot start or contain a placeholder, so while no channel holds a partial
one, the event passes through as it came, unparsed. ``loads``/``dumps`` parse and write the events that do
need it, with orjson (the standard library where orjson refuses, such as integers beyond 64 bits).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import orjson

# every placeholder starts with "<"; a JSON string may also spell it \u003c or \u003C
_OPENINGS = ("<", "\\u003")


def may_hold_placeholder(data: str) -> bool:
    """Whether an event's raw data could hold (part of) a placeholder: a byte scan, no parsing."""
    return any(opening in data for opening in _OPENINGS)


def loads(data: str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def dumps(value: Any) -> str:
    """Compact JSON, non-ASCII as is (what ``protocols.base.compact`` writes)."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def json_string_escape(value: str) -> str:
    """A value as it must appear inside a JSON string (for partial JSON such as streamed tool arguments)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


class Restorer:
    """Restores placeholders in one stream of text (one channel: a message's content, one tool call's arguments)."""

    def __init__(self, mapping: Mapping[str, str], escape: Callable[[str], str] | None = None) -> None:
        self._mapping = mapping
        self._escape = escape
        self._held = ""
        self._pattern = (
            re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))) if mapping else None
        )
        self._prefixes = {k[:i] for k in mapping for i in range(1, len(k))}

    def _replace(self, text: str) -> str:
        if self._pattern is None or "<" not in text:
            return text
        escape = self._escape

        def sub(match: re.Match[str]) -> str:
            value = self._mapping[match.group(0)]
            return escape(value) if escape else value

        return self._pattern.sub(sub, text)

    def feed(self, text: str) -> str:
        if self._pattern is None:
            return text
        buffer = self._held + text
        self._held = ""
        cut = buffer.rfind("<")
        if cut >= 0 and buffer[cut:] in self._prefixes:
            buffer, self._held = buffer[:cut], buffer[cut:]
        return self._replace(buffer)

    def flush(self) -> str:
        held, self._held = self._held, ""
        return held

    @property
    def holding(self) -> bool:
        return bool(self._held)


def restore_text(text: str, mapping: Mapping[str, str], escape: Callable[[str], str] | None = None) -> str:
    """Restore a whole text at once."""
    r = Restorer(mapping, escape)
    return r.feed(text) + r.flush()


def restore_values(value: object, mapping: Mapping[str, str]) -> object:
    """Restore every string inside a JSON value (dicts, lists), leaving keys alone."""
    if isinstance(value, str):
        return restore_text(value, mapping)
    if isinstance(value, list):
        return [restore_values(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: restore_values(v, mapping) for k, v in value.items()}
    return value


class Channels:
    """One ``Restorer`` per channel key, created on first use."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = mapping
        self._restorers: dict[object, Restorer] = {}

    def feed(self, key: object, text: str, *, json_escaped: bool = False) -> str:
        r = self._restorers.get(key)
        if r is None:
            r = self._restorers[key] = Restorer(self.mapping, json_string_escape if json_escaped else None)
        return r.feed(text)

    def flush(self, key: object) -> str:
        r = self._restorers.pop(key, None)
        return r.flush() if r is not None else ""

    def holding(self) -> list[object]:
        return [k for k, r in self._restorers.items() if r.holding]

    def any_holding(self) -> bool:
        return any(r.holding for r in self._restorers.values())
