"""Round 26, by the session's lead (set ah): a variable or a setting named "…_KEY" or "…Key" given a random string
in code or config is a credential, refused; the same names given words, ids or paths pass. Every text and value
here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        'import requests\nPORTAL_KEY = "Wd4Lq8Xn2Vr7Kc1Tz5Hb9Ym3Pf6Ja0Gs"\n'
        'requests.get(URL, headers={"X-Api-Key": PORTAL_KEY})',
        "const geocodeKey = 'Zr5Kt1Wm8Qx3Lb7Nc2Vd9Hf';  // why does the map not load?",
        'AES_KEY = "4f1c9e2ab07d83e56c2f9a1b0e7d4c3a"',
    ],
)
def test_a_random_string_given_to_a_key_variable_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'CACHE_KEY = "user_profile_by_email"\nwhy does the cache miss?',
        'sortKey: "createdAtTimestamp2024"\nidempotencyKey: "ORDER_2024_11_30_000173"',
        '"partitionKey": "TenantA-Region2-Shard17" — is that a good partition scheme?',
    ],
)
def test_words_and_ids_given_to_a_key_variable_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)
