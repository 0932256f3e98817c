"""The streaming path: the events read from one upstream chunk go out together, each whole and in order, without
waiting for the next chunk; placeholders split across events and chunks are restored; an upstream that goes idle
mid-stream ends the stream with the protocol's error event, one that is slow but steady does not."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
from aiohttp import web

from gateway.sse import SSEDecoder
from tests.fakes.faults import FaultyUpstream, openai_chunk, sse_stream
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway, gateway_settings, start_gateway
from tests.integration.test_hostile_runtime import audit_events, completed
from tests.integration.test_sdk_end_to_end import PROMPT, assert_restored, assert_upstream_saw_placeholders_only

IDLE = 0.4  # seconds: the idle time-out of these tests' gateways


@pytest.fixture
async def faulty() -> AsyncIterator[FaultyUpstream]:
    upstream = FaultyUpstream()
    await upstream.start()
    yield upstream
    await upstream.close()


@pytest.fixture
async def gw(faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any) -> AsyncIterator[Gateway]:
    assert faulty.server is not None
    users, key = users_file
    settings = gateway_settings(str(faulty.server.make_url("")).rstrip("/"), users, timeouts={"idle_stream": IDLE})
    gateway = await start_gateway(settings, faulty, key, detector_factory)
    yield gateway
    await gateway.server.close()


async def _raw_stream(gw: Gateway, path: str, body: dict[str, Any]) -> bytes:
    headers = {"authorization": f"Bearer {gw.key}", "anthropic-version": "2023-06-01"}
    async with aiohttp.ClientSession() as session, session.post(gw.url + path, json=body, headers=headers) as resp:
        assert resp.status == 200
        return await resp.read()


@pytest.mark.parametrize("split", [10**7, 3])
async def test_events_of_one_chunk_arrive_whole_in_order_and_restored(gw: Gateway, split: int) -> None:
    """One character per event, the whole stream in one upstream write (or cut every 3 bytes): every event the
    client reads is whole JSON, in the upstream's order, and the placeholders split across events come back."""
    gw.fake.piece_size = 1
    gw.fake.split = split
    body = {"model": OPENAI_MODEL, "messages": [{"role": "user", "content": PROMPT}], "stream": True}
    raw = await _raw_stream(gw, "/v1/chat/completions", body)
    assert raw.endswith(b"data: [DONE]\n\n")
    decoder = SSEDecoder()
    events = decoder.feed(raw)
    assert decoder.flush() == [] and events[-1].data == "[DONE]"
    text = "".join(
        c["delta"].get("content") or "" for e in events[:-1] for c in json.loads(e.data)["choices"] if "delta" in c
    )
    assert_upstream_saw_placeholders_only(gw)
    assert_restored(text)
    assert text.startswith("[demo upstream] I received: Please draft a letter to Maria Garcia (SSN 212-67-4093")


async def test_anthropic_events_of_one_chunk_restored_through_the_sdk(gw: Gateway) -> None:
    """The Messages stream in one upstream write reads through the SDK, restored, with its final message."""
    gw.fake.piece_size = 1
    gw.fake.split = 10**7
    async with (
        gw.anthropic() as client,
        client.messages.stream(
            model=ANTHROPIC_MODEL, max_tokens=200, messages=[{"role": "user", "content": PROMPT}]
        ) as stream,
    ):
        pieces = [t async for t in stream.text_stream]
        final = await stream.get_final_message()
    assert_restored("".join(pieces))
    assert final.content[0].text == "".join(pieces)  # type: ignore[union-attr]


async def test_a_complete_event_goes_out_before_the_next_chunk_arrives(gw: Gateway, faulty: FaultyUpstream) -> None:
    """The upstream sends two whole events and half of a third, then waits until the client has read the second:
    the gateway writes the whole events at once and holds only the half one."""
    release = asyncio.Event()
    third = openai_chunk({"content": " world"})

    async def fault(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        first = openai_chunk({"role": "assistant", "content": ""}) + openai_chunk({"content": "Hello"})
        await resp.write(first + third[:20])
        await asyncio.wait_for(release.wait(), timeout=10)
        await resp.write(third[20:] + b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    faulty.fault = fault
    headers = {"authorization": f"Bearer {gw.key}"}
    body = {"model": OPENAI_MODEL, "messages": [{"role": "user", "content": "hi"}], "stream": True}
    async with (
        aiohttp.ClientSession() as session,
        session.post(gw.url + "/v1/chat/completions", json=body, headers=headers) as resp,
    ):
        seen = await asyncio.wait_for(resp.content.readuntil(b"Hello"), timeout=5)
        assert b" world" not in seen
        release.set()
        rest = await resp.read()
    assert rest.endswith(b'" world"' + third.split(b'" world"')[1] + b"data: [DONE]\n\n")


async def test_an_upstream_idle_mid_stream_ends_it_with_the_error_event(gw: Gateway, faulty: FaultyUpstream) -> None:
    """Nothing from the upstream for longer than timeouts.idle_stream after some events: the client has those
    events, then the protocol's error event; the gateway hangs up on the upstream; the audit says timeout."""
    faulty.fault = sse_stream(openai_chunk({"role": "assistant", "content": "Hello"}), stall=True, upstream=faulty)
    text = ""
    with audit_events() as events:
        async with gw.openai() as client:
            with pytest.raises(openai.APIError) as err:
                stream = await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
                )
                async for chunk in stream:
                    text += chunk.choices[0].delta.content or ""
        await asyncio.wait_for(faulty.hung_up.wait(), timeout=10)
    assert text == "Hello"
    assert not isinstance(err.value, openai.APIConnectionError)
    assert "went idle" in err.value.message
    event = completed(events)[0]
    assert event["status"] == 200 and event["decision"] == "error" and event["upstream_error"] == "timeout"


async def test_a_slow_but_steady_upstream_is_not_cut(gw: Gateway, faulty: FaultyUpstream) -> None:
    """Gaps each shorter than the idle time-out, adding up to several of it, end in a complete stream."""
    deltas = [openai_chunk({"content": f"w{i} "}) for i in range(6)]
    faulty.fault = sse_stream(*deltas, b"data: [DONE]\n\n", delay=IDLE / 2)
    async with gw.openai() as client:
        stream = await client.chat.completions.create(
            model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
        )
        text = "".join([c.choices[0].delta.content or "" async for c in stream])
    assert text == "w0 w1 w2 w3 w4 w5 "
