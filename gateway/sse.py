"""Sans-io server-sent events codec: bytes in, events out (``feed``/``flush``), and events back to bytes.

The decoder is linear in the bytes it is fed, however they are chunked, and refuses an event larger than its cap
(``SSEError``), as it refuses one that is not UTF-8: a vendor's stream cannot make the gateway buffer without end.
"""

from __future__ import annotations

from dataclasses import dataclass

_SEPARATORS = (b"\n\n", b"\r\n\r\n", b"\r\r")
_LONGEST_SEPARATOR = 4


class SSEError(ValueError):
    """The stream is not one the gateway can pass on: an event over the size cap, or not UTF-8. No content inside."""


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One event of a stream; ``raw`` is the exact bytes it arrived as (kept so unchanged events pass verbatim)."""

    data: str
    event: str | None = None
    id: str | None = None
    raw: bytes | None = None

    def encode(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return encode_event(self.data, self.event, self.id)


def encode_event(data: str, event: str | None = None, event_id: str | None = None) -> bytes:
    lines = []
    if event is not None:
        lines.append(f"event: {event}")
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.extend(f"data: {line}" for line in data.split("\n"))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


class SSEDecoder:
    """Splits a byte stream into events at blank lines, whatever the chunking; comments pass through in ``raw``.

    ``max_event_bytes`` caps one event (None: no cap). Bytes already searched for a blank line are not searched
    again, and the buffer is trimmed once per ``feed``, so a long event costs time in proportion to its length.
    """

    def __init__(self, max_event_bytes: int | None = None) -> None:
        self._buffer = bytearray()
        self._searched = 0  # the buffer holds no separator that starts before this offset
        self._max = max_event_bytes

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        buf = self._buffer
        buf += chunk
        events = []
        start = 0
        # where each separator next occurs at or after ``pos`` (-1: nowhere in the buffer; None: not searched yet):
        # a separator is searched again only once a block has ended past it, so many events in one chunk cost one
        # pass over the chunk per separator
        found: list[int | None] = [None] * len(_SEPARATORS)
        pos = self._searched
        while True:
            end, sep_len = -1, 0
            for i, sep in enumerate(_SEPARATORS):
                at = found[i]
                if at is None or 0 <= at < pos:
                    at = found[i] = buf.find(sep, pos)
                if at >= 0 and (end < 0 or at < end):
                    end, sep_len = at, len(sep)
            if end < 0:
                break
            block = bytes(buf[start : end + sep_len])
            start = pos = end + sep_len
            self._check_size(len(block))
            event = _parse(block)
            if event is not None:
                events.append(event)
        if start:
            del buf[:start]
        self._searched = max(0, len(buf) - _LONGEST_SEPARATOR + 1)
        self._check_size(len(buf))
        return events

    def flush(self) -> list[SSEEvent]:
        """The last event of a stream that did not end with a blank line."""
        block = bytes(self._buffer)
        self._buffer = bytearray()
        self._searched = 0
        if not block.strip():
            return []
        event = _parse(block + b"\n\n")
        return [event] if event is not None else []

    def _check_size(self, size: int) -> None:
        if self._max is not None and size > self._max:
            raise SSEError(f"an upstream event is larger than {self._max} bytes")


def _parse(block: bytes) -> SSEEvent | None:
    if block.startswith(b"data: ") and block.find(b"\n", 6) == len(block) - 2 and b"\r" not in block:
        # the common event, one data line ending in a blank line: its data without splitting lines
        try:
            return SSEEvent(data=block[6:-2].decode("utf-8"), raw=block)
        except UnicodeDecodeError:
            raise SSEError("an upstream event is not valid UTF-8") from None
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        raise SSEError("an upstream event is not valid UTF-8") from None
    data: list[str] = []
    event: str | None = None
    event_id: str | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line or line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
        elif name == "id":
            event_id = value
    if not data and event is None:
        # comments, keep-alives and retry hints: forward as they came
        return SSEEvent(data="", raw=block) if text.strip() else None
    return SSEEvent(data="\n".join(data), event=event, id=event_id, raw=block)
