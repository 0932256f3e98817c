"""The scan queue: slots go to the waiting employees in turn; places in the queue are bounded."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from gateway.scanqueue import SLICE_TEXTS, FairSlots, QueueFull, ScanQueue, slices


async def test_a_freed_slot_goes_to_the_next_employee_in_turn() -> None:
    """One employee queues many requests before another asks once: the other is served second, not last."""
    slots = FairSlots(1)
    await slots.acquire("holder")
    order: list[str] = []

    async def take(who: str) -> None:
        await slots.acquire(who)
        order.append(who)
        slots.release()

    burst = [asyncio.ensure_future(take("burst")) for _ in range(5)]
    await asyncio.sleep(0)
    late = asyncio.ensure_future(take("other"))
    await asyncio.sleep(0)
    slots.release()
    await asyncio.gather(*burst, late)
    assert order.index("other") == 1


async def test_a_cancelled_waiter_gives_up_its_place() -> None:
    """A request that leaves the queue (time-out, client gone) neither holds nor loses a slot."""
    slots = FairSlots(1)
    await slots.acquire("a")
    waiter = asyncio.ensure_future(slots.acquire("b"))
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    slots.release()
    await asyncio.wait_for(slots.acquire("c"), 1)


async def test_a_cancelled_slice_holds_its_thread_until_done() -> None:
    """Cancelling the await does not free the slot while the thread still runs the slice."""
    gate = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        queue = ScanQueue(pool, 1, per_user=4, queue_max=4)
        running = asyncio.ensure_future(queue.run("a", gate.wait, 5))
        await asyncio.sleep(0.05)
        running.cancel()
        nxt = asyncio.ensure_future(queue.run("b", lambda: "ran"))
        await asyncio.sleep(0.05)
        assert not nxt.done()
        gate.set()
        assert await asyncio.wait_for(nxt, 5) == "ran"


def test_places_are_bounded_per_employee_and_in_all() -> None:
    """Beyond per_user for one employee, or queue_max in all, admit refuses; the queue is then saturated."""
    queue = ScanQueue(ThreadPoolExecutor(1), 1, per_user=1, queue_max=2)
    with queue.admit("a"):
        with pytest.raises(QueueFull) as err, queue.admit("a"):
            pass
        assert err.value.scope == "user"
        with queue.admit("b"):
            assert queue.saturated
            with pytest.raises(QueueFull) as err, queue.admit("c"):
                pass
            assert err.value.scope == "all"
    assert not queue.saturated and queue.in_scan == 0


def test_slices_keep_texts_whole_and_in_order() -> None:
    """Slices cover every text once, in order, by size and count; a long text is a slice of its own."""
    texts = ["a" * 10] * 200 + ["b" * 5000] + ["c"] * 3
    groups = slices(texts, 1000)
    assert [i for g in groups for i in g] == list(range(len(texts)))
    assert all(len(g) <= SLICE_TEXTS for g in groups)
    assert [200] in groups
