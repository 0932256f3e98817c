"""Shared fixtures: the real detector built once per session."""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorFactory


@pytest.fixture(scope="session")
def detector_factory() -> DetectorFactory:
    """The real Presidio + spaCy engine, loaded once for the whole run."""
    return DetectorFactory()
