"""The Anthropic Messages wire format: request segments, errors and streamed events.

Closed sets below are the values of the ``Literal`` types in the ``anthropic`` Python SDK (``anthropic.types``),
which is generated from Anthropic's API reference; tests/unit/protocols/test_closed_sets.py checks each one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from gateway.protocols.base import (
    BadRequest,
    Check,
    ErrorKind,
    Extracted,
    SegmentCollector,
    boolean,
    check_shape,
    closed,
    compact,
    event_payload,
    identifier,
    integer,
    name,
    number,
    objects,
    opaque,
    require_model,
    require_object,
    schema,
)
from gateway.sse import SSEEvent
from gateway.transform.notice import NO_NOTICE, MessagesNotice, Notice
from gateway.transform.restore import Channels, dumps, may_hold_placeholder, restore_text, restore_values

NAME = "anthropic"
ROUTES = ("/v1/messages", "/v1/messages/count_tokens")

# anthropic.types.MessageParam.role (UserMessageParam, AssistantMessageParam, SystemMessageParam)
ROLES = closed("user", "assistant", "system")
# anthropic.types.message_create_params.MessageCreateParamsBase.service_tier
SERVICE_TIERS = closed("auto", "standard_only")
# anthropic.types.ToolChoiceParam (type)
TOOL_CHOICE_TYPES = closed("auto", "any", "tool", "none")
# anthropic.types.ThinkingConfigParam (type) and ThinkingConfigEnabledParam.display
THINKING_TYPES = closed("enabled", "disabled", "adaptive", "between_tools")
THINKING_DISPLAYS = closed("summarized", "omitted")
# anthropic.types.ToolUnionParam (type)
TOOL_TYPES = closed(
    "custom", "bash_20250124", "browser_toolset_20260801", "code_execution_20250522", "code_execution_20250825",
    "code_execution_20260120", "code_execution_20260521", "computer_toolset_20260801", "memory_20250818",
    "text_editor_20250124", "text_editor_20250429", "text_editor_20250728", "tool_search_tool_bm25",
    "tool_search_tool_bm25_20251119", "tool_search_tool_regex", "tool_search_tool_regex_20251119",
    "web_fetch_20250910", "web_fetch_20260209", "web_fetch_20260309", "web_fetch_20260318", "web_search_20250305",
    "web_search_20260209", "web_search_20260318",
)  # fmt: skip
# anthropic.types.ContentBlockParam (type)
BLOCK_TYPES = frozenset(
    {
        "bash_code_execution_tool_result", "code_execution_tool_result", "container_upload", "document", "image",
        "redacted_thinking", "search_result", "server_tool_use", "text", "text_editor_code_execution_tool_result",
        "thinking", "tool_result", "tool_search_tool_result", "tool_use", "web_fetch_tool_result",
        "web_search_tool_result",
    }
)  # fmt: skip

_REQUEST: dict[str, Check] = {
    "max_tokens": integer,
    "top_k": integer,
    "temperature": number,
    "top_p": number,
    "stream": boolean,
    "service_tier": SERVICE_TIERS,
}
# the documented request fields (anthropic.types.MessageCreateParams and the API reference): their names are not
# scanned, their values are, unless validated above
_FIELDS = frozenset(
    {
        "model", "messages", "max_tokens", "system", "metadata", "stop_sequences", "stream", "temperature", "top_k",
        "top_p", "tools", "tool_choice", "thinking", "service_tier", "container", "cache_control", "mcp_servers",
        "context_management", "output_format", "output_config", "diagnostics", "inference_geo", "speed",
        "user_profile_id", "workspace_id",
    }
)  # fmt: skip
_ERROR_TYPES: dict[str, str] = {
    "invalid_request": "invalid_request_error",
    "authentication": "authentication_error",
    "permission": "permission_error",
    "not_found": "not_found_error",
    "too_large": "request_too_large",
    "rate_limit": "rate_limit_error",
    "unavailable": "overloaded_error",
    "api": "api_error",
}


def error_type(kind: ErrorKind) -> str:
    return _ERROR_TYPES[kind]


def extract(route: str, body: object) -> Extracted:
    """Every text segment of a Messages request (or of a token count for one, which sends the same text), with its
    place; images and binary documents are unscannable. Settings are validated; everything else is scanned."""
    if route not in ROUTES:
        raise BadRequest(f"unsupported route {route}")
    data = require_object(body)
    model = require_model(data)
    c = SegmentCollector(data)
    c.fields((), _FIELDS)
    c.validated(("model",))  # the pipeline checks it against the approved names, and scans it where any is allowed
    c.check(data, (), _REQUEST, "the request")
    system = data.get("system")
    if isinstance(system, str):
        c.text(system, ("system",), "system prompt", "system")
    elif isinstance(system, list):
        _blocks(system, ("system",), "system prompt", "system", c, only=frozenset({"text"}))
    elif system is not None:
        raise BadRequest("'system' must be a string or an array of text blocks")
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("'messages' must be a non-empty array")
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict) or msg.get("role") is None:
            raise BadRequest(f"message {i + 1} must be an object with a role")
        place = f"message {i + 1}"
        ROLES(msg["role"], f"the role of {place}")
        path = ("messages", i)
        c.fields(path, frozenset({"role", "content"}))
        c.validated((*path, "role"))
        content = msg.get("content")
        if isinstance(content, str):
            c.text(content, (*path, "content"), place, msg["role"])
        elif isinstance(content, list):
            _blocks(content, (*path, "content"), place, msg["role"], c)
        else:
            raise BadRequest(f"the content of message {i + 1} must be a string or an array of blocks")
    for k, tool in objects(data.get("tools"), "'tools'"):
        _tool(tool, ("tools", k), f"tool definition {k + 1}", c)
    _settings(data, c)
    c.rest()
    return c.result(model, route == "/v1/messages" and data.get("stream") is True)


def _tool(tool: dict[str, Any], path: tuple[str | int, ...], place: str, c: SegmentCollector) -> None:
    c.fields(path, frozenset({"type", "name", "description", "input_schema", "cache_control", "strict"}))
    c.check(tool, path, {"type": TOOL_TYPES, "name": name, "strict": boolean}, place)
    c.text(tool.get("description"), (*path, "description"), place, "definition", "'description'")
    schema(c, tool.get("input_schema"), (*path, "input_schema"), place)


def _settings(data: dict[str, Any], c: SegmentCollector) -> None:
    choice = data.get("tool_choice")
    if isinstance(choice, dict):
        c.fields(("tool_choice",), frozenset({"type", "name", "disable_parallel_tool_use"}))
        checks = {"type": TOOL_CHOICE_TYPES, "name": name, "disable_parallel_tool_use": boolean}
        c.check(choice, ("tool_choice",), checks, "'tool_choice'")
    elif choice is not None:
        raise BadRequest("'tool_choice' must be an object")
    thinking = data.get("thinking")
    if isinstance(thinking, dict):
        c.fields(("thinking",), frozenset({"type", "budget_tokens", "display"}))
        checks = {"type": THINKING_TYPES, "budget_tokens": integer, "display": THINKING_DISPLAYS}
        c.check(thinking, ("thinking",), checks, "'thinking'")
    elif thinking is not None:
        raise BadRequest("'thinking' must be an object")
    if isinstance(data.get("container"), str):  # a container id, which must look like one; scanned as well
        c.check(data, (), {"container": identifier}, "the request")
    for key in ("output_format", "output_config"):  # structured outputs: {type, schema} or {format: {type, schema}}
        spec = data.get(key)
        fmt = spec.get("format") if key == "output_config" and isinstance(spec, dict) else spec
        fpath = ("output_config", "format") if key == "output_config" else (key,)
        if isinstance(fmt, dict):
            c.fields(fpath, frozenset({"type", "schema"}))
            c.check(fmt, fpath, {"type": closed("json_schema")}, "the output format")
            schema(c, fmt.get("schema"), (*fpath, "schema"), "output format")


def _blocks(
    blocks: list[Any],
    path: tuple[str | int, ...],
    place: str,
    role: str,
    c: SegmentCollector,
    only: frozenset[str] = BLOCK_TYPES,
) -> None:
    for j, block in enumerate(blocks):
        if not isinstance(block, dict):
            raise BadRequest(f"block {j + 1} of {place} must be an object")
        btype = block.get("type")
        bpath = (*path, j)
        if not isinstance(btype, str) or btype not in only:
            c.unscannable_part("a block of a type this gateway does not know", place)
            c.validated(bpath)
            continue
        c.validated((*bpath, "type"))
        c.fields(bpath, _BLOCK_FIELDS)
        c.check(block, bpath, {"id": identifier, "tool_use_id": identifier}, place)
        if btype == "text":
            c.text(block.get("text"), (*bpath, "text"), place, role)
        elif btype == "thinking":
            c.text(block.get("thinking"), (*bpath, "thinking"), place, role)
            c.check(block, bpath, {"signature": opaque}, place)
        elif btype == "redacted_thinking":
            c.check(block, bpath, {"data": opaque}, place)
        elif btype == "image":
            c.unscannable_part("image", place, bpath)
        elif btype == "document":
            _document(block, bpath, place, role, c)
        elif btype == "tool_use":
            c.check(block, bpath, {"name": name}, place)
            c.free(block.get("input"), (*bpath, "input"), f"tool-call arguments in {place}", role)
        elif btype == "tool_result":
            c.check(block, bpath, {"is_error": boolean}, place)
            inner = block.get("content")
            rplace = f"tool result in {place}"
            if isinstance(inner, list):
                _blocks(inner, (*bpath, "content"), rplace, "tool", c, _RESULT_BLOCKS)
            else:
                c.text(inner, (*bpath, "content"), rplace, "tool", "the content")
        # every other documented block (search results, server tool use and results, container uploads): its
        # fields are scanned by ``rest``


def _document(block: dict[str, Any], bpath: tuple[str | int, ...], place: str, role: str, c: SegmentCollector) -> None:
    source = block.get("source")
    dplace = f"document in {place}"
    if not isinstance(source, dict) or source.get("type") not in ("text", "content"):
        c.unscannable_part("file", place, bpath)
        return
    spath = (*bpath, "source")
    c.fields(spath, frozenset({"type", "data", "media_type", "content"}))
    c.validated((*spath, "type"))
    if source["type"] == "text":
        c.check(source, spath, {"media_type": closed("text/plain")}, dplace)
        if not isinstance(source.get("data"), str):
            raise BadRequest(f"the data of the {dplace} must be a string")
        c.text(source["data"], (*spath, "data"), dplace, role)
    elif isinstance(source.get("content"), list):
        _blocks(source["content"], (*spath, "content"), dplace, role, c, frozenset({"text", "image"}))
    else:
        c.text(source.get("content"), (*spath, "content"), dplace, role, "the content")
    c.text(block.get("title"), (*bpath, "title"), dplace, role, "'title'")
    c.text(block.get("context"), (*bpath, "context"), dplace, role, "'context'")


# fields of the request's content blocks (anthropic.types.*BlockParam)
_BLOCK_FIELDS = frozenset(
    {
        "type", "text", "cache_control", "citations", "source", "title", "context", "thinking", "signature", "data",
        "id", "name", "input", "tool_use_id", "content", "is_error", "file_id", "caller",
    }
)  # fmt: skip
# what a tool result may hold (anthropic.types.ToolResultBlockParam.content)
_RESULT_BLOCKS = frozenset({"text", "image", "search_result", "document", "tool_reference"})


def error_body(message: str, err_type: str, code: str | None = None) -> dict[str, Any]:
    return {"type": "error", "error": {"type": err_type, "message": message}}


_EVENT = {"type": str, "index": int, "delta": dict, "content_block": dict, "message": dict}
_DELTA = {"type": str, "text": str, "partial_json": str, "thinking": str, "signature": str}


def check_event(payload: dict[str, Any]) -> None:
    """A Messages stream event has the types the SDK reads; else ``TypeError``."""
    check_shape(payload, _EVENT, "event")
    check_shape(payload.get("delta") or {}, _DELTA, "delta")


def error_event(message: str, err_type: str, code: str | None = None) -> SSEEvent:
    return SSEEvent(data=compact(error_body(message, err_type)), event="error")


class ResponseRestorer:
    """Restores placeholders in Messages answers, whole or streamed (text and tool input; thinking stays as sent),
    and adds the review notice; checks the shape of each streamed event as it reads it."""

    def __init__(self, route: str, mapping: dict[str, str], notice: str | None = None) -> None:
        self._ch = Channels(mapping)
        self._delta_types: dict[int, str] = {}
        self._notice: Notice = MessagesNotice(notice) if notice else NO_NOTICE

    def restore_body(self, body: dict[str, Any]) -> dict[str, Any]:
        for block in body.get("content") or []:
            _restore_block(block, self._ch.mapping)
        self._notice.add_to_body(body)
        return body

    def feed(self, event: SSEEvent) -> list[SSEEvent]:
        payload = event_payload(event, check_event)
        if payload is None or self._passes_unchanged(event):
            return [event]
        before, changed = self._restore(payload)
        noticed, with_notice = self._notice.add_to_event(payload)
        if changed or with_notice:
            event = SSEEvent(data=dumps(payload), event=event.event, id=event.id)
        return [*before, *noticed, event]

    def _restore(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        etype = payload.get("type")
        index = payload.get("index", 0)
        if etype == "content_block_start" and isinstance(payload.get("content_block"), dict):
            before = json.dumps(payload["content_block"])
            _restore_block(payload["content_block"], self._ch.mapping)
            return [], json.dumps(payload["content_block"]) != before
        if etype == "content_block_delta" and isinstance(payload.get("delta"), dict):
            delta = payload["delta"]
            dtype = delta.get("type")
            field = {"text_delta": "text", "input_json_delta": "partial_json"}.get(str(dtype))
            if field is None or not isinstance(delta.get(field), str):
                return [], False
            self._delta_types[index] = str(dtype)
            old = delta[field]
            delta[field] = self._ch.feed(index, old, json_escaped=field == "partial_json")
            return [], delta[field] != old
        if etype == "content_block_stop":
            return self._flush_block(index), False
        if etype in ("message_delta", "message_stop"):
            return self.flush(), False
        return [], False

    def _passes_unchanged(self, event: SSEEvent) -> bool:
        """The fast path: a delta in which no placeholder can start, while none is held, passes as it came (its
        block's index was read from the content_block_start before it)."""
        return (
            event.event == "content_block_delta"
            and not self._ch.any_holding()
            and not may_hold_placeholder(event.data)
            and self._notice.leaves(event)
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


def _restore_block(block: object, m: Mapping[str, str]) -> None:
    if not isinstance(block, dict):
        return
    if block.get("type") == "text" and isinstance(block.get("text"), str):
        block["text"] = restore_text(block["text"], m)
    elif block.get("type") == "tool_use" and "input" in block:
        block["input"] = restore_values(block["input"], m)
