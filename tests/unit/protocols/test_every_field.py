"""Text in any field reaches the vendor, so every field is scanned: the adapters' known fields, and any other
string, key or number (metadata, end-user ids, newer API parameters); only settings validated against their
documented values are not. Random bodies never crash an adapter: a body is read, or refused with BadRequest."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.protocols.base import BadRequest, write_back
from gateway.protocols.registry import ADAPTERS

MARK = "SECRET//NOFORN"

VALID: dict[str, dict[str, Any]] = {
    "/v1/chat/completions": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
    "/v1/completions": {"model": "gpt-4o", "prompt": "hi"},
    "/v1/embeddings": {"model": "text-embedding-3-small", "input": "hi"},
    "/v1/responses": {"model": "gpt-4o", "input": "hi"},
    "/v1/messages": {"model": "claude-sonnet-4-6", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
    "/v1/messages/count_tokens": {"model": "claude-sonnet-4-6", "messages": [{"role": "user", "content": "hi"}]},
}


def texts(route: str, body: dict[str, Any]) -> list[str]:
    return [s.text for s in ADAPTERS[route].extract(route, body).segments]


def test_unknown_fields_are_scanned() -> None:
    """Metadata, the end-user field, a participant name and a field no adapter knows all carry text upstream."""
    chat = {
        **VALID["/v1/chat/completions"],
        "messages": [{"role": "user", "content": "hi", "name": "Maria Garcia"}],
        "metadata": {"note": MARK},
        "user": "maria.garcia@example.com",
        "a_field_from_next_year": {"nested": ["free text"]},
    }
    found = texts("/v1/chat/completions", chat)
    assert {"Maria Garcia", "note: " + MARK, "maria.garcia@example.com", "free text"} <= set(found)
    messages = {**VALID["/v1/messages"], "metadata": {"user_id": "Maria Garcia"}, "stop_sequences": [MARK]}
    assert {"user_id: Maria Garcia", MARK} <= set(texts("/v1/messages", messages))


def test_settings_are_validated_and_ids_names_and_enums_are_scanned() -> None:
    """Closed-set settings, types and the model are validated and not segments; ids, tool names and schema enums
    are text a client could fill, so they are segments too."""
    chat = {
        "model": "gpt-4o",
        "service_tier": "default",
        "temperature": 0.2,
        "messages": [
            {"role": "user", "content": "hi"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "call_Maria", "type": "function", "function": {"name": "Maria", "arguments": "{}"}}
                ],
            },
            {"role": "tool", "tool_call_id": "call_Maria", "content": "done"},
        ],
        "tools": [{"type": "function", "function": {"name": "Maria", "parameters": {"enum": ["Maria Garcia"]}}}],
        "tool_choice": {"type": "function", "function": {"name": "Maria"}},
        "response_format": {"type": "json_schema", "json_schema": {"name": "Maria", "schema": {"description": "d"}}},
    }
    found = texts("/v1/chat/completions", chat)
    assert {"hi", "done", "d", "Maria Garcia", "call_Maria", "Maria"} == set(found)
    assert not {"gpt-4o", "default", "0.2", "user", "assistant", "tool", "function", "json_schema"} & set(found)
    blob = base64.b64encode(bytes(range(200, 256)) * 2).decode()
    messages = {
        **VALID["/v1/messages"],
        "messages": [
            {"role": "user", "content": "hi"},
            {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "plan", "signature": blob},
                    {"type": "tool_use", "id": "toolu_Maria", "name": "Maria", "input": {"q": "x"}},
                ],
            },
        ],
        "thinking": {"type": "enabled", "budget_tokens": 1024},
        "tool_choice": {"type": "tool", "name": "Maria"},
    }
    found = texts("/v1/messages", messages)
    assert {"hi", "plan", "q: x", "toolu_Maria", "Maria"} == set(found)


keys = st.sampled_from(["metadata", "user", "note", "extra", "x_custom", "prompt_vars", "tags"])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(route=st.sampled_from(sorted(VALID)), key=keys, nest=st.lists(st.text(min_size=1, max_size=6), max_size=3))
def test_a_marker_in_any_new_field_is_a_segment(route: str, key: str, nest: list[str]) -> None:
    """Wherever a client puts text in a field the adapter does not know, it is among the segments."""
    value: Any = MARK
    for k in reversed(nest):
        value = {k: value}
    body = {**copy.deepcopy(VALID[route]), key: value}
    assert any(MARK in t for t in texts(route, body))


@settings(max_examples=300, deadline=None)
@given(route=st.sampled_from(sorted(VALID)), extra=st.dictionaries(st.text(max_size=10), json_values, max_size=4))
def test_random_bodies_are_read_or_refused_and_write_back_is_exact(route: str, extra: dict[str, Any]) -> None:
    """An adapter raises nothing but BadRequest; writing the segments back unchanged gives the same body."""
    body = {**copy.deepcopy(VALID[route]), **extra}
    try:
        found = ADAPTERS[route].extract(route, body)
    except BadRequest:
        return
    same = copy.deepcopy(body)
    write_back(same, found.segments, {s.index: s.text for s in found.segments})
    assert json.dumps(same, sort_keys=True) == json.dumps(body, sort_keys=True)


def test_every_route_is_fuzzed() -> None:
    """A new route must be added to VALID, so the properties above cover it."""
    assert set(VALID) == set(ADAPTERS)
