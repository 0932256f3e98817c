"""Added latency: a non-streamed 2 KB chat prompt through the gateway vs straight to the fake upstream, and a
growing conversation (each turn resends the history) with the scan cache on and off.

Every prompt is new (it starts with its call number), so the single-prompt figures are full scans, never cache
hits. Run: .venv/bin/python bench/latency.py [--calls 100] [--turns 10] [--conversations 5]. Prints milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.app import make_app
from gateway.audit import configure_logging
from gateway.identity.keys import issue_key
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import gateway_settings

PARAGRAPH = (
    "Please summarise the following case notes for the weekly report. The applicant, Maria Garcia, filed form "
    "I-130 on behalf of her brother; the interview took place at the field office and the officer noted that the "
    "supporting documents were complete. Contact her at maria.garcia@example.com or 202-555-0143 if the schedule "
    "changes. Her SSN 212-67-4093 appears on the attached tax transcript. "
)
PROMPT = (PARAGRAPH * 6)[:2048]


async def _time(session: aiohttp.ClientSession, url: str, headers: dict[str, str], calls: int) -> list[float]:
    out = []
    for i in range(calls):
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": f"Request {i}. {PROMPT}"[:2048]}]}
        started = time.perf_counter()
        async with session.post(url, json=body, headers=headers) as resp:
            await resp.read()
            assert resp.status == 200, resp.status
        out.append((time.perf_counter() - started) * 1000)
    return out


def _summary(name: str, values: list[float]) -> str:
    q = statistics.quantiles(values, n=20)
    return f"{name:<10} median {statistics.median(values):7.2f} ms   p95 {q[18]:7.2f} ms   n={len(values)}"


async def _conversation(
    session: aiohttp.ClientSession, url: str, headers: dict[str, str], turns: int, n: int
) -> list[float]:
    """One conversation: each turn sends the whole history plus a new 2 KB message; the time of each turn."""
    messages: list[dict[str, str]] = [{"role": "system", "content": "You help USCIS staff write case summaries."}]
    out = []
    for turn in range(turns):
        messages.append({"role": "user", "content": f"Conversation {n}, turn {turn}. {PROMPT}"[:2048]})
        started = time.perf_counter()
        async with session.post(url, json={"model": "gpt-4o", "messages": messages}, headers=headers) as resp:
            answer = await resp.json()
            assert resp.status == 200, resp.status
        out.append((time.perf_counter() - started) * 1000)
        messages.append({"role": "assistant", "content": answer["choices"][0]["message"]["content"][:600]})
    return out


async def _gateway(base: str, users: Path, **limits: int) -> TestServer:
    settings = gateway_settings(base, users, limits={"max_body_bytes": 1_048_576, **limits})
    server = TestServer(make_app(settings, watch_rules=False), host="127.0.0.1")
    await server.start_server()
    return server


async def main(calls: int, turns: int, conversations: int) -> None:
    configure_logging(None, stream=io.StringIO())  # keep the per-request audit lines off the report
    fake = FakeUpstream()
    base = await fake.start()
    with tempfile.TemporaryDirectory() as tmp:
        users = Path(tmp) / "users.yaml"
        key = issue_key(users, "bench", approved_by="bench", trained_on=date.today())
        headers = {"authorization": f"Bearer {key}"}
        server = await _gateway(base, users)
        gw = str(server.make_url("")).rstrip("/")
        async with aiohttp.ClientSession() as session:
            await _time(session, gw + "/v1/chat/completions", headers, 5)  # warm-up
            await _time(session, base + "/v1/chat/completions", {}, 5)
            direct = await _time(session, base + "/v1/chat/completions", {}, calls)
            through = await _time(session, gw + "/v1/chat/completions", headers, calls)
            cached = [
                await _conversation(session, gw + "/v1/chat/completions", headers, turns, n)
                for n in range(conversations)
            ]
            uncached_server = await _gateway(base, users, scan_cache_entries=0)
            gw0 = str(uncached_server.make_url("")).rstrip("/")
            uncached = [
                await _conversation(session, gw0 + "/v1/chat/completions", headers, turns, n + conversations)
                for n in range(conversations)
            ]
            await uncached_server.close()
        await server.close()
    await fake.close()
    print(f"2 KB non-streamed chat prompt, {calls} sequential calls each")
    print(_summary("direct", direct))
    print(_summary("gateway", through))
    print(f"added latency (median): {statistics.median(through) - statistics.median(direct):.2f} ms")
    print(f"\nconversation of {turns} turns (2 KB per user turn, history resent), {conversations} conversations")
    for name, runs in (("cache on", cached), ("cache off", uncached)):
        last = statistics.median(r[-1] for r in runs)
        mean = statistics.mean(t for r in runs for t in r)
        print(f"{name:<10} turn {turns} median {last:7.2f} ms   mean over all turns {mean:7.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--conversations", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.calls, args.turns, args.conversations))
