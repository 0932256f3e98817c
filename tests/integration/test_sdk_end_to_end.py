"""The official OpenAI and Anthropic SDKs through the gateway to a fake upstream: redact, forward, restore."""

from __future__ import annotations

import json

import anthropic
import pytest

from tests.fakes.upstream import reply_with_tool
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway

NAME, SSN, EMAIL = "Maria Garcia", "212-67-4093", "maria.garcia@example.com"
PROMPT = f"Please draft a letter to {NAME} (SSN {SSN}, email {EMAIL}) about her pending case."
VALUES = (NAME, SSN, EMAIL)


def assert_upstream_saw_placeholders_only(gw: Gateway) -> str:
    assert len(gw.fake.received) == 1
    sent = gw.fake.everything
    for value in VALUES:
        assert value not in sent
    for placeholder in ("<PERSON_1>", "<US_SSN_1>", "<EMAIL_ADDRESS_1>"):
        assert placeholder in sent
    return sent


def assert_restored(text: str) -> None:
    for value in VALUES:
        assert value in text
    assert "<PERSON_1>" not in text and "<US_SSN_1>" not in text


async def test_openai_chat_redacted_upstream_restored_for_client(gateway: Gateway) -> None:
    """A chat completion reaches the upstream with placeholders and the employee reads the original values."""
    async with gateway.openai() as client:
        resp = await client.chat.completions.with_raw_response.create(
            model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}]
        )
    completion = resp.parse()
    assert_upstream_saw_placeholders_only(gateway)
    assert_restored(completion.choices[0].message.content or "")
    assert resp.headers["x-request-id"].startswith("req_")
    upstream_headers = {k.lower(): v for k, v in gateway.fake.received[0].headers.items()}
    assert upstream_headers["authorization"] == "Bearer sk-upstream-openai"
    assert gateway.key not in json.dumps(upstream_headers)
    assert not any(k.startswith("x-stainless") for k in upstream_headers)


@pytest.mark.parametrize("split", [None, 1, 7])
async def test_openai_chat_stream_restores_placeholders_split_at_every_offset(
    gateway: Gateway, split: int | None
) -> None:
    """With one character per SSE event (and bytes cut anywhere), every placeholder still comes back whole."""
    gateway.fake.piece_size = 1
    gateway.fake.split = split
    async with gateway.openai() as client:
        stream = await client.chat.completions.create(
            model=OPENAI_MODEL,
            messages=[{"role": "user", "content": PROMPT}],
            stream=True,
            stream_options={"include_usage": True},
        )
        text = ""
        async for chunk in stream:
            if chunk.choices:
                text += chunk.choices[0].delta.content or ""
    assert_upstream_saw_placeholders_only(gateway)
    assert_restored(text)
    assert text.startswith("[demo upstream] I received: Please draft a letter to Maria Garcia (SSN 212-67-4093")


async def test_anthropic_messages_redacted_and_restored(gateway: Gateway) -> None:
    """A Messages call reaches the upstream with placeholders, and the employee reads the original values."""
    async with gateway.anthropic() as client:
        msg = await client.messages.create(
            model=ANTHROPIC_MODEL, max_tokens=200, messages=[{"role": "user", "content": PROMPT}]
        )
    assert_upstream_saw_placeholders_only(gateway)
    assert_restored(msg.content[0].text)  # type: ignore[union-attr]
    headers = {k.lower(): v for k, v in gateway.fake.received[0].headers.items()}
    assert headers["x-api-key"] == "sk-upstream-anthropic"
    assert "anthropic-version" in headers


@pytest.mark.parametrize("split", [None, 1, 5])
async def test_anthropic_stream_restores_split_placeholders(gateway: Gateway, split: int | None) -> None:
    """Streamed Messages events, one character each, are restored event by event."""
    gateway.fake.piece_size = 1
    gateway.fake.split = split
    async with (
        gateway.anthropic() as client,
        client.messages.stream(
            model=ANTHROPIC_MODEL, max_tokens=200, messages=[{"role": "user", "content": PROMPT}]
        ) as stream,
    ):
        pieces = [t async for t in stream.text_stream]
        final = await stream.get_final_message()
    assert_upstream_saw_placeholders_only(gateway)
    assert_restored("".join(pieces))
    assert final.content[0].text == "".join(pieces)  # type: ignore[union-attr]


@pytest.mark.parametrize("stream", [False, True])
async def test_openai_tool_call_arguments_restored(gateway: Gateway, stream: bool) -> None:
    """Tool-call arguments that echo placeholders come back with the original values, as valid JSON."""
    gateway.fake.responder = reply_with_tool("open_case", name="<PERSON_1>", ssn="<US_SSN_1>")
    gateway.fake.piece_size = 2
    async with gateway.openai() as client:
        tools = [{"type": "function", "function": {"name": "open_case", "parameters": {"type": "object"}}}]
        if stream:
            args = ""
            response = await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}], tools=tools, stream=True
            )
            async for chunk in response:
                for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
                    args += call.function.arguments or "" if call.function else ""
        else:
            completion = await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}], tools=tools
            )
            args = completion.choices[0].message.tool_calls[0].function.arguments  # type: ignore[index,union-attr]
    assert_upstream_saw_placeholders_only(gateway)
    assert json.loads(args) == {"name": NAME, "ssn": SSN}


@pytest.mark.parametrize("stream", [False, True])
async def test_anthropic_tool_use_input_restored(gateway: Gateway, stream: bool) -> None:
    """tool_use input that echoes placeholders comes back with the original values."""
    gateway.fake.responder = reply_with_tool("open_case", name="<PERSON_1>", email="<EMAIL_ADDRESS_1>")
    gateway.fake.piece_size = 3
    tools = [{"name": "open_case", "description": "Open a case", "input_schema": {"type": "object"}}]
    async with gateway.anthropic() as client:
        if stream:
            async with client.messages.stream(
                model=ANTHROPIC_MODEL,
                max_tokens=200,
                tools=tools,  # type: ignore[arg-type]
                messages=[{"role": "user", "content": PROMPT}],
            ) as s:
                msg = await s.get_final_message()
        else:
            msg = await client.messages.create(
                model=ANTHROPIC_MODEL,
                max_tokens=200,
                tools=tools,  # type: ignore[arg-type]
                messages=[{"role": "user", "content": PROMPT}],
            )
    tool_use = next(b for b in msg.content if b.type == "tool_use")
    assert tool_use.input == {"name": NAME, "email": EMAIL}


async def test_two_names_get_two_placeholders(gateway: Gateway) -> None:
    """Different people get different placeholders, and each is restored to its own name."""
    async with gateway.openai() as client:
        completion = await client.chat.completions.create(
            model=OPENAI_MODEL,
            messages=[{"role": "user", "content": "Schedule a meeting between Maria Garcia and John Smith."}],
        )
    sent = gateway.fake.received[0].body["messages"][0]["content"]
    assert "<PERSON_1>" in sent and "<PERSON_2>" in sent
    assert "Maria Garcia" not in sent and "John Smith" not in sent
    answer = completion.choices[0].message.content or ""
    assert "Maria Garcia and John Smith" in answer


async def test_openai_responses_api_stream_and_whole(gateway: Gateway) -> None:
    """The Responses API is redacted on the way out and restored in whole and streamed answers."""
    async with gateway.openai() as client:
        whole = await client.responses.create(model=OPENAI_MODEL, input=PROMPT)
        gateway.fake.piece_size = 1
        async with client.responses.stream(model=OPENAI_MODEL, input=PROMPT) as stream:
            final = await stream.get_final_response()
    assert_restored(whole.output_text)
    assert_restored(final.output_text)
    for received in gateway.fake.received:
        assert NAME not in json.dumps(received.body)


async def test_completions_and_embeddings_are_redacted(gateway: Gateway) -> None:
    """Legacy completions and embeddings inputs go upstream with placeholders."""
    async with gateway.openai() as client:
        completion = await client.completions.create(model=OPENAI_MODEL, prompt=PROMPT)
        await client.embeddings.create(model="text-embedding-3-small", input=[PROMPT, "plain text"])
    assert_restored(completion.choices[0].text)
    sent = gateway.fake.everything
    assert SSN not in sent and NAME not in sent and "plain text" in sent


async def test_models_lists_only_approved_models(gateway: Gateway) -> None:
    """GET /v1/models lists the approved models of the config and nothing else."""
    async with gateway.openai() as client:
        models = [m.id async for m in client.models.list()]
    async with gateway.anthropic() as client:
        claude = [m.id async for m in client.models.list()]
    assert sorted(models) == sorted([OPENAI_MODEL, "gpt-4o-mini", "text-embedding-3-small", ANTHROPIC_MODEL])
    assert claude == [ANTHROPIC_MODEL]
    assert gateway.fake.received == []


async def test_text_in_metadata_and_other_fields_is_redacted(gateway: Gateway) -> None:
    """The end-user field, metadata and fields the gateway does not know reach the vendor only with placeholders;
    the ids and settings beside them are untouched."""
    async with gateway.openai() as client:
        await client.chat.completions.create(
            model=OPENAI_MODEL,
            messages=[{"role": "user", "content": "hello"}],
            user=EMAIL,
            metadata={"case": f"letter for {NAME}"},
            extra_body={"custom_field": {"ssn": f"SSN {SSN}"}},
            service_tier="default",
        )
    async with gateway.anthropic() as client:
        await client.messages.create(
            model=ANTHROPIC_MODEL,
            max_tokens=50,
            messages=[{"role": "user", "content": "hello"}],
            metadata={"user_id": EMAIL},
        )
    chat, messages = (received.body for received in gateway.fake.received)
    for value in VALUES:
        assert value not in json.dumps(chat) and value not in json.dumps(messages)
    assert chat["user"] == "<EMAIL_ADDRESS_1>" and chat["service_tier"] == "default"
    assert chat["metadata"]["case"] == "letter for <PERSON_1>" and "<US_SSN_1>" in chat["custom_field"]["ssn"]
    assert messages["metadata"]["user_id"] == "<EMAIL_ADDRESS_1>" and messages["model"] == ANTHROPIC_MODEL


async def test_anthropic_token_count_is_scanned_like_a_message(gateway: Gateway) -> None:
    """The SDK's count_tokens sends the whole conversation too: it goes out with placeholders, and a marked
    text is refused there as well."""
    async with gateway.anthropic() as client:
        counted = await client.messages.count_tokens(
            model=ANTHROPIC_MODEL, messages=[{"role": "user", "content": PROMPT}]
        )
        with pytest.raises(anthropic.BadRequestError):
            await client.messages.count_tokens(
                model=ANTHROPIC_MODEL, messages=[{"role": "user", "content": f"SECRET//NOFORN\n{PROMPT}"}]
            )
    assert counted.input_tokens > 0
    assert_upstream_saw_placeholders_only(gateway)
    assert gateway.fake.received[0].path == "/v1/messages/count_tokens"
