"""A stream's idle time-out: each read may wait at most ``seconds``, as under ``asyncio.timeout`` around each read,
without a timer per read. One timer is armed at the first read; when it fires it looks at the deadline of the read
under way and either moves itself there or cancels the reading task. A read costs a clock reading."""

from __future__ import annotations

import asyncio


class IdleDeadline:
    """``start`` before each read, ``stop`` after it; ``expired`` in the read's ``CancelledError`` handler tells a
    time-out (then raise ``TimeoutError`` or the like) from a cancellation that came from elsewhere (re-raise it).
    Between reads nothing is cancelled, however long the reader takes: only waiting on the source counts."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._loop = asyncio.get_running_loop()
        self._task: asyncio.Task[object] | None = None
        self._cancelling = 0
        self._deadline = 0.0
        self._reading = False
        self._expired = False
        self._timer: asyncio.TimerHandle | None = None

    def start(self) -> None:
        self._deadline = self._loop.time() + self._seconds
        self._reading = True
        if self._timer is None:
            if self._task is None:
                self._task = asyncio.current_task()
                assert self._task is not None, "an idle deadline bounds a read in a task"
                self._cancelling = self._task.cancelling()
            self._timer = self._loop.call_at(self._deadline, self._fire)

    def stop(self) -> None:
        self._reading = False

    def expired(self) -> bool:
        """Whether the ``CancelledError`` being handled is this deadline's (it is then taken back from the task)."""
        if not self._expired:
            return False
        self._expired = False
        assert self._task is not None
        return self._task.uncancel() <= self._cancelling

    def close(self) -> None:
        self._reading = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _fire(self) -> None:
        self._timer = None
        if not self._reading:  # the next read arms the timer again
            return
        if self._loop.time() < self._deadline:
            self._timer = self._loop.call_at(self._deadline, self._fire)
            return
        assert self._task is not None
        self._expired = True
        self._task.cancel()
