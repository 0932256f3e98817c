"""Services: what every request reads, built once at start-up (app.py) in one step and never changed after."""

from __future__ import annotations

from concurrent.futures import Executor

from aiohttp import web

from gateway.detect.cache import FindingsCache
from gateway.identity.authenticate import Authenticator
from gateway.identity.records import AccessPolicy
from gateway.policy.feedback import FeedbackBook
from gateway.policy.reload import RulesManager
from gateway.ratelimit.local import Limiter
from gateway.scanqueue import ScanQueue
from gateway.settings import Settings
from gateway.upstream.client import Registry, UpstreamClient


class Services:
    """The settings and the long-lived parts built from them. ``rules`` holds the rules in force (the one place
    they are held); ``shadow`` the candidate rules on trial, if any."""

    __slots__ = (
        "access",
        "authenticator",
        "client",
        "executor",
        "feedback",
        "findings_cache",
        "hash_key",
        "limiter",
        "registry",
        "rules",
        "scan_queue",
        "settings",
        "shadow",
    )

    def __init__(
        self,
        settings: Settings,
        *,
        registry: Registry,
        client: UpstreamClient,
        authenticator: Authenticator,
        rules: RulesManager,
        executor: Executor,
        hash_key: bytes,
        access: AccessPolicy,
        limiter: Limiter,
        shadow: RulesManager | None = None,
    ) -> None:
        limits = settings.limits
        self.settings = settings
        self.registry = registry
        self.client = client
        self.authenticator = authenticator
        self.rules = rules
        self.shadow = shadow
        self.executor = executor
        self.hash_key = hash_key
        self.access = access
        self.limiter = limiter
        self.findings_cache = FindingsCache(limits.scan_cache_entries)
        self.feedback = FeedbackBook()
        self.scan_queue = ScanQueue(
            executor, limits.scan_workers, per_user=limits.scan_per_user, queue_max=limits.scan_queue_max
        )


SERVICES: web.AppKey[Services] = web.AppKey("services", Services)
