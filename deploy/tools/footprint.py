"""Resident memory and CPU time of one `serve` worker, to size the pods' resource requests (deploy/README.md).

Starts `python -m gateway serve --workers 1` on the built-in demo upstream, sends CALLS non-streamed 2 KB prompts
(each new, so each is a full scan) and reads the process's RSS and CPU seconds from /proc before and after.
CPU time, not wall time, so other load on the machine does not skew it. Run from the repository root:
  .venv/bin/python deploy/tools/footprint.py [--calls 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.latency import PROMPT  # noqa: E402  (the latency benchmark's 2 KB prompt with personal data)
from gateway.identity.keys import issue_key  # noqa: E402


def _proc(pid: int) -> tuple[float, float]:
    """(RSS in MiB, user+system CPU seconds) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    rss_pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return rss_pages * os.sysconf("SC_PAGE_SIZE") / 2**20, (int(fields[11]) + int(fields[12])) / tick


async def _drive(url: str, key: str, calls: int) -> None:
    headers = {"authorization": f"Bearer {key}"}
    async with aiohttp.ClientSession() as session:
        for i in range(calls):
            body = {"model": "demo-gpt", "messages": [{"role": "user", "content": f"{i} {PROMPT}"}]}
            async with session.post(url + "/v1/chat/completions", json=body, headers=headers) as resp:
                resp.raise_for_status()
                await resp.read()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        users = Path(tmp) / "users.yaml"
        key = issue_key(users, "bench", approved_by="bench", trained_on=date.today())
        config = Path(tmp) / "gateway.yaml"
        config.write_text(
            "upstreams:\n  - {name: demo, protocol: openai, base_url: demo, models: [demo-gpt]}\n"
            f"rules: {REPO / 'rules'}\nusers: {users}\n"
        )
        # started once, before any request is timed; the loop has nothing else to do meanwhile
        proc = subprocess.Popen(  # noqa: ASYNC220
            [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        started = time.monotonic()
        try:
            async with aiohttp.ClientSession() as session:
                while True:
                    try:
                        async with session.get(url + "/readyz") as resp:
                            if resp.status == 200:
                                break
                    except aiohttp.ClientConnectionError:
                        pass
                    await asyncio.sleep(0.1)
            ready_after = time.monotonic() - started
            rss0, cpu0 = _proc(proc.pid)
            await _drive(url, key, args.calls)
            rss1, cpu1 = _proc(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=60)
    print(f"ready after {ready_after:.1f} s wall (model load and warm-up; includes any load on this machine)")
    print(f"worker RSS when ready: {rss0:.0f} MiB; after {args.calls} prompts: {rss1:.0f} MiB")
    print(f"CPU time per 2 KB prompt: {(cpu1 - cpu0) / args.calls * 1000:.1f} ms (user+system, one worker)")


if __name__ == "__main__":
    asyncio.run(main())
