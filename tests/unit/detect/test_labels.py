"""The label lexicon: a key names the entity of the values under it, and a machine's address is not a street."""

from __future__ import annotations

import pytest

from gateway.detect.labels import entity_for


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("address", "STREET_ADDRESS"),
        ("home_address", "STREET_ADDRESS"),
        ("Mailing Address", "STREET_ADDRESS"),
        ("email_address", "EMAIL_ADDRESS"),
        ("dob", "DATE_OF_BIRTH"),
        ("place of birth", None),
        ("ip_address", None),
        ("ipAddress", None),
        ("macAddress", None),
        ("server address", None),
        ("wallet_address", None),
    ],
)
def test_a_key_labels_its_values(key: str, entity: str | None) -> None:
    assert entity_for(key) == entity
