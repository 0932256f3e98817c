"""Real servers for integration tests: a fake upstream, the gateway from make_app, and the official SDK clients."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest
from aiohttp.test_utils import TestServer

from gateway.app import make_app
from gateway.identity.keys import issue_key
from gateway.settings import Settings
from tests.fakes.upstream import FakeUpstream

REPO = Path(__file__).resolve().parents[2]
OPENAI_MODEL = "gpt-4o"
ANTHROPIC_MODEL = "claude-sonnet-4-6"


@dataclass
class Gateway:
    url: str
    key: str
    fake: FakeUpstream
    settings: Settings
    server: TestServer

    def openai(self, **kw: Any) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(base_url=self.url + "/v1", api_key=kw.pop("api_key", self.key), max_retries=0, **kw)

    def anthropic(self, **kw: Any) -> anthropic.AsyncAnthropic:
        return anthropic.AsyncAnthropic(base_url=self.url, api_key=kw.pop("api_key", self.key), max_retries=0, **kw)


def gateway_settings(
    fake_url: str, users: Path, *, more_upstreams: tuple[dict[str, Any], ...] = (), **extra: Any
) -> Settings:
    data: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "upstreams": [
            {
                "name": "openai",
                "protocol": "openai",
                "base_url": fake_url + "/v1",
                "api_key": "sk-upstream-openai",
                "models": [OPENAI_MODEL, "gpt-4o-mini", "text-embedding-3-small"],
                "policy": "commercial-139-07",
            },
            {
                "name": "anthropic",
                "protocol": "anthropic",
                "base_url": fake_url,
                "api_key": "sk-upstream-anthropic",
                "models": [ANTHROPIC_MODEL],
                "policy": "commercial-139-07",
            },
            *more_upstreams,
        ],
        "rules": str(REPO / "rules"),
        "users": str(users),
        "limits": {"max_body_bytes": 65536},
        **extra,
    }
    return Settings.model_validate(data)


@pytest.fixture
async def fake() -> AsyncIterator[FakeUpstream]:
    upstream = FakeUpstream()
    await upstream.start()
    yield upstream
    await upstream.close()


@pytest.fixture
def users_file(tmp_path: Path) -> tuple[Path, str]:
    users = tmp_path / "users.yaml"
    key = issue_key(
        users, "jdoe", component="USCIS", approved_by="A. Supervisor", trained_on=__import__("datetime").date.today()
    )
    return users, key


async def start_gateway(settings: Settings, fake: FakeUpstream, key: str, factory: Any) -> Gateway:
    server = TestServer(make_app(settings, detector_factory=factory, watch_rules=False), host="127.0.0.1")
    await server.start_server()
    return Gateway(str(server.make_url("")).rstrip("/"), key, fake, settings, server)


@pytest.fixture
async def gateway(fake: FakeUpstream, users_file: tuple[Path, str], detector_factory: Any) -> AsyncIterator[Gateway]:
    assert fake.server is not None
    users, key = users_file
    gw = await start_gateway(
        gateway_settings(str(fake.server.make_url("")).rstrip("/"), users), fake, key, detector_factory
    )
    yield gw
    await gw.server.close()
