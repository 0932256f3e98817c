"""The request path under hostile input and a misbehaving vendor (issue 12): every failure is an answer in the
protocol's shape with the right status and retry advice, nothing is held without bound, and the audit event
says what the client saw. The vendor is the fault-injecting fake (tests/fakes/faults.py), the clients the SDKs."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import io
import json
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import anthropic
import openai
import pytest
from aiohttp import web
from multidict import CIMultiDict
from prometheus_client import REGISTRY

from gateway import audit
from gateway.app import make_app
from gateway.identity.keys import issue_key
from gateway.sse import encode_event
from tests.fakes.faults import (
    FaultyUpstream,
    anthropic_start,
    anthropic_text,
    gzip_bomb,
    json_answer,
    openai_chunk,
    sse_stream,
    status_page,
)
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway, gateway_settings, start_gateway

PII_PROMPT = "Please write to Maria Garcia about her visa."


@pytest.fixture
async def faulty() -> AsyncIterator[FaultyUpstream]:
    upstream = FaultyUpstream()
    await upstream.start()
    yield upstream
    await upstream.close()


@pytest.fixture
async def gw(faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any) -> AsyncIterator[Gateway]:
    users, key = users_file
    gateway = await start_gateway(_settings(faulty, users), faulty, key, detector_factory)
    yield gateway
    await gateway.server.close()


@contextlib.asynccontextmanager
async def served(settings: Any, factory: Any) -> AsyncIterator[tuple[str, web.AppRunner]]:
    """The gateway served as `serve` does (aiohttp does not cancel a handler whose client left): its URL, and
    the runner whose ``cleanup`` is the graceful shutdown `serve` does on SIGTERM."""
    runner = web.AppRunner(make_app(settings, detector_factory=factory, watch_rules=False), handler_cancellation=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}", runner
    finally:
        if runner.server is not None:
            await runner.cleanup()


def _settings(faulty: FaultyUpstream, users: Path, **limits: Any) -> Any:
    assert faulty.server is not None
    url = str(faulty.server.make_url("")).rstrip("/")
    return gateway_settings(url, users, limits={"max_body_bytes": 1_048_576, **limits})


@contextmanager
def audit_events() -> Iterator[list[dict[str, Any]]]:
    """The exchange.completed events written while the block runs (filled in when it ends)."""
    stream = io.StringIO()
    audit.configure_logging(None, stream=stream)
    events: list[dict[str, Any]] = []
    try:
        yield events
    finally:
        audit.configure_logging(None)
        for line in stream.getvalue().splitlines():
            if line.strip():
                event = json.loads(line)
                events.append(event)


def completed(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e.get("event") == "exchange.completed"]


async def _post(
    gw: Gateway, path: str, data: bytes, headers: dict[str, str] | None = None
) -> tuple[int, CIMultiDict[str], bytes]:
    hdrs = {"authorization": f"Bearer {gw.key}", "content-type": "application/json", **(headers or {})}
    async with (
        aiohttp.ClientSession(auto_decompress=False) as session,
        session.post(gw.url + path, data=data, headers=hdrs) as resp,
    ):
        return resp.status, resp.headers.copy(), await resp.read()


def _chat(content: str = "hello", **more: Any) -> bytes:
    return json.dumps({"model": OPENAI_MODEL, "messages": [{"role": "user", "content": content}], **more}).encode()


def _detector_failures() -> float:
    return sum(REGISTRY.get_sample_value("gateway_detector_failures_total", {"kind": k}) or 0.0 for k in ("error",))


# -- 5xx on bad client input --------------------------------------------------------------------------------


async def test_deeply_nested_json_is_400(gw: Gateway) -> None:
    """JSON nested 10,000 deep is a 400 naming the limit, not a 500; nothing reaches the vendor."""
    deep = b'{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "metadata": ' + b"[" * 10_000
    deep += b"]" * 10_000 + b"}"
    status, headers, body = await _post(gw, "/v1/chat/completions", deep)
    assert status == 400
    error = json.loads(body)["error"]
    assert error["code"] == "json_too_deep" and "64" in error["message"]
    assert headers["x-should-retry"] == "false"
    shallow_but_over = json.dumps({"model": OPENAI_MODEL, "messages": [{"role": "user", "content": "hi"}]})
    nested: Any = "x"
    for _ in range(80):
        nested = [nested]
    status, _, body = await _post(
        gw,
        "/v1/chat/completions",
        shallow_but_over[:-1].encode() + b', "metadata": ' + json.dumps(nested).encode() + b"}",
    )
    assert status == 400 and json.loads(body)["error"]["code"] == "json_too_deep"
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "[" * 10_000 + "]" * 10_000}}
    messages = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": None, "tool_calls": [call]}]
    status, _, body = await _post(
        gw, "/v1/chat/completions", json.dumps({"model": OPENAI_MODEL, "messages": messages}).encode()
    )
    assert status == 400 and json.loads(body)["error"]["code"] == "json_too_deep"
    assert gw.fake.received == []


async def test_corrupt_or_unsupported_content_encoding_is_4xx(gw: Gateway) -> None:
    """A body that says gzip but is not is a 400; an encoding the gateway cannot read is a 415; real gzip works."""
    status, _, body = await _post(gw, "/v1/chat/completions", _chat(), {"content-encoding": "gzip"})
    assert status == 400 and json.loads(body)["error"]["code"] == "invalid_content_encoding"
    status, _, body = await _post(gw, "/v1/chat/completions", _chat(), {"content-encoding": "compress"})
    assert status == 415 and json.loads(body)["error"]["code"] == "unsupported_content_encoding"
    status, _, body = await _post(
        gw, "/v1/messages", b"not gzip", {"content-encoding": "gzip", "x-api-key": gw.key, "anthropic-version": "1"}
    )
    assert status == 400 and json.loads(body)["type"] == "error"
    assert gw.fake.received == []
    status, _, _ = await _post(gw, "/v1/chat/completions", gzip.compress(_chat()), {"content-encoding": "gzip"})
    assert status == 200 and len(gw.fake.received) == 1


async def test_lone_surrogate_is_400_naming_the_place_and_pages_no_one(gw: Gateway) -> None:
    """A lone surrogate escape is the client's error: 400 naming the message (never the text), and the
    detector-failure counter that feeds the paging alert does not move."""
    before = _detector_failures()
    raw = (
        b'{"model": "gpt-4o", "messages": [{"role": "user", "content": "first"},'
        b' {"role": "user", "content": "Dear Maria \\ud800 Garcia"}]}'
    )
    with audit_events() as events:
        status, headers, body = await _post(gw, "/v1/chat/completions", raw)
    assert status == 400
    message = json.loads(body)["error"]["message"]
    assert "message 2" in message and "Maria" not in message
    assert headers["x-should-retry"] == "false"
    assert _detector_failures() == before
    assert completed(events)[0]["decision"] == "refused" and completed(events)[0]["reason"] == "bad_request"
    # in a field name, or in a tool definition, the same
    status, _, body = await _post(gw, "/v1/chat/completions", _chat(metadata={"\ud800": "x"}))
    assert status == 400
    assert gw.fake.received == []


async def test_text_beyond_the_budget_is_refused_before_scanning(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """Too many texts, or too much text, in one request is a 413 saying so; nothing is scanned or sent."""
    users, key = users_file
    gateway = await start_gateway(
        _settings(faulty, users, max_segments=50, max_text_chars=5000), faulty, key, detector_factory
    )
    try:
        many = [{"role": "user", "content": f"note {i}"} for i in range(51)]
        status, _, body = await _post(
            gateway, "/v1/chat/completions", json.dumps({"model": OPENAI_MODEL, "messages": many}).encode()
        )
        assert status == 413 and json.loads(body)["error"]["code"] == "too_many_texts"
        status, _, body = await _post(gateway, "/v1/chat/completions", _chat("word " * 1200))
        assert status == 413 and json.loads(body)["error"]["code"] == "too_much_text"
        assert faulty.received == []
    finally:
        await gateway.server.close()


# -- a broken vendor stream breaks the HTTP stream ------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_event",
    [
        pytest.param(b'data: {"id": "x", "choices": [{"delta": {"content": "\xff\xfe"}}]}\n\n', id="invalid-utf8"),
        pytest.param(openai_chunk({"tool_calls": 5}), id="wrong-type"),
        pytest.param(b"data: <html>upstream proxy error</html>\n\n", id="not-json"),
    ],
)
async def test_broken_vendor_event_ends_the_stream_in_band(gw: Gateway, bad_event: bytes) -> None:
    """After the 200 the gateway ends the stream with the protocol's error event: the SDK raises an API error
    (not a connection error), no second status line is written, and the audit says 200 and error."""
    gw.fake.fault = sse_stream(openai_chunk({"role": "assistant", "content": "Hello "}), bad_event)  # type: ignore[attr-defined]
    with audit_events() as events:
        async with gw.openai() as client:
            with pytest.raises(openai.APIError) as err:
                stream = await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": PII_PROMPT}], stream=True
                )
                async for _ in stream:
                    pass
    assert not isinstance(err.value, openai.APIConnectionError)
    assert "upstream" in err.value.message
    status, _, raw = await _post(gw, "/v1/chat/completions", _chat(PII_PROMPT, stream=True))
    assert status == 200 and b"HTTP/1.1" not in raw and raw.endswith(b"\n\n")
    event = completed(events)[0]
    assert event["status"] == 200 and event["decision"] == "error" and event["upstream_error"] == "protocol"


async def test_vendor_json_of_the_wrong_shape_is_502(gw: Gateway) -> None:
    """A 200 whose JSON has the wrong types, or is not an object, is the gateway's 502 in the protocol's shape."""
    gw.fake.fault = json_answer({"id": "x", "choices": [{"index": 0, "message": {"tool_calls": 7}}]})  # type: ignore[attr-defined]
    async with gw.openai() as client:
        with pytest.raises(openai.APIStatusError) as err:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": PII_PROMPT}])
    assert err.value.status_code == 502 and err.value.body["code"] == "upstream_protocol"  # type: ignore[index]
    gw.fake.fault = json_answer(["not", "an", "object"])  # type: ignore[attr-defined]
    async with gw.openai() as client:
        with pytest.raises(openai.APIStatusError) as err:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
    assert err.value.status_code == 502


async def test_vendor_html_error_page_becomes_the_protocols_error(gw: Gateway) -> None:
    """An HTML 502 from a proxy in front of the vendor reaches the SDK as JSON in its own protocol's shape."""
    gw.fake.fault = status_page(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")  # type: ignore[attr-defined]
    async with gw.anthropic() as client:
        with pytest.raises(anthropic.APIStatusError) as err:
            await client.messages.create(
                model=ANTHROPIC_MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}]
            )
    assert err.value.status_code == 502
    assert err.value.response.headers["content-type"].startswith("application/json")
    assert err.value.body["type"] == "error" and "502" in err.value.body["error"]["message"]  # type: ignore[index]
    assert "<html>" not in err.value.response.text


# -- no cap on what the vendor sends ------------------------------------------------------------------------


async def test_decompression_bomb_is_refused_as_it_inflates(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """A gzip answer inflating past limits.max_response_bytes is a 502 saying so, not an answer held whole."""
    users, key = users_file
    gateway = await start_gateway(_settings(faulty, users, max_response_bytes=1_000_000), faulty, key, detector_factory)
    faulty.fault = gzip_bomb(64 * 1_048_576)
    try:
        status, headers, body = await _post(gateway, "/v1/chat/completions", _chat())
    finally:
        await gateway.server.close()
    assert status == 502
    assert "larger than 1000000 bytes" in json.loads(body)["error"]["message"]
    assert headers["x-should-retry"] == "false"


async def test_oversized_stream_event_ends_the_stream(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """One event larger than limits.max_sse_event_bytes ends the stream with the protocol's error event."""
    users, key = users_file
    gateway = await start_gateway(_settings(faulty, users, max_sse_event_bytes=100_000), faulty, key, detector_factory)
    faulty.fault = sse_stream(anthropic_start(), b'event: content_block_delta\ndata: {"x": "' + b"a" * 300_000)
    try:
        async with gateway.anthropic() as client:
            with pytest.raises(anthropic.APIStatusError) as err:
                async with client.messages.stream(
                    model=ANTHROPIC_MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}]
                ) as stream:
                    async for _ in stream:
                        pass
    finally:
        await gateway.server.close()
    assert "larger than 100000 bytes" in str(err.value.message)


# -- a client that disconnects does not cancel the upstream request -----------------------------------------


async def test_client_disconnect_cancels_the_upstream_request(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The client reads one event and leaves: the gateway hangs up on the vendor at once (not after the idle
    time-out of a minute), audits client_gone, and logs no traceback."""
    users, key = users_file
    faulty.fault = sse_stream(anthropic_start(), anthropic_text("Once upon"), stall=True, upstream=faulty)
    caplog.set_level(logging.INFO)
    log = io.StringIO()
    audit.configure_logging(None, stream=log)
    try:
        async with served(_settings(faulty, users), detector_factory) as (url, _), aiohttp.ClientSession() as session:
            resp = await session.post(
                url + "/v1/messages",
                json={
                    "model": ANTHROPIC_MODEL,
                    "max_tokens": 50,
                    "stream": True,
                    "messages": [{"role": "user", "content": "A story"}],
                },
                headers={"x-api-key": key, "anthropic-version": "2023-06-01"},
            )
            assert resp.status == 200
            await resp.content.readuntil(b"Once upon")
            resp.close()  # drops the connection
            await asyncio.wait_for(faulty.hung_up.wait(), timeout=15)
            for _ in range(100):
                if "exchange.completed" in log.getvalue():
                    break
                await asyncio.sleep(0.05)
    finally:
        audit.configure_logging(None)
    events = completed([json.loads(line) for line in log.getvalue().splitlines() if line.strip()])
    assert events[0]["decision"] == "error" and events[0]["reason"] == "client_gone"
    assert "Traceback" not in log.getvalue()
    assert not [r for r in caplog.records if r.exc_info and not r.name.startswith(("anthropic", "httpx"))]


# -- scan pool starvation --------------------------------------------------------------------------------------


def _second_employee(users: Path) -> str:
    return issue_key(users, "asmith", component="CBP", approved_by="B. Supervisor", trained_on=date.today())


def _many_messages(n: int) -> bytes:
    messages = [{"role": "user", "content": f"Note {i}: the shipment cleared the port."} for i in range(n)]
    return json.dumps({"model": OPENAI_MODEL, "messages": messages}).encode()


async def _post_as(url: str, key: str, data: bytes) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            url + "/v1/chat/completions",
            data=data,
            headers={"authorization": f"Bearer {key}", "content-type": "application/json"},
        ) as resp,
    ):
        return resp.status, await resp.json()


async def test_one_employees_large_requests_do_not_starve_another(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """Two requests of thousands of small messages take both scan threads for longer than the scan time-out.
    Another employee's small request still gets its turn and is answered; the large ones are refused when
    their time is up, and their scans stop then, so the same employee's next small request is answered too."""
    users, key = users_file
    other = _second_employee(users)
    settings = _settings(faulty, users, scan_timeout_seconds=3, max_segments=10_000, scan_workers=2)
    gateway = await start_gateway(settings, faulty, key, detector_factory)
    try:
        big = _many_messages(3000)
        large = [asyncio.ensure_future(_post_as(gateway.url, key, big)) for _ in range(2)]
        await asyncio.sleep(0.5)  # both are being scanned
        status, _ = await _post_as(gateway.url, other, _chat("How do I renew a passport?"))
        assert status == 200
        results = await asyncio.gather(*large)
        assert [s for s, _ in results] == [503, 503]
        assert all(b["error"]["code"] == "scan_failed" for _, b in results)
        status, _ = await _post_as(gateway.url, key, _chat("And a visa?"))
        assert status == 200
    finally:
        await gateway.server.close()


async def test_saturated_scan_queue_is_not_ready_and_refuses_with_retry(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """With every place in the scan queue taken /readyz says not ready, and a further request is a 503 the SDKs
    retry (x-should-retry: true, retry-after), not a wait; once the queue drains /readyz is ready again."""
    users, key = users_file
    other = _second_employee(users)
    settings = _settings(faulty, users, scan_timeout_seconds=60, max_segments=10_000, scan_queue_max=1)
    gateway = await start_gateway(settings, faulty, key, detector_factory)
    try:
        large = asyncio.ensure_future(_post_as(gateway.url, key, _many_messages(400)))
        async with aiohttp.ClientSession() as session:
            for _ in range(200):
                async with session.get(gateway.url + "/readyz") as resp:
                    if resp.status == 503:
                        body = await resp.json()
                        break
                await asyncio.sleep(0.02)
            assert body["reason"] == "scan queue saturated"
            status, headers, raw = await _post(gateway, "/v1/chat/completions", _chat())
            async with session.get(gateway.url + "/readyz") as resp:
                saturated_status = resp.status
            assert (await large)[0] == 200
            async with session.get(gateway.url + "/readyz") as resp:
                assert resp.status == 200
        del other
    finally:
        await gateway.server.close()
    assert saturated_status == 503
    assert status == 503 and json.loads(raw)["error"]["code"] == "scan_busy"
    assert headers["x-should-retry"] == "true" and int(headers["retry-after"]) >= 1


# -- retry semantics -------------------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_gateways_own_transient_failures_are_retried_by_the_sdk(gw: Gateway) -> None:
    """A 502 the gateway answers for a vendor's HTML error page says x-should-retry: true with a retry-after,
    and the SDK does retry it; a policy block stays x-should-retry: false and is not retried."""
    gw.fake.fault = status_page(502, b"<html>Bad Gateway</html>", "text/html")  # type: ignore[attr-defined]
    async with gw.openai() as base_client:
        client = base_client.with_options(max_retries=1)
        with pytest.raises(openai.APIStatusError) as err:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
        assert err.value.response.headers["x-should-retry"] == "true"
        assert int(err.value.response.headers["retry-after"]) >= 1
        assert len(gw.fake.received) == 2  # the first try and one retry
        with pytest.raises(openai.BadRequestError) as blocked:
            await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "SECRET//NOFORN"}]
            )
    assert blocked.value.response.headers["x-should-retry"] == "false"
    assert len(gw.fake.received) == 2


async def test_vendor_retry_advice_passes_through(gw: Gateway) -> None:
    """A vendor's 529 reaches the SDK with its retry-after, retry-after-ms and x-should-retry as the vendor sent
    them, and is audited as what it is: the request was allowed and forwarded; the vendor answered 529."""
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    gw.fake.fault = status_page(  # type: ignore[attr-defined]
        529,
        json.dumps(error).encode(),
        "application/json",
        {"retry-after": "7", "retry-after-ms": "7000", "x-should-retry": "false"},
    )
    with audit_events() as events:
        async with gw.anthropic() as client:
            with pytest.raises(anthropic.APIStatusError) as err:
                await client.messages.create(
                    model=ANTHROPIC_MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}]
                )
    headers = err.value.response.headers
    assert err.value.status_code == 529
    assert (headers["retry-after"], headers["retry-after-ms"], headers["x-should-retry"]) == ("7", "7000", "false")
    event = completed(events)[0]
    assert event["decision"] == "allowed" and event["status"] == 529 and event["upstream_status"] == 529
    assert event["upstream_error"] == "status"


# -- audit and metrics tell untruths ---------------------------------------------------------------------------


async def test_unreachable_upstream_is_audited_as_an_error(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """Nothing was delivered: the audit says error / upstream / connect, not allowed; the SDK may retry."""
    users, key = users_file
    settings = gateway_settings(f"http://127.0.0.1:{_closed_port()}", users)
    gateway = await start_gateway(settings, faulty, key, detector_factory)
    try:
        with audit_events() as events:
            status, headers, _ = await _post(gateway, "/v1/chat/completions", _chat())
    finally:
        await gateway.server.close()
    assert status == 502 and headers["x-should-retry"] == "true"
    event = completed(events)[0]
    assert (event["decision"], event["reason"], event["upstream_error"]) == ("error", "upstream", "connect")


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("POST", "/v1/nowhere", {}, 404),
        ("GET", "/v1/chat/completions", {}, 405),
        ("POST", "/v2/messages", {"x-api-key": "k", "anthropic-version": "2023-06-01"}, 404),
    ],
)
async def test_unknown_routes_and_methods_answer_json_and_are_audited(
    gw: Gateway, method: str, path: str, headers: dict[str, str], status: int
) -> None:
    """An unknown path or method gets the protocol's JSON error with an x-request-id that its audit event has."""
    with audit_events() as events:
        async with aiohttp.ClientSession() as session, session.request(method, gw.url + path, headers=headers) as resp:
            body = await resp.json()
            got = resp.status, resp.headers.copy()
    assert got[0] == status
    request_id = got[1]["x-request-id"]
    if "x-api-key" in headers:
        assert body["type"] == "error" and body["error"]["type"] == "not_found_error"
    else:
        assert "message" in body["error"]
    event = completed(events)[0]
    assert event["request_id"] == request_id and event["status"] == status and event["decision"] == "refused"
    assert path not in json.dumps(event)


async def test_stream_completed_during_graceful_shutdown_is_audited_as_delivered(
    faulty: FaultyUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> None:
    """The gateway is told to stop while a stream is under way: the stream still completes, and its audit event
    says what the client got (allowed, 200), not error / client_gone."""
    users, key = users_file
    words = ["Ports ", "handle ", "cargo ", "and ", "people."]
    chunks = [openai_chunk({"role": "assistant", "content": ""}), *(openai_chunk({"content": w}) for w in words)]
    faulty.fault = sse_stream(*chunks, encode_event("[DONE]"), delay=0.15)
    with audit_events() as events:
        async with served(_settings(faulty, users), detector_factory) as (url, runner):
            client = openai.AsyncOpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
            stream = await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "Tell me about ports."}], stream=True
            )
            stopping = asyncio.ensure_future(runner.cleanup())
            text = ""
            async for chunk in stream:
                if chunk.choices:
                    text += chunk.choices[0].delta.content or ""
            await stopping
            await client.close()
    assert text == "".join(words)
    event = completed(events)[0]
    assert (event["decision"], event["status"], event["reason"]) == ("allowed", 200, None)
