"""The SSE codec, without a socket."""

from __future__ import annotations

import pytest

from gateway.sse import SSEDecoder, SSEError, SSEEvent, encode_event

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


def test_an_event_over_the_cap_is_refused_as_it_grows() -> None:
    """Bytes without a blank line past max_event_bytes raise, without waiting for the event to end."""
    d = SSEDecoder(max_event_bytes=1000)
    d.feed(b"data: " + b"x" * 900)
    with pytest.raises(SSEError, match="larger than 1000 bytes"):
        d.feed(b"x" * 200)


def test_invalid_utf8_is_an_sse_error_without_content() -> None:
    """An event that is not UTF-8 raises SSEError, whose message holds none of the event's bytes."""
    with pytest.raises(SSEError) as err:
        SSEDecoder().feed(b"data: secret \xff\xfe\n\n")
    assert "secret" not in str(err.value)


def test_a_long_event_fed_in_small_chunks_decodes_whole() -> None:
    """A 2 MB event in 1 KB chunks, a separator split across chunks, comes out as one event (the decoder does
    not search the same bytes again at each chunk, so this stays linear)."""
    payload = b"data: " + b"y" * 2_000_000 + b"\r\n\r\n" + b"data: next\n\n"
    d = SSEDecoder()
    events = [e for i in range(0, len(payload), 1024) for e in d.feed(payload[i : i + 1024])]
    assert [len(e.data) for e in events] == [2_000_000, 4]


def test_many_events_of_mixed_separators_in_one_chunk() -> None:
    """Thousands of events in one chunk, separated by LF, CRLF and CR blank lines in turn, decode to the same
    events and raw bytes as the same bytes fed one at a time (each separator is searched once per chunk)."""
    seps = (b"\n\n", b"\r\n\r\n", b"\r\r")
    stream = b"".join(b'data: {"n": %d}' % i + seps[i % 3] for i in range(3000))
    whole = _decode([stream])
    assert [e.data for e in whole] == [f'{{"n": {i}}}' for i in range(3000)]
    bytewise = _decode([stream[i : i + 1] for i in range(len(stream))])
    assert [(e.data, e.raw) for e in bytewise] == [(e.data, e.raw) for e in whole]


def test_a_lone_cr_inside_a_data_line_still_ends_the_line() -> None:
    """The one-data-line shortcut leaves an event holding a CR to the full parse, which ends the line there."""
    assert [(e.data, e.raw) for e in _decode([b"data: a\rb\n\n"])] == [("a", b"data: a\rb\n\n")]
