"""Round 28, by the session's lead: a crypt(3)-style password hash is a credential wherever it stands (after a
password label, in a line of /etc/shadow or of an htpasswd file), though it starts with "$" as a shell variable does;
a shadow file whose accounts hold no hash is no .pgpass line. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        "password: $6$rounds=5000$pQ7sLt2x$Hn3Kd8Wz1Rb6Yc4Mv9Tq2Lp5Xs0Fg7Jk3Aw8Ez1Nu6",
        "root password hash is $1$kT4w9Zq2$Bm7Xv3Rp8Nc1Hy6Ld4Js0. do not share it",
        "My password is $2b$12$Wq8zLm3Xp5Rt7Kv2Nb9Yc1Ds4Fh6Gj0Ak3Qe8Mu5Ti7Oy2Pz4Sx",
        "root:$6$Jr5vQ2mK$Tc8Lw3Xn6Bz1Hp9Ry4Dk7Vs2Mq5Fg0Ea3Nu8Yt1Ki6Op4Zx9Wj2Lc7Hb5:19812:0:99999:7:::\n"
        "daemon:*:19812:0:99999:7:::",
        "why does apache reject this user?\nops-admin:$apr1$Lk3q9Wz2$Vm8Tp4Rx1Nc7Hy5Bd0Js6.",
        "# ~/.pgpass\nreports.db.internal:5432:claims:etl_svc:Qv7#mL2\\:pX9w",
    ],
)
def test_password_hashes_are_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "root:!:19812:0:99999:7:::\nbin:*:19812:0:99999:7:::\nsshd:!!:19812::::::\nWhich accounts here are locked?",
        "DB_PASSWORD: $DB_PASSWORD",
        "smtp password: ${SMTP_PASSWORD}",
        "Prices went from $5$ a unit to $6$ for two, is that a typo in the flyer?",
    ],
)
def test_no_hash_no_refusal(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)
