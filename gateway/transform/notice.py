"""The review notice: one line telling the reader that the gateway checked the answer, added where each wire shape
shows it as part of the answer.

- OpenAI chat completions: at the end of the first choice's content; streamed, in the chunk that finishes that
  choice, unless it finishes in a tool call.
- OpenAI Responses: at the end of the first output text; streamed, as one more text delta before that part is done,
  then the same words in every later event that repeats the part.
- Anthropic Messages: a last text block; streamed, a whole block just before ``message_delta``.

A restorer holds one ``Notice`` and hands it every event it parses, after restoring it; ``leaves`` tells the
restorer's fast path which raw events the notice cannot concern.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from gateway.sse import SSEEvent
from gateway.transform.restore import dumps

SEPARATOR = "\n\n"


class Notice(Protocol):
    def add_to_body(self, body: dict[str, Any]) -> None:
        """A whole answer: add the notice in place."""

    def leaves(self, event: SSEEvent) -> bool:
        """Read on the raw event, unparsed: whether the notice cannot concern it."""

    def add_to_event(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        """A streamed event, parsed and restored: the events to send just before it, and whether ``payload``
        changed."""


class NoNotice:
    """No notice configured, or a route whose answer is not a chat."""

    def add_to_body(self, body: dict[str, Any]) -> None:
        return

    def leaves(self, event: SSEEvent) -> bool:
        return True

    def add_to_event(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        return [], False


NO_NOTICE = NoNotice()


class ChatNotice:
    """OpenAI chat completions."""

    def __init__(self, line: str) -> None:
        self._line = line
        self._pending = True  # a streamed answer gets it once

    def add_to_body(self, body: dict[str, Any]) -> None:
        for choice in body.get("choices") or []:
            msg = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(msg, dict) and choice.get("index", 0) == 0 and isinstance(msg.get("content"), str):
                msg["content"] += SEPARATOR + self._line

    def leaves(self, event: SSEEvent) -> bool:
        return not self._pending or _all_unfinished(event.data)

    def add_to_event(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        if not self._pending:
            return [], False
        for choice in payload.get("choices") or []:
            if not isinstance(choice, dict) or choice.get("finish_reason") in (None, "tool_calls"):
                continue
            if choice.get("index", 0) == 0:
                delta = choice.setdefault("delta", {})
                delta["content"] = (delta.get("content") or "") + SEPARATOR + self._line
                self._pending = False
                return [], True
        return [], False


_UNFINISHED = re.compile(r'"finish_reason"\s*:\s*null\b')


def _all_unfinished(data: str) -> bool:
    """Every choice in a raw chunk says ``"finish_reason": null`` (a quoted key inside a string value would be
    escaped, so cannot match)."""
    keys = data.count('"finish_reason"')
    return keys == data.count('"finish_reason":null') or keys == len(_UNFINISHED.findall(data))


# the Responses API events whose text the restorer streams; only the first concerns the notice
_TEXT_DONE = "response.output_text.done"
_STREAMED_TEXT = frozenset(
    {
        _TEXT_DONE,
        "response.output_text.delta",
        "response.refusal.delta",
        "response.refusal.done",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
    }
)


class ResponsesNotice:
    """The OpenAI Responses API."""

    def __init__(self, line: str) -> None:
        self._line = line
        self._noticed: tuple[Any, Any] | None = None  # (output_index, content_index) of the part that got it

    def add_to_body(self, body: dict[str, Any]) -> None:
        part = _first_output_text(body.get("output"))
        if part is not None:
            part["text"] += SEPARATOR + self._line

    def leaves(self, event: SSEEvent) -> bool:
        return (event.event or "").endswith(".delta")

    def add_to_event(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        etype = payload.get("type")
        if etype in _STREAMED_TEXT:
            if etype == _TEXT_DONE and self._noticed is None:
                return [self._delta(payload)], True
            return [], False
        if etype == "response.content_part.done" and isinstance(payload.get("part"), dict):
            at = (payload.get("output_index"), payload.get("content_index"))
            return [], self._noticed == at and self._append(payload["part"])
        if etype == "response.output_item.done" and isinstance(payload.get("item"), dict):
            return [], self._append_in_item(payload["item"], payload.get("output_index"))
        if isinstance(payload.get("response"), dict):
            output = payload["response"].get("output") or []
            return [], any([self._append_in_item(item, index) for index, item in enumerate(output)])
        return [], False

    def _delta(self, done: dict[str, Any]) -> SSEEvent:
        """The notice as one more text delta of the first text part, which ``done`` ends (its text gets it too)."""
        self._noticed = (done.get("output_index"), done.get("content_index"))
        suffix = SEPARATOR + self._line
        done["text"] = (done.get("text") or "") + suffix
        delta = {k: v for k, v in done.items() if k not in ("text", "logprobs")}
        delta["type"] = "response.output_text.delta"
        delta["delta"] = suffix
        return SSEEvent(data=dumps(delta), event="response.output_text.delta")

    def _append(self, part: dict[str, Any]) -> bool:
        if not isinstance(part.get("text"), str):
            return False
        part["text"] += SEPARATOR + self._line
        return True

    def _append_in_item(self, item: object, output_index: object) -> bool:
        if self._noticed is None or self._noticed[0] != output_index or not isinstance(item, dict):
            return False
        parts = item.get("content") or []
        index = self._noticed[1]
        if isinstance(index, int) and 0 <= index < len(parts) and isinstance(parts[index], dict):
            return self._append(parts[index])
        return False


def _first_output_text(output: object) -> dict[str, Any] | None:
    for item in output if isinstance(output, list) else []:
        if isinstance(item, dict) and item.get("type") == "message":
            for part in item.get("content") or []:
                if isinstance(part, dict) and part.get("type") == "output_text" and isinstance(part.get("text"), str):
                    return part
    return None


class MessagesNotice:
    """Anthropic Messages."""

    def __init__(self, line: str) -> None:
        self._line: str | None = line  # None once a streamed answer got it
        self._next_index = 0  # the index a last block takes

    def add_to_body(self, body: dict[str, Any]) -> None:
        if isinstance(body.get("content"), list):
            body["content"].append({"type": "text", "text": self._line})

    def leaves(self, event: SSEEvent) -> bool:
        return event.event == "content_block_delta"  # its block's index came with its content_block_start

    def add_to_event(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        index = payload.get("index", 0)
        if isinstance(index, int):
            self._next_index = max(self._next_index, index + 1)
        if payload.get("type") != "message_delta" or self._line is None:
            return [], False
        index, text, self._line = self._next_index, self._line, None
        events: list[tuple[str, dict[str, Any]]] = [
            (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
            ),
            (
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": text}},
            ),
            ("content_block_stop", {"type": "content_block_stop", "index": index}),
        ]
        return [SSEEvent(data=dumps(p), event=name) for name, p in events], False
