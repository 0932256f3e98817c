"""serve: load the config, start one or several worker processes on one port, print how to point a client at it."""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import tempfile
from pathlib import Path

from gateway.settings import Settings, default_config_path, load_settings


def serve(config: Path | None, *, host: str | None = None, port: int | None = None, workers: int = 1) -> int:
    path = config or default_config_path()
    settings = load_settings(path, listen__host=host, listen__port=port)
    from gateway.audit import check_setup

    check_setup(settings)  # a configured audit file without its key stops here, before any worker starts
    if workers <= 1:
        _run_worker(settings, reuse_port=False)
        return 0
    from gateway.metrics import mark_worker_dead, prepare_multiprocess

    prepare_multiprocess(Path(tempfile.mkdtemp(prefix="gateway-metrics-")))
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker_main, args=(settings,), daemon=False) for _ in range(workers)]
    for proc in procs:
        proc.start()

    def stop(signum: int, frame: object) -> None:
        for proc in procs:
            if proc.is_alive() and proc.pid is not None:
                os.kill(proc.pid, signal.SIGTERM)

    def reload(signum: int, frame: object) -> None:  # SIGHUP reloads rules and users in every worker
        for proc in procs:
            if proc.is_alive() and proc.pid is not None:
                os.kill(proc.pid, signal.SIGHUP)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, reload)
    for proc in procs:
        proc.join()
        if proc.pid is not None:
            mark_worker_dead(proc.pid)
    return max((proc.exitcode or 0 for proc in procs), default=0)


def _worker_main(settings: Settings) -> None:
    from gateway.yamlsrc import YamlSourceError

    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # a reload forwarded while loading; the loop's handler replaces it
    try:
        _run_worker(settings, reuse_port=True)
    except YamlSourceError as exc:  # broken rules or users file: say what and where, without a traceback
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr, flush=True)
        sys.exit(2)


def _run_worker(settings: Settings, *, reuse_port: bool) -> None:
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
    if sock is not None:
        web.run_app(app, sock=sock, print=None, access_log=None, handle_signals=True)
    else:
        web.run_app(app, host=settings.listen.host, port=settings.listen.port, print=None, access_log=None)


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
