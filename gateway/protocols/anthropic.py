"""The Anthropic Messages wire format: request segments, errors and streamed events."""

from __future__ import annotations

import json
from typing import Any

from gateway.protocols.base import (
    BadRequest,
    Extracted,
    SegmentCollector,
    compact,
    require_model,
    require_object,
    schema_descriptions,
)
from gateway.sse import SSEEvent
from gateway.transform.restore import Channels, dumps, loads, may_hold_placeholder, restore_text, restore_values

NAME = "anthropic"
ROUTES = ("/v1/messages", "/v1/messages/count_tokens")
_BLOCK_SKIP_KEYS = frozenset({"id", "type", "tool_use_id", "name", "signature", "data", "media_type", "cache_control"})
# Top-level fields that hold ids and settings, never prose, and subtrees read for their descriptions only or
# holding no text at all. Everything else is scanned (SegmentCollector.rest).
_OWNED = ("model", "service_tier", "container", "tools", "tool_choice", "thinking", "output_format")


def extract(route: str, body: object) -> Extracted:
    """Every text segment of a Messages request (or of a token count for one, which sends the same text), with its
    place; images and binary documents are unscannable."""
    if route not in ROUTES:
        raise BadRequest(f"unsupported route {route}")
    data = require_object(body)
    model = require_model(data)
    c = SegmentCollector()
    system = data.get("system")
    if isinstance(system, str):
        c.text(system, ("system",), "system prompt", "system")
    elif isinstance(system, list):
        _blocks(system, ("system",), "system prompt", "system", c)
    elif system is not None:
        raise BadRequest("'system' must be a string or an array of text blocks")
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("'messages' must be a non-empty array")
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict) or not isinstance(msg.get("role"), str):
            raise BadRequest(f"message {i + 1} must be an object with a role")
        content = msg.get("content")
        place = f"message {i + 1}"
        c.own(("messages", i, "role"))
        if isinstance(content, str):
            c.text(content, ("messages", i, "content"), place, msg["role"])
        elif isinstance(content, list):
            _blocks(content, ("messages", i, "content"), place, msg["role"], c)
        else:
            raise BadRequest(f"the content of message {i + 1} must be a string or an array of blocks")
    for k, tool in enumerate(data.get("tools") or []):
        if isinstance(tool, dict):
            for path, text in schema_descriptions(tool, ("tools", k)):
                c.text(text, path, f"tool definition {k + 1}", "definition")
    for path, text in schema_descriptions(data.get("output_format"), ("output_format",)):
        c.text(text, path, "output format", "definition")
    c.own(*((key,) for key in _OWNED))
    c.rest(data)
    return c.result(model, route == "/v1/messages" and data.get("stream") is True)


def _blocks(blocks: list[Any], path: tuple[str | int, ...], place: str, role: str, c: SegmentCollector) -> None:
    for j, block in enumerate(blocks):
        if not isinstance(block, dict):
            raise BadRequest(f"block {j + 1} of {place} must be an object")
        btype = block.get("type")
        bpath = (*path, j)
        c.own((*bpath, "type"), (*bpath, "cache_control"), (*bpath, "tool_use_id"))
        if btype == "text":
            c.text(block.get("text"), (*bpath, "text"), place, role)
        elif btype == "thinking":
            c.text(block.get("thinking"), (*bpath, "thinking"), place, role)
            c.own(bpath)  # its signature
        elif btype == "redacted_thinking":
            c.own(bpath)  # encrypted by the vendor from what it already received
        elif btype == "image":
            c.unscannable_part("image", place, bpath)
        elif btype == "document":
            source = block.get("source")
            if isinstance(source, dict) and source.get("type") == "text":
                c.text(source.get("data"), (*bpath, "source", "data"), f"document in {place}", role)
                c.text(block.get("title"), (*bpath, "title"), f"document in {place}", role)
                c.text(block.get("context"), (*bpath, "context"), f"document in {place}", role)
            else:
                c.unscannable_part("file", place, bpath)
        elif btype == "tool_use":
            c.leaves(block.get("input"), (*bpath, "input"), f"tool-call arguments in {place}", role)
            c.own(bpath)  # its id and the tool's name
        elif btype == "tool_result":
            inner = block.get("content")
            rplace = f"tool result in {place}"
            if isinstance(inner, str):
                c.text(inner, (*bpath, "content"), rplace, "tool")
            elif isinstance(inner, list):
                _blocks(inner, (*bpath, "content"), rplace, "tool", c)
        else:
            c.leaves(block, bpath, place, role, _BLOCK_SKIP_KEYS)


def error_body(message: str, err_type: str, code: str | None = None) -> dict[str, Any]:
    return {"type": "error", "error": {"type": err_type, "message": message}}


def error_event(message: str, err_type: str, code: str | None = None) -> SSEEvent:
    return SSEEvent(data=compact(error_body(message, err_type)), event="error")


class ResponseRestorer:
    """Restores placeholders in Messages answers, whole or streamed (text and tool input; thinking stays as sent)."""

    def __init__(self, route: str, mapping: dict[str, str], notice: str | None = None) -> None:
        self._ch = Channels(mapping)
        self._delta_types: dict[int, str] = {}
        self._notice = notice  # a one-line review notice added as a last text block, when configured
        self._next_index = 0

    def restore_body(self, body: dict[str, Any]) -> dict[str, Any]:
        for block in body.get("content") or []:
            _restore_block(block, self._ch.mapping)
        if self._notice and isinstance(body.get("content"), list):
            body["content"].append({"type": "text", "text": self._notice})
        return body

    def _notice_block(self) -> list[SSEEvent]:
        if not self._notice:
            return []
        index, text, self._notice = self._next_index, self._notice, None
        events: list[tuple[str, dict[str, Any]]] = [
            (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
            ),
            (
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": text}},
            ),
            ("content_block_stop", {"type": "content_block_stop", "index": index}),
        ]
        return [SSEEvent(data=dumps(p), event=name) for name, p in events]

    def feed(self, event: SSEEvent) -> list[SSEEvent]:
        if not event.data:
            return [event]
        if self._passes_unchanged(event):
            return [event]
        try:
            payload = loads(event.data)
        except ValueError:
            return [event]
        if not isinstance(payload, dict):
            return [event]
        etype = payload.get("type")
        index = payload.get("index", 0)
        if isinstance(index, int):
            self._next_index = max(self._next_index, index + 1)
        if etype == "content_block_start" and isinstance(payload.get("content_block"), dict):
            before = json.dumps(payload["content_block"])
            _restore_block(payload["content_block"], self._ch.mapping)
            if json.dumps(payload["content_block"]) == before:
                return [event]
        elif etype == "content_block_delta" and isinstance(payload.get("delta"), dict):
            delta = payload["delta"]
            dtype = delta.get("type")
            field = {"text_delta": "text", "input_json_delta": "partial_json"}.get(str(dtype))
            if field is None or not isinstance(delta.get(field), str):
                return [event]
            self._delta_types[index] = str(dtype)
            old = delta[field]
            delta[field] = self._ch.feed(index, old, json_escaped=field == "partial_json")
            if delta[field] == old:
                return [event]
        elif etype == "content_block_stop":
            return [*self._flush_block(index), event]
        elif etype == "message_delta":
            return [*self.flush(), *self._notice_block(), event]
        elif etype == "message_stop":
            return [*self.flush(), event]
        else:
            return [event]
        return [SSEEvent(data=dumps(payload), event=event.event, id=event.id)]

    def _passes_unchanged(self, event: SSEEvent) -> bool:
        """The fast path: a delta in which no placeholder can start, while none is held, passes as it came (its
        block's index was read from the content_block_start before it)."""
        return (
            event.event == "content_block_delta" and not self._ch.any_holding() and not may_hold_placeholder(event.data)
        )

    def _flush_block(self, index: int) -> list[SSEEvent]:
        held = self._ch.flush(index)
        if not held:
            return []
        dtype = self._delta_types.get(index, "text_delta")
        field = "partial_json" if dtype == "input_json_delta" else "text"
        payload = {"type": "content_block_delta", "index": index, "delta": {"type": dtype, field: held}}
        return [SSEEvent(data=dumps(payload), event="content_block_delta")]

    def flush(self) -> list[SSEEvent]:
        return [e for key in self._ch.holding() if isinstance(key, int) for e in self._flush_block(key)]


def _restore_block(block: object, m: dict[str, str]) -> None:
    if not isinstance(block, dict):
        return
    if block.get("type") == "text" and isinstance(block.get("text"), str):
        block["text"] = restore_text(block["text"], m)
    elif block.get("type") == "tool_use" and "input" in block:
        block["input"] = restore_values(block["input"], m)
