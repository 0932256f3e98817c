"""serve: load the config, start one or several worker processes on one port, print how to point a client at it.

By default one worker per core the process may run on: a scan is CPU-bound and scales with processes. The
parent supervises them: a worker that dies is replaced (a worker that keeps dying at start-up stops the
whole server, rather than looping).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import tempfile
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from gateway.settings import Settings, default_config_path, load_settings

QUICK_DEATH_SECONDS = 30.0  # a worker that dies this soon after starting counts towards giving up
QUICK_DEATHS_TO_GIVE_UP = 5


def default_workers() -> int:
    """The cores this process may run on: its CPU affinity, capped by a cgroup CPU quota (a container's limit)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = _cgroup_cpu_quota()
    return max(1, min(cores, quota) if quota else cores)


def _cgroup_cpu_quota(path: Path = Path("/sys/fs/cgroup/cpu.max")) -> int | None:
    """Whole CPUs allowed by a cgroup v2 quota ("200000 100000" is 2), rounded up; None without a quota."""
    try:
        quota, period = path.read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    return max(1, -(-int(quota) // int(period)))


def serve(config: Path | None, *, host: str | None = None, port: int | None = None, workers: int | None = None) -> int:
    path = config or default_config_path()
    settings = load_settings(path, listen__host=host, listen__port=port)
    from gateway.audit import check_setup

    check_setup(settings)  # a configured audit file without its key stops here, before any worker starts
    count = default_workers() if workers is None else workers
    if count <= 1:
        _run_worker(settings, reuse_port=False)
        return 0
    from gateway.metrics import prepare_multiprocess

    prepare_multiprocess(Path(tempfile.mkdtemp(prefix="gateway-metrics-")))
    return Supervisor(settings, count).run()


class Supervisor:
    """Keeps ``count`` worker processes running until told to stop; forwards SIGHUP (reload) to each.

    A worker that dies before it ever served (a broken rule file, a port in use) would die again: the server
    stops, with that worker's exit code, as a single process would."""

    def __init__(self, settings: Settings, count: int) -> None:
        self._settings = settings
        self._count = count
        self._ctx = multiprocessing.get_context("spawn")
        self._started: dict[BaseProcess, tuple[float, Any]] = {}  # process -> (start time, its "serving" event)
        self._stopping = False
        self._quick_deaths = 0

    def _start(self) -> None:
        serving = self._ctx.Event()
        proc = self._ctx.Process(target=_worker_main, args=(self._settings, serving), daemon=False)
        proc.start()
        self._started[proc] = (time.monotonic(), serving)

    def _reload(self, signum: int, frame: object) -> None:
        for proc, (_, serving) in self._started.items():
            if proc.is_alive() and proc.pid is not None and serving.is_set():
                os.kill(proc.pid, signal.SIGHUP)

    def _stop(self, signum: int = signal.SIGTERM, frame: object = None) -> None:
        self._stopping = True
        for proc in self._started:
            if proc.is_alive() and proc.pid is not None:
                os.kill(proc.pid, signal.SIGTERM)

    def run(self) -> int:
        """Start the workers and replace any that dies, until SIGTERM or SIGINT; the worst exit code of the end."""
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        signal.signal(signal.SIGHUP, self._reload)
        for _ in range(self._count):
            self._start()
        worst = 0
        while self._started:
            wait([proc.sentinel for proc in self._started])
            for proc in [p for p in self._started if not p.is_alive()]:
                began, serving = self._started.pop(proc)
                proc.join()
                self._buried(proc)
                if self._stopping:
                    worst = max(worst, proc.exitcode or 0)
                    continue
                if not serving.is_set():
                    _say(f"worker pid {proc.pid} exited (code {proc.exitcode}) before it could serve; stopping")
                    self._stop()
                    worst = max(worst, proc.exitcode or 1, 1)
                    continue
                quick = time.monotonic() - began < QUICK_DEATH_SECONDS
                self._quick_deaths = self._quick_deaths + 1 if quick else 0
                if self._quick_deaths >= QUICK_DEATHS_TO_GIVE_UP:
                    _say(f"{self._quick_deaths} workers in a row died right after starting; stopping")
                    self._stop()
                    worst = max(worst, proc.exitcode or 1, 1)
                    continue
                _say(f"worker pid {proc.pid} exited (code {proc.exitcode}); starting another")
                self._start()
        return worst

    @staticmethod
    def _buried(proc: BaseProcess) -> None:
        from gateway.metrics import mark_worker_dead

        if proc.pid is not None:
            mark_worker_dead(proc.pid)


def _worker_main(settings: Settings, serving: Any) -> None:
    from gateway.yamlsrc import YamlSourceError

    # a reload asked for while this worker still starts is moot: it reads the current files as it starts
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        _run_worker(settings, reuse_port=True, serving=serving)
    except YamlSourceError as exc:  # broken rules or users file: say what and where, without a traceback
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr, flush=True)
        sys.exit(2)


def _run_worker(settings: Settings, *, reuse_port: bool, serving: Any = None) -> None:
    from aiohttp import web

    from gateway.admin import install_sighup
    from gateway.app import make_app
    from gateway.audit import configure_from

    configure_from(settings)
    sock = None
    if reuse_port:
        sock = socket.socket(socket.AF_INET6 if ":" in settings.listen.host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((settings.listen.host, settings.listen.port))
    app = make_app(settings, reuse_port=reuse_port)
    install_sighup(app)
    app.on_startup.append(lambda _app: _banner(settings))
    if serving is not None:
        app.on_startup.append(lambda _app: _set(serving))
    if sock is not None:
        web.run_app(app, sock=sock, print=None, access_log=None, handle_signals=True)
    else:
        web.run_app(app, host=settings.listen.host, port=settings.listen.port, print=None, access_log=None)


async def _set(event: Any) -> None:
    event.set()


async def _banner(settings: Settings) -> None:
    base = f"http://{settings.listen.host}:{settings.listen.port}"
    lines = [f"gateway listening on {base} (pid {os.getpid()})"]
    if settings.metrics.listen is not None:
        lines.append(f"metrics on http://{settings.metrics.listen.host}:{settings.metrics.listen.port}/metrics only")
    lines.append("approved upstreams and models:")
    for up in settings.upstreams:
        where = "built-in demo upstream (echo)" if up.base_url == "demo" else up.base_url
        lines.append(f"  {up.name} [{up.protocol}] {', '.join(up.models)} -> {where}; policy {up.policy}")
    lines += [
        "point a client at it:",
        f'  OpenAI SDK:    OpenAI(base_url="{base}/v1", api_key=YOUR_GATEWAY_KEY)',
        f'  Anthropic SDK: Anthropic(base_url="{base}", api_key=YOUR_GATEWAY_KEY)',
        "  a gateway key: python -m gateway users add YOUR_ID (prints the key once)",
    ]
    print("\n".join(lines), file=sys.stderr, flush=True)


def _say(message: str) -> None:
    print(f"gateway: {message}", file=sys.stderr, flush=True)
