"""The kustomize overlays, rendered by the real `kubectl kustomize`, checked offline: the Kubernetes schema, the
restricted Pod Security Standard, probes, shutdown, the config and Secrets the pods read, and egress that covers
exactly the configured upstreams. No cluster here: what a cluster would add (admission, a CNI enforcing the
policies) is listed in deploy/README.md."""

from __future__ import annotations

import copy
import inspect
import ipaddress
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import yaml
from aiohttp import web

from gateway.policy.rules import load_rules
from gateway.settings import load_settings
from tests.deploy.manifests import (
    DEPLOY,
    GATEWAY_POD_LABELS,
    KUSTOMIZE,
    OVERLAYS,
    REPO,
    gateway_config,
    kubectl,
    one,
    pod_templates,
    render,
    selects_gateway_pods,
)

# The oldest Kubernetes minor still maintained upstream when this was written, and the newest the validator knows.
K8S_VERSIONS = ("1.32.0", kubernetes_validate.latest_version())
CRD_KINDS = {"ServiceMonitor", "PrometheusRule", "CiliumNetworkPolicy"}  # checked below, field by field
# Volume types the restricted Pod Security Standard allows.
RESTRICTED_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
                      "projected", "secret"}  # fmt: skip
OPEN = {ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")}


def test_there_is_a_demo_and_a_production_overlay() -> None:
    assert {"demo", "production", "production-cilium"} <= set(OVERLAYS)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_object_validates_against_the_kubernetes_schema(overlay: str) -> None:
    docs = render(overlay)
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget"} <= kinds
    assert "NetworkPolicy" in kinds and "ServiceAccount" in kinds
    for doc in docs:
        if doc["kind"] in CRD_KINDS:
            continue
        assert doc["metadata"].get("namespace") == "genai-gateway", doc["metadata"]["name"]
        for version in K8S_VERSIONS:
            kubernetes_validate.validate(doc, version, strict=True)  # raises with the field at fault


def test_the_schema_check_catches_a_misspelt_field() -> None:
    """The validator really rejects what an API server would (so the test above can fail)."""
    deployment = copy.deepcopy(one(render("demo"), "Deployment"))
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessprobe"] = {"httpGet": {"path": "/readyz"}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSIONS[-1], strict=True)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_pod_template_meets_the_restricted_standard(overlay: str) -> None:
    templates = pod_templates(render(overlay))
    assert templates
    for name, pod in templates:
        psc = pod.get("securityContext", {})
        assert not any(pod.get(k) for k in ("hostNetwork", "hostPID", "hostIPC")), name
        assert pod.get("automountServiceAccountToken") is False, name
        for volume in pod.get("volumes", []):
            assert set(volume) - {"name"} <= RESTRICTED_VOLUMES, (name, volume)
        for container in pod["containers"] + pod.get("initContainers", []):
            csc = container.get("securityContext", {})
            where = (name, container["name"])
            assert csc.get("allowPrivilegeEscalation") is False, where
            assert not csc.get("privileged"), where
            assert "ALL" in csc.get("capabilities", {}).get("drop", []), where
            assert set(csc.get("capabilities", {}).get("add", [])) <= {"NET_BIND_SERVICE"}, where
            assert (csc.get("runAsNonRoot") or psc.get("runAsNonRoot")) is True, where
            assert csc.get("runAsUser", psc.get("runAsUser")) not in (None, 0), where
            seccomp = csc.get("seccompProfile", psc.get("seccompProfile", {}))
            assert seccomp.get("type") in ("RuntimeDefault", "Localhost"), where
            assert csc.get("readOnlyRootFilesystem") is True, where  # beyond the standard
            assert not any("hostPort" in p for p in container.get("ports", [])), where
            image = container["image"]
            assert "@sha256:" in image or (":" in image.rsplit("/", 1)[-1] and not image.endswith(":latest")), image
            resources = container.get("resources", {})
            assert {"cpu", "memory"} <= set(resources.get("requests", {})), where
            assert {"cpu", "memory"} <= set(resources.get("limits", {})), where


def _port(container: dict[str, Any], ref: int | str) -> int:
    if isinstance(ref, int):
        return ref
    return next(p["containerPort"] for p in container["ports"] if p["name"] == ref)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_probes_hit_healthz_and_readyz_on_the_api_port(overlay: str) -> None:
    docs = render(overlay)
    container = one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]
    config = gateway_config(docs)
    expected = {"startupProbe": "/healthz", "livenessProbe": "/healthz", "readinessProbe": "/readyz"}
    for probe, path in expected.items():
        get = container[probe]["httpGet"]
        assert get["path"] == path, probe
        assert _port(container, get["port"]) == config["listen"]["port"], probe
    args = container["args"]
    assert args[args.index("--port") + 1] == str(config["listen"]["port"])


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_grace_period_covers_the_pre_stop_pause_and_the_gateways_drain(overlay: str) -> None:
    """SIGTERM comes after preStop; the gateway then lets answers (streams included) finish for aiohttp's
    shutdown_timeout before it closes them. The grace period must cover both, or the kubelet kills mid-drain."""
    pod = one(render(overlay), "Deployment")["spec"]["template"]["spec"]
    drain = inspect.signature(web.run_app).parameters["shutdown_timeout"].default
    pre_stop = pod["containers"][0]["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    assert 5 <= int(pre_stop[1]) < drain
    assert pod["terminationGracePeriodSeconds"] >= int(pre_stop[1]) + drain


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_replicas_spread_autoscale_and_survive_disruption(overlay: str) -> None:
    docs = render(overlay)
    deployment = one(docs, "Deployment")
    template_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["replicas"] >= 2
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    spread = deployment["spec"]["template"]["spec"]["topologySpreadConstraints"]
    assert {s["topologyKey"] for s in spread} >= {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}
    for s in spread:
        assert s["labelSelector"]["matchLabels"].items() <= template_labels.items()
    hpa = one(docs, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "genai-gateway"}
    assert hpa["spec"]["minReplicas"] >= 2
    assert [m["resource"]["name"] for m in hpa["spec"]["metrics"]] == ["cpu"]
    pdb = one(docs, "PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= template_labels.items()
    assert pdb["spec"]["maxUnavailable"] < hpa["spec"]["minReplicas"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_config_loads_and_matches_the_mounts_ports_and_secrets(overlay: str, tmp_path: Path) -> None:
    """The ConfigMap's gateway.yaml is a valid config for the gateway, its files are where the pod mounts them,
    and every ${VAR} it names is given to the container (from the Secret, optional there)."""
    docs = render(overlay)
    pod = one(docs, "Deployment")["spec"]["template"]["spec"]
    container = pod["containers"][0]
    config = gateway_config(docs)
    env = {e["name"]: e for e in container["env"]}
    text = yaml.safe_dump(config)
    names = {part.split("}", 1)[0] for part in text.split("${")[1:]}
    for name in names:
        assert name in env, f"{name} is named by gateway.yaml but not given to the container"
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GATEWAY_HASH_KEY", "GATEWAY_REDIS_URL", "GATEWAY_AUDIT_KEY"):
        ref = env[name]["valueFrom"]["secretKeyRef"]
        assert ref["name"] == "genai-gateway-secrets"
    (tmp_path / "gateway.yaml").write_text(text)
    with pytest.MonkeyPatch.context() as mp:
        for name in names:
            mp.setenv(name, "redis://redis:6379/0" if "REDIS" in name else "placeholder-for-the-test")
        settings = load_settings(tmp_path / "gateway.yaml")
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    rules = mounts[str(settings.rules)]
    assert "subPath" not in rules, "a subPath mount never sees ConfigMap edits: the rules would not hot-reload"
    assert volumes[rules["name"]]["configMap"]["name"] == "genai-gateway-rules"
    users = mounts[str(settings.users.parent)]
    secret = volumes[users["name"]]["secret"]
    assert secret["secretName"] == "genai-gateway-users"
    assert {"key": "users.yaml", "path": settings.users.name} in secret["items"]
    assert settings.metrics.listen is not None, "/metrics must not be on the employees' port"
    assert _port(container, "metrics") == settings.metrics.listen.port != settings.listen.port
    writable = {m["mountPath"] for m in container["volumeMounts"] if not m.get("readOnly")}
    assert writable == {"/tmp"}, "the read-only root needs /tmp for the workers' metric files"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_metrics_are_not_served_to_employees(overlay: str) -> None:
    docs = render(overlay)
    config = gateway_config(docs)
    service = one(docs, "Service", "genai-gateway")
    assert [p["port"] for p in service["spec"]["ports"]] == [config["listen"]["port"]]
    metrics = one(docs, "Service", "genai-gateway-metrics")
    assert [p["port"] for p in metrics["spec"]["ports"]] == [config["metrics"]["listen"]["port"]]
    ingress = [
        rule
        for d in docs
        if d["kind"] == "NetworkPolicy" and selects_gateway_pods(d["spec"]["podSelector"])
        for rule in d["spec"].get("ingress", [])
    ]
    for rule in ingress:
        ports = {p["port"] for p in rule.get("ports", [])}
        assert ports, "an ingress rule without ports opens every port"
        if config["metrics"]["listen"]["port"] in ports:
            assert rule.get("from"), "the metrics port is open to any source"
            assert ports == {config["metrics"]["listen"]["port"]}


def _egress_peers_are_narrow(rule: dict[str, Any], where: str) -> None:
    assert rule.get("to"), f"{where}: an egress rule without `to` allows every destination"
    assert rule.get("ports"), f"{where}: an egress rule without ports allows every port"
    for peer in rule["to"]:
        if "ipBlock" in peer:
            assert ipaddress.ip_network(peer["ipBlock"]["cidr"]) not in OPEN, where


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_egress_covers_exactly_the_configured_upstreams(overlay: str) -> None:
    docs = render(overlay)
    config = gateway_config(docs)
    urls = {u["name"]: urlsplit(u["base_url"]) for u in config["upstreams"] if u["base_url"] != "demo"}
    # (the demo upstream runs inside the pod, on loopback)
    wanted = {name: (url.hostname, url.port or {"https": 443, "http": 80}[url.scheme]) for name, url in urls.items()}
    redis = bool(config.get("auth", {}).get("rate_limits", {}).get("redis_url"))
    policies = [d for d in docs if d["kind"] == "NetworkPolicy" and selects_gateway_pods(d["spec"]["podSelector"])]
    deny = [p for p in policies if "Egress" in p["spec"]["policyTypes"] and not p["spec"].get("egress")]
    assert deny, "no default-deny egress policy: everything else would be reachable"
    by_upstream: dict[str, tuple[str, int]] = {}
    purposes = []
    for policy in policies:
        rules = policy["spec"].get("egress", [])
        if not rules:
            continue
        notes = policy["metadata"].get("annotations", {})
        name = policy["metadata"]["name"]
        for rule in rules:
            _egress_peers_are_narrow(rule, name)
        ports = {(p["port"], p.get("protocol", "TCP")) for r in rules for p in r["ports"]}
        if "egress.genai-gateway/upstream" in notes:
            upstream = notes["egress.genai-gateway/upstream"]
            assert upstream not in by_upstream, f"two egress policies for {upstream}"
            (port,) = {p for p, _ in ports}
            assert {proto for _, proto in ports} == {"TCP"}
            assert all(set(peer) == {"ipBlock"} for r in rules for peer in r["to"]), name
            by_upstream[upstream] = (notes["egress.genai-gateway/host"], port)
        elif notes.get("egress.genai-gateway/purpose") == "dns":
            purposes.append("dns")
            assert ports == {(53, "UDP"), (53, "TCP")}, name
            for peer in (peer for r in rules for peer in r["to"]):
                assert peer["podSelector"]["matchLabels"] == {"k8s-app": "kube-dns"}, name
        elif notes.get("egress.genai-gateway/purpose") == "redis":
            purposes.append("redis")
            assert ports == {(6379, "TCP")}, name
            assert all("ipBlock" not in peer for r in rules for peer in r["to"]), name
        else:
            raise AssertionError(f"{name} allows egress but is neither an upstream's, DNS nor Redis")
    assert sorted(purposes) == sorted(["dns", *(["redis"] if redis else [])])
    cilium = [d for d in docs if d["kind"] == "CiliumNetworkPolicy"]
    if cilium:
        (policy,) = cilium
        assert not by_upstream, "IP-block upstream policies beside the FQDN policy widen it"
        assert selects_gateway_pods(policy["spec"]["endpointSelector"])
        allowed = set()
        for rule in policy["spec"]["egress"]:
            if "toFQDNs" in rule:
                ports = {int(p["port"]) for tp in rule["toPorts"] for p in tp["ports"]}
                assert {p["protocol"] for tp in rule["toPorts"] for p in tp["ports"]} == {"TCP"}
                allowed |= {(f["matchName"], port) for f in rule["toFQDNs"] for port in ports}
                assert all(set(f) == {"matchName"} for f in rule["toFQDNs"]), "no wildcard host patterns"
            else:
                assert set(rule) == {"toEndpoints", "toPorts"}, rule
                assert {p["port"] for tp in rule["toPorts"] for p in tp["ports"]} == {"53"}
        assert allowed == set(wanted.values())
    else:
        assert by_upstream == wanted


def test_the_cilium_policy_and_the_prometheus_rule_are_generated_from_their_sources() -> None:
    run = subprocess.run(
        [sys.executable, str(DEPLOY / "tools" / "generate.py"), "--check"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr + "\nrun: python deploy/tools/generate.py"


def test_service_monitor_and_prometheus_rule_match_the_service_and_the_alerts(tmp_path: Path) -> None:
    docs = render("production")
    monitor = one(docs, "ServiceMonitor")
    metrics = one(docs, "Service", "genai-gateway-metrics")
    assert monitor["spec"]["selector"]["matchLabels"].items() <= metrics["metadata"]["labels"].items()
    assert not any(
        d["kind"] == "Service"
        and d is not metrics
        and monitor["spec"]["selector"]["matchLabels"].items() <= d["metadata"].get("labels", {}).items()
        for d in docs
    ), "the ServiceMonitor would also scrape the employees' Service"
    (endpoint,) = monitor["spec"]["endpoints"]
    assert endpoint["port"] in {p["name"] for p in metrics["spec"]["ports"]}
    assert endpoint["path"] == "/metrics"
    assert {"action": "replace", "targetLabel": "job", "replacement": "gateway"} in endpoint["relabelings"]
    rule = one(docs, "PrometheusRule")
    alerts = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    assert rule["spec"]["groups"] == alerts["groups"]
    promtool = shutil.which("promtool")
    if promtool is not None:  # the same rules, as the Prometheus Operator would hand them to Prometheus
        (tmp_path / "rules.yml").write_text(yaml.safe_dump({"groups": rule["spec"]["groups"]}))
        check = subprocess.run([promtool, "check", "rules", str(tmp_path / "rules.yml")], capture_output=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_the_readmes_rules_configmap_command_gives_a_valid_configmap_of_valid_rules(tmp_path: Path) -> None:
    """deploy/README.md makes the rules ConfigMap with `kubectl create configmap --from-file=rules/`: the object
    validates, fits in a ConfigMap (1 MiB), and its files load as the gateway's rules."""
    readme = (DEPLOY / "README.md").read_text()
    assert "kubectl -n genai-gateway create configmap genai-gateway-rules --from-file=rules/" in readme
    out = kubectl("-n", "genai-gateway", "create", "configmap", "genai-gateway-rules",
                  f"--from-file={REPO / 'rules'}/", "--dry-run=client", "-o", "yaml")  # fmt: skip
    configmap = yaml.safe_load(out)
    kubernetes_validate.validate(configmap, K8S_VERSIONS[-1], strict=True)
    assert sum(len(v.encode()) for v in configmap["data"].values()) < 1_000_000
    for name, text in configmap["data"].items():
        (tmp_path / name).write_text(text)
    ruleset = load_rules(tmp_path)
    assert ruleset.policies.keys() >= {"commercial-139-07"}
    for overlay in OVERLAYS:
        for upstream in gateway_config(render(overlay))["upstreams"]:
            assert upstream.get("policy", "commercial-139-07") in ruleset.policies, (overlay, upstream["name"])


def test_pods_select_only_their_own_labels() -> None:
    """Base labels reach every object, selectors stay stable: changing them later would orphan the old pods."""
    for overlay in OVERLAYS:
        deployment = one(render(overlay), "Deployment")
        assert deployment["spec"]["selector"]["matchLabels"] == GATEWAY_POD_LABELS
    assert (KUSTOMIZE / "base" / "kustomization.yaml").exists()
