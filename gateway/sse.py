"""Sans-io server-sent events codec: bytes in, events out (``feed``/``flush``), and events back to bytes."""

from __future__ import annotations

from dataclasses import dataclass


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
    """Splits a byte stream into events at blank lines, whatever the chunking; comments pass through in ``raw``."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        self._buffer += chunk
        events = []
        while True:
            end, sep_len = _find_boundary(self._buffer)
            if end < 0:
                break
            block = self._buffer[: end + sep_len]
            self._buffer = self._buffer[end + sep_len :]
            event = _parse(block)
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> list[SSEEvent]:
        """The last event of a stream that did not end with a blank line."""
        block, self._buffer = self._buffer, b""
        if not block.strip():
            return []
        event = _parse(block + b"\n\n")
        return [event] if event is not None else []


def _find_boundary(buffer: bytes) -> tuple[int, int]:
    best = (-1, 0)
    for sep in (b"\n\n", b"\r\n\r\n", b"\r\r"):
        i = buffer.find(sep)
        if i >= 0 and (best[0] < 0 or i < best[0]):
            best = (i, len(sep))
    return best


def _parse(block: bytes) -> SSEEvent | None:
    text = block.decode("utf-8")
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
