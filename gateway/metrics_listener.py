"""A separate listener for GET /metrics (``metrics.listen``), so the metrics are not on the employees' port."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from aiohttp import web

from gateway.metrics import metrics_handler
from gateway.settings import MetricsListen


def metrics_listener(
    listen: MetricsListen, *, reuse_port: bool, on_url: Callable[[str], None]
) -> Callable[[web.Application], Any]:
    """A cleanup context serving only GET /metrics on ``listen``; workers of one ``serve`` share the port."""

    async def lifecycle(_app: web.Application) -> AsyncIterator[None]:
        app = web.Application()
        app.router.add_get("/metrics", metrics_handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, listen.host, listen.port, reuse_port=reuse_port or None)
        await site.start()
        host, port = site._server.sockets[0].getsockname()[:2]  # type: ignore[union-attr]
        on_url(f"http://{f'[{host}]' if ':' in host else host}:{port}")
        try:
            yield
        finally:
            await runner.cleanup()

    return lifecycle
