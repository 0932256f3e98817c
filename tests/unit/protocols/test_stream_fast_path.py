"""The streaming fast path: events in which no placeholder can start pass through untouched, and every stream
reads exactly as it does when every event is parsed."""

from __future__ import annotations

import json

import pytest

from gateway.protocols import anthropic, openai
from gateway.sse import SSEDecoder, SSEEvent
from gateway.upstream.demo import DemoUpstream, Reply

MAPPING = {"<PERSON_1>": "Maria Garcia", "<US_SSN_1>": "123-45-6789"}
TEXT = "Dear <PERSON_1>, the long answer goes on for a while; your SSN <US_SSN_1> is on file, <PERSON_1>. Bye."
RESTORED = TEXT.replace("<PERSON_1>", "Maria Garcia").replace("<US_SSN_1>", "123-45-6789")
NOTICE = "Checked by the gateway."
ROUTES = [("/v1/chat/completions", openai), ("/v1/responses", openai), ("/v1/messages", anthropic)]


class _AlwaysParsing:
    """The same restorer with the fast path switched off: what the fast path must agree with."""

    def _passes_unchanged(self, event: SSEEvent) -> bool:
        return False


class SlowOpenAI(_AlwaysParsing, openai.ResponseRestorer):
    pass


class SlowAnthropic(_AlwaysParsing, anthropic.ResponseRestorer):
    pass


SLOW = {openai: SlowOpenAI, anthropic: SlowAnthropic}


def _raw(route: str, piece: int) -> bytes:
    reply = Reply(TEXT, "lookup", {"name": "<PERSON_1>"})
    return b"".join(DemoUpstream(piece_size=piece).stream_events(route, {"model": "m", "stream": True}, reply))


def _run(stage: object, raw: bytes, split: int) -> list[SSEEvent]:
    decoder = SSEDecoder()
    out: list[SSEEvent] = []
    for i in range(0, len(raw), split):
        for ev in decoder.feed(raw[i : i + split]):
            out.extend(stage.feed(ev))  # type: ignore[attr-defined]
    out.extend(stage.flush())  # type: ignore[attr-defined]
    return out


def _read(events: list[SSEEvent]) -> list[tuple[str | None, object]]:
    return [(e.event, json.loads(e.data) if e.data and e.data != "[DONE]" else e.data) for e in events]


@pytest.mark.parametrize(("route", "adapter"), ROUTES)
@pytest.mark.parametrize("notice", [None, NOTICE])
@pytest.mark.parametrize("piece", [1, 3, 7, 40])
@pytest.mark.parametrize("split", [1, 29, 8192])
def test_fast_path_reads_as_the_parsing_path(route: str, adapter: object, notice: str | None, piece: int, split: int):
    raw = _raw(route, piece)
    fast = _run(adapter.ResponseRestorer(route, MAPPING, notice), raw, split)  # type: ignore[attr-defined]
    slow = _run(SLOW[adapter](route, MAPPING, notice), raw, split)  # type: ignore[index]
    assert _read(fast) == _read(slow)
    text = json.dumps(_read(fast))
    assert "<PERSON_1>" not in text and "Maria Garcia" in text
    if route != "/v1/chat/completions":  # a chat answer that ends in a tool call gets no notice
        assert (NOTICE in text) == (notice is not None)


@pytest.mark.parametrize(("route", "adapter"), ROUTES)
def test_events_without_a_placeholder_pass_byte_for_byte(route: str, adapter: object) -> None:
    """An event that needs no change is written as the exact bytes it arrived as, not re-serialised."""
    raw = _raw(route, 5)
    events = SSEDecoder().feed(raw)
    stage = adapter.ResponseRestorer(route, MAPPING)  # type: ignore[attr-defined]
    passed = 0
    for ev in events:
        quiet = "<" not in ev.data and not stage._ch.any_holding()
        out = stage.feed(ev)
        if quiet:
            assert len(out) == 1 and out[0] is ev and out[0].encode() == ev.raw
            passed += 1
    assert passed > len(events) // 2


@pytest.mark.parametrize("escaped", ["\\u003cPERSON_1>", "\\u003CPERSON_1>"])
def test_a_placeholder_spelled_as_a_json_escape_is_still_restored(escaped: str) -> None:
    chat = openai.ResponseRestorer("/v1/chat/completions", MAPPING)
    data = '{"choices":[{"index":0,"delta":{"content":"Hi ' + escaped + '!"},"finish_reason":null}]}'
    (out,) = chat.feed(SSEEvent(data=data, raw=b"data: " + data.encode() + b"\n\n"))
    assert json.loads(out.data)["choices"][0]["delta"]["content"] == "Hi Maria Garcia!"
    messages = anthropic.ResponseRestorer("/v1/messages", MAPPING)
    data = '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi ' + escaped + '!"}}'
    (out,) = messages.feed(SSEEvent(data=data, event="content_block_delta"))
    assert json.loads(out.data)["delta"]["text"] == "Hi Maria Garcia!"


def test_a_finishing_chunk_with_spaces_still_gets_the_notice() -> None:
    """The notice decision reads finish_reason however the upstream spaces its JSON."""
    chat = openai.ResponseRestorer("/v1/chat/completions", MAPPING, NOTICE)
    first = '{"choices": [{"index": 0, "delta": {"content": "Hello"}, "finish_reason": null}]}'
    last = '{"choices": [{"index": 0, "delta": {}, "finish_reason" : "stop"}]}'
    assert chat.feed(SSEEvent(data=first))[0].data == first
    (out,) = chat.feed(SSEEvent(data=last))
    assert NOTICE in json.loads(out.data)["choices"][0]["delta"]["content"]
