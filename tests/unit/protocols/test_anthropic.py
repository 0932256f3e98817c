"""The Anthropic adapter: every text segment out, answers restored."""

from __future__ import annotations

import json

import pytest

from gateway.protocols import anthropic
from gateway.sse import SSEDecoder
from gateway.upstream.demo import DemoUpstream, Reply

BODY = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 100,
    "system": [{"type": "text", "text": "You assist Dana Cruz."}],
    "messages": [
        {"role": "user", "content": "Look up Ann Lee"},
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"name": "Ann Lee", "filters": ["x"]}}
            ],
        },
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": "toolu_1",
                    "content": [{"type": "text", "text": "Ann Lee, born 1980"}],
                },
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAA"}},
            ],
        },
    ],
    "tools": [{"name": "lookup", "description": "Find a person", "input_schema": {"type": "object"}}],
}


def test_segments_and_unscannable_parts() -> None:
    """System blocks, messages, tool_use input keys and values, tool results, tool descriptions, and the ids and
    tool names are segments."""
    found = anthropic.extract("/v1/messages", json.loads(json.dumps(BODY)))
    assert [(s.text, s.place, s.role) for s in found.segments] == [
        ("You assist Dana Cruz.", "system prompt", "system"),
        ("Look up Ann Lee", "message 1", "user"),
        ("name: Ann Lee", "tool-call arguments in message 2", "assistant"),
        ("filters", "tool-call arguments in message 2", "assistant"),
        ("x", "tool-call arguments in message 2", "assistant"),
        ("Ann Lee, born 1980", "tool result in message 3", "tool"),
        ("Find a person", "tool definition 1", "definition"),
        ("toolu_1", "message 2", "user"),
        ("lookup", "message 2", "user"),
        ("toolu_1", "message 3", "user"),
        ("lookup", "tool definition 1", "user"),
    ]
    assert [(p.kind, p.place) for p in found.unscannable] == [("image", "message 3")]


MAPPING = {"<PERSON_1>": "Maria Garcia"}
TEXT = "Hello <PERSON_1>! Bye <PERSON_1>"


@pytest.mark.parametrize("piece", [1, 2, 3, 7])
def test_stream_restores_text_and_tool_input_at_every_split(piece: int) -> None:
    """Text deltas and input_json deltas add up to restored values however they were cut."""
    raw = b"".join(
        DemoUpstream(piece_size=piece).stream_events(
            "/v1/messages", {"model": "m"}, Reply(TEXT, "lookup", {"name": "<PERSON_1>"})
        )
    )
    decoder, stage, events = SSEDecoder(), anthropic.ResponseRestorer("/v1/messages", MAPPING), []
    for i in range(0, len(raw), 5):
        for ev in decoder.feed(raw[i : i + 5]):
            events.extend(stage.feed(ev))
    events.extend(stage.flush())
    payloads = [(e.event, json.loads(e.data)) for e in events]
    assert all(name == p["type"] for name, p in payloads)
    text = "".join(p["delta"]["text"] for _, p in payloads if p["type"] == "content_block_delta" and p["index"] == 0)
    args = "".join(
        p["delta"]["partial_json"] for _, p in payloads if p["type"] == "content_block_delta" and p["index"] == 1
    )
    assert text == "Hello Maria Garcia! Bye Maria Garcia"
    assert json.loads(args) == {"name": "Maria Garcia"}
    stops = [i for i, (_, p) in enumerate(payloads) if p["type"] == "content_block_stop"]
    last_delta0 = max(i for i, (_, p) in enumerate(payloads) if p["type"] == "content_block_delta" and p["index"] == 0)
    assert last_delta0 < stops[0]


def test_error_shape() -> None:
    """Errors use Anthropic's envelope."""
    assert anthropic.error_body("no", "invalid_request_error") == {
        "type": "error",
        "error": {"type": "invalid_request_error", "message": "no"},
    }
