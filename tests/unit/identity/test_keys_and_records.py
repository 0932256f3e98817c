"""Gateway keys, approval and training records, reminders and per-group policy resolution."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from gateway.identity.keys import issue_key, list_users, read_users, revoke, verify
from gateway.identity.principal import Approval, Principal
from gateway.identity.records import AccessPolicy, policy_for
from gateway.settings import AuthSettings, GroupPolicy

TODAY = date(2026, 11, 25)


def test_key_is_stored_only_as_a_salted_hash(tmp_path: Path) -> None:
    """The users file holds a salted hash and dates, never the key; the key verifies; the file is private."""
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", owner="Jane Doe", approved_by="A. Boss", trained_on=TODAY, expires=TODAY)
    text = users.read_text()
    assert key not in text and key.split("_", 2)[2] not in text
    assert users.stat().st_mode & 0o777 == 0o600
    record = read_users(users)["users"]["jdoe"]
    assert record["approval"]["by"] == "A. Boss" and record["trainings"]["privacy"] == TODAY.isoformat()
    assert verify(read_users(users)["users"], key, TODAY) is not None
    assert verify(read_users(users)["users"], key + "x", TODAY) is None
    listed = list_users(users)
    assert listed[0]["owner"] == "Jane Doe" and "hash" not in str(listed) and key not in str(listed)


def test_expired_and_revoked_keys_fail(tmp_path: Path) -> None:
    """A key past its expiry date, or revoked, no longer verifies."""
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", expires=TODAY)
    assert verify(read_users(users)["users"], key, TODAY) is not None
    assert verify(read_users(users)["users"], key, TODAY + timedelta(days=1)) is None
    other = issue_key(users, "jdoe")
    assert revoke(users, "jdoe") == 2
    assert verify(read_users(users)["users"], other, TODAY) is None


def principal(**kw: object) -> Principal:
    base: dict[str, object] = {
        "user_id": "jdoe",
        "approval": Approval("A. Boss", TODAY, ("*",)),
        "trainings": {"responsible-ai": TODAY, "privacy": TODAY, "cybersecurity": TODAY},
    }
    return Principal(**{**base, **kw})  # type: ignore[arg-type]


def test_each_missing_requirement_has_its_own_message() -> None:
    """No approval, an approval for other tools, a missing and an expired training each say what and where."""
    auth = AuthSettings(help_url="https://intranet.example/genai")
    access = AccessPolicy(auth)
    assert access.check(principal(), "openai", TODAY) is None
    cases = {
        "approval_missing": principal(approval=None),
        "training_missing": principal(trainings={"responsible-ai": TODAY, "privacy": TODAY}),
        "training_expired": principal(
            trainings={"responsible-ai": TODAY - timedelta(days=400), "privacy": TODAY, "cybersecurity": TODAY}
        ),
    }
    for code, who in cases.items():
        denied = access.check(who, "openai", TODAY)
        assert denied is not None and denied.code == code and denied.status == 403
        assert "https://intranet.example/genai" in denied.message
    narrow = access.check(principal(approval=Approval("A. Boss", TODAY, ("hosted",))), "openai", TODAY)
    assert narrow is not None and "'openai'" in narrow.message
    assert "cybersecurity" in (access.check(cases["training_missing"], "openai", TODAY) or narrow).message


def test_reminders_start_before_expiry() -> None:
    """A training expiring within reminder_days is named in a reminder; one far from expiry is not."""
    access = AccessPolicy(AuthSettings(reminder_days=30))
    soon = principal(
        trainings={"responsible-ai": TODAY - timedelta(days=350), "privacy": TODAY, "cybersecurity": TODAY}
    )
    assert access.reminders(soon, TODAY) == ("responsible-ai training expires 2026-12-10",)
    assert access.reminders(principal(), TODAY) == ()


def test_policy_resolution_order() -> None:
    """User override beats group, group beats component, component beats the upstream's default."""
    auth = AuthSettings(
        group_policies=(
            GroupPolicy(component="USCIS", upstream="hosted", policy="component-policy"),
            GroupPolicy(group="cui-team", upstream="hosted", policy="internal"),
        )
    )
    assert policy_for(principal(), "hosted", "default", auth) == "default"
    assert policy_for(principal(component="USCIS"), "hosted", "default", auth) == "component-policy"
    assert policy_for(principal(component="USCIS", groups=("cui-team",)), "hosted", "default", auth) == "internal"
    assert policy_for(principal(groups=("cui-team",)), "openai", "default", auth) == "default"
    override = principal(groups=("cui-team",), policy_overrides={"hosted": "special"})
    assert policy_for(override, "hosted", "default", auth) == "special"
