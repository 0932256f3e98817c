# ruff: noqa: RUF001 - names in Han, Kana, Ethiopic and Arabic scripts are the point
"""Round 12, recall by class (tuned on blind set o): a banner whose "//" a line break cut, an access key id one
character short after being pasted in pieces, a password set by a helpdesk reset without the word "password".
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "Paste came out broken:\nTOP SECRET/\n/NOFORN\nThe convoy leaves at dawn.",
        "Header as received:\nSECRET /\n/ REL TO USA, GBR\nSources report movement near the border.",
        "The key got wrapped in chat: AKIAQ7W2ER 4TY8UI9OP please check why it fails",
        "id ASIAM3N7B5V2C8X1Z4L is what the console printed",
        "ticket: locked out again, I reset it to Harbor#Lights2027 so she can sign in",
        "reset her account back to temp Quokka!9Dune and asked her to change it",
    ],
)
def test_cut_markings_short_keys_and_reset_passwords_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Use either path:\n/usr/local/bin/\n/opt/tools/bin\nwhichever is first on PATH.",
        "We reset it to Build_v2.3 after the failed rollout.",
        "Reset it to Factory Defaults from the settings menu.",
        "Quarterly totals by region: ASIA 2026Q3 up, EMEA flat.",
    ],
)
def test_look_alikes_of_those_pass(boundary, text: str) -> None:
    untouched(boundary, text)
