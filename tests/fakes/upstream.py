"""A fake approved upstream for tests: the demo upstream's real wire formats, plus a record of what arrived
and control over how replies are built and how stream bytes are split."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

from gateway.upstream.demo import DemoUpstream, Reply, Responder, echo


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeUpstream(DemoUpstream):
    """Records every request; ``split`` cuts streams into byte chunks of that size; ``fail_with`` answers an error."""

    def __init__(self, responder: Responder = echo, *, piece_size: int = 12) -> None:
        super().__init__(responder, piece_size=piece_size)
        self.received: list[Received] = []
        self.split: int | None = None
        self.fail_with: tuple[int, dict[str, Any]] | None = None
        self.cut_after: int | None = None  # drop the connection after this many stream bytes
        self.server: TestServer | None = None

    async def on_request(self, request: web.Request, body: dict[str, Any]) -> None:
        self.received.append(Received(request.path, dict(request.headers), body))
        if self.fail_with is not None:
            status, payload = self.fail_with
            raise _error(status, payload)

    def chunk_bytes(self, events: list[bytes]) -> Iterator[bytes]:
        data = b"".join(events)
        if self.cut_after is not None:
            yield data[: self.cut_after]
            raise ConnectionAbortedError("fake upstream drops the stream")
        if self.split is None:
            yield from events
            return
        for i in range(0, len(data), self.split):
            yield data[i : i + self.split]

    @property
    def everything(self) -> str:
        """Every request that arrived, as one string, for 'nothing of it reached the vendor' checks."""
        return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in self.received)

    async def start(self) -> str:
        self.server = TestServer(self.app(), host="127.0.0.1")
        await self.server.start_server()
        return str(self.server.make_url("")).rstrip("/")

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()


_ERRORS: dict[int, type[web.HTTPException]] = {
    400: web.HTTPBadRequest,
    401: web.HTTPUnauthorized,
    429: web.HTTPTooManyRequests,
    500: web.HTTPInternalServerError,
    503: web.HTTPServiceUnavailable,
}


def _error(status: int, payload: dict[str, Any]) -> web.HTTPException:
    return _ERRORS[status](text=json.dumps(payload), content_type="application/json")


def reply_with_tool(tool: str, **arguments: Any) -> Responder:
    """A responder that echoes the last user message and calls ``tool`` with ``arguments`` (placeholders echoed)."""

    def responder(route: str, body: dict[str, Any]) -> Reply:
        return Reply(echo(route, body).text, tool, arguments)

    return responder
