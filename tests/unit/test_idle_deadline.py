"""The idle deadline of a streamed answer: a read that waits too long times out, a slow reader or a steady source
does not, and a cancellation from elsewhere stays a cancellation."""

from __future__ import annotations

import asyncio

import pytest

from gateway.upstream.idle import IdleDeadline


async def _read(idle: IdleDeadline, source: asyncio.Queue[bytes]) -> bytes:
    idle.start()
    try:
        item = await source.get()
    except asyncio.CancelledError:
        if idle.expired():
            raise TimeoutError from None
        raise
    idle.stop()
    return item


async def test_a_read_waiting_past_the_deadline_times_out() -> None:
    """One read that waits longer than the deadline raises TimeoutError, and the task is not left cancelled."""
    idle, source = IdleDeadline(0.05), asyncio.Queue[bytes]()
    source.put_nowait(b"first")
    assert await _read(idle, source) == b"first"
    with pytest.raises(TimeoutError):
        await _read(idle, source)
    idle.close()
    task = asyncio.current_task()
    assert task is not None and task.cancelling() == 0


async def test_steady_reads_and_a_slow_reader_do_not_time_out() -> None:
    """Reads each shorter than the deadline, adding up to several deadlines, and time spent between reads (the
    gateway writing to a slow client), do not count."""
    idle, source = IdleDeadline(0.1), asyncio.Queue[bytes]()

    async def produce() -> None:
        for i in range(8):
            await asyncio.sleep(0.04)
            source.put_nowait(b"%d" % i)

    producer = asyncio.create_task(produce())
    got = [await _read(idle, source) for _ in range(4)]
    await asyncio.sleep(0.25)  # between reads: no deadline
    got += [await _read(idle, source) for _ in range(4)]
    idle.close()
    await producer
    assert got == [b"%d" % i for i in range(8)]


async def test_a_cancellation_from_elsewhere_is_not_a_time_out() -> None:
    """A task cancelled while it reads (its client left) gets CancelledError, not TimeoutError."""
    idle, source = IdleDeadline(10.0), asyncio.Queue[bytes]()
    reader = asyncio.create_task(_read(idle, source))
    await asyncio.sleep(0.01)
    reader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reader
    idle.close()
