"""CPU per streamed event in the answer path, in process: SSE decoding, the shape check, the restorer, encoding.
The restorer's fast path against the same restorer restoring every event (as it did before the fast path), on a
500-delta answer in which every 100th delta repeats a placeholder, for OpenAI chat chunks and Anthropic events.
The first column is the path without a restorer (no placeholder, no notice): decoding, checking, encoding. A
restorer checks each event on the object it parses, so every column parses each event once.

Run: .venv/bin/python bench/stream_cpu.py [--reps 40]. Prints microseconds of CPU per event (median of reps).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.protocols import anthropic, openai
from gateway.protocols.base import Adapter, event_payload
from gateway.sse import SSEDecoder, SSEEvent

MAPPING = {"<PERSON_1>": "Maria Garcia", "<EMAIL_ADDRESS_1>": "maria@example.com", "<US_SSN_1>": "212-67-4093"}
NOTICE = "Checked by the gateway."


def _delta(i: int) -> str:
    return " <PERSON_1> said" if i % 100 == 99 else " word"


def openai_stream(n: int) -> list[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        payload = {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "gpt-4o",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"

    return [*(chunk({"content": _delta(i)}) for i in range(n)), chunk({}, "stop"), b"data: [DONE]\n\n"]


def anthropic_stream(n: int) -> list[bytes]:
    def event(name: str, payload: dict[str, Any]) -> bytes:
        return f"event: {name}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()

    start = {"type": "message_start", "message": {"id": "m", "role": "assistant", "content": [], "model": "c"}}
    block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    return [
        event("message_start", start),
        event("content_block_start", block),
        *(
            event(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": _delta(i)}},
            )
            for i in range(n)
        ),
        event("content_block_stop", {"type": "content_block_stop", "index": 0}),
        event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"}}),
        event("message_stop", {"type": "message_stop"}),
    ]


class _Parsing:
    def _passes_unchanged(self, event: SSEEvent) -> bool:
        return False


class ParsingOpenAI(_Parsing, openai.ResponseRestorer):
    pass


class ParsingAnthropic(_Parsing, anthropic.ResponseRestorer):
    pass


def per_event_us(chunks: list[bytes], adapter: Adapter, make: Any, reps: int) -> float:
    samples = []
    for _ in range(reps):
        started = time.process_time()
        decoder, stage = SSEDecoder(), make() if make else None
        for c in chunks:
            for e in decoder.feed(c):
                if stage is None:
                    event_payload(e, adapter.check_event)
                for r in stage.feed(e) if stage else (e,):
                    r.encode()
        if stage:
            for r in stage.flush():
                r.encode()
        samples.append((time.process_time() - started) / len(chunks) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=40)
    args = parser.parse_args()
    print(f"{'stream':<24}{'no restorer':>15}{'restoring every event':>23}{'fast path':>11}  (µs CPU per event)")
    cases = [
        ("openai chat", openai_stream(500), openai, "/v1/chat/completions", ParsingOpenAI),
        ("anthropic messages", anthropic_stream(500), anthropic, "/v1/messages", ParsingAnthropic),
    ]
    for name, chunks, adapter, route, parsing in cases:
        for notice in (None, NOTICE):
            base = per_event_us(chunks, adapter, None, args.reps)
            slow = per_event_us(chunks, adapter, lambda p=parsing, n=notice, r=route: p(r, MAPPING, n), args.reps)
            fast = per_event_us(
                chunks, adapter, lambda a=adapter, n=notice, r=route: a.ResponseRestorer(r, MAPPING, n), args.reps
            )
            label = name + (" + notice" if notice else "")
            print(f"{label:<24}{base:>15.2f}{slow:>23.2f}{fast:>11.2f}", flush=True)


if __name__ == "__main__":
    main()
