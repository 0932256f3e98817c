# ruff: noqa: RUF001 - names and dates in Cyrillic, Han, Kana and Arabic scripts are the point
"""Round 13, recall by class (tuned on blind set p): a banner spaced out and cut across lines, a document said to
be marked by what someone did with it, a Redis password in a compose file, a labelled password in Cyrillic.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "Top of the page:\nC U I\n//\nSP-CTI\nPlease turn the rest into bullet points.",
        "We received a site security plan marked CVI last week; outline its sections for me.",
        "The utility submitted a vulnerability report stamped PCII. Summarize the first finding.",
        'command: ["redis-server", "--requirepass", "Wq7TzLp0vXc2Nh"]',
        "requirepass Hx81mQz4Lr",
        "CACHE_URL=redis://:Pk3vN8wLq2Zt@cache:6379/1",
        "Переведи: «Олег, пароль от почтового ящика: Berezka_9wQx. Никому не говори.»",
    ],
)
def test_cut_banners_handled_documents_and_server_passwords_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "If you receive a document marked PCII, who do you call?",
        "What does C U I stand for in the training deck?",
        "redis-server --port 6380 --appendonly yes",
        "Переведи: «Пароль от почты надо менять каждые 90 дней.»",
    ],
)
def test_look_alikes_of_those_pass(boundary, text: str) -> None:
    untouched(boundary, text)
