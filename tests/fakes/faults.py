"""A fault-injecting fake upstream: a real aiohttp server that answers like a vendor that misbehaves.

``FaultyUpstream.fault`` is a coroutine that writes the answer to one request (a ``Fault``); the factories below
build the vendor faults the gateway must survive: error pages that are not JSON, answers of the wrong shape,
decompression bombs, streams with broken events, and streams that stall until the gateway hangs up. Without a
fault the fake answers as the demo upstream does, and it records every request as ``FakeUpstream`` does.
"""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from gateway.sse import encode_event
from tests.fakes.upstream import FakeUpstream, Received

Fault = Callable[[web.Request], Awaitable[web.StreamResponse]]


class FaultyUpstream(FakeUpstream):
    """``fault`` answers every request while set; ``hung_up`` is set when a stalled stream saw the gateway leave."""

    def __init__(self) -> None:
        super().__init__()
        self.fault: Fault | None = None
        self.hung_up = asyncio.Event()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if self.fault is None:
            return await super()._handle(request)
        body = await request.json()
        self.received.append(Received(request.path, dict(request.headers), body))
        return await self.fault(request)


def status_page(status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> Fault:
    """Any status with any body: an HTML error page from a proxy, a vendor's JSON error with retry headers."""

    async def fault(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, body=body, headers={"content-type": content_type, **(headers or {})})

    return fault


def json_answer(payload: Any, status: int = 200) -> Fault:
    """A JSON answer whose shape is whatever the test says (wrong types, not an object)."""
    return status_page(status, json.dumps(payload).encode(), "application/json")


def gzip_bomb(inflated_bytes: int) -> Fault:
    """A 200 JSON answer, gzip-encoded, that inflates to ``inflated_bytes`` (a few hundred KB on the wire)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"0" * 1_048_576
    parts = [comp.compress(b'{"id": "chatcmpl-bomb", "padding": "')]
    for _ in range(inflated_bytes // len(zeros)):
        parts.append(comp.compress(zeros))
    parts.append(comp.compress(b'"}'))
    parts.append(comp.flush())
    data = b"".join(parts)

    async def fault(request: web.Request) -> web.StreamResponse:
        return web.Response(body=data, headers={"content-type": "application/json", "content-encoding": "gzip"})

    return fault


def sse_stream(
    *chunks: bytes, stall: bool = False, upstream: FaultyUpstream | None = None, delay: float = 0.0
) -> Fault:
    """A 200 event stream of these raw chunks, ``delay`` seconds apart; with ``stall`` it then sends nothing more,
    until the gateway hangs up (noted in ``upstream.hung_up``) or a minute passes."""

    async def fault(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        for chunk in chunks:
            await resp.write(chunk)
            if delay:
                await asyncio.sleep(delay)
        if stall:
            try:
                for _ in range(600):
                    await asyncio.sleep(0.1)
                    if request.transport is None or request.transport.is_closing():
                        break
                else:
                    await resp.write_eof()
                    return resp
            except asyncio.CancelledError:  # the test server cancels a handler whose client left
                if upstream is not None:
                    upstream.hung_up.set()
                raise
            if upstream is not None:
                upstream.hung_up.set()
            return resp
        await resp.write_eof()
        return resp

    return fault


def openai_chunk(delta: Any, **extra: Any) -> bytes:
    """One chat.completion.chunk event; ``delta`` may be of any type, as a broken vendor would send it."""
    base = {"id": "chatcmpl-fault", "object": "chat.completion.chunk", "created": 0, "model": "gpt-4o"}
    return encode_event(json.dumps({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}], **extra}))


def anthropic_start() -> bytes:
    message = {
        "id": "msg_fault",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-6",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }
    return encode_event(json.dumps({"type": "message_start", "message": message}), "message_start") + encode_event(
        json.dumps({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        "content_block_start",
    )


def anthropic_text(text: str) -> bytes:
    payload = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}
    return encode_event(json.dumps(payload), "content_block_delta")
