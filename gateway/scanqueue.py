"""The scan queue: fair, bounded access to the scan threads.

A request's texts are scanned in slices (``slices``); each slice waits for one of the executor's threads, and a
freed thread goes to the employees waiting in turn, so one employee's large request or burst of requests
cannot starve the others. A request whose deadline passes starts no further slice: the one running finishes
(it is small) and its thread is handed on. ``admit`` bounds how many requests may be in scanning at once, in
all and per employee; when all places are taken the queue is ``saturated`` (``/readyz`` says not ready).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from typing import Any, TypeVar

T = TypeVar("T")


class QueueFull(Exception):
    """No place for this request in the scan queue; ``scope`` says whose limit: ``all`` or ``user``."""

    def __init__(self, scope: str) -> None:
        super().__init__(scope)
        self.scope = scope


class FairSlots:
    """``capacity`` slots handed out one waiter per employee in turn (round robin), first come first served
    within one employee."""

    def __init__(self, capacity: int) -> None:
        self._free = capacity
        self._waiting: OrderedDict[str, deque[asyncio.Future[None]]] = OrderedDict()

    @property
    def waiting(self) -> int:
        return sum(len(q) for q in self._waiting.values())

    async def acquire(self, who: str) -> None:
        if self._free > 0 and not self._waiting:
            self._free -= 1
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(who, deque()).append(fut)
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self.release()  # granted as it was cancelled: pass the slot on
            else:
                queue = self._waiting.get(who)
                if queue is not None and fut in queue:
                    queue.remove(fut)
                    if not queue:
                        del self._waiting[who]
            raise

    def release(self) -> None:
        while self._waiting:
            who, queue = next(iter(self._waiting.items()))
            fut = queue.popleft()
            if queue:
                self._waiting.move_to_end(who)
            else:
                del self._waiting[who]
            if not fut.done():
                fut.set_result(None)
                return
        self._free += 1


class ScanQueue:
    """Runs scan work on ``executor`` through fair slots, one slot per executor thread."""

    def __init__(self, executor: Executor, workers: int, *, per_user: int, queue_max: int) -> None:
        self._executor = executor
        self._slots = FairSlots(workers)
        self._per_user_max = per_user
        self._max = queue_max
        self._admitted: Counter[str] = Counter()
        self.in_scan = 0  # requests admitted and not yet done

    @property
    def saturated(self) -> bool:
        return self.in_scan >= self._max

    @contextlib.contextmanager
    def admit(self, who: str) -> Iterator[None]:
        """A place in the queue for one request of ``who``, or ``QueueFull``."""
        if self.in_scan >= self._max:
            raise QueueFull("all")
        if self._admitted[who] >= self._per_user_max:
            raise QueueFull("user")
        self.in_scan += 1
        self._admitted[who] += 1
        try:
            yield
        finally:
            self.in_scan -= 1
            self._admitted[who] -= 1
            if not self._admitted[who]:
                del self._admitted[who]

    async def run(self, who: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on a scan thread when ``who``'s turn comes. Cancelled while running, the slot is held
        until the thread is done with it, so no more than ``workers`` slices ever run at once."""
        await self._slots.acquire(who)
        loop = asyncio.get_running_loop()
        try:
            done = self._executor.submit(fn, *args)
        except BaseException:
            self._slots.release()
            raise
        done.add_done_callback(lambda _: _call_soon(loop, self._slots.release))
        return await asyncio.wrap_future(done)


def _call_soon(loop: asyncio.AbstractEventLoop, fn: Callable[[], None]) -> None:
    with contextlib.suppress(RuntimeError):  # the loop closed while a slice finished: nothing left to hand on
        loop.call_soon_threadsafe(fn)


SLICE_TEXTS = 64  # texts in one slice at most: each costs a fixed overhead, however short


def slices(texts: Sequence[str], chars: int) -> list[list[int]]:
    """Indexes of ``texts`` in consecutive groups of about ``chars`` characters and at most ``SLICE_TEXTS`` texts
    (a longer text is alone: a text is never cut, so what is found does not depend on the slicing)."""
    groups: list[list[int]] = []
    size = 0
    for i, text in enumerate(texts):
        if groups and size + len(text) <= chars and len(groups[-1]) < SLICE_TEXTS:
            groups[-1].append(i)
            size += len(text)
        else:
            groups.append([i])
            size = len(text)
    return groups
