"""users add / revoke / list: employees' gateway keys (docs/CONTRACT.md); a key is printed once, on the last line."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from gateway.identity.keys import issue_key, list_users, revoke


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m gateway users")
    sub = p.add_subparsers(dest="cmd", required=True)
    default = Path(os.environ.get("GATEWAY_USERS", "users.yaml"))
    add = sub.add_parser("add")
    add.add_argument("id")
    add.add_argument("--users", type=Path, default=default)
    add.add_argument("--approved-by")
    add.add_argument("--trained-on", type=date.fromisoformat)
    add.add_argument("--component", default="")
    add.add_argument("--expires", type=date.fromisoformat)
    add.add_argument("--admin", action="store_true")
    add.add_argument("--owner", default="", help="the employee's name, for the users file")
    add.add_argument("--upstreams", default="*", help="comma-separated upstreams the approval covers (default: all)")
    rev = sub.add_parser("revoke")
    rev.add_argument("id")
    rev.add_argument("--users", type=Path, default=default)
    lst = sub.add_parser("list")
    lst.add_argument("--users", type=Path, default=default)
    args = p.parse_args(argv)
    if args.cmd == "add":
        key = issue_key(
            args.users,
            args.id,
            component=args.component,
            approved_by=args.approved_by,
            trained_on=args.trained_on,
            expires=args.expires,
            admin=args.admin,
            owner=args.owner,
            upstreams=tuple(u.strip() for u in args.upstreams.split(",") if u.strip()),
        )
        print(f"created a gateway key for {args.id} in {args.users}; it is shown once, keep it safe:")
        print(key)
        return 0
    if args.cmd == "revoke":
        n = revoke(args.users, args.id)
        print(f"revoked {n} key(s) of {args.id}")
        return 0 if n else 1
    for user in list_users(args.users):
        keys = ", ".join(
            f"{k['id']} (created {k['created']}, expires {k['expires'] or 'never'}"
            + (", revoked)" if k["revoked"] else ")")
            for k in user["keys"]
        )
        role = " admin" if user["admin"] else ""
        print(f"{user['id']}\t{user['owner']}\t{user['component']}{role}\t{keys or 'no keys'}")
    return 0
