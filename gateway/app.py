"""make_app: the aiohttp application, its routes, and what is built once at start-up (cleanup_ctx)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import structlog
from aiohttp import web

from gateway import admin, audit, metrics
from gateway.detect.engine import DetectorFactory
from gateway.identity.authenticate import Authenticator
from gateway.identity.records import AccessPolicy
from gateway.metrics_listener import metrics_listener
from gateway.policy.reload import ReloadOutcome, RulesManager
from gateway.protocols.registry import ADAPTERS
from gateway.proxy import handle_api, handle_models, unmatched_routes
from gateway.ratelimit.local import Limiter, RateLimiter
from gateway.ratelimit.shared import RedisRateLimiter
from gateway.services import SERVICES, Services
from gateway.settings import Settings
from gateway.upstream.client import Registry, UpstreamClient
from gateway.upstream.demo import DemoUpstream
from gateway.web import feedback, pages
from gateway.yamlsrc import YamlSourceError

log = structlog.get_logger("gateway.app")


@dataclass(slots=True)
class AppState:
    """What changes while the application runs (it is frozen once it runs, so this state lives here). What start-up
    builds for the requests is ``app[SERVICES]``, set once, whole, before the first request."""

    ready: bool = False
    demo_url: str | None = None
    metrics_url: str | None = None  # the separate metrics listener's address (metrics.listen), once it listens


STATE: web.AppKey[AppState] = web.AppKey("state", AppState)


def make_app(
    settings: Settings,
    *,
    detector_factory: DetectorFactory | Any | None = None,
    watch_rules: bool = True,
    reuse_port: bool = False,
) -> web.Application:
    """The gateway application; nothing heavy happens until it starts (see ``_lifecycle``)."""
    app = web.Application(client_max_size=settings.limits.max_body_bytes + 1, middlewares=[unmatched_routes])
    app[STATE] = AppState()
    for route in ADAPTERS:
        app.router.add_post(route, handle_api)
    app.router.add_get("/v1/models", handle_models)
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/readyz", _readyz)
    if settings.metrics.listen is None:
        app.router.add_get("/metrics", metrics.metrics_handler)
    else:
        state = app[STATE]

        def listening(url: str) -> None:
            state.metrics_url = url

        app.cleanup_ctx.append(metrics_listener(settings.metrics.listen, reuse_port=reuse_port, on_url=listening))
    app.router.add_post("/admin/rules/reload", admin.reload_rules)
    app.router.add_get("/admin/users", admin.list_users)
    app.router.add_post("/admin/scan", admin.dry_run_scan)
    app.router.add_post("/v1/gateway/feedback", feedback.feedback)
    if settings.web.pages:
        secret = settings.hash_key.get_secret_value().encode() if settings.hash_key else secrets.token_bytes(32)
        pages.install(app, secret, settings.web.session_hours)
    app.cleanup_ctx.append(_lifecycle(settings, detector_factory, watch_rules))
    return app


def _lifecycle(settings: Settings, factory: Any, watch_rules: bool) -> Any:
    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        state = app[STATE]
        executor = ThreadPoolExecutor(max_workers=settings.limits.scan_workers, thread_name_prefix="scan")
        loop = asyncio.get_running_loop()
        detector_factory = factory or await loop.run_in_executor(executor, DetectorFactory)
        rules = RulesManager(settings.rules, detector_factory, on_reload=_on_reload)
        await loop.run_in_executor(executor, rules.load_initial)
        await loop.run_in_executor(executor, rules.current.detector.analyze, ["Warm-up of the scan pipeline."])
        metrics.set_rules_version(rules.current.ruleset.version)
        metrics.initialize([u.name for u in settings.upstreams])
        missing = sorted({u.policy for u in settings.upstreams} - set(rules.current.ruleset.policies))
        if missing:
            raise RuntimeError(f"{settings.rules}: no policy named {', '.join(missing)} (named by the upstreams)")
        shadow = None
        if settings.shadow_rules is not None:
            shadow = RulesManager(settings.shadow_rules, detector_factory, on_reload=_on_shadow_reload)
            try:
                await loop.run_in_executor(executor, shadow.load_initial)
            except YamlSourceError as exc:  # candidate rules on trial never stop the gateway
                problems = tuple(str(p) for p in exc.problems)
                shadow.last_outcome = ReloadOutcome(False, None, (), problems, at=time.time())
                log.warning("rules.shadow_failed", folder=str(settings.shadow_rules), problems=problems)
        async with contextlib.AsyncExitStack() as stack:
            urls = {}
            if any(u.base_url == "demo" for u in settings.upstreams):
                demo_url = await stack.enter_async_context(_demo_upstream())
                state.demo_url = demo_url
                urls = {
                    u.name: demo_url if u.protocol == "anthropic" else demo_url + "/v1"
                    for u in settings.upstreams
                    if u.base_url == "demo"
                }
            registry = Registry(settings.upstreams, urls)
            client = UpstreamClient(settings, registry)
            stack.push_async_callback(client.close)
            limiter = build_limiter(settings)
            stack.push_async_callback(limiter.close)
            hash_key = settings.hash_key.get_secret_value().encode() if settings.hash_key else secrets.token_bytes(32)
            app[SERVICES] = Services(
                settings,
                registry=registry,
                client=client,
                authenticator=Authenticator(settings),
                rules=rules,
                executor=executor,
                hash_key=hash_key,
                access=AccessPolicy(settings.auth),
                limiter=limiter,
                shadow=shadow,
            )
            watcher = asyncio.create_task(rules.watch()) if watch_rules else None
            shadow_watcher = asyncio.create_task(shadow.watch()) if watch_rules and shadow is not None else None
            state.ready = True
            audit.emit(
                "gateway.started",
                pid=os.getpid(),
                rules_version=rules.current.ruleset.version,
                upstreams=[u.name for u in settings.upstreams],
            )
            try:
                yield
            finally:
                state.ready = False
                for task in (watcher, shadow_watcher):
                    if task is not None:
                        task.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await task
                audit.emit("gateway.stopped")
        executor.shutdown(wait=False, cancel_futures=True)

    return lifecycle


def build_limiter(settings: Settings) -> Limiter:
    """Redis-shared windows when ``auth.rate_limits.redis_url`` is set, else each worker's own."""
    limits = settings.auth.rate_limits
    if limits.redis_url is not None:
        return RedisRateLimiter(limits, limits.redis_url.get_secret_value())
    return RateLimiter(limits)


@contextlib.asynccontextmanager
async def _demo_upstream() -> AsyncIterator[str]:
    runner = web.AppRunner(DemoUpstream().app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def _on_reload(outcome: ReloadOutcome) -> None:
    metrics.observe_rules_reload(outcome.ok, outcome.version, outcome.attempt)
    audit.emit(
        "rules.reloaded",
        level="info" if outcome.ok else "warning",
        ok=outcome.ok,
        version=outcome.version,
        files=list(outcome.files),
        problems=list(outcome.problems),
    )


def _on_shadow_reload(outcome: ReloadOutcome) -> None:
    audit.emit("rules.shadow_reloaded", ok=outcome.ok, version=outcome.version, problems=list(outcome.problems))


async def _healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "alive"})


async def _readyz(request: web.Request) -> web.Response:
    services = request.app.get(SERVICES)
    if not request.app[STATE].ready or services is None:
        return web.json_response({"status": "not ready"}, status=503)
    if services.scan_queue.saturated:
        return web.json_response({"status": "not ready", "reason": "scan queue saturated"}, status=503)
    return web.json_response({"status": "ready", "rules_version": services.rules.current.ruleset.version})
