"""The OpenAI wire format: chat completions, completions, embeddings, responses; their errors and streams."""

from __future__ import annotations

import re
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
from gateway.transform.restore import Channels, dumps, json_string_escape, loads, may_hold_placeholder, restore_text

NAME = "openai"
ROUTES = ("/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/responses")
_UNSCANNABLE_PARTS = {
    "image_url": "image",
    "input_image": "image",
    "input_audio": "audio",
    "file": "file",
    "input_file": "file",
}
_ITEM_SKIP_KEYS = frozenset({"id", "type", "call_id", "name", "role", "status", "encrypted_content"})
# Top-level fields that hold ids and settings, never prose; other subtrees read for their human-written
# descriptions only, or holding no text at all. Everything else is scanned (SegmentCollector.rest).
_SETTINGS = (
    "model",
    "service_tier",
    "reasoning_effort",
    "previous_response_id",
    "truncation",
    "prompt_cache_key",
    "encoding_format",
    "verbosity",
)
_OWNED = ("tools", "functions", "tool_choice", "function_call", "response_format", "text", "reasoning", "include")
_ITEM_SETTINGS = ("type", "role", "id", "status", "call_id")


def extract(route: str, body: object) -> Extracted:
    """Every text segment of a request, with its place; non-text parts are listed as unscannable."""
    data = require_object(body)
    model = require_model(data)
    stream = data.get("stream") is True
    c = SegmentCollector()
    if route == "/v1/chat/completions":
        _chat(data, c)
    elif route == "/v1/completions":
        _prompt_field(data, "prompt", "prompt", c)
        c.text(data.get("suffix"), ("suffix",), "suffix", "user")
    elif route == "/v1/embeddings":
        _prompt_field(data, "input", "input", c)
        stream = False
    elif route == "/v1/responses":
        _responses(data, c)
    else:
        raise BadRequest(f"unsupported route {route}")
    for key in ("response_format", "text"):  # structured-output schemas: their descriptions are prose
        for path, text in schema_descriptions(data.get(key), (key,)):
            c.text(text, path, "output format", "definition")
    c.own(*((key,) for key in (*_SETTINGS, *_OWNED)))
    c.rest(data)
    return c.result(model, stream)


def _chat(data: dict[str, Any], c: SegmentCollector) -> None:
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("'messages' must be a non-empty array")
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise BadRequest(f"message {i + 1} must be an object")
        role = msg.get("role")
        if not isinstance(role, str):
            raise BadRequest(f"message {i + 1} has no role")
        place = f"message {i + 1}"
        c.own(("messages", i, "role"), ("messages", i, "tool_call_id"))
        kind = "tool" if role in ("tool", "function") else role
        if kind == "tool":
            place = f"tool result in message {i + 1}"
        _content(msg.get("content"), ("messages", i, "content"), place, kind, c)
        c.text(msg.get("refusal"), ("messages", i, "refusal"), place, kind)
        for k, call in enumerate(msg.get("tool_calls") or []):
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict):
                path = ("messages", i, "tool_calls", k, "function", "arguments")
                c.json_text(fn.get("arguments"), path, f"tool-call arguments in message {i + 1}", kind)
        fc = msg.get("function_call")
        if isinstance(fc, dict):
            path = ("messages", i, "function_call", "arguments")
            c.json_text(fc.get("arguments"), path, f"function-call arguments in message {i + 1}", kind)
        c.own(("messages", i, "tool_calls"), ("messages", i, "function_call"))  # ids and tool names
    _tools(data.get("tools"), "tools", c, nested="function")
    _tools(data.get("functions"), "functions", c, nested=None)
    prediction = data.get("prediction")
    if isinstance(prediction, dict):
        _content(prediction.get("content"), ("prediction", "content"), "predicted output", "user", c)


def _content(content: object, path: tuple[str | int, ...], place: str, role: str, c: SegmentCollector) -> None:
    if content is None or isinstance(content, str):
        c.text(content, path, place, role)
        return
    if not isinstance(content, list):
        raise BadRequest(f"the content of {place} must be a string or an array of parts")
    for j, part in enumerate(content):
        if not isinstance(part, dict):
            raise BadRequest(f"part {j + 1} of {place} must be an object")
        ptype = part.get("type")
        c.own((*path, j, "type"))
        if ptype in ("text", "input_text", "output_text"):
            c.text(part.get("text"), (*path, j, "text"), place, role)
        elif ptype == "refusal":
            c.text(part.get("refusal"), (*path, j, "refusal"), place, role)
        elif ptype in _UNSCANNABLE_PARTS:
            c.unscannable_part(_UNSCANNABLE_PARTS[ptype], place, (*path, j))
        else:
            c.unscannable_part(
                f"'{ptype}' part" if isinstance(ptype, str) and len(ptype) < 40 else "unknown part", place
            )


def _tools(tools: object, key: str, c: SegmentCollector, nested: str | None) -> None:
    if not isinstance(tools, list):
        return
    for k, tool in enumerate(tools):
        if not isinstance(tool, dict):
            continue
        base: tuple[str | int, ...] = (key, k)
        node = tool
        if nested and isinstance(tool.get(nested), dict):
            node, base = tool[nested], (*base, nested)
        for path, text in schema_descriptions(node, base):
            c.text(text, path, f"tool definition {k + 1}", "definition")


def _prompt_field(data: dict[str, Any], key: str, place: str, c: SegmentCollector) -> None:
    value = data.get(key)
    if isinstance(value, str):
        c.text(value, (key,), place, "user")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                c.text(item, (key, i), f"{place} {i + 1}", "user")
            elif isinstance(item, int) or (isinstance(item, list) and all(isinstance(t, int) for t in item)):
                c.unscannable_part("token array", f"{place} {i + 1}" if isinstance(item, list) else place)
                if isinstance(item, int):
                    return
            else:
                raise BadRequest(f"'{key}' must be a string, an array of strings or token arrays")
    elif value is None:
        raise BadRequest(f"the request needs an '{key}' field")
    else:
        raise BadRequest(f"'{key}' must be a string or an array")


def _responses(data: dict[str, Any], c: SegmentCollector) -> None:
    c.text(data.get("instructions"), ("instructions",), "instructions", "system")
    value = data.get("input")
    if isinstance(value, str):
        c.text(value, ("input",), "input", "user")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise BadRequest(f"input item {i + 1} must be an object")
            _response_item(item, i, c)
    elif value is not None:
        raise BadRequest("'input' must be a string or an array of items")
    tools = data.get("tools")
    if isinstance(tools, list):
        for k, tool in enumerate(tools):
            if isinstance(tool, dict):
                for path, text in schema_descriptions(tool, ("tools", k)):
                    c.text(text, path, f"tool definition {k + 1}", "definition")


def _response_item(item: dict[str, Any], i: int, c: SegmentCollector) -> None:
    itype = item.get("type", "message")
    place = f"input item {i + 1}"
    c.own(*(("input", i, key) for key in _ITEM_SETTINGS))
    if itype == "message":
        role = item.get("role", "user")
        _content(item.get("content"), ("input", i, "content"), place, str(role), c)
    elif itype == "function_call":
        c.json_text(
            item.get("arguments"), ("input", i, "arguments"), f"function-call arguments in {place}", "assistant"
        )
        c.own(("input", i))  # its ids and the tool's name
    elif itype == "function_call_output":
        out = item.get("output")
        if isinstance(out, list):
            _content(out, ("input", i, "output"), f"tool result in {place}", "tool", c)
        else:
            c.text(out, ("input", i, "output"), f"tool result in {place}", "tool")
    elif itype == "reasoning":
        # encrypted reasoning was produced by the vendor from what it already received; summaries are text
        for j, part in enumerate(item.get("summary") or []):
            if isinstance(part, dict):
                c.text(part.get("text"), ("input", i, "summary", j, "text"), place, "assistant")
        c.own(("input", i))
    elif itype == "item_reference":
        c.own(("input", i))
    else:
        c.leaves(item, ("input", i), place, "tool", _ITEM_SKIP_KEYS)


def error_body(message: str, err_type: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": err_type, "code": code, "param": None}}


def error_event(message: str, err_type: str, code: str | None) -> SSEEvent:
    return SSEEvent(data=compact(error_body(message, err_type, code)))


class ResponseRestorer:
    """Restores placeholders in OpenAI answers, whole or streamed."""

    def __init__(self, route: str, mapping: dict[str, str], notice: str | None = None) -> None:
        self._route = route
        self._ch = Channels(mapping)
        self._envelope: dict[str, Any] | None = None  # last chat/completions chunk, for synthetic flush chunks
        # a one-line review notice appended to chat answers (the first choice, or the Responses API's first output
        # text), when configured
        self._notice = notice if route in ("/v1/chat/completions", "/v1/responses") else None
        self._noticed: tuple[Any, Any] | None = None  # (output_index, content_index) of the part that got it

    # -- whole bodies
    def restore_body(self, body: dict[str, Any]) -> dict[str, Any]:
        m = self._ch.mapping
        if self._route == "/v1/responses":
            for item in body.get("output") or []:
                _restore_response_item(item, m)
            if self._notice:
                part = _first_output_text(body.get("output"))
                if part is not None:
                    part["text"] += "\n\n" + self._notice
            return body
        for choice in body.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            if isinstance(choice.get("text"), str):
                choice["text"] = restore_text(choice["text"], m)
            msg = choice.get("message")
            if isinstance(msg, dict):
                _restore_message(msg, m)
                if self._notice and choice.get("index", 0) == 0 and isinstance(msg.get("content"), str):
                    msg["content"] += "\n\n" + self._notice
        return body

    # -- streams
    def feed(self, event: SSEEvent) -> list[SSEEvent]:
        if not event.data or event.data.strip() == "[DONE]":
            return [*self._flush_all(), event] if event.data.strip() == "[DONE]" else [event]
        if self._passes_unchanged(event):
            return [event]
        try:
            payload = loads(event.data)
        except ValueError:
            return [event]
        if not isinstance(payload, dict):
            return [event]
        if self._route == "/v1/responses":
            return self._responses_event(event, payload)
        return self._chunk(event, payload)

    def flush(self) -> list[SSEEvent]:
        return self._flush_all()

    def _passes_unchanged(self, event: SSEEvent) -> bool:
        """The fast path: nothing held, no placeholder can start in the event, and the event ends nothing that
        needs the notice or a release (decided on the raw text; any doubt takes the parsing path)."""
        if self._ch.any_holding() or may_hold_placeholder(event.data):
            return False
        if self._route == "/v1/responses":
            return self._notice is None or (event.event or "").endswith(".delta")
        return self._notice is None or _all_unfinished(event.data)

    def _chunk(self, event: SSEEvent, payload: dict[str, Any]) -> list[SSEEvent]:
        changed = False
        for choice in payload.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            ci = choice.get("index", 0)
            if isinstance(choice.get("text"), str):
                new = self._ch.feed(("text", ci), choice["text"])
                changed |= new != choice["text"]
                choice["text"] = new
            delta = choice.get("delta")
            if isinstance(delta, dict):
                for key in ("content", "refusal"):
                    if isinstance(delta.get(key), str):
                        new = self._ch.feed((key, ci), delta[key])
                        changed |= new != delta[key]
                        delta[key] = new
                for call in delta.get("tool_calls") or []:
                    fn = call.get("function") if isinstance(call, dict) else None
                    if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                        new = self._ch.feed(("args", ci, call.get("index", 0)), fn["arguments"], json_escaped=True)
                        changed |= new != fn["arguments"]
                        fn["arguments"] = new
            if choice.get("finish_reason") is not None:
                changed |= self._append_held(choice, ci)
                if self._notice and ci == 0 and choice.get("finish_reason") != "tool_calls":
                    delta = choice.setdefault("delta", {})
                    delta["content"] = (delta.get("content") or "") + "\n\n" + self._notice
                    self._notice, changed = None, True
        if payload.get("choices"):
            self._envelope = payload
        return [SSEEvent(data=dumps(payload), event=event.event, id=event.id) if changed else event]

    def _append_held(self, choice: dict[str, Any], ci: int) -> bool:
        """The choice ends in this chunk: nothing more can complete a placeholder, so release what is held."""
        appended = False
        for key in [k for k in self._ch.holding() if isinstance(k, tuple) and k[1] == ci]:
            held = self._ch.flush(key)
            appended = True
            if key[0] == "text":
                choice["text"] = (choice.get("text") or "") + held
                continue
            delta = choice.setdefault("delta", {})
            if key[0] != "args":
                delta[key[0]] = (delta.get(key[0]) or "") + held
                continue
            calls = delta.setdefault("tool_calls", [])
            for call in calls:
                if call.get("index", 0) == key[2]:
                    fn = call.setdefault("function", {})
                    fn["arguments"] = (fn.get("arguments") or "") + held
                    break
            else:
                calls.append({"index": key[2], "function": {"arguments": held}})
        return appended

    def _flush_choice(self, envelope: dict[str, Any], ci: int) -> list[SSEEvent]:
        events = []
        for key in [k for k in self._ch.holding() if isinstance(k, tuple) and k[1] == ci]:
            held = self._ch.flush(key)
            if key[0] == "text":
                choice: dict[str, Any] = {"index": ci, "text": held, "finish_reason": None}
            elif key[0] == "args":
                call = {"index": key[2], "function": {"arguments": held}}
                choice = {"index": ci, "delta": {"tool_calls": [call]}, "finish_reason": None}
            else:
                choice = {"index": ci, "delta": {key[0]: held}, "finish_reason": None}
            synthetic = {k: v for k, v in envelope.items() if k not in ("choices", "usage")}
            synthetic["choices"] = [choice]
            events.append(SSEEvent(data=dumps(synthetic)))
        return events

    def _flush_all(self) -> list[SSEEvent]:
        if self._envelope is None or not self._ch.holding():
            return []
        indexes = sorted({k[1] for k in self._ch.holding() if isinstance(k, tuple)})
        return [e for ci in indexes for e in self._flush_choice(self._envelope, ci)]

    def _responses_event(self, event: SSEEvent, payload: dict[str, Any]) -> list[SSEEvent]:
        m = self._ch.mapping
        etype = payload.get("type")
        before: list[SSEEvent] = []
        if etype in ("response.output_text.delta", "response.refusal.delta", "response.function_call_arguments.delta"):
            key = (etype, payload.get("output_index"), payload.get("content_index"))
            old = payload.get("delta")
            if isinstance(old, str):
                payload["delta"] = self._ch.feed(key, old, json_escaped=etype.startswith("response.function"))
                if payload["delta"] == old:
                    return [event]
        elif etype in ("response.output_text.done", "response.refusal.done", "response.function_call_arguments.done"):
            delta_type = etype.removesuffix(".done") + ".delta"
            key = (delta_type, payload.get("output_index"), payload.get("content_index"))
            held = self._ch.flush(key)
            if held:
                synthetic = {k: v for k, v in payload.items() if k not in ("text", "refusal", "arguments")}
                synthetic["type"] = delta_type
                synthetic["delta"] = held
                before.append(SSEEvent(data=dumps(synthetic), event=delta_type))
            for field, escaped in (("text", False), ("refusal", False), ("arguments", True)):
                if isinstance(payload.get(field), str):
                    payload[field] = restore_text(payload[field], m, json_string_escape if escaped else None)
            if etype == "response.output_text.done" and self._notice and self._noticed is None:
                before.append(self._notice_delta(payload))
        elif etype == "response.content_part.done" and isinstance(payload.get("part"), dict):
            _restore_part(payload["part"], m)
            if self._at_noticed(payload.get("output_index"), payload.get("content_index")):
                self._append_notice(payload["part"])
        elif etype == "response.output_item.done" and isinstance(payload.get("item"), dict):
            _restore_response_item(payload["item"], m)
            self._append_notice_in_item(payload["item"], payload.get("output_index"))
        elif isinstance(payload.get("response"), dict):
            for index, item in enumerate(payload["response"].get("output") or []):
                _restore_response_item(item, m)
                self._append_notice_in_item(item, index)
        else:
            return [event]
        return [*before, SSEEvent(data=dumps(payload), event=event.event, id=event.id)]

    # -- the review notice in a streamed Responses API answer: one more text delta before the first text part
    # ends, then the same words in every later event that repeats that part
    def _notice_delta(self, done: dict[str, Any]) -> SSEEvent:
        assert self._notice is not None
        self._noticed = (done.get("output_index"), done.get("content_index"))
        suffix = "\n\n" + self._notice
        done["text"] = (done.get("text") or "") + suffix
        delta = {k: v for k, v in done.items() if k not in ("text", "logprobs")}
        delta["type"] = "response.output_text.delta"
        delta["delta"] = suffix
        return SSEEvent(data=dumps(delta), event="response.output_text.delta")

    def _at_noticed(self, output_index: object, content_index: object) -> bool:
        return self._noticed is not None and self._noticed == (output_index, content_index)

    def _append_notice(self, part: dict[str, Any]) -> None:
        if self._notice and isinstance(part.get("text"), str):
            part["text"] += "\n\n" + self._notice

    def _append_notice_in_item(self, item: object, output_index: object) -> None:
        if self._noticed is None or self._noticed[0] != output_index or not isinstance(item, dict):
            return
        parts = item.get("content") or []
        index = self._noticed[1]
        if isinstance(index, int) and 0 <= index < len(parts) and isinstance(parts[index], dict):
            self._append_notice(parts[index])


_UNFINISHED = re.compile(r'"finish_reason"\s*:\s*null\b')


def _all_unfinished(data: str) -> bool:
    """Every choice in a raw chunk says ``"finish_reason": null`` (a quoted key inside a string value would be
    escaped, so cannot match)."""
    keys = data.count('"finish_reason"')
    return keys == data.count('"finish_reason":null') or keys == len(_UNFINISHED.findall(data))


def _first_output_text(output: object) -> dict[str, Any] | None:
    for item in output if isinstance(output, list) else []:
        if isinstance(item, dict) and item.get("type") == "message":
            for part in item.get("content") or []:
                if isinstance(part, dict) and part.get("type") == "output_text" and isinstance(part.get("text"), str):
                    return part
    return None


def _restore_message(msg: dict[str, Any], m: dict[str, str]) -> None:
    for key in ("content", "refusal"):
        if isinstance(msg.get(key), str):
            msg[key] = restore_text(msg[key], m)
    for call in msg.get("tool_calls") or []:
        fn = call.get("function") if isinstance(call, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
            fn["arguments"] = restore_text(fn["arguments"], m, json_string_escape)
    fc = msg.get("function_call")
    if isinstance(fc, dict) and isinstance(fc.get("arguments"), str):
        fc["arguments"] = restore_text(fc["arguments"], m, json_string_escape)


def _restore_part(part: dict[str, Any], m: dict[str, str]) -> None:
    for key in ("text", "refusal"):
        if isinstance(part.get(key), str):
            part[key] = restore_text(part[key], m)


def _restore_response_item(item: object, m: dict[str, str]) -> None:
    if not isinstance(item, dict):
        return
    if item.get("type") == "function_call" and isinstance(item.get("arguments"), str):
        item["arguments"] = restore_text(item["arguments"], m, json_string_escape)
    for part in item.get("content") or []:
        if isinstance(part, dict):
            _restore_part(part, m)
