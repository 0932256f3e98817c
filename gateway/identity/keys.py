"""Employees' gateway keys: issued once, stored only as salted hashes in the users file."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from gateway.yamlsrc import Problem, YamlSourceError

PREFIX = "gwk_"


def _hash(salt: str, secret: str) -> str:
    # keys are 256-bit random values, so one salted SHA-256 resists guessing; a slow KDF would only cost latency
    return hashlib.sha256(bytes.fromhex(salt) + secret.encode()).hexdigest()


def read_users(users_file: Path) -> dict[str, Any]:
    """The users file's content (``{"users": {}}`` when it does not exist yet); ``YamlSourceError`` if unusable."""
    if not users_file.exists():
        return {"users": {}}
    return load_users(users_file)


def load_users(users_file: Path) -> dict[str, Any]:
    """Read and check the users file: a mapping whose ``users`` maps ids to records. Raises ``YamlSourceError``
    naming the file (and line) without quoting it: the file holds key hashes."""
    where = str(users_file)
    try:
        data = yaml.safe_load(users_file.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise YamlSourceError([Problem(where, None, f"cannot read the users file ({exc.strerror})")]) from None
    except UnicodeDecodeError:
        raise YamlSourceError([Problem(where, None, "the users file is not UTF-8 text")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise YamlSourceError([Problem(where, line, "the users file is not valid YAML")]) from None
    if not isinstance(data, dict):
        raise YamlSourceError([Problem(where, 1, "the users file must be a mapping with a 'users' key")])
    data.setdefault("users", {})
    users = data["users"]
    if users is None:
        data["users"] = users = {}
    if not isinstance(users, dict) or not all(isinstance(r, dict) for r in users.values()):
        raise YamlSourceError([Problem(where, None, "'users' must map each user id to a record")])
    return data


def write_users(users_file: Path, data: dict[str, Any]) -> None:
    users_file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=users_file.parent, prefix=".users-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yaml.safe_dump(data, fh, sort_keys=False)
        os.chmod(tmp, 0o600)
        os.replace(tmp, users_file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def issue_key(
    users_file: Path,
    user_id: str,
    *,
    component: str = "",
    approved_by: str | None = None,
    trained_on: date | None = None,
    expires: date | None = None,
    admin: bool = False,
    owner: str = "",
    upstreams: tuple[str, ...] = ("*",),
    trainings: tuple[str, ...] = ("responsible-ai", "privacy", "cybersecurity"),
) -> str:
    """Create a key for ``user_id`` (creating the employee if new) and return it; only its salted hash is stored.

    ``approved_by`` records the supervisor's approval (today, for ``upstreams``); ``trained_on`` records the
    completion date of each of ``trainings``.
    """
    data = read_users(users_file)
    user = data["users"].setdefault(user_id, {"component": component, "keys": []})
    if component:
        user["component"] = component
    if owner:
        user["owner"] = owner
    if approved_by:
        user["approval"] = {"by": approved_by, "on": date.today().isoformat(), "upstreams": list(upstreams)}
    if trained_on:
        user.setdefault("trainings", {}).update({name: trained_on.isoformat() for name in trainings})
    if admin:
        user["admin"] = True
    key_id = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_hex(16)
    user.setdefault("keys", []).append(
        {
            "id": key_id,
            "salt": salt,
            "hash": _hash(salt, secret),
            "created": date.today().isoformat(),
            "expires": expires.isoformat() if expires else None,
            "revoked": False,
        }
    )
    write_users(users_file, data)
    return f"{PREFIX}{key_id}_{secret}"


def revoke(users_file: Path, user_id: str) -> int:
    data = read_users(users_file)
    user = data["users"].get(user_id)
    if not user:
        return 0
    count = 0
    for key in user.get("keys", []):
        if not key.get("revoked"):
            key["revoked"] = True
            count += 1
    write_users(users_file, data)
    return count


def list_users(users_file: Path) -> list[dict[str, Any]]:
    out = []
    for user_id, user in read_users(users_file)["users"].items():
        out.append(
            {
                "id": user_id,
                "owner": user.get("owner", ""),
                "component": user.get("component", ""),
                "admin": bool(user.get("admin")),
                "keys": [
                    {k: key.get(k) for k in ("id", "created", "expires", "revoked")} for key in user.get("keys", [])
                ],
            }
        )
    return out


KeyIndex = dict[str, tuple[str, dict[str, Any]]]  # key id -> (user id, key record)


def index_keys(users: dict[str, Any]) -> KeyIndex:
    """Key id → owner and record, built once per read of the users file so a lookup is one dict access."""
    return {key["id"]: (user_id, key) for user_id, user in users.items() for key in user.get("keys", []) if "id" in key}


def verify(
    users: dict[str, Any], presented: str, today: date, index: KeyIndex | None = None
) -> tuple[str, dict[str, Any], str] | None:
    """(user id, user record, key id) for a valid key, else None."""
    if not presented.startswith(PREFIX):
        return None
    key_id, _, secret = presented[len(PREFIX) :].partition("_")
    if not key_id or not secret:
        return None
    found = (index if index is not None else index_keys(users)).get(key_id)
    if found is None:
        return None
    user_id, key = found
    if key.get("revoked"):
        return None
    expires = key.get("expires")
    if expires and date.fromisoformat(str(expires)) < today:
        return None
    if not hmac.compare_digest(_hash(key["salt"], secret), key["hash"]):
        return None
    return user_id, users[user_id], key_id
