"""The closed sets the adapters validate against are the vendors' own: each equals the ``Literal`` values of the
official SDK's type for that field (the SDKs are generated from the vendors' API references). A new SDK that adds
a value makes this test say which set to update."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from anthropic import types as at
from anthropic.types import content_block_param, message_create_params, message_param
from openai.types import embedding_create_params
from openai.types.chat import (
    chat_completion_content_part_param,
    chat_completion_role,
    chat_completion_tool_union_param,
    completion_create_params,
)
from openai.types.responses import (
    easy_input_message_param,
    response_create_params,
    response_includable,
    response_input_item_param,
    tool_param,
)
from openai.types.shared import reasoning_effort
from openai.types.shared_params import reasoning

from gateway.protocols import anthropic, openai


def literals(tp: Any) -> set[str]:
    """Every Literal value inside a type (through Optional, Union, List, Required, Annotated)."""
    if typing.get_origin(tp) is typing.Literal:
        return set(typing.get_args(tp))
    return {v for arg in typing.get_args(tp) for v in literals(arg)}


def field(typed_dict: Any, name: str) -> set[str]:
    return literals(typing.get_type_hints(typed_dict, include_extras=True)[name])


def types_of(union: Any) -> set[str]:
    """The 'type' values of a union of TypedDicts."""
    return {v for member in typing.get_args(union) for v in field(member, "type")}


def values(check: Any) -> set[str]:
    return set(check.values)


CHAT_PARAMS = completion_create_params.CompletionCreateParamsBase
RESPONSES_PARAMS = response_create_params.ResponseCreateParamsBase
MESSAGES_PARAMS = message_create_params.MessageCreateParamsBase
CHAT_TOOLS = chat_completion_tool_union_param.ChatCompletionToolUnionParam

CASES = {
    "chat roles": (openai.CHAT_ROLES, literals(chat_completion_role.ChatCompletionRole)),
    "responses input roles": (openai.INPUT_ROLES, field(easy_input_message_param.EasyInputMessageParam, "role")),
    "chat service_tier": (openai.CHAT_SERVICE_TIERS, field(CHAT_PARAMS, "service_tier")),
    "responses service_tier": (openai.RESPONSES_SERVICE_TIERS, field(RESPONSES_PARAMS, "service_tier")),
    "reasoning effort": (openai.REASONING_EFFORTS, literals(reasoning_effort.ReasoningEffort)),
    "reasoning summary": (openai.REASONING_SUMMARIES, field(reasoning.Reasoning, "summary")),
    "reasoning generate_summary": (openai.REASONING_SUMMARIES, field(reasoning.Reasoning, "generate_summary")),
    "verbosity": (openai.VERBOSITIES, field(CHAT_PARAMS, "verbosity")),
    "modalities": (openai.MODALITIES, field(CHAT_PARAMS, "modalities")),
    "prompt_cache_retention (chat)": (openai.CACHE_RETENTIONS, field(CHAT_PARAMS, "prompt_cache_retention")),
    "prompt_cache_retention (responses)": (openai.CACHE_RETENTIONS, field(RESPONSES_PARAMS, "prompt_cache_retention")),
    "truncation": (openai.TRUNCATIONS, field(RESPONSES_PARAMS, "truncation")),
    "include": (openai.INCLUDABLES, literals(response_includable.ResponseIncludable)),
    "embeddings encoding_format": (
        openai.ENCODING_FORMATS,
        field(embedding_create_params.EmbeddingCreateParams, "encoding_format"),
    ),
    "chat tool types": (openai.CHAT_TOOL_TYPES, types_of(CHAT_TOOLS)),
    "responses tool types": (openai.RESPONSES_TOOL_TYPES, types_of(tool_param.ToolParam)),
    "anthropic service_tier": (anthropic.SERVICE_TIERS, field(MESSAGES_PARAMS, "service_tier")),
    "anthropic tool_choice types": (anthropic.TOOL_CHOICE_TYPES, types_of(at.ToolChoiceParam)),
    "anthropic thinking types": (anthropic.THINKING_TYPES, types_of(at.ThinkingConfigParam)),
    "anthropic tool types": (anthropic.TOOL_TYPES, types_of(at.ToolUnionParam)),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_closed_set_is_the_sdk_literal(case: str) -> None:
    ours, sdk = CASES[case]
    assert values(ours) == sdk


def test_part_block_and_item_types_are_the_sdks() -> None:
    """Content part, block and input item types: the gateway knows exactly the SDK's, plus the assistant-side
    parts a client sends back (chat 'refusal'; Responses 'output_text', 'refusal'; audio input)."""
    chat_parts = types_of(chat_completion_content_part_param.ChatCompletionContentPartParam)
    assert set(openai._CHAT_PARTS) == chat_parts | {"refusal"}
    assert types_of(response_input_item_param.ResponseInputItemParam) == openai.ITEM_TYPES
    assert types_of(content_block_param.ContentBlockParam) == anthropic.BLOCK_TYPES
    roles = {r for member in typing.get_args(message_param.MessageParam) for r in field(member, "role")}
    assert values(anthropic.ROLES) == roles
