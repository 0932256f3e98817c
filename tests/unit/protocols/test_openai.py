"""The OpenAI adapter: every text segment out, replacements back in, answers restored."""

from __future__ import annotations

import json

import pytest

from gateway.protocols import openai
from gateway.protocols.base import BadRequest, write_back
from gateway.sse import SSEDecoder
from gateway.upstream.demo import DemoUpstream, Reply

CHAT = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "You help officer Dana Cruz."},
        {"role": "user", "content": [{"type": "text", "text": "Case of Ann Lee"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": '{"name": "Ann Lee", "n": 2}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "record for Ann Lee"},
    ],
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "lookup",
                "description": "Look up a person",
                "parameters": {
                    "type": "object",
                    "properties": {"name": {"type": "string", "description": "full name", "enum": ["x"]}},
                },
            },
        }
    ],
}


def test_chat_segments_cover_every_text_with_places_and_roles() -> None:
    """System, content parts, tool-call argument keys and values, tool results, tool descriptions, schema property
    names and enums, and the ids and tool names are all segments; roles, types and keywords are not."""
    found = openai.extract("/v1/chat/completions", json.loads(json.dumps(CHAT)))
    got = [(s.text, s.place, s.role) for s in found.segments]
    assert got == [
        ("You help officer Dana Cruz.", "message 1", "system"),
        ("Case of Ann Lee", "message 2", "user"),
        ("name: Ann Lee", "tool-call arguments in message 3", "assistant"),
        ("n: 2", "tool-call arguments in message 3", "assistant"),
        ("record for Ann Lee", "tool result in message 4", "tool"),
        ("Look up a person", "tool definition 1", "definition"),
        ("full name", "tool definition 1", "definition"),
        ("x", "tool definition 1", "definition"),
        ("name", "tool definition 1", "definition"),
        ("call_1", "message 3", "user"),
        ("lookup", "message 3", "user"),
        ("call_1", "message 4", "user"),
        ("lookup", "tool definition 1", "user"),
    ]
    assert found.model == "gpt-4o" and found.stream is False and found.unscannable == []


def test_write_back_changes_only_the_values() -> None:
    """Replacements land in place; ids, names, keys, enums and the arguments' values survive."""
    body = json.loads(json.dumps(CHAT))
    found = openai.extract("/v1/chat/completions", body)
    write_back(body, found.segments, {s.index: s.text.replace("Ann Lee", "<PERSON_1>") for s in found.segments})
    assert body["messages"][1]["content"] == [{"type": "text", "text": "Case of <PERSON_1>"}]
    call = body["messages"][2]["tool_calls"][0]
    assert call["id"] == "call_1" and call["function"]["name"] == "lookup"
    assert json.loads(call["function"]["arguments"]) == {"name": "<PERSON_1>", "n": 2}
    assert body["messages"][3] == {"role": "tool", "tool_call_id": "call_1", "content": "record for <PERSON_1>"}
    assert body["tools"] == CHAT["tools"]


def test_images_and_token_arrays_are_unscannable() -> None:
    """Non-text parts are reported with their place so the request can be refused."""
    body = {
        "model": "m",
        "messages": [
            {
                "role": "user",
                "content": [{"type": "text", "text": "see"}, {"type": "image_url", "image_url": {"url": "data:..."}}],
            }
        ],
    }
    assert [(p.kind, p.place) for p in openai.extract("/v1/chat/completions", body).unscannable] == [
        ("image", "message 1")
    ]
    emb = openai.extract("/v1/embeddings", {"model": "m", "input": [[1, 2, 3]]})
    assert [p.kind for p in emb.unscannable] == ["token array"]


@pytest.mark.parametrize(
    "body",
    [[], {"messages": []}, {"model": "m", "messages": "hi"}, {"model": "m", "messages": [{"content": "x"}]}],
)
def test_malformed_bodies_are_bad_requests(body: object) -> None:
    """Bodies that are not chat requests raise BadRequest with a message free of content."""
    with pytest.raises(BadRequest):
        openai.extract("/v1/chat/completions", body)


def test_responses_input_items_and_instructions() -> None:
    """The Responses API's instructions, messages, function calls and outputs are segments."""
    body = {
        "model": "m",
        "instructions": "be brief",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "hi Ann"}]},
            {"type": "function_call", "call_id": "c", "name": "f", "arguments": '{"q": "Ann"}'},
            {"type": "function_call_output", "call_id": "c", "output": "Ann's file"},
        ],
    }
    got = [(s.text, s.role) for s in openai.extract("/v1/responses", body).segments]
    assert got == [
        ("be brief", "system"),
        ("hi Ann", "user"),
        ("q: Ann", "assistant"),
        ("Ann's file", "tool"),
        ("c", "user"),  # the call id and the function's name: checked as names, and scanned
        ("f", "user"),
        ("c", "user"),
    ]


MAPPING = {"<PERSON_1>": "Maria Garcia", "<US_SSN_1>": "123-45-6789"}
TEXT = "Dear <PERSON_1>, your SSN <US_SSN_1> is on file, <PERSON_1>."
RESTORED = "Dear Maria Garcia, your SSN 123-45-6789 is on file, Maria Garcia."


def _stream(route: str, reply: Reply, piece: int, split: int) -> list[dict]:
    demo = DemoUpstream(piece_size=piece)
    raw = b"".join(demo.stream_events(route, {"model": "m", "stream": True}, reply))
    decoder = SSEDecoder()
    stage = openai.ResponseRestorer(route, MAPPING)
    out = []
    for i in range(0, len(raw), split):
        for ev in decoder.feed(raw[i : i + split]):
            out.extend(stage.feed(ev))
    out.extend(stage.flush())
    return [json.loads(e.data) for e in out if e.data and e.data != "[DONE]"]


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 11])
@pytest.mark.parametrize("split", [1, 17, 4096])
def test_chat_stream_restores_at_every_split(piece: int, split: int) -> None:
    """Placeholders cut across chunks at any offset come back whole, in content and in tool arguments."""
    chunks = _stream("/v1/chat/completions", Reply(TEXT, "lookup", {"name": "<PERSON_1>"}), piece, split)
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    args = "".join(
        tc["function"].get("arguments", "")
        for c in chunks
        if c["choices"]
        for tc in c["choices"][0]["delta"].get("tool_calls") or []
    )
    assert content == RESTORED
    assert json.loads(args) == {"name": "Maria Garcia"}
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


@pytest.mark.parametrize("piece", [1, 4, 9])
def test_responses_stream_restores_deltas_and_done_events(piece: int) -> None:
    """Deltas add up to the restored text and the done/completed events carry it too."""
    events = _stream("/v1/responses", Reply(TEXT, "lookup", {"name": "<PERSON_1>"}), piece, 13)
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    args = "".join(e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta")
    done = next(e for e in events if e["type"] == "response.output_text.done")
    completed = next(e for e in events if e["type"] == "response.completed")
    assert deltas == RESTORED == done["text"]
    assert json.loads(args) == {"name": "Maria Garcia"}
    assert completed["response"]["output"][0]["content"][0]["text"] == RESTORED
    assert json.loads(completed["response"]["output"][1]["arguments"]) == {"name": "Maria Garcia"}


def test_whole_chat_body_restored() -> None:
    """A non-streamed answer has content and tool arguments restored."""
    body = DemoUpstream().whole("/v1/chat/completions", {"model": "m"}, Reply(TEXT, "f", {"who": "<PERSON_1>"}))
    out = openai.ResponseRestorer("/v1/chat/completions", MAPPING).restore_body(body)
    msg = out["choices"][0]["message"]
    assert msg["content"] == RESTORED
    assert json.loads(msg["tool_calls"][0]["function"]["arguments"]) == {"who": "Maria Garcia"}
