"""Nothing in a request reaches the vendor unscanned (issue 10): one test per hole found by a hostile client, sent
as raw JSON through the real gateway to the recording fake upstream. Each case is refused with a 4xx, or the
upstream never sees the planted value; a marking or a token is always refused with nothing forwarded."""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from gateway import audit
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway, gateway_settings, start_gateway

SSN = "212-67-4093"
NAME_EMAIL = "Maria Garcia maria.garcia@example.com"
MARK = "SECRET//NOFORN the convoy leaves at dawn"
TOKEN = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
BLOCKED = (MARK, TOKEN)

CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"
COMPLETIONS = "/v1/completions"
MESSAGES = "/v1/messages"


def chat(**extra: Any) -> dict[str, Any]:
    return {"model": OPENAI_MODEL, "messages": [{"role": "user", "content": "hello"}], **extra}


def chat_messages(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": OPENAI_MODEL, "messages": [{"role": "user", "content": "hello"}, *messages], **extra}


def responses(**extra: Any) -> dict[str, Any]:
    return {"model": OPENAI_MODEL, "input": "hello", **extra}


def messages(*content: dict[str, Any], **extra: Any) -> dict[str, Any]:
    turns: list[dict[str, Any]] = [{"role": "user", "content": "hello"}]
    if content:
        turns = [{"role": "user", "content": "hello"}, {"role": "assistant", "content": list(content)}]
        turns.append({"role": "user", "content": "go on"})
    return {"model": ANTHROPIC_MODEL, "max_tokens": 50, "messages": turns, **extra}


def call(arguments: Any, *, call_id: str = "call_1", name: str = "lookup") -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}],
    }


def tool(parameters: Any, description: Any = "Look a record up") -> dict[str, Any]:
    return {"type": "function", "function": {"name": "lookup", "description": description, "parameters": parameters}}


def blob(data: bytes) -> str:
    return base64.b64encode(data).decode()


async def send(gw: Gateway, route: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    if route.startswith("/v1/messages"):
        headers = {"x-api-key": gw.key, "anthropic-version": "2023-06-01"}
    else:
        headers = {"authorization": f"Bearer {gw.key}"}
    async with aiohttp.ClientSession() as session, session.post(gw.url + route, json=body, headers=headers) as resp:
        return resp.status, await resp.json(content_type=None)


async def assert_not_forwarded(gw: Gateway, route: str, body: dict[str, Any], canary: str) -> None:
    """Refused with a 4xx in the protocol's error shape, or forwarded without the canary; markings and tokens are
    refused and nothing reaches the upstream."""
    status, answer = await send(gw, route, body)
    assert status < 500, answer
    seen = gw.fake.everything
    assert canary not in seen
    if canary in BLOCKED or status >= 400:
        assert status == 400 or status == 404, answer
        assert gw.fake.received == []
        error = answer["error"]
        assert isinstance(error["message"], str) and canary not in error["message"]
        assert ("type" in answer) == route.startswith("/v1/messages")


# -- 1. a text field sent as a list or an object ---------------------------------------------------------------

WRONG_TYPES = {
    "chat text part as a list": (
        CHAT,
        chat(messages=[{"role": "user", "content": [{"type": "text", "text": [MARK]}]}]),
    ),
    "anthropic text block as a list": (
        MESSAGES,
        messages(system=[{"type": "text", "text": [MARK]}]),
    ),
    "responses instructions as a list": (RESPONSES, responses(instructions=[MARK])),
    "completions suffix as an object": (COMPLETIONS, {"model": OPENAI_MODEL, "prompt": "hi", "suffix": {"a": MARK}}),
    "refusal as a list": (CHAT, chat_messages({"role": "assistant", "refusal": [MARK]})),
    "tool-call arguments as an object": (CHAT, chat_messages(call({"q": MARK}))),
    "tool description as an object": (CHAT, chat(tools=[tool({"type": "object"}, description={"d": MARK})])),
    "document source data as a list": (
        MESSAGES,
        {
            "model": ANTHROPIC_MODEL,
            "max_tokens": 50,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": [MARK]}}
                    ],
                }
            ],
        },
    ),
}


@pytest.mark.parametrize("case", sorted(WRONG_TYPES))
async def test_text_fields_of_the_wrong_type_are_refused(gateway: Gateway, case: str) -> None:
    """Hole 1: a list or an object where the API expects text is refused with 400, never passed unscanned."""
    route, body = WRONG_TYPES[case]
    status, answer = await send(gateway, route, body)
    assert status == 400, answer
    assert gateway.fake.received == []
    assert "must be a string" in json.dumps(answer)


# -- 2. duplicate keys inside a tool-call arguments string -----------------------------------------------------


@pytest.mark.parametrize(
    ("route", "body"),
    [
        (CHAT, chat_messages(call(f'{{"q": "{SSN}", "q": "hello"}}'))),
        (
            RESPONSES,
            responses(
                input=[
                    {"role": "user", "content": "hello"},
                    {"type": "function_call", "call_id": "c1", "name": "f", "arguments": f'{{"q":"{SSN}","q":"x"}}'},
                ]
            ),
        ),
    ],
)
async def test_duplicate_keys_in_arguments_are_refused(gateway: Gateway, route: str, body: dict[str, Any]) -> None:
    """Hole 2: the first of two equal keys would reach the vendor unscanned; such arguments are refused."""
    status, answer = await send(gateway, route, body)
    assert status == 400, answer
    assert gateway.fake.received == []
    assert SSN not in json.dumps(answer)


async def test_arguments_are_forwarded_as_scanned(gateway: Gateway) -> None:
    """What reaches the vendor is re-serialised from what was scanned: escapes cannot hide a value."""
    hidden = "".join(f"\\u{ord(ch):04x}" for ch in SSN)
    status, _ = await send(gateway, CHAT, chat_messages(call(f'{{"ssn": "{hidden}"}}')))
    assert status == 200
    sent = gateway.fake.received[0].body["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert SSN not in sent and hidden not in sent and "4093" not in sent


# -- 3. object keys --------------------------------------------------------------------------------------------

KEYS = {
    "marking as a metadata key": (CHAT, chat(metadata={MARK: "x"}), MARK),
    "name as a key of tool-call arguments": (CHAT, chat_messages(call(json.dumps({NAME_EMAIL: 1}))), "maria.garcia"),
    "SSN as a key of an Anthropic tool_use input": (
        MESSAGES,
        messages({"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {f"ssn {SSN}": True}}),
        SSN,
    ),
    "marking as a schema property name": (
        CHAT,
        chat(tools=[tool({"type": "object", "properties": {MARK: {"type": "string"}}})]),
        MARK,
    ),
    "token as a key of an unknown field": (CHAT, chat(x_extra={"deep": {TOKEN: None}}), TOKEN),
}


@pytest.mark.parametrize("case", sorted(KEYS))
async def test_object_keys_are_scanned(gateway: Gateway, case: str) -> None:
    """Hole 3: keys are text the vendor reads; a marking in a key is refused, personal data in a key replaced."""
    route, body, canary = KEYS[case]
    await assert_not_forwarded(gateway, route, body, canary)


# -- 4. fields taken for settings, ids, names or schemas; numbers ------------------------------------------

SETTINGS = {
    "message role": (CHAT, chat(messages=[{"role": MARK, "content": "hi"}]), MARK),
    "tool_call_id": (CHAT, chat_messages(call("{}"), {"role": "tool", "tool_call_id": MARK, "content": "ok"}), MARK),
    "SSN as tool_call_id": (
        CHAT,
        chat_messages(call("{}", call_id=SSN), {"role": "tool", "tool_call_id": SSN, "content": "ok"}),
        SSN,
    ),
    "tool_calls id": (CHAT, chat_messages(call("{}", call_id=TOKEN)), TOKEN),
    "tool_calls function name": (CHAT, chat_messages(call("{}", name=MARK)), MARK),
    "tool_choice function name": (
        CHAT,
        chat(tools=[tool({"type": "object"})], tool_choice={"type": "function", "function": {"name": TOKEN}}),
        TOKEN,
    ),
    "prompt_cache_key": (CHAT, chat(prompt_cache_key=MARK), MARK),
    "service_tier": (CHAT, chat(service_tier=MARK), MARK),
    "reasoning": (RESPONSES, responses(reasoning={"effort": MARK}), MARK),
    "reasoning, another field": (RESPONSES, responses(reasoning={"effort": "low", "note": TOKEN}), TOKEN),
    "include": (RESPONSES, responses(include=[MARK]), MARK),
    "schema enum": (CHAT, chat(tools=[tool({"type": "string", "enum": [MARK]})]), MARK),
    "schema default": (CHAT, chat(tools=[tool({"type": "string", "default": NAME_EMAIL})]), "maria.garcia"),
    "schema examples": (CHAT, chat(tools=[tool({"type": "string", "examples": [TOKEN]})]), TOKEN),
    "schema const": (CHAT, chat(tools=[tool({"type": "string", "const": MARK})]), MARK),
    "schema pattern": (CHAT, chat(tools=[tool({"type": "string", "pattern": TOKEN})]), TOKEN),
    "MCP tool headers": (
        RESPONSES,
        responses(
            tools=[
                {
                    "type": "mcp",
                    "server_label": "kb",
                    "server_url": "https://mcp.example.org",
                    "headers": {"Authorization": f"Bearer {TOKEN}"},
                }
            ]
        ),
        TOKEN,
    ),
    "custom tool grammar definition": (
        RESPONSES,
        responses(
            tools=[
                {
                    "type": "custom",
                    "name": "emit",
                    "format": {"type": "grammar", "syntax": "lark", "definition": f'start: "{MARK}"'},
                }
            ]
        ),
        MARK,
    ),
    "item call_id": (
        RESPONSES,
        responses(input=[{"type": "function_call_output", "call_id": MARK, "output": "ok"}]),
        MARK,
    ),
    "item status": (
        RESPONSES,
        responses(input=[{"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}", "status": MARK}]),
        MARK,
    ),
    "item name": (
        RESPONSES,
        responses(input=[{"type": "function_call", "call_id": "c", "name": TOKEN, "arguments": "{}"}]),
        TOKEN,
    ),
    "reasoning encrypted_content": (
        RESPONSES,
        responses(input=[{"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": blob(MARK.encode())}]),
        blob(MARK.encode()),
    ),
    "anthropic container": (MESSAGES, messages(container=TOKEN), TOKEN),
    "thinking signature": (
        MESSAGES,
        messages({"type": "thinking", "thinking": "plan", "signature": blob(NAME_EMAIL.encode() * 2)}),
        blob(NAME_EMAIL.encode() * 2),
    ),
    "redacted_thinking data": (
        MESSAGES,
        messages({"type": "redacted_thinking", "data": MARK}),
        MARK,
    ),
    "unknown block type": (
        MESSAGES,
        messages({"type": "mystery", "data": MARK, "name": TOKEN, "id": SSN}),
        MARK,
    ),
    "number in metadata": (CHAT, chat(metadata={"ssn": 212674093}), "212674093"),
    "number in tool_use input": (
        MESSAGES,
        messages({"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"ssn": 212674093}}),
        "212674093",
    ),
}


@pytest.mark.parametrize("case", sorted(SETTINGS))
async def test_settings_ids_names_schemas_blobs_and_numbers(gateway: Gateway, case: str) -> None:
    """Hole 4: closed settings are validated against the vendor's values, ids and names against their pattern and
    scanned, schema values and unknown fields scanned, vendor blobs checked, numbers read as text."""
    route, body, canary = SETTINGS[case]
    await assert_not_forwarded(gateway, route, body, canary)


async def test_valid_settings_ids_and_blobs_still_pass(gateway: Gateway) -> None:
    """The checks refuse only what the vendor would: documented values, real-looking ids and ciphertext pass."""
    ciphertext = blob(bytes(range(256)) + bytes(range(255, -1, -1)))
    cases: list[tuple[str, dict[str, Any]]] = [
        (
            CHAT,
            chat_messages(
                call('{"city": "Boston"}', call_id="call_abc123"),
                {"role": "tool", "tool_call_id": "call_abc123", "content": "sunny"},
                service_tier="default",
                reasoning_effort="low",
                temperature=0.3,
                tools=[tool({"type": "object", "properties": {"city": {"type": "string", "minLength": 2}}})],
                tool_choice="auto",
            ),
        ),
        (
            RESPONSES,
            responses(
                include=["reasoning.encrypted_content"],
                reasoning={"effort": "medium", "summary": "auto"},
                input=[{"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": ciphertext}],
            ),
        ),
        (MESSAGES, messages({"type": "thinking", "thinking": "plan", "signature": ciphertext})),
        (MESSAGES, messages({"type": "redacted_thinking", "data": ciphertext})),
    ]
    for route, body in cases:
        status, answer = await send(gateway, route, body)
        assert status == 200, (route, answer)
    assert len(gateway.fake.received) == len(cases)
    assert gateway.fake.received[0].body["service_tier"] == "default"


# -- 5. the model name where any model is allowed --------------------------------------------------------------


@pytest.fixture
async def wildcard(fake: FakeUpstream, users_file: tuple[Path, str], detector_factory: Any) -> AsyncIterator[Gateway]:
    """A gateway whose second OpenAI upstream accepts any model name (models: ["*"])."""
    assert fake.server is not None
    users, key = users_file
    url = str(fake.server.make_url("")).rstrip("/")
    anything = {
        "name": "openai-any",
        "protocol": "openai",
        "base_url": url + "/v1",
        "api_key": "sk-upstream-any",
        "models": ["*"],
        "policy": "commercial-139-07",
    }
    gw = await start_gateway(gateway_settings(url, users, more_upstreams=(anything,)), fake, key, detector_factory)
    yield gw
    await gw.server.close()


@pytest.mark.parametrize(
    "model", [NAME_EMAIL, SSN, "SECRET//NOFORN", TOKEN, "Maria Garcia", "gpt-4o:maria.garcia@example.com"]
)
async def test_a_model_name_is_checked_and_scanned_where_any_is_allowed(wildcard: Gateway, model: str) -> None:
    """Hole 5: with ["*"] a model name must look like one and is scanned; it never reaches the vendor with
    personal data, a marking or a token in it."""
    status, answer = await send(wildcard, CHAT, chat(model=model))
    assert status < 500
    canary = "maria.garcia" if "@" in model else model
    assert canary not in wildcard.fake.everything
    if status != 200:
        assert wildcard.fake.received == [] and model not in json.dumps(answer)


async def test_model_name_never_reaches_telemetry(
    wildcard: Gateway, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Personal data sent as ``model`` with ["*"] is in no log line, no audit event and no /metrics label; a model
    that is not a configured name is labelled ``other``."""
    stdout = io.StringIO()
    audit_file = tmp_path / "audit.log"
    audit.configure_logging(audit_file, stream=stdout, key=b"k" * 32)
    caplog.set_level(logging.DEBUG)
    values = [NAME_EMAIL, "Zebulon Quarterfield", SSN, "zq-212674093", "SECRET//NOFORN"]
    try:
        for model in values:
            await send(wildcard, CHAT, chat(model=model))
        status, _ = await send(wildcard, CHAT, chat(model="gpt-4.1-nano"))
        assert status == 200
        async with aiohttp.ClientSession() as session, session.get(wildcard.url + "/metrics") as resp:
            exposition = await resp.text()
    finally:
        audit.configure_logging(None)
    server_logs = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("aiohttp.client",)))
    telemetry = {
        "stdout": stdout.getvalue(),
        "audit": audit_file.read_text(),
        "metrics": exposition,
        "logs": server_logs,
    }
    for where, text in telemetry.items():
        for value in [*values, "Zebulon", "212674093", "gpt-4.1-nano"]:
            assert value not in text, f"a model name in {where}"
    labels = {line.split('model="')[1].split('"')[0] for line in exposition.splitlines() if 'model="' in line}
    assert "other" in labels and "gpt-4.1-nano" not in labels  # the registry is per process: other tests' names too
    models = {json.loads(line).get("model") for line in audit_file.read_text().splitlines() if line.startswith("{")}
    assert "other" in models
