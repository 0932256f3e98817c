"""The built-in demo upstream: a local model stand-in that answers in the real OpenAI and Anthropic wire formats
by echoing what it received, so an employee sees exactly what left the department. Tests build on it too.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from gateway.sse import encode_event

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)(?:_\d+|_[0-9a-f]{10})?>")


@dataclass(slots=True)
class Reply:
    """What the stand-in model answers: text, and optionally one tool call."""

    text: str
    tool_name: str | None = None
    tool_arguments: dict[str, Any] = field(default_factory=dict)


Responder = Callable[[str, dict[str, Any]], Reply]


def last_user_text(route: str, body: dict[str, Any]) -> str:
    """The text of the last user turn of any supported request, as the upstream received it."""
    if route in ("/v1/completions", "/v1/embeddings"):
        value = body.get("prompt", body.get("input"))
        return value if isinstance(value, str) else " ".join(v for v in value or [] if isinstance(v, str))
    if route == "/v1/responses":
        value = body.get("input")
        if isinstance(value, str):
            return value
        items = [i for i in value or [] if isinstance(i, dict) and i.get("role") == "user"]
        return _content_text(items[-1].get("content")) if items else ""
    users = [m for m in body.get("messages") or [] if isinstance(m, dict) and m.get("role") == "user"]
    return _content_text(users[-1].get("content")) if users else ""


def _content_text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            str(p.get("text") or (p.get("content") if isinstance(p.get("content"), str) else ""))
            for p in content
            if isinstance(p, dict)
        )
    return ""


def echo(route: str, body: dict[str, Any]) -> Reply:
    """Repeat the last user message as received, and name the placeholders that stood in for personal data."""
    text = last_user_text(route, body)
    kinds = sorted({m.group(0)[1:-1] for m in _PLACEHOLDER.finditer(text)})
    note = f"\n\n[demo upstream] placeholders received instead of values: {', '.join(kinds)}" if kinds else ""
    return Reply(f"[demo upstream] I received: {text}{note}")


def _pieces(text: str, size: int) -> Iterator[str]:
    for i in range(0, len(text), max(size, 1)):
        yield text[i : i + size]


def _usage(body: dict[str, Any], reply: Reply) -> tuple[int, int]:
    return len(json.dumps(body)) // 4, max(len(reply.text) // 4, 1)


class DemoUpstream:
    """An aiohttp application answering like the real APIs; ``piece_size`` sets how finely streamed text is split."""

    def __init__(self, responder: Responder = echo, *, piece_size: int = 12) -> None:
        self.responder = responder
        self.piece_size = piece_size

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._handle)
        app.router.add_post("/v1/completions", self._handle)
        app.router.add_post("/v1/embeddings", self._handle)
        app.router.add_post("/v1/responses", self._handle)
        app.router.add_post("/v1/messages", self._handle)
        app.router.add_post("/v1/messages/count_tokens", self._handle)
        return app

    async def on_request(self, request: web.Request, body: dict[str, Any]) -> None:
        """Called with every request before answering (tests record here, or raise an HTTP error to answer with)."""

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        route = request.path
        await self.on_request(request, body)
        reply = self.responder(route, body)
        if route == "/v1/embeddings":
            return web.json_response(_embeddings(body))
        if route == "/v1/messages/count_tokens":
            return web.json_response({"input_tokens": _usage(body, reply)[0]})
        if body.get("stream") is True:
            events = self.stream_events(route, body, reply)
            resp = web.StreamResponse(headers={"content-type": "text/event-stream", "x-request-id": "req_demo"})
            await resp.prepare(request)
            for chunk in self.chunk_bytes(events):
                await resp.write(chunk)
            await resp.write_eof()
            return resp
        return web.json_response(self.whole(route, body, reply), headers={"x-request-id": "req_demo"})

    def chunk_bytes(self, events: list[bytes]) -> Iterator[bytes]:
        """How the event bytes are written to the wire (tests override to split events at any byte)."""
        yield from events

    # -- whole answers
    def whole(self, route: str, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        model = str(body.get("model"))
        pin, pout = _usage(body, reply)
        if route == "/v1/messages":
            content: list[dict[str, Any]] = [{"type": "text", "text": reply.text}]
            if reply.tool_name:
                content.append(
                    {"type": "tool_use", "id": "toolu_01", "name": reply.tool_name, "input": reply.tool_arguments}
                )
            return {
                "id": "msg_demo",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": content,
                "stop_reason": "tool_use" if reply.tool_name else "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": pin, "output_tokens": pout},
            }
        if route == "/v1/responses":
            return _response_object(model, reply, pin, pout, "completed")
        created = int(time.time())
        usage = {"prompt_tokens": pin, "completion_tokens": pout, "total_tokens": pin + pout}
        if route == "/v1/completions":
            choice = {"index": 0, "text": reply.text, "logprobs": None, "finish_reason": "stop"}
            return {
                "id": "cmpl-demo",
                "object": "text_completion",
                "created": created,
                "model": model,
                "choices": [choice],
                "usage": usage,
            }
        message: dict[str, Any] = {"role": "assistant", "content": reply.text, "refusal": None}
        if reply.tool_name:
            message["tool_calls"] = [
                {
                    "id": "call_demo1",
                    "type": "function",
                    "function": {"name": reply.tool_name, "arguments": json.dumps(reply.tool_arguments)},
                }
            ]
        choice = {
            "index": 0,
            "message": message,
            "logprobs": None,
            "finish_reason": "tool_calls" if reply.tool_name else "stop",
        }
        return {
            "id": "chatcmpl-demo",
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [choice],
            "usage": usage,
        }

    # -- streams
    def stream_events(self, route: str, body: dict[str, Any], reply: Reply) -> list[bytes]:
        model = str(body.get("model"))
        if route == "/v1/messages":
            return self._anthropic_events(model, body, reply)
        if route == "/v1/responses":
            return self._responses_events(model, body, reply)
        return self._openai_chunks(route, model, body, reply)

    def _openai_chunks(self, route: str, model: str, body: dict[str, Any], reply: Reply) -> list[bytes]:
        created = int(time.time())
        events = []
        if route == "/v1/completions":
            base = {"id": "cmpl-demo", "object": "text_completion", "created": created, "model": model}
            for piece in _pieces(reply.text, self.piece_size):
                events.append(
                    {**base, "choices": [{"index": 0, "text": piece, "logprobs": None, "finish_reason": None}]}
                )
            events.append({**base, "choices": [{"index": 0, "text": "", "logprobs": None, "finish_reason": "stop"}]})
        else:
            base = {"id": "chatcmpl-demo", "object": "chat.completion.chunk", "created": created, "model": model}

            def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
                return {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}

            events.append(chunk({"role": "assistant", "content": ""}))
            for piece in _pieces(reply.text, self.piece_size):
                events.append(chunk({"content": piece}))
            if reply.tool_name:
                events.append(
                    chunk(
                        {
                            "tool_calls": [
                                {
                                    "index": 0,
                                    "id": "call_demo1",
                                    "type": "function",
                                    "function": {"name": reply.tool_name, "arguments": ""},
                                }
                            ]
                        }
                    )
                )
                for piece in _pieces(json.dumps(reply.tool_arguments), self.piece_size):
                    events.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}))
            events.append(chunk({}, "tool_calls" if reply.tool_name else "stop"))
            if (body.get("stream_options") or {}).get("include_usage"):
                pin, pout = _usage(body, reply)
                events.append(
                    {
                        **base,
                        "choices": [],
                        "usage": {"prompt_tokens": pin, "completion_tokens": pout, "total_tokens": pin + pout},
                    }
                )
        out = [encode_event(json.dumps(e)) for e in events]
        out.append(encode_event("[DONE]"))
        return out

    def _anthropic_events(self, model: str, body: dict[str, Any], reply: Reply) -> list[bytes]:
        pin, pout = _usage(body, reply)
        message: dict[str, Any] = {
            "id": "msg_demo",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": pin, "output_tokens": 1},
        }
        events: list[tuple[str, dict[str, Any]]] = [("message_start", {"type": "message_start", "message": message})]
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            )
        )
        events.append(("ping", {"type": "ping"}))
        for piece in _pieces(reply.text, self.piece_size):
            events.append(
                (
                    "content_block_delta",
                    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}},
                )
            )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        if reply.tool_name:
            events.append(
                (
                    "content_block_start",
                    {
                        "type": "content_block_start",
                        "index": 1,
                        "content_block": {"type": "tool_use", "id": "toolu_01", "name": reply.tool_name, "input": {}},
                    },
                )
            )
            for piece in _pieces(json.dumps(reply.tool_arguments), self.piece_size):
                events.append(
                    (
                        "content_block_delta",
                        {
                            "type": "content_block_delta",
                            "index": 1,
                            "delta": {"type": "input_json_delta", "partial_json": piece},
                        },
                    )
                )
            events.append(("content_block_stop", {"type": "content_block_stop", "index": 1}))
        events.append(
            (
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "tool_use" if reply.tool_name else "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": pout},
                },
            )
        )
        events.append(("message_stop", {"type": "message_stop"}))
        return [encode_event(json.dumps(data), name) for name, data in events]

    def _responses_events(self, model: str, body: dict[str, Any], reply: Reply) -> list[bytes]:
        pin, pout = _usage(body, reply)
        seq = iter(range(1_000_000))
        out: list[bytes] = []

        def emit(etype: str, **fields: Any) -> None:
            out.append(encode_event(json.dumps({"type": etype, "sequence_number": next(seq), **fields}), etype))

        emit("response.created", response=_response_object(model, None, pin, 0, "in_progress"))
        emit("response.in_progress", response=_response_object(model, None, pin, 0, "in_progress"))
        item = {"id": "msg_demo", "type": "message", "status": "in_progress", "role": "assistant", "content": []}
        emit("response.output_item.added", output_index=0, item=item)
        part = {"type": "output_text", "text": "", "annotations": []}
        emit("response.content_part.added", item_id="msg_demo", output_index=0, content_index=0, part=part)
        for piece in _pieces(reply.text, self.piece_size):
            emit(
                "response.output_text.delta",
                item_id="msg_demo",
                output_index=0,
                content_index=0,
                delta=piece,
                logprobs=[],
            )
        emit(
            "response.output_text.done",
            item_id="msg_demo",
            output_index=0,
            content_index=0,
            text=reply.text,
            logprobs=[],
        )
        done_part = {"type": "output_text", "text": reply.text, "annotations": []}
        emit("response.content_part.done", item_id="msg_demo", output_index=0, content_index=0, part=done_part)
        final = _response_object(model, reply, pin, pout, "completed")
        emit("response.output_item.done", output_index=0, item=final["output"][0])
        if reply.tool_name:
            call = final["output"][1]
            emit("response.output_item.added", output_index=1, item={**call, "arguments": "", "status": "in_progress"})
            for piece in _pieces(call["arguments"], self.piece_size):
                emit("response.function_call_arguments.delta", item_id=call["id"], output_index=1, delta=piece)
            emit(
                "response.function_call_arguments.done", item_id=call["id"], output_index=1, arguments=call["arguments"]
            )
            emit("response.output_item.done", output_index=1, item=call)
        emit("response.completed", response=final)
        return out


def _response_object(model: str, reply: Reply | None, pin: int, pout: int, status: str) -> dict[str, Any]:
    output: list[dict[str, Any]] = []
    if reply is not None:
        output.append(
            {
                "id": "msg_demo",
                "type": "message",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": reply.text, "annotations": []}],
            }
        )
        if reply.tool_name:
            output.append(
                {
                    "id": "fc_demo",
                    "type": "function_call",
                    "status": "completed",
                    "call_id": "call_demo1",
                    "name": reply.tool_name,
                    "arguments": json.dumps(reply.tool_arguments),
                }
            )
    return {
        "id": "resp_demo",
        "object": "response",
        "created_at": int(time.time()),
        "status": status,
        "model": model,
        "output": output,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "metadata": {},
        "parallel_tool_calls": True,
        "temperature": 1.0,
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "usage": {
            "input_tokens": pin,
            "output_tokens": pout,
            "total_tokens": pin + pout,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }


def _embeddings(body: dict[str, Any]) -> dict[str, Any]:
    value = body.get("input")
    inputs = [value] if isinstance(value, str) else list(value or [])
    data = []
    for i, text in enumerate(inputs):
        digest = hashlib.sha256(str(text).encode()).digest()
        data.append({"object": "embedding", "index": i, "embedding": [b / 255 for b in digest[:8]]})
    return {
        "object": "list",
        "data": data,
        "model": body.get("model"),
        "usage": {"prompt_tokens": len(inputs), "total_tokens": len(inputs)},
    }
