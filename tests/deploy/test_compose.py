"""The local stack (deploy/compose.yaml), checked without a Docker daemon: `docker-compose config` resolves and
validates it, its Prometheus loads the very rule files `promtool test rules` checks, and the gateway, Prometheus
and Grafana point at each other on the ports the gateway's config gives."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from gateway.settings import load_settings
from tests.deploy.manifests import DEPLOY, REPO

COMPOSE_FILE = DEPLOY / "compose.yaml"
COMPOSE = yaml.safe_load(COMPOSE_FILE.read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]
DOCKER_COMPOSE = shutil.which("docker-compose")  # Debian's docker-compose: `config` needs no daemon
PROMTOOL = shutil.which("promtool")


def host_path(service: str, container_path: str) -> Path:
    """The file on this machine that a service sees at ``container_path``, through its bind mounts."""
    target = PurePosixPath(container_path)
    for volume in SERVICES[service].get("volumes", []):
        source, mounted = volume.split(":")[:2]
        if source.startswith(".") and (target == PurePosixPath(mounted) or PurePosixPath(mounted) in target.parents):
            return (COMPOSE_FILE.parent / source / target.relative_to(mounted)).resolve()
    raise AssertionError(f"{service} sees no file of this repository at {container_path}")


def prometheus_config() -> tuple[Path, dict[str, Any]]:
    command = SERVICES["prometheus"]["command"]
    path = host_path("prometheus", next(c.split("=", 1)[1] for c in command if c.startswith("--config.file=")))
    return path, yaml.safe_load(path.read_text())


@pytest.mark.skipif(DOCKER_COMPOSE is None, reason="Debian's docker-compose is not installed (make test installs it)")
def test_docker_compose_resolves_and_validates_the_stack() -> None:
    assert DOCKER_COMPOSE is not None
    run = subprocess.run(
        [DOCKER_COMPOSE, "-f", str(COMPOSE_FILE), "config"], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert run.returncode == 0, run.stderr
    resolved = yaml.safe_load(run.stdout)
    assert set(resolved["services"]) == {"users", "gateway", "redis", "prometheus", "grafana"}
    for volume in resolved["services"]["prometheus"]["volumes"]:
        source = volume["source"] if isinstance(volume, dict) else volume.split(":")[0]
        if source.startswith("/"):
            assert Path(source).exists(), source  # every bind mount names a file or folder of this repository


def test_prometheus_loads_the_rule_files_that_promtool_tests() -> None:
    path, config = prometheus_config()
    loaded = {(path.parent / f).resolve() for f in config["rule_files"]}
    unit_tests = DEPLOY / "prometheus" / "alerts.test.yml"
    tested = {(unit_tests.parent / f).resolve() for f in yaml.safe_load(unit_tests.read_text())["rule_files"]}
    assert loaded == tested
    assert all(f.exists() for f in loaded)


@pytest.mark.skipif(PROMTOOL is None, reason="Debian's prometheus package (promtool) is not installed")
def test_promtool_accepts_the_stacks_prometheus_config_and_its_rules() -> None:
    assert PROMTOOL is not None
    path, _ = prometheus_config()
    run = subprocess.run([PROMTOOL, "check", "config", str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "rule files found" in run.stdout + run.stderr


def test_prometheus_scrapes_the_gateways_metrics_listener_and_nothing_publishes_it() -> None:
    gateway = SERVICES["gateway"]
    config_path = host_path("gateway", gateway["environment"]["GATEWAY_CONFIG"])
    settings = load_settings(config_path)
    assert settings.metrics.listen is not None
    _, prometheus = prometheus_config()
    (job,) = [j for j in prometheus["scrape_configs"] if j["job_name"] == "gateway"]
    assert job["metrics_path"] == "/metrics"
    (target,) = [t for c in job["static_configs"] for t in c["targets"]]
    assert target == f"gateway:{settings.metrics.listen.port}"
    published = [p.split(":") for s in SERVICES.values() for p in s.get("ports", [])]
    assert all(p[0] == "127.0.0.1" for p in published), "ports are published on the loopback address only"
    assert [p[2] for p in (p for p in published) if p[1] == str(settings.listen.port)] == [str(settings.listen.port)]
    assert str(settings.metrics.listen.port) not in {p[1] for p in published}
    redis = urlsplit(settings.auth.rate_limits.redis_url.get_secret_value())  # type: ignore[union-attr]
    assert redis.hostname in SERVICES
    assert host_path("gateway", str(settings.rules)) == REPO / "rules"
    users_mount = {v.split(":")[1]: v.split(":")[0] for v in gateway["volumes"]}[str(settings.users.parent)]
    assert users_mount in {v.split(":")[0] for v in SERVICES["users"]["volumes"]}, "users.yaml comes from `users`"
    assert "users add demo.employee --users " + str(settings.users) in " ".join(SERVICES["users"]["command"])


def test_grafana_is_provisioned_with_the_stacks_prometheus_and_the_dashboard() -> None:
    provisioning = host_path("grafana", "/etc/grafana/provisioning")
    (source,) = yaml.safe_load((provisioning / "datasources" / "prometheus.yaml").read_text())["datasources"]
    url = urlsplit(source["url"])
    assert source["type"] == "prometheus" and url.hostname == "prometheus" and url.port == 9090
    (provider,) = yaml.safe_load((provisioning / "dashboards" / "gateway.yaml").read_text())["providers"]
    folder = provider["options"]["path"]
    dashboards = [
        host_path("grafana", v.split(":")[1])
        for v in SERVICES["grafana"]["volumes"]
        if v.split(":")[1].startswith(folder)
    ]
    assert dashboards == [DEPLOY / "grafana" / "gateway-dashboard.json"]
    board = json.loads(dashboards[0].read_text())
    datasource = next(v for v in board["templating"]["list"] if v["type"] == "datasource")
    assert datasource["query"] == source["type"]


def test_every_container_is_locked_down_and_every_image_pinned() -> None:
    for name, service in SERVICES.items():
        assert service.get("read_only") is True, name
        assert service.get("cap_drop") == ["ALL"], name
        assert "no-new-privileges:true" in service.get("security_opt", []), name
        image = service["image"]
        assert ":" in image.rsplit("/", 1)[-1] and not image.endswith(":latest"), (name, image)
        assert not service.get("privileged") and service.get("network_mode") != "host", name
