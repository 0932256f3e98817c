"""The users file at start-up and on change: missing or broken stops the start, and never quietly empties access."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gateway.identity.authenticate import Authenticator, AuthError
from gateway.identity.keys import issue_key
from gateway.settings import Settings
from gateway.yamlsrc import YamlSourceError


def settings(users: Path, **auth: Any) -> Settings:
    return Settings.model_validate(
        {
            "upstreams": [{"name": "openai", "protocol": "openai", "base_url": "https://a.example", "models": ["m"]}],
            "users": str(users),
            "auth": auth,
        }
    )


def test_missing_users_file_without_another_identity_source_stops_start_up(tmp_path: Path) -> None:
    """Nobody could sign in: the error names the file and says how to create it."""
    users = tmp_path / "users.yaml"
    with pytest.raises(YamlSourceError) as err:
        Authenticator(settings(users))
    assert str(users) in str(err.value) and "users add" in str(err.value)


def test_missing_users_file_is_fine_with_a_trusted_proxy(tmp_path: Path) -> None:
    """With a proxy (or OIDC) as identity source, gateway keys are simply off."""
    Authenticator(settings(tmp_path / "users.yaml", proxy={"networks": ["10.0.0.0/8"]}))


@pytest.mark.parametrize(
    "content",
    ["users: [a, b]\n", "users:\n  jdoe: {keys: [\n", "- just\n- a list\n", "users:\n  jdoe: 7\n"],
)
def test_broken_users_file_stops_start_up_without_quoting_it(tmp_path: Path, content: str) -> None:
    users = tmp_path / "users.yaml"
    users.write_text(content)
    with pytest.raises(YamlSourceError) as err:
        Authenticator(settings(users))
    assert str(users) in str(err.value) and "jdoe" not in str(err.value)


def test_unreadable_users_file_stops_start_up(tmp_path: Path) -> None:
    users = tmp_path / "users.yaml"
    users.mkdir()  # unreadable as a file, even for root (a mount gone wrong)
    with pytest.raises(YamlSourceError, match="cannot read"):
        Authenticator(settings(users))


async def test_a_broken_edit_at_run_time_keeps_the_last_good_users(tmp_path: Path) -> None:
    """A typo saved over the users file does not lock everyone out; the fixed file takes effect."""
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="boss", trained_on=date.today())
    auth = Authenticator(settings(users))
    headers = {"authorization": f"Bearer {key}"}
    assert (await auth.authenticate(headers, None)).user_id == "jdoe"
    good = users.read_text()
    users.write_text("users: {jdoe: [\n")
    os.utime(users, (1, 1))
    assert (await auth.authenticate(headers, None)).user_id == "jdoe"
    users.write_text(good.replace("revoked: false", "revoked: true"))
    os.utime(users, (2, 2))
    with pytest.raises(AuthError):
        await auth.authenticate(headers, None)
