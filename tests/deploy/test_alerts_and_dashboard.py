"""Alerts link to a runbook section that says what to do; one alert fires when no gateway reports at all; the
dashboard's panels all follow its instance, upstream and model selectors. (Whether the queries and alerts have
data is tests/integration/test_prometheus.py, on a real Prometheus.)"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from prometheus_client import Metric

from gateway import metrics
from tests.deploy.manifests import DEPLOY

ALERTS = [r for g in yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())["groups"] for r in g["rules"]]
RUNBOOK = (DEPLOY / "RUNBOOK.md").read_text()
BOARD = json.loads((DEPLOY / "grafana" / "gateway-dashboard.json").read_text())


def runbook_sections() -> dict[str, str]:
    """GitHub-style anchor of each `## ` heading → the section's text."""
    parts = re.split(r"^## (.+)$", RUNBOOK, flags=re.MULTILINE)
    return {
        re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-"): body
        for title, body in zip(parts[1::2], parts[2::2], strict=True)
    }


def test_every_alert_links_to_a_runbook_section_that_says_what_to_do() -> None:
    sections = runbook_sections()
    prefixes = set()
    for rule in ALERTS:
        url = rule["annotations"]["runbook_url"]
        prefix, _, anchor = url.partition("#")
        prefixes.add(prefix)
        assert prefix.endswith("/deploy/RUNBOOK.md"), url
        assert anchor in sections, f"{rule['alert']}: RUNBOOK.md has no section #{anchor}"
        assert "**Do:**" in sections[anchor] and "**Means:**" in sections[anchor], anchor
    assert len(prefixes) == 1, "one place to change when the repository moves"


def test_an_alert_fires_when_no_gateway_reports() -> None:
    absent = [r for r in ALERTS if r["expr"].replace(" ", "").startswith('absent(up{job="gateway"}')]
    assert len(absent) == 1
    assert absent[0]["labels"]["severity"] == "page"


def _label_names() -> dict[str, set[str]]:
    """Metric sample name → its label names, from the gateway's own declarations."""
    names: dict[str, set[str]] = {}
    for collector in vars(metrics).values():
        described = getattr(collector, "describe", None)
        if described is None or not hasattr(collector, "_labelnames"):
            continue
        for family in described():
            assert isinstance(family, Metric)
            labels = set(collector._labelnames)
            for suffix in ("", "_total", "_bucket", "_count", "_sum", "_info"):
                names[family.name + suffix] = labels
    return names


def _selectors(expr: str) -> list[tuple[str, str]]:
    return re.findall(r"\b(gateway_[a-z_]+|up)\{([^}]*)\}", expr)


def test_dashboard_has_instance_upstream_and_model_selectors() -> None:
    variables = {v["name"]: v for v in BOARD["templating"]["list"] if v["type"] == "query"}
    assert set(variables) == {"instance", "upstream", "model"}
    for v in variables.values():
        assert v["includeAll"] and v["allValue"] == ".*" and v["multi"], v["name"]


def test_every_panel_query_follows_the_selectors_its_metric_has() -> None:
    labels = _label_names()
    assert {"upstream", "model"} <= labels["gateway_requests_total"]
    panels: list[dict[str, Any]] = BOARD["panels"]
    for panel in panels:
        for target in panel["targets"]:
            found = _selectors(target["expr"])
            bare = re.findall(r"\b(gateway_[a-z_]+)(?![a-z_{])", target["expr"])
            assert not bare, f"{panel['title']}: {bare} without selectors"
            assert found, panel["title"]
            for name, matchers in found:
                assert 'instance=~"$instance"' in matchers, (panel["title"], name)
                for label in ("upstream", "model"):
                    if label in labels.get(name, set()):
                        assert f'{label}=~"${label}"' in matchers, (panel["title"], name, label)
