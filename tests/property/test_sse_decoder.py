"""The SSE decoder yields the same events however the stream is cut into chunks, gives back what it was sent, and on
bytes that are not a valid stream raises nothing but ``ValueError`` (``UnicodeDecodeError`` is one)."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from gateway.sse import SSEDecoder, SSEEvent, encode_event

FIELD_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=30)
EVENTS = st.lists(
    st.tuples(
        st.lists(FIELD_TEXT, min_size=1, max_size=3).map("\n".join),
        st.none() | FIELD_TEXT.filter(lambda s: s.strip() == s and s != ""),
        st.none() | FIELD_TEXT.filter(lambda s: s.strip() == s and s != ""),
    ),
    max_size=6,
)
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(max(c, 0), len(data)) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


def _decode(chunks: list[bytes]) -> list[tuple[str, str | None, str | None, bytes | None]]:
    decoder = SSEDecoder()
    events: list[SSEEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return [(e.data, e.event, e.id, e.raw) for e in events]


@given(events=EVENTS, cuts=st.lists(st.integers(0, 2000), max_size=12))
def test_encoded_events_come_back_whatever_the_chunking(
    events: list[tuple[str, str | None, str | None]], cuts: list[int]
) -> None:
    stream = b"".join(encode_event(data, event, event_id) for data, event, event_id in events)
    decoded = _decode(_cut(stream, cuts))
    assert [(d, e, i) for d, e, i, _ in decoded] == events
    assert b"".join(raw or b"" for *_, raw in decoded) == stream  # unchanged events pass through byte for byte


@given(
    lines=st.lists(
        st.sampled_from(["data: x", "data:é", "event: e", "id: 7", ": keep-alive", "retry: 10", "", 'data: {"a":1}'])
        | FIELD_TEXT,
        max_size=12,
    ),
    ends=st.lists(LINE_ENDS, min_size=12, max_size=12),
    cuts=st.lists(st.integers(0, 400), max_size=10),
)
def test_any_text_stream_decodes_the_same_for_any_chunking(lines: list[str], ends: list[str], cuts: list[int]) -> None:
    stream = "".join(line + end for line, end in zip(lines, ends, strict=False)).encode()
    assert _decode(_cut(stream, cuts)) == _decode([stream])


@given(data=st.binary(max_size=300), cuts=st.lists(st.integers(0, 300), max_size=8))
def test_arbitrary_bytes_raise_only_value_error(data: bytes, cuts: list[int]) -> None:
    with contextlib.suppress(ValueError):
        _decode(_cut(data, cuts))


@given(events=EVENTS, end=LINE_ENDS, cuts=st.lists(st.integers(0, 2000), max_size=12))
def test_crlf_and_cr_line_ends_give_the_same_events(
    events: list[tuple[str, str | None, str | None]], end: str, cuts: list[int]
) -> None:
    """Vendors and proxies may end lines with CRLF or CR; the events are the same."""
    stream = b"".join(encode_event(data, event, event_id) for data, event, event_id in events)
    decoded = _decode(_cut(stream.replace(b"\n", end.encode()), cuts))
    assert [(d, e, i) for d, e, i, _ in decoded] == events
