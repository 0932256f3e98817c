"""The SSE codec, without a socket."""

from __future__ import annotations

import pytest

from gateway.sse import SSEDecoder, SSEEvent, encode_event

STREAM = (
    b'event: content_block_delta\ndata: {"a": 1}\n\n'
    b": keep-alive comment\n\n"
    b'data: {"b": "two\\nlines"}\n\n'
    b"data: first\ndata: second\n\n"
    b"data: [DONE]\n\n"
)


def _decode(chunks: list[bytes]) -> list[SSEEvent]:
    d = SSEDecoder()
    events = [e for c in chunks for e in d.feed(c)]
    return events + d.flush()


def test_whole_stream_decodes_into_events() -> None:
    """Each blank-line-separated block becomes one event with its name and joined data lines."""
    events = _decode([STREAM])
    assert [(e.event, e.data) for e in events] == [
        ("content_block_delta", '{"a": 1}'),
        (None, ""),
        (None, '{"b": "two\\nlines"}'),
        (None, "first\nsecond"),
        (None, "[DONE]"),
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_any_byte_split_gives_the_same_events(size: int) -> None:
    """Splitting the bytes anywhere yields the same events with the same raw bytes."""
    whole = _decode([STREAM])
    split = _decode([STREAM[i : i + size] for i in range(0, len(STREAM), size)])
    assert [(e.event, e.data, e.raw) for e in split] == [(e.event, e.data, e.raw) for e in whole]


def test_unchanged_events_reencode_byte_for_byte() -> None:
    """Events that pass untouched are written back exactly as they arrived."""
    assert b"".join(e.encode() for e in _decode([STREAM])) == STREAM


def test_crlf_and_missing_final_blank_line() -> None:
    """CRLF line endings parse, and a last event without a blank line comes out of flush()."""
    events = _decode([b"event: x\r\ndata: 1\r\n\r\ndata: tail"])
    assert [(e.event, e.data) for e in events] == [("x", "1"), (None, "tail")]


def test_encode_event_round_trips_multiline_data() -> None:
    """A data value with newlines is written as several data lines and reads back the same."""
    raw = encode_event("a\nb", "ev")
    assert _decode([raw])[0].data == "a\nb"
