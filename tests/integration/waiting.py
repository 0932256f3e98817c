"""Waiting for a server started as a child process to answer, without sleeping a fixed time."""

from __future__ import annotations

import asyncio
import socket
import subprocess

import aiohttp


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_until_ok(url: str, proc: subprocess.Popen[bytes] | None = None, seconds: float = 120) -> None:
    """Poll ``url`` until it answers 200; fail at once, with the child's stderr, if the child exits."""
    async with aiohttp.ClientSession() as session:
        for _ in range(int(seconds * 10)):
            if proc is not None and proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "the server exited")
            try:
                async with session.get(url) as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError(f"{url} did not become ready")
