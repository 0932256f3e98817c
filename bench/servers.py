"""The other processes of the side-by-side benchmark (bench/compare.py), each run as its own process:

- ``upstream``: a fake OpenAI chat-completions upstream. A whole answer repeats the start of the last message
  (so placeholders come back to be restored); a streamed one sends ``max_tokens`` deltas, one event per write,
  every 50th delta repeating the first placeholder of the last message.
- ``passthrough``: a plain aiohttp proxy, the floor: bytes in, bytes out, chunk by chunk.
- ``vanilla``: the tool to beat: Presidio's default ``AnalyzerEngine`` (on the same spaCy model, as the eval's
  baseline builds it) and ``AnonymizerEngine`` on every message, off the event loop, then the same forwarding.

Run: python bench/servers.py {upstream,passthrough,vanilla} --port P [--upstream URL]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*>")
WHOLE_ANSWER_CHARS = 300


def _last_text(body: dict[str, Any]) -> str:
    content = (body.get("messages") or [{}])[-1].get("content")
    return content if isinstance(content, str) else ""


def _chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    payload = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


async def upstream(request: web.Request) -> web.StreamResponse:
    body = await request.json()
    text = _last_text(body)
    if not body.get("stream"):
        answer = {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 1,
            "model": body.get("model"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "You wrote: " + text[:WHOLE_ANSWER_CHARS]},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": len(text) // 4, "completion_tokens": 80, "total_tokens": len(text) // 4 + 80},
        }
        return web.json_response(answer)
    found = _PLACEHOLDER.search(text)
    special = f" {found.group(0)}" if found else " name"
    resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
    await resp.prepare(request)
    await resp.write(_chunk({"role": "assistant", "content": ""}))
    for i in range(int(body.get("max_tokens") or 500)):
        await resp.write(_chunk({"content": special if i % 50 == 49 else " word"}))
    await resp.write(_chunk({}, "stop"))
    await resp.write(b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


class Forwarder:
    """Forwards a request to the upstream and the answer back, chunk by chunk; ``rewrite`` may change the body."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.session: aiohttp.ClientSession | None = None

    async def start(self, app: web.Application) -> None:
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))

    async def stop(self, app: web.Application) -> None:
        assert self.session is not None
        await self.session.close()

    async def rewrite(self, raw: bytes) -> bytes:
        return raw

    async def handle(self, request: web.Request) -> web.StreamResponse:
        assert self.session is not None
        raw = await self.rewrite(await request.read())
        headers = {"content-type": "application/json"}
        async with self.session.post(self.base + request.path, data=raw, headers=headers) as up:
            out = web.StreamResponse(status=up.status, headers={"content-type": up.headers.get("content-type", "")})
            await out.prepare(request)
            async for chunk in up.content.iter_any():
                await out.write(chunk)
            await out.write_eof()
            return out


class VanillaPresidioProxy(Forwarder):
    def __init__(self, base: str) -> None:
        super().__init__(base)
        from presidio_anonymizer import AnonymizerEngine

        from gateway.detect.eval.vanilla import VanillaPresidio

        self.analyzer = VanillaPresidio()._engine
        self.anonymizer = AnonymizerEngine()
        self.pool = ThreadPoolExecutor(max_workers=1)
        self._redact(["Warm-up of the scan pipeline, Maria Garcia."])

    def _redact(self, texts: list[str]) -> list[str]:
        out = []
        for text in texts:
            results = self.analyzer.analyze(text=text, language="en")
            out.append(self.anonymizer.anonymize(text=text, analyzer_results=results).text)  # type: ignore[arg-type]
        return out

    async def rewrite(self, raw: bytes) -> bytes:
        body = json.loads(raw)
        messages = [m for m in body.get("messages") or [] if isinstance(m.get("content"), str)]
        texts = [m["content"] for m in messages]
        redacted = await asyncio.get_running_loop().run_in_executor(self.pool, self._redact, texts)
        for message, text in zip(messages, redacted, strict=True):
            message["content"] = text
        return json.dumps(body).encode()


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=("upstream", "passthrough", "vanilla"))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", default="")
    args = parser.parse_args()
    app = web.Application(client_max_size=8 * 1024 * 1024)
    app.router.add_get("/healthz", healthz)
    if args.role == "upstream":
        app.router.add_post("/v1/chat/completions", upstream)
    else:
        forwarder = VanillaPresidioProxy(args.upstream) if args.role == "vanilla" else Forwarder(args.upstream)
        app.on_startup.append(forwarder.start)
        app.on_cleanup.append(forwarder.stop)
        app.router.add_post("/v1/chat/completions", forwarder.handle)
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
