"""Requests the gateway refuses: markings and secrets, bad input, unknown models, wrong keys, scan failures.
In every case the upstream receives nothing."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import anthropic
import openai
import pytest

from gateway.detect.findings import Finding
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway, gateway_settings, start_gateway


def _history(marking: str) -> list[dict[str, Any]]:
    return [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Summarise the attached report."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "fetch_report", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": f"{marking}\nReport on port operations.\n{marking}"},
        {"role": "user", "content": "Thanks, now the summary please."},
    ]


async def test_secret_noforn_in_tool_result_is_blocked(gateway: Gateway) -> None:
    """A classification banner inside a tool result of a multi-turn history is refused, naming kind, place and rule."""
    async with gateway.openai() as client:
        with pytest.raises(openai.BadRequestError) as err:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=_history("SECRET//NOFORN"))  # type: ignore[arg-type]
    message = err.value.message
    assert err.value.status_code == 400
    assert "classification marking" in message and "tool result in message 4" in message
    assert "SECRET//NOFORN" not in message
    assert err.value.response.headers["x-should-retry"] == "false"
    assert err.value.response.headers["x-request-id"] in message
    assert gateway.fake.received == []


@pytest.mark.parametrize("field", ["system", "user", "tool_result"])
async def test_cui_banner_blocked_in_any_anthropic_field(gateway: Gateway, field: str) -> None:
    """A CUI banner in the system prompt, a user turn or a tool result is refused in Anthropic's error shape."""
    banner = "CUI//SP-PRVCY\nCase file follows."
    system = banner if field == "system" else "You help with case work."
    messages: list[dict[str, Any]] = [{"role": "user", "content": banner if field == "user" else "Read the file."}]
    if field == "tool_result":
        messages += [
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "read", "input": {}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": banner}]},
        ]
    async with gateway.anthropic() as client:
        with pytest.raises(anthropic.BadRequestError) as err:
            await client.messages.create(model=ANTHROPIC_MODEL, max_tokens=50, system=system, messages=messages)  # type: ignore[arg-type]
    body = err.value.body
    assert isinstance(body, dict) and body["type"] == "error"
    assert body["error"]["type"] == "invalid_request_error"
    assert "cui marking" in body["error"]["message"].lower()
    assert gateway.fake.received == []


async def test_streamed_request_with_marking_is_blocked_before_streaming(gateway: Gateway) -> None:
    """A streamed request is refused with a plain error status before any event is sent."""
    async with gateway.openai() as client:
        with pytest.raises(openai.BadRequestError):
            await client.chat.completions.create(
                model=OPENAI_MODEL,
                stream=True,
                messages=[{"role": "user", "content": "TOP SECRET//SCI\nbriefing notes"}],
            )
    assert gateway.fake.received == []


async def test_unknown_model_is_refused_without_repeating_it(gateway: Gateway) -> None:
    """A model the config does not approve gets a 404; the name, client text, is not repeated; nothing goes
    upstream."""
    async with gateway.openai() as client:
        with pytest.raises(openai.NotFoundError) as err:
            await client.chat.completions.create(model="gpt-unapproved", messages=[{"role": "user", "content": "hi"}])
    assert "not approved" in err.value.message and "gpt-unapproved" not in err.value.message
    async with gateway.anthropic() as client:
        with pytest.raises(anthropic.NotFoundError):
            await client.messages.create(model=OPENAI_MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    assert gateway.fake.received == []


async def test_wrong_or_missing_key_is_401(gateway: Gateway) -> None:
    """A wrong key, or none at all, gets 401 in each protocol's shape and nothing is forwarded."""
    async with gateway.openai(api_key="gwk_wrong_key") as client:
        with pytest.raises(openai.AuthenticationError):
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
    async with gateway.anthropic(api_key="nope") as client:
        with pytest.raises(anthropic.AuthenticationError) as err:
            await client.messages.create(
                model=ANTHROPIC_MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}]
            )
    assert err.value.body["error"]["type"] == "authentication_error"  # type: ignore[index]
    async with (
        aiohttp.ClientSession() as session,
        session.post(gateway.url + "/v1/chat/completions", json={"model": OPENAI_MODEL}) as resp,
    ):
        assert resp.status == 401
        assert "error" in await resp.json()
    assert gateway.fake.received == []


async def _post(gw: Gateway, path: str, data: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session:
        hdrs = {"authorization": f"Bearer {gw.key}", "content-type": "application/json", **(headers or {})}
        async with session.post(gw.url + path, data=data, headers=hdrs) as resp:
            return resp.status, await resp.json()


async def test_malformed_json_and_bodies(gateway: Gateway) -> None:
    """Invalid JSON and bodies of the wrong shape get 400 in the protocol's shape; nothing goes upstream."""
    status, body = await _post(gateway, "/v1/chat/completions", b'{"model": "gpt-4o", "messages": [')
    assert status == 400 and body["error"]["code"] == "invalid_json"
    status, body = await _post(gateway, "/v1/chat/completions", b'{"model": "gpt-4o", "messages": "hi"}')
    assert status == 400 and body["error"]["code"] == "invalid_request"
    status, body = await _post(gateway, "/v1/messages", b"[1, 2]", {"x-api-key": gateway.key})
    assert status == 400 and body["type"] == "error"
    assert gateway.fake.received == []


async def test_oversized_body_is_413(gateway: Gateway) -> None:
    """A body over limits.max_body_bytes is refused with 413 before it is scanned or forwarded."""
    big = json.dumps({"model": OPENAI_MODEL, "messages": [{"role": "user", "content": "x" * 70_000}]}).encode()
    status, body = await _post(gateway, "/v1/chat/completions", big)
    assert status == 413 and body["error"]["code"] == "request_too_large"
    assert gateway.fake.received == []


async def test_image_part_is_refused_as_unscannable(gateway: Gateway) -> None:
    """An image cannot be scanned, so the request is refused with a message saying so and where."""
    async with gateway.openai() as client:
        with pytest.raises(openai.BadRequestError) as err:
            await client.chat.completions.create(
                model=OPENAI_MODEL,
                messages=[
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "What is in this picture?"},
                            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                        ],
                    }
                ],
            )
    assert "image in message 1" in err.value.message
    assert gateway.fake.received == []


class _BrokenDetector:
    """Wraps the real detector and raises once told to, as a crashed or corrupted scan would."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.broken = False

    @property
    def entities(self) -> frozenset[str]:
        return self.real.entities

    def analyze(self, texts: Any) -> list[list[Finding]]:
        if self.broken:
            raise RuntimeError("model crashed")
        return self.real.analyze(texts)


class _BreakableFactory:
    def __init__(self, real: Any) -> None:
        self.real = real
        self.built: list[_BrokenDetector] = []

    def build(self, specs: Any = None) -> _BrokenDetector:
        detector = _BrokenDetector(self.real.build(specs) if specs is not None else self.real.build())
        self.built.append(detector)
        return detector


async def test_detector_failure_is_503_and_nothing_forwarded(fake: Any, users_file: Any, detector_factory: Any) -> None:
    """When detection raises, the request is refused with 503, which the SDKs may retry; the upstream gets nothing."""
    factory = _BreakableFactory(detector_factory)
    users, key = users_file
    assert fake.server is not None
    gw = await start_gateway(gateway_settings(str(fake.server.make_url("")).rstrip("/"), users), fake, key, factory)
    try:
        for detector in factory.built:
            detector.broken = True
        async with gw.openai() as client:
            with pytest.raises(openai.InternalServerError) as err:
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": "hello"}]
                )
        assert err.value.status_code == 503
        assert err.value.response.headers["x-should-retry"] == "true"
        assert int(err.value.response.headers["retry-after"]) > 0
        async with gw.anthropic() as client:
            with pytest.raises(anthropic.APIStatusError) as aerr:
                await client.messages.create(
                    model=ANTHROPIC_MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}]
                )
        assert aerr.value.status_code == 503
        assert fake.received == []
    finally:
        await gw.server.close()


async def test_upstream_error_status_passes_through(gateway: Gateway) -> None:
    """An upstream error answer reaches the client with its status and body; the gateway adds its request id."""
    gateway.fake.fail_with = (429, {"error": {"message": "slow down", "type": "rate_limit_error", "code": None}})
    async with gateway.openai() as client:
        with pytest.raises(openai.RateLimitError) as err:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
    assert "slow down" in err.value.message
    assert err.value.response.headers["x-request-id"].startswith("req_")


async def test_health_and_readiness(gateway: Gateway) -> None:
    """/healthz answers alive and /readyz reports the loaded rules version."""
    async with aiohttp.ClientSession() as session:
        async with session.get(gateway.url + "/healthz") as resp:
            assert resp.status == 200
        async with session.get(gateway.url + "/readyz") as resp:
            body = await resp.json()
            assert resp.status == 200 and body["status"] == "ready" and body["rules_version"]


async def test_upstream_stream_breaking_midway_ends_with_an_in_band_error(gateway: Gateway) -> None:
    """After the first byte a failure cannot change the status: the client gets the protocol's error event."""
    gateway.fake.cut_after = 400
    gateway.fake.piece_size = 4
    async with gateway.anthropic() as client:
        with pytest.raises(anthropic.APIStatusError) as err:
            async with client.messages.stream(
                model=ANTHROPIC_MODEL, max_tokens=50, messages=[{"role": "user", "content": "Tell me a story."}]
            ) as stream:
                async for _ in stream.text_stream:
                    pass
    assert "upstream" in str(err.value.message)


async def test_non_text_parts_can_be_dropped_by_config(fake: Any, users_file: Any, detector_factory: Any) -> None:
    """With non_text_parts: drop, images are removed, the text is still scanned, and the client is told."""
    users, key = users_file
    assert fake.server is not None
    settings = gateway_settings(str(fake.server.make_url("")).rstrip("/"), users, non_text_parts="drop")
    gw = await start_gateway(settings, fake, key, detector_factory)
    try:
        async with gw.openai() as client:
            raw = await client.chat.completions.with_raw_response.create(
                model=OPENAI_MODEL,
                messages=[
                    {
                        "role": "user",
                        "content": [
                            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                            {"type": "text", "text": "Describe the picture Maria Garcia sent."},
                            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                        ],
                    }
                ],
            )
    finally:
        await gw.server.close()
    assert raw.headers["x-gateway-dropped-parts"] == "2"
    sent = fake.received[0].body["messages"][0]["content"]
    assert sent == [{"type": "text", "text": "Describe the picture <PERSON_1> sent."}]


async def test_marking_in_metadata_is_blocked(gateway: Gateway) -> None:
    """A marking hidden in a field no adapter reads for prose (metadata) is found, and nothing is forwarded."""
    async with gateway.openai() as client:
        with pytest.raises(openai.BadRequestError) as err:
            await client.chat.completions.create(
                model=OPENAI_MODEL,
                messages=[{"role": "user", "content": "Summarise the note."}],
                metadata={"type": "SECRET//NOFORN"},
            )
    assert "classified-marking" in err.value.message and "another field of the request" in err.value.message
    assert gateway.fake.received == []
