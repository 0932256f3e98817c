"""Any JSON a client can send gives the adapters' extraction either segments or ``BadRequest``, nothing else
(anything else would be a 500), and every segment's text is really at the path it names."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from gateway.protocols import openai
from gateway.protocols.base import ENTRY, ENTRY_SEPARATOR, JSON_STRING, KEY, BadRequest
from gateway.protocols.registry import ADAPTERS

ROUTES = sorted(ADAPTERS)
KEYS = st.sampled_from(
    [
        "model", "messages", "role", "content", "type", "text", "system", "tools", "tool_calls", "function",
        "arguments", "input", "prompt", "suffix", "instructions", "output", "summary", "source", "data", "stream",
        "function_call", "functions", "tool_choice", "response_format", "prediction", "refusal", "name", "id",
        "thinking", "document", "tool_result", "tool_use", "image", "input_text", "image_url", "description",
        "title", "properties", "parameters", "output_format", "metadata", "x",
    ]
)  # fmt: skip
SCALARS = (
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=20) | KEYS
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS | st.text(max_size=5), inner, max_size=5),
    max_leaves=40,
)


def _near_valid(draw: st.DrawFn) -> dict[str, Any]:
    """Requests shaped like real ones with any field swapped for any JSON value."""
    body: dict[str, Any] = {
        "model": draw(st.sampled_from(["gpt-4o", "claude-sonnet-4-6"]) | JSON),
        "messages": draw(
            st.lists(
                st.fixed_dictionaries(
                    {"role": st.sampled_from(["user", "assistant", "tool", "system"]) | JSON, "content": JSON}
                )
                | JSON,
                max_size=3,
            )
        ),
    }
    for key in draw(st.lists(KEYS, max_size=4)):
        body[key] = draw(JSON)
    return body


near_valid = st.composite(_near_valid)()


def _at(body: Any, path: tuple[Any, ...]) -> Any:
    node = body
    for i, step in enumerate(path):
        if step is JSON_STRING:
            return _at(json.loads(node), path[i + 1 :])
        if step is KEY:  # the key itself
            return path[i + 1]
        if step is ENTRY:  # the key and its scalar value read together
            key = path[i + 1]
            value = node[key]
            return f"{key}{ENTRY_SEPARATOR}{value if isinstance(value, str) else json.dumps(value)}"
        node = node[step]
    return node


def _check(route: str, body: Any) -> None:
    adapter = ADAPTERS[route]
    try:
        found = adapter.extract(route, body)
    except BadRequest as exc:
        assert str(exc)  # a message for the client
        return
    for index, segment in enumerate(found.segments):
        assert segment.index == index
        assert isinstance(segment.text, str) and segment.text
        value = _at(body, segment.path)  # a scalar in a free-form place is scanned as its JSON text
        assert (value if isinstance(value, str) else json.dumps(value)) == segment.text


@given(route=st.sampled_from(ROUTES), body=JSON)
def test_any_json_body_is_segments_or_bad_request(route: str, body: Any) -> None:
    _check(route, body)


@given(route=st.sampled_from(ROUTES), body=near_valid)
def test_near_valid_bodies_are_segments_or_bad_request(route: str, body: dict[str, Any]) -> None:
    _check(route, body)


@given(
    route=st.sampled_from(openai.ROUTES),
    parts=st.lists(st.fixed_dictionaries({"type": JSON, "text": JSON}), max_size=3),
)
def test_openai_content_parts_of_any_type(route: str, parts: list[dict[str, Any]]) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": parts}], "input": [{"content": parts}]}
    _check(route, body)


@given(blocks=st.lists(st.fixed_dictionaries({"type": JSON}, optional={"content": JSON, "source": JSON}), max_size=3))
def test_anthropic_blocks_of_any_type(blocks: list[dict[str, Any]]) -> None:
    _check("/v1/messages", {"model": "m", "messages": [{"role": "user", "content": blocks}], "system": blocks})


@given(value=JSON)
def test_list_valued_fields_of_any_type(value: Any) -> None:
    """Fields the adapters iterate (tools, tool calls, summaries) may hold anything a client sends."""
    _check("/v1/messages", {"model": "m", "messages": [{"role": "user", "content": "hi"}], "tools": value})
    _check("/v1/chat/completions", {"model": "m", "messages": [{"role": "assistant", "tool_calls": value}]})
    _check("/v1/responses", {"model": "m", "input": [{"type": "reasoning", "summary": value}]})
    _check("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": "x"}], "tools": value})
