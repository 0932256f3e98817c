"""Restoring placeholders: text redacted by the real placeholder book comes back exactly, however the answer is
split (at any character of the text, at any byte of the SSE stream), in plain text, in JSON-escaped tool-call
arguments, and through both protocols' streamed and whole-body restorers."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from gateway.policy.decision import Operator
from gateway.protocols import anthropic, openai
from gateway.sse import SSEDecoder, SSEEvent, encode_event
from gateway.transform.redact import Placeholders
from gateway.transform.restore import Restorer, json_string_escape, restore_text

ENTITIES = st.sampled_from(["PERSON", "US_SSN", "EMAIL_ADDRESS", "PHONE_NUMBER"])
# plain text may hold the characters placeholders are made of, but never a whole placeholder
PLAIN = st.text(
    st.sampled_from(list('ab <>_PERSON1 é"\\\n{}')) | st.characters(blacklist_categories=["Cs"]), max_size=12
)
VALUES = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12)
PIECES = st.lists(st.tuples(PLAIN, st.none() | st.tuples(ENTITIES, VALUES)), min_size=1, max_size=6)
CUTS = st.lists(st.integers(0, 400), max_size=10)


def _redact(pieces: list[tuple[str, tuple[str, str] | None]]) -> tuple[str, str, dict[str, str]]:
    """(original, redacted, placeholder map) as the gateway's placeholder book makes them."""
    book = Placeholders(b"k" * 32)
    original, redacted = [], []
    for plain, found in pieces:
        original.append(plain)
        redacted.append(plain)
        if found is not None:
            entity, value = found
            original.append(value)
            redacted.append(book.placeholder(entity, value, Operator.PSEUDONYMIZE))
    mapping = dict(book.restorable)
    text = "".join(original)
    assume(not any(key in "".join(p for p, _ in pieces) for key in mapping))  # a literal placeholder in the prompt
    return text, "".join(redacted), mapping


def _split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(c, len(text)) for c in cuts})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


@given(pieces=PIECES, cuts=CUTS)
def test_streamed_restore_equals_the_original_for_any_split(
    pieces: list[tuple[str, tuple[str, str] | None]], cuts: list[int]
) -> None:
    original, redacted, mapping = _redact(pieces)
    restorer = Restorer(mapping)
    out = "".join(restorer.feed(chunk) for chunk in _split(redacted, cuts)) + restorer.flush()
    assert out == original == restore_text(redacted, mapping)


@given(pieces=PIECES, cuts=CUTS)
def test_json_escaped_arguments_restore_to_the_original_values(
    pieces: list[tuple[str, tuple[str, str] | None]], cuts: list[int]
) -> None:
    """Tool-call arguments arrive as pieces of a JSON text: values with quotes or backslashes stay valid JSON."""
    original, redacted, mapping = _redact(pieces)
    wire = json.dumps({"note": redacted}, ensure_ascii=False)
    restorer = Restorer(mapping, json_string_escape)
    out = "".join(restorer.feed(chunk) for chunk in _split(wire, cuts)) + restorer.flush()
    assert json.loads(out) == {"note": original}


def _bytes_split(stream: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(stream)) for c in cuts})
    return [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]


def _through(stage: Any, stream: bytes, cuts: list[int]) -> list[SSEEvent]:
    decoder = SSEDecoder()
    out: list[SSEEvent] = []
    for chunk in _bytes_split(stream, cuts):
        for event in decoder.feed(chunk):
            out.extend(stage.feed(event))
    for event in decoder.flush():
        out.extend(stage.feed(event))
    out.extend(stage.flush())
    return out


def _openai_stream(parts: list[str]) -> bytes:
    envelope = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o"}
    events = [{**envelope, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}]
    events += [{**envelope, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in parts]
    events.append({**envelope, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return b"".join(encode_event(json.dumps(e)) for e in events) + encode_event("[DONE]")


@given(pieces=PIECES, text_cuts=CUTS, byte_cuts=st.lists(st.integers(0, 3000), max_size=15))
def test_openai_stream_restores_for_any_delta_split_and_byte_split(
    pieces: list[tuple[str, tuple[str, str] | None]], text_cuts: list[int], byte_cuts: list[int]
) -> None:
    original, redacted, mapping = _redact(pieces)
    stage = openai.ResponseRestorer("/v1/chat/completions", mapping)
    events = _through(stage, _openai_stream(_split(redacted, text_cuts)), byte_cuts)
    assert events[-1].data == "[DONE]"
    text = ""
    for event in events[:-1]:
        for choice in json.loads(event.data)["choices"]:
            text += choice.get("delta", {}).get("content") or ""
    assert text == original


def _anthropic_stream(parts: list[str], tool_parts: list[str]) -> bytes:
    def ev(name: str, payload: dict[str, Any]) -> bytes:
        return encode_event(json.dumps(payload), name)

    out = [ev("message_start", {"type": "message_start", "message": {"id": "msg_1", "content": []}})]
    out.append(
        ev(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        )
    )
    for p in parts:
        out.append(
            ev(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}},
            )
        )
    out.append(ev("content_block_stop", {"type": "content_block_stop", "index": 0}))
    tool_use = {"type": "tool_use", "id": "t1", "name": "f", "input": {}}
    out.append(ev("content_block_start", {"type": "content_block_start", "index": 1, "content_block": tool_use}))
    for p in tool_parts:
        delta = {"type": "input_json_delta", "partial_json": p}
        out.append(ev("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": delta}))
    out.append(ev("content_block_stop", {"type": "content_block_stop", "index": 1}))
    out.append(ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"}}))
    out.append(ev("message_stop", {"type": "message_stop"}))
    return b"".join(out)


@given(pieces=PIECES, text_cuts=CUTS, byte_cuts=st.lists(st.integers(0, 4000), max_size=15))
def test_anthropic_stream_restores_text_and_tool_input_for_any_split(
    pieces: list[tuple[str, tuple[str, str] | None]], text_cuts: list[int], byte_cuts: list[int]
) -> None:
    original, redacted, mapping = _redact(pieces)
    tool_json = json.dumps({"note": redacted}, ensure_ascii=False)
    stream = _anthropic_stream(_split(redacted, text_cuts), _split(tool_json, text_cuts))
    events = _through(anthropic.ResponseRestorer("/v1/messages", mapping), stream, byte_cuts)
    text, tool = "", ""
    for event in events:
        payload = json.loads(event.data)
        if payload["type"] == "content_block_delta":
            delta = payload["delta"]
            if payload["index"] == 0:
                text += delta["text"]
            else:
                tool += delta["partial_json"]
    assert text == original
    assert json.loads(tool) == {"note": original}
    assert [json.loads(e.data)["type"] for e in events][-2:] == ["message_delta", "message_stop"]


@given(pieces=PIECES)
def test_whole_bodies_restore(pieces: list[tuple[str, tuple[str, str] | None]]) -> None:
    original, redacted, mapping = _redact(pieces)
    args = json.dumps({"note": redacted}, ensure_ascii=False)
    chat = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": redacted,
                    "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": args}}],
                },
            }
        ]
    }
    done = openai.ResponseRestorer("/v1/chat/completions", mapping).restore_body(chat)
    message = done["choices"][0]["message"]
    assert message["content"] == original
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {"note": original}
    msg = {"content": [{"type": "text", "text": redacted}, {"type": "tool_use", "input": {"note": [redacted]}}]}
    done = anthropic.ResponseRestorer("/v1/messages", mapping).restore_body(msg)
    assert done["content"][0]["text"] == original and done["content"][1]["input"] == {"note": [original]}
