"""The OpenAI wire format: chat completions, completions, embeddings, responses; their errors and streams.

Closed sets below are the values of the ``Literal`` types in the ``openai`` Python SDK (``openai.types``), which is
generated from OpenAI's API reference; tests/unit/protocols/test_closed_sets.py checks each one against the SDK.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from gateway.protocols.base import (
    BadRequest,
    Check,
    ErrorKind,
    Extracted,
    SegmentCollector,
    boolean,
    check_shape,
    closed,
    closed_list,
    compact,
    event_payload,
    identifier,
    integer,
    name,
    number,
    objects,
    opaque,
    require_model,
    require_object,
    schema,
    string,
)
from gateway.sse import SSEEvent
from gateway.transform.notice import NO_NOTICE, ChatNotice, Notice, ResponsesNotice
from gateway.transform.restore import Channels, dumps, json_string_escape, may_hold_placeholder, restore_text

NAME = "openai"
ROUTES = ("/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/responses")

# openai.types.chat.ChatCompletionRole
CHAT_ROLES = closed("developer", "system", "user", "assistant", "tool", "function")
# openai.types.responses.EasyInputMessageParam.role
INPUT_ROLES = closed("user", "assistant", "system", "developer")
# openai.types.chat.completion_create_params.CompletionCreateParamsBase.service_tier
CHAT_SERVICE_TIERS = closed("auto", "default", "flex", "scale", "priority", "fast")
# openai.types.responses.response_create_params.ResponseCreateParamsBase.service_tier
RESPONSES_SERVICE_TIERS = closed("auto", "default", "flex", "scale", "priority", "fast", "ultrafast")
# openai.types.shared.ReasoningEffort
REASONING_EFFORTS = closed("none", "minimal", "low", "medium", "high", "xhigh", "max")
# openai.types.shared_params.Reasoning.summary and .generate_summary
REASONING_SUMMARIES = closed("auto", "concise", "detailed")
# CompletionCreateParamsBase.verbosity; openai.types.responses.ResponseTextConfigParam.verbosity
VERBOSITIES = closed("low", "medium", "high")
# CompletionCreateParamsBase.modalities
MODALITIES = closed_list("text", "audio")
# CompletionCreateParamsBase.prompt_cache_retention, ResponseCreateParamsBase.prompt_cache_retention
CACHE_RETENTIONS = closed("in_memory", "24h")
# ResponseCreateParamsBase.truncation
TRUNCATIONS = closed("auto", "disabled")
# openai.types.responses.ResponseIncludable
INCLUDABLES = closed_list(
    "file_search_call.results",
    "web_search_call.results",
    "web_search_call.action.sources",
    "message.input_image.image_url",
    "computer_call_output.output.image_url",
    "code_interpreter_call.outputs",
    "reasoning.encrypted_content",
    "message.output_text.logprobs",
)
# openai.types.embedding_create_params.EmbeddingCreateParams.encoding_format
ENCODING_FORMATS = closed("float", "base64")
# "none" | "auto" | "required": ChatCompletionToolChoiceOptionParam, openai.types.responses.ToolChoiceOptions
TOOL_CHOICE_OPTIONS = closed("none", "auto", "required")
# openai.types.chat.ChatCompletionToolUnionParam (type)
CHAT_TOOL_TYPES = closed("function", "custom")
# openai.types.chat.ChatCompletionToolChoiceOptionParam objects (type)
CHAT_TOOL_CHOICE_TYPES = closed("function", "custom", "allowed_tools")
# openai.types.chat.completion_create_params.ResponseFormat (type)
RESPONSE_FORMAT_TYPES = closed("text", "json_object", "json_schema")
# openai.types.shared_params.CustomToolInputFormat and the Responses CustomToolParam.format (type, syntax)
CUSTOM_FORMAT_TYPES = closed("text", "grammar")
GRAMMAR_SYNTAXES = closed("lark", "regex")
# openai.types.responses.ToolParam (type)
RESPONSES_TOOL_TYPES = closed(
    "apply_patch", "code_interpreter", "computer", "computer_use_preview", "custom", "file_search", "function",
    "image_generation", "local_shell", "mcp", "namespace", "programmatic_tool_calling", "shell", "tool_search",
    "web_search", "web_search_2025_08_26", "web_search_preview", "web_search_preview_2025_03_11",
)  # fmt: skip
# openai.types.responses.ResponseInputItemParam (type)
ITEM_TYPES = frozenset(
    {
        "additional_tools", "apply_patch_call", "apply_patch_call_output", "code_interpreter_call", "compaction",
        "compaction_trigger", "computer_call", "computer_call_output", "configuration_update", "custom_tool_call",
        "custom_tool_call_output", "file_search_call", "function_call", "function_call_output",
        "image_generation_call", "item_reference", "local_shell_call", "local_shell_call_output",
        "mcp_approval_request", "mcp_approval_response", "mcp_call", "mcp_list_tools", "message", "program",
        "program_output", "reasoning", "shell_call", "shell_call_output", "tool_search_call", "tool_search_output",
        "web_search_call",
    }
)  # fmt: skip
# status of input items (ResponseInputItemParam.Message.status, ResponseFunctionToolCallParam.status, …)
ITEM_STATUSES = closed("in_progress", "completed", "incomplete")

# Content part types and what each holds. Chat: openai.types.chat.ChatCompletionContentPartParam and
# ChatCompletionContentPartRefusalParam; Responses: openai.types.responses.ResponseInputContentParam, and the
# output_text / refusal parts of an assistant message sent back (ResponseOutputMessageParam).
_CHAT_PARTS = {"text": "text", "refusal": "refusal", "image_url": "image", "input_audio": "audio", "file": "file"}
_INPUT_PARTS = {
    "input_text": "text",
    "output_text": "text",
    "refusal": "refusal",
    "input_image": "image",
    "input_file": "file",
    "input_audio": "audio",
}
_TEXT_PARTS = frozenset({"text", "refusal"})

_NUMBERS = ("temperature", "top_p", "frequency_penalty", "presence_penalty")
_CHAT: dict[str, Check] = {
    **dict.fromkeys(_NUMBERS, number),
    **dict.fromkeys(("max_tokens", "max_completion_tokens", "n", "seed", "top_logprobs"), integer),
    **dict.fromkeys(("stream", "logprobs", "parallel_tool_calls", "store"), boolean),
    "service_tier": CHAT_SERVICE_TIERS,
    "reasoning_effort": REASONING_EFFORTS,
    "verbosity": VERBOSITIES,
    "modalities": MODALITIES,
    "prompt_cache_retention": CACHE_RETENTIONS,
}
_COMPLETIONS: dict[str, Check] = {
    **dict.fromkeys(_NUMBERS, number),
    **dict.fromkeys(("max_tokens", "n", "seed", "best_of", "logprobs"), integer),
    **dict.fromkeys(("stream", "echo"), boolean),
}
_EMBEDDINGS: dict[str, Check] = {"encoding_format": ENCODING_FORMATS, "dimensions": integer}
_RESPONSES: dict[str, Check] = {
    **dict.fromkeys(("temperature", "top_p"), number),
    **dict.fromkeys(("max_output_tokens", "max_tool_calls", "top_logprobs"), integer),
    **dict.fromkeys(("stream", "store", "background", "parallel_tool_calls"), boolean),
    "service_tier": RESPONSES_SERVICE_TIERS,
    "truncation": TRUNCATIONS,
    "prompt_cache_retention": CACHE_RETENTIONS,
    "include": INCLUDABLES,
    "previous_response_id": identifier,
    "instructions": string,
}
_STREAM_OPTIONS: dict[str, Check] = {"include_usage": boolean, "include_obfuscation": boolean}
# the documented request fields of each route (openai.types …CreateParams): their names are not scanned, their
# values are, unless validated above
_FIELDS = {
    "/v1/chat/completions": frozenset(
        {
            "messages", "model", "audio", "frequency_penalty", "function_call", "functions", "logit_bias",
            "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities", "n", "parallel_tool_calls",
            "prediction", "presence_penalty", "prompt_cache_key", "prompt_cache_retention", "reasoning_effort",
            "response_format", "safety_identifier", "seed", "service_tier", "stop", "store", "stream",
            "stream_options", "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity",
            "web_search_options",
        }
    ),
    "/v1/completions": frozenset(
        {
            "model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs", "max_tokens", "n",
            "presence_penalty", "seed", "stop", "stream", "stream_options", "suffix", "temperature", "top_p", "user",
        }
    ),
    "/v1/embeddings": frozenset({"model", "input", "encoding_format", "dimensions", "user"}),
    "/v1/responses": frozenset(
        {
            "background", "conversation", "include", "input", "instructions", "max_output_tokens", "max_tool_calls",
            "metadata", "model", "parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key",
            "prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream",
            "stream_options", "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p", "truncation",
            "user",
        }
    ),
}  # fmt: skip
_MESSAGE_FIELDS = frozenset(
    {"role", "content", "name", "tool_calls", "tool_call_id", "refusal", "audio", "function_call"}
)
_ERROR_TYPES: dict[str, str] = {
    "invalid_request": "invalid_request_error",
    "authentication": "invalid_request_error",
    "permission": "permission_error",
    "not_found": "invalid_request_error",
    "too_large": "invalid_request_error",
    "rate_limit": "rate_limit_error",
    "unavailable": "api_error",
    "api": "api_error",
}


def error_type(kind: ErrorKind) -> str:
    return _ERROR_TYPES[kind]


def extract(route: str, body: object) -> Extracted:
    """Every text segment of a request, with its place; non-text parts are listed as unscannable. Settings are
    validated against their documented values; everything else is scanned."""
    if route not in _FIELDS:
        raise BadRequest(f"unsupported route {route}")
    data = require_object(body)
    model = require_model(data)
    c = SegmentCollector(data)
    c.fields((), _FIELDS[route])
    c.validated(("model",))  # the pipeline checks it against the approved names, and scans it where any is allowed
    stream = data.get("stream") is True
    if route == "/v1/chat/completions":
        c.check(data, (), _CHAT, "the request")
        _chat(data, c)
    elif route == "/v1/completions":
        c.check(data, (), _COMPLETIONS, "the request")
        _prompt_field(data, "prompt", "prompt", c)
        c.text(data.get("suffix"), ("suffix",), "suffix", "user", "'suffix'")
    elif route == "/v1/embeddings":
        c.check(data, (), _EMBEDDINGS, "the request")
        _prompt_field(data, "input", "input", c)
        stream = False
    else:
        c.check(data, (), _RESPONSES, "the request")
        _responses(data, c)
    options = data.get("stream_options")
    if isinstance(options, dict):
        c.fields(("stream_options",), frozenset(_STREAM_OPTIONS))
        c.check(options, ("stream_options",), _STREAM_OPTIONS, "'stream_options'")
    c.rest()
    return c.result(model, stream)


def _chat(data: dict[str, Any], c: SegmentCollector) -> None:
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("'messages' must be a non-empty array")
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise BadRequest(f"message {i + 1} must be an object")
        role = msg.get("role")
        place = f"message {i + 1}"
        if role is None:
            raise BadRequest(f"message {i + 1} has no role")
        CHAT_ROLES(role, f"the role of {place}")
        path = ("messages", i)
        c.fields(path, _MESSAGE_FIELDS)
        c.validated((*path, "role"))
        c.check(msg, path, {"tool_call_id": identifier}, place)
        kind = "tool" if role in ("tool", "function") else role
        if kind == "tool":
            place = f"tool result in {place}"
        _content(msg.get("content"), (*path, "content"), place, kind, _CHAT_PARTS, c)
        c.text(msg.get("refusal"), (*path, "refusal"), place, kind, "'refusal'")
        for k, call in objects(msg.get("tool_calls"), f"'tool_calls' of {place}"):
            cpath = (*path, "tool_calls", k)
            c.fields(cpath, frozenset({"id", "type", "function", "custom"}))
            c.check(call, cpath, {"id": identifier, "type": CHAT_TOOL_TYPES}, f"tool call {k + 1} of {place}")
            _call(call.get("function"), (*cpath, "function"), f"tool-call arguments in message {i + 1}", kind, c)
            custom = call.get("custom")
            if isinstance(custom, dict):
                c.fields((*cpath, "custom"), frozenset({"name", "input"}))
                c.check(custom, (*cpath, "custom"), {"name": name}, f"tool call {k + 1} of {place}")
                c.text(custom.get("input"), (*cpath, "custom", "input"), f"tool-call input in message {i + 1}", kind)
        _call(
            msg.get("function_call"), (*path, "function_call"), f"function-call arguments in message {i + 1}", kind, c
        )
        audio = msg.get("audio")
        if isinstance(audio, dict):
            c.fields((*path, "audio"), frozenset({"id"}))
            c.check(audio, (*path, "audio"), {"id": identifier}, place)
    for k, tool in objects(data.get("tools"), "'tools'"):
        _chat_tool(tool, ("tools", k), f"tool definition {k + 1}", c)
    for k, fn in objects(data.get("functions"), "'functions'"):
        _function(fn, ("functions", k), f"function definition {k + 1}", c)
    _tool_choice(data.get("tool_choice"), ("tool_choice",), CHAT_TOOL_CHOICE_TYPES, nested=True, c=c)
    fc = data.get("function_call")
    if isinstance(fc, str):
        c.check(data, (), {"function_call": closed("none", "auto")}, "the request")
    elif isinstance(fc, dict):
        c.fields(("function_call",), frozenset({"name"}))
        c.check(fc, ("function_call",), {"name": name}, "'function_call'")
    _response_format(data.get("response_format"), ("response_format",), c)
    prediction = data.get("prediction")
    if isinstance(prediction, dict):
        c.fields(("prediction",), frozenset({"type", "content"}))
        c.check(prediction, ("prediction",), {"type": closed("content")}, "'prediction'")
        _content(prediction.get("content"), ("prediction", "content"), "predicted output", "user", _CHAT_PARTS, c)


def _call(fn: object, path: tuple[str | int, ...], place: str, role: str, c: SegmentCollector) -> None:
    """A function call sent back: its name is a name, its arguments JSON."""
    if fn is None:
        return
    if not isinstance(fn, dict):
        raise BadRequest(f"the function of {place} must be an object")
    c.fields(path, frozenset({"name", "arguments"}))
    c.check(fn, path, {"name": name}, place)
    c.json_text(fn.get("arguments"), (*path, "arguments"), place, role)


def _content(
    content: object, path: tuple[str | int, ...], place: str, role: str, parts: dict[str, str], c: SegmentCollector
) -> None:
    if content is None or isinstance(content, str):
        c.text(content, path, place, role, "the content")
        return
    if not isinstance(content, list):
        raise BadRequest(f"the content of {place} must be a string or an array of parts")
    for j, part in enumerate(content):
        if not isinstance(part, dict):
            raise BadRequest(f"part {j + 1} of {place} must be an object")
        ptype = part.get("type")
        kind = parts.get(ptype) if isinstance(ptype, str) else None
        ppath = (*path, j)
        c.validated((*ppath, "type"))
        if kind in _TEXT_PARTS:
            key = "refusal" if kind == "refusal" else "text"
            c.fields(ppath, frozenset({"type", key}))
            if not isinstance(part.get(key), str):
                raise BadRequest(f"'{key}' in part {j + 1} of {place} must be a string")
            c.text(part[key], (*ppath, key), place, role)
        elif kind is not None:
            c.unscannable_part(kind, place, ppath)
        else:
            c.unscannable_part("a part of a type this gateway does not know", place)
            c.validated(ppath)


def _chat_tool(tool: dict[str, Any], path: tuple[str | int, ...], place: str, c: SegmentCollector) -> None:
    c.fields(path, frozenset({"type", "function", "custom"}))
    c.check(tool, path, {"type": CHAT_TOOL_TYPES}, place)
    fn = tool.get("function")
    if isinstance(fn, dict):
        _function(fn, (*path, "function"), place, c)
    custom = tool.get("custom")
    if isinstance(custom, dict):
        _custom_tool(custom, (*path, "custom"), place, c)


def _function(fn: dict[str, Any], path: tuple[str | int, ...], place: str, c: SegmentCollector) -> None:
    c.fields(path, frozenset({"type", "name", "description", "parameters", "strict"}))
    c.check(fn, path, {"name": name, "strict": boolean}, place)
    c.text(fn.get("description"), (*path, "description"), place, "definition", "'description'")
    schema(c, fn.get("parameters"), (*path, "parameters"), place)


def _custom_tool(tool: dict[str, Any], path: tuple[str | int, ...], place: str, c: SegmentCollector) -> None:
    """A custom tool: its grammar's definition is text the model reads, and scanned."""
    c.fields(path, frozenset({"type", "name", "description", "format"}))
    c.check(tool, path, {"name": name}, place)
    c.text(tool.get("description"), (*path, "description"), place, "definition", "'description'")
    fmt = tool.get("format")
    if isinstance(fmt, dict):
        fpath = (*path, "format")
        c.fields(fpath, frozenset({"type", "grammar", "definition", "syntax"}))
        c.check(fmt, fpath, {"type": CUSTOM_FORMAT_TYPES, "syntax": GRAMMAR_SYNTAXES}, place)
        grammar = fmt.get("grammar")
        if isinstance(grammar, dict):
            c.fields((*fpath, "grammar"), frozenset({"definition", "syntax"}))
            c.check(grammar, (*fpath, "grammar"), {"syntax": GRAMMAR_SYNTAXES}, place)


def _tool_choice(value: object, path: tuple[str, ...], types: Check, *, nested: bool, c: SegmentCollector) -> None:
    if isinstance(value, str):
        TOOL_CHOICE_OPTIONS(value, "'tool_choice'")
        c.validated(path)
    elif isinstance(value, dict):
        c.fields(path, frozenset({"type", "function", "custom", "name", "mode", "tools", "allowed_tools"}))
        c.check(value, path, {"type": types}, "'tool_choice'")
        if nested:
            for key in ("function", "custom"):
                inner = value.get(key)
                if isinstance(inner, dict):
                    c.fields((*path, key), frozenset({"name"}))
                    c.check(inner, (*path, key), {"name": name}, "'tool_choice'")
        elif value.get("type") in ("function", "custom"):
            c.check(value, path, {"name": name}, "'tool_choice'")
    elif value is not None:
        raise BadRequest("'tool_choice' must be a string or an object")


def _response_format(fmt: object, path: tuple[str, ...], c: SegmentCollector) -> None:
    """Structured output: chat's response_format {type, json_schema: {name, description, schema, strict}}."""
    if not isinstance(fmt, dict):
        return
    c.fields(path, frozenset({"type", "json_schema"}))
    c.check(fmt, path, {"type": RESPONSE_FORMAT_TYPES}, "'response_format'")
    spec = fmt.get("json_schema")
    if isinstance(spec, dict):
        _schema_spec(spec, (*path, "json_schema"), c)


def _schema_spec(spec: dict[str, Any], path: tuple[str, ...], c: SegmentCollector) -> None:
    c.fields(path, frozenset({"type", "name", "description", "schema", "strict"}))
    c.check(spec, path, {"name": name, "strict": boolean}, "the output format")
    c.text(spec.get("description"), (*path, "description"), "output format", "definition", "'description'")
    schema(c, spec.get("schema"), (*path, "schema"), "output format")


def _prompt_field(data: dict[str, Any], key: str, place: str, c: SegmentCollector) -> None:
    value = data.get(key)
    c.validated((key,))
    if isinstance(value, str):
        c.text(value, (key,), place, "user")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                c.text(item, (key, i), f"{place} {i + 1}", "user")
            elif _token(item) or (isinstance(item, list) and item and all(_token(t) for t in item)):
                c.unscannable_part("token array", f"{place} {i + 1}" if isinstance(item, list) else place)
            else:
                raise BadRequest(f"'{key}' must be a string, an array of strings or token arrays")
    elif value is None:
        raise BadRequest(f"the request needs an '{key}' field")
    else:
        raise BadRequest(f"'{key}' must be a string or an array")


def _token(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _responses(data: dict[str, Any], c: SegmentCollector) -> None:
    c.text(data.get("instructions"), ("instructions",), "instructions", "system", "'instructions'")
    value = data.get("input")
    if isinstance(value, str):
        c.text(value, ("input",), "input", "user")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise BadRequest(f"input item {i + 1} must be an object")
            _response_item(item, i, c)
    elif value is not None:
        raise BadRequest("'input' must be a string or an array of items")
    for k, tool in objects(data.get("tools"), "'tools'"):
        path = ("tools", k)
        place = f"tool definition {k + 1}"
        c.check(tool, path, {"type": RESPONSES_TOOL_TYPES}, place)
        if tool.get("type") == "function":
            _function(tool, path, place, c)
        elif tool.get("type") == "custom":
            _custom_tool(tool, path, place, c)
        c.fields(path, frozenset({"type"}) | _TOOL_FIELDS)
    _tool_choice(data.get("tool_choice"), ("tool_choice",), closed(*_TOOL_CHOICE_TYPES), nested=False, c=c)
    reasoning = data.get("reasoning")
    if isinstance(reasoning, dict):
        c.fields(("reasoning",), frozenset({"effort", "summary", "generate_summary", "context", "mode"}))
        checks = {"effort": REASONING_EFFORTS, "summary": REASONING_SUMMARIES, "generate_summary": REASONING_SUMMARIES}
        c.check(reasoning, ("reasoning",), checks, "'reasoning'")
    elif reasoning is not None:
        raise BadRequest("'reasoning' must be an object")
    text = data.get("text")
    if isinstance(text, dict):
        c.fields(("text",), frozenset({"format", "verbosity"}))
        c.check(text, ("text",), {"verbosity": VERBOSITIES}, "'text'")
        fmt = text.get("format")
        if isinstance(fmt, dict):
            c.check(fmt, ("text", "format"), {"type": RESPONSE_FORMAT_TYPES}, "the output format")
            _schema_spec(fmt, ("text", "format"), c)
    elif text is not None:
        raise BadRequest("'text' must be an object")


# field names of the Responses API's tool definitions (openai.types.responses.ToolParam members)
_TOOL_FIELDS = frozenset(
    {
        "name", "description", "parameters", "strict", "format", "server_label", "server_url", "server_description",
        "headers", "allowed_tools", "require_approval", "authorization", "connector_id", "vector_store_ids",
        "max_num_results", "ranking_options", "filters", "search_context_size", "user_location", "container",
        "display_width", "display_height", "environment",
    }
)  # fmt: skip
# openai.types.responses.response_create_params.ToolChoice (type of the object forms)
_TOOL_CHOICE_TYPES = (
    "function", "custom", "mcp", "allowed_tools", "file_search", "web_search_preview", "computer_use_preview",
    "web_search_preview_2025_03_11", "image_generation", "code_interpreter", "computer", "shell", "apply_patch",
    "local_shell", "web_search", "tool_search",
)  # fmt: skip
_ITEM_FIELDS = frozenset({"type", "id", "status", "call_id", "role", "content", "name", "arguments", "output"})


def _response_item(item: dict[str, Any], i: int, c: SegmentCollector) -> None:
    itype = item.get("type", "message")
    place = f"input item {i + 1}"
    path = ("input", i)
    if not isinstance(itype, str) or itype not in ITEM_TYPES:
        c.unscannable_part("an input item of a type this gateway does not know", place)
        c.validated(path)
        return
    c.validated((*path, "type"))
    c.fields(path, _ITEM_FIELDS | ({"summary", "encrypted_content"} if itype == "reasoning" else frozenset()))
    ids: dict[str, Check] = {"id": identifier, "call_id": identifier}
    if itype in ("message", "function_call", "function_call_output", "reasoning"):
        ids["status"] = ITEM_STATUSES
    c.check(item, path, ids, place)
    if itype == "message":
        role = item.get("role", "user")
        INPUT_ROLES(role, f"the role of {place}")
        c.validated((*path, "role"))
        _content(item.get("content"), (*path, "content"), place, str(role), _INPUT_PARTS, c)
    elif itype == "function_call":
        c.check(item, path, {"name": name}, place)
        c.json_text(item.get("arguments"), (*path, "arguments"), f"function-call arguments in {place}", "assistant")
    elif itype == "function_call_output":
        out = item.get("output")
        if isinstance(out, list):
            _content(out, (*path, "output"), f"tool result in {place}", "tool", _INPUT_PARTS, c)
        else:
            c.json_text(out, (*path, "output"), f"tool result in {place}", "tool", "the output")
    elif itype == "reasoning":
        for j, part in objects(item.get("summary"), f"the summary of {place}"):
            spath = (*path, "summary", j)
            c.fields(spath, frozenset({"type", "text"}))
            c.check(part, spath, {"type": closed("summary_text")}, place)
            c.text(part.get("text"), (*spath, "text"), place, "assistant")
        c.check(item, path, {"encrypted_content": opaque}, place)


def error_body(message: str, err_type: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": err_type, "code": code, "param": None}}


_EVENT: dict[str, type | tuple[type, ...]] = {
    "choices": list,
    "delta": (str, dict),
    "item": dict,
    "response": dict,
    "part": dict,
}
_CHOICE = {"index": int, "text": str, "delta": dict, "message": dict, "finish_reason": str}
_DELTA = {"content": str, "refusal": str, "role": str, "tool_calls": list}
_TOOL_CALL = {"index": int, "id": str, "function": dict}
_FUNCTION = {"name": str, "arguments": str}


def check_event(payload: dict[str, Any]) -> None:
    """A streamed chunk (chat, completions) or Responses event has the types the SDKs read; else ``TypeError``."""
    check_shape(payload, _EVENT, "event")
    for choice in payload.get("choices") or ():
        if not isinstance(choice, dict):
            raise TypeError("event: a choice is not an object")
        check_shape(choice, _CHOICE, "choice")
        delta = choice.get("delta") or {}
        check_shape(delta, _DELTA, "delta")
        for call in delta.get("tool_calls") or ():
            if not isinstance(call, dict):
                raise TypeError("delta: a tool call is not an object")
            check_shape(call, _TOOL_CALL, "tool call")
            check_shape(call.get("function") or {}, _FUNCTION, "function")


def error_event(message: str, err_type: str, code: str | None) -> SSEEvent:
    return SSEEvent(data=compact(error_body(message, err_type, code)))


# where a chat answer takes the review notice, by route (the other routes answer no chat)
_NOTICES: dict[str, Callable[[str], Notice]] = {"/v1/chat/completions": ChatNotice, "/v1/responses": ResponsesNotice}


class ResponseRestorer:
    """Restores placeholders in OpenAI answers, whole or streamed, and adds the review notice to chat answers;
    checks the shape of each streamed event as it reads it."""

    def __init__(self, route: str, mapping: dict[str, str], notice: str | None = None) -> None:
        self._route = route
        self._ch = Channels(mapping)
        self._envelope: dict[str, Any] | None = None  # last chat/completions chunk, for synthetic flush chunks
        shape = _NOTICES.get(route)
        self._notice: Notice = shape(notice) if notice and shape else NO_NOTICE

    # -- whole bodies
    def restore_body(self, body: dict[str, Any]) -> dict[str, Any]:
        m = self._ch.mapping
        if self._route == "/v1/responses":
            for item in body.get("output") or []:
                _restore_response_item(item, m)
        else:
            for choice in body.get("choices") or []:
                if not isinstance(choice, dict):
                    continue
                if isinstance(choice.get("text"), str):
                    choice["text"] = restore_text(choice["text"], m)
                msg = choice.get("message")
                if isinstance(msg, dict):
                    _restore_message(msg, m)
        self._notice.add_to_body(body)
        return body

    # -- streams
    def feed(self, event: SSEEvent) -> list[SSEEvent]:
        payload = event_payload(event, check_event)
        if payload is None:
            return [*self._flush_all(), event] if event.data == "[DONE]" else [event]
        if self._passes_unchanged(event):
            return [event]
        if self._route == "/v1/responses":
            before, changed = self._responses_event(payload)
        else:
            before, changed = self._chunk(payload)
        noticed, with_notice = self._notice.add_to_event(payload)
        if changed or with_notice:
            event = SSEEvent(data=dumps(payload), event=event.event, id=event.id)
        return [*before, *noticed, event]

    def flush(self) -> list[SSEEvent]:
        return self._flush_all()

    def _passes_unchanged(self, event: SSEEvent) -> bool:
        """The fast path: nothing held, no placeholder can start in the event, and the event ends nothing that
        needs the notice or a release (decided on the raw text; any doubt takes the restoring path)."""
        if self._ch.any_holding() or may_hold_placeholder(event.data):
            return False
        return self._notice.leaves(event)

    def _chunk(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        changed = False
        for choice in payload.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            ci = choice.get("index", 0)
            if isinstance(choice.get("text"), str):
                new = self._ch.feed(("text", ci), choice["text"])
                changed |= new != choice["text"]
                choice["text"] = new
            delta = choice.get("delta")
            if isinstance(delta, dict):
                for key in ("content", "refusal"):
                    if isinstance(delta.get(key), str):
                        new = self._ch.feed((key, ci), delta[key])
                        changed |= new != delta[key]
                        delta[key] = new
                for call in delta.get("tool_calls") or []:
                    fn = call.get("function") if isinstance(call, dict) else None
                    if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                        new = self._ch.feed(("args", ci, call.get("index", 0)), fn["arguments"], json_escaped=True)
                        changed |= new != fn["arguments"]
                        fn["arguments"] = new
            if choice.get("finish_reason") is not None:
                changed |= self._append_held(choice, ci)
        if payload.get("choices"):
            self._envelope = payload
        return [], changed

    def _append_held(self, choice: dict[str, Any], ci: int) -> bool:
        """The choice ends in this chunk: nothing more can complete a placeholder, so release what is held."""
        appended = False
        for key in [k for k in self._ch.holding() if isinstance(k, tuple) and k[1] == ci]:
            held = self._ch.flush(key)
            appended = True
            if key[0] == "text":
                choice["text"] = (choice.get("text") or "") + held
                continue
            delta = choice.setdefault("delta", {})
            if key[0] != "args":
                delta[key[0]] = (delta.get(key[0]) or "") + held
                continue
            calls = delta.setdefault("tool_calls", [])
            for call in calls:
                if call.get("index", 0) == key[2]:
                    fn = call.setdefault("function", {})
                    fn["arguments"] = (fn.get("arguments") or "") + held
                    break
            else:
                calls.append({"index": key[2], "function": {"arguments": held}})
        return appended

    def _flush_choice(self, envelope: dict[str, Any], ci: int) -> list[SSEEvent]:
        events = []
        for key in [k for k in self._ch.holding() if isinstance(k, tuple) and k[1] == ci]:
            held = self._ch.flush(key)
            if key[0] == "text":
                choice: dict[str, Any] = {"index": ci, "text": held, "finish_reason": None}
            elif key[0] == "args":
                call = {"index": key[2], "function": {"arguments": held}}
                choice = {"index": ci, "delta": {"tool_calls": [call]}, "finish_reason": None}
            else:
                choice = {"index": ci, "delta": {key[0]: held}, "finish_reason": None}
            synthetic = {k: v for k, v in envelope.items() if k not in ("choices", "usage")}
            synthetic["choices"] = [choice]
            events.append(SSEEvent(data=dumps(synthetic)))
        return events

    def _flush_all(self) -> list[SSEEvent]:
        if self._envelope is None or not self._ch.holding():
            return []
        indexes = sorted({k[1] for k in self._ch.holding() if isinstance(k, tuple)})
        return [e for ci in indexes for e in self._flush_choice(self._envelope, ci)]

    def _responses_event(self, payload: dict[str, Any]) -> tuple[list[SSEEvent], bool]:
        m = self._ch.mapping
        etype = payload.get("type")
        before: list[SSEEvent] = []
        if etype in ("response.output_text.delta", "response.refusal.delta", "response.function_call_arguments.delta"):
            key = (etype, payload.get("output_index"), payload.get("content_index"))
            old = payload.get("delta")
            if isinstance(old, str):
                payload["delta"] = self._ch.feed(key, old, json_escaped=etype.startswith("response.function"))
                return before, payload["delta"] != old
        elif etype in ("response.output_text.done", "response.refusal.done", "response.function_call_arguments.done"):
            delta_type = etype.removesuffix(".done") + ".delta"
            key = (delta_type, payload.get("output_index"), payload.get("content_index"))
            held = self._ch.flush(key)
            if held:
                synthetic = {k: v for k, v in payload.items() if k not in ("text", "refusal", "arguments")}
                synthetic["type"] = delta_type
                synthetic["delta"] = held
                before.append(SSEEvent(data=dumps(synthetic), event=delta_type))
            for field, escaped in (("text", False), ("refusal", False), ("arguments", True)):
                if isinstance(payload.get(field), str):
                    payload[field] = restore_text(payload[field], m, json_string_escape if escaped else None)
        elif etype == "response.content_part.done" and isinstance(payload.get("part"), dict):
            _restore_part(payload["part"], m)
        elif etype == "response.output_item.done" and isinstance(payload.get("item"), dict):
            _restore_response_item(payload["item"], m)
        elif isinstance(payload.get("response"), dict):
            for item in payload["response"].get("output") or []:
                _restore_response_item(item, m)
        else:
            return before, False
        return before, True  # written again, changed or not


def _restore_message(msg: dict[str, Any], m: Mapping[str, str]) -> None:
    for key in ("content", "refusal"):
        if isinstance(msg.get(key), str):
            msg[key] = restore_text(msg[key], m)
    for call in msg.get("tool_calls") or []:
        fn = call.get("function") if isinstance(call, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
            fn["arguments"] = restore_text(fn["arguments"], m, json_string_escape)
    fc = msg.get("function_call")
    if isinstance(fc, dict) and isinstance(fc.get("arguments"), str):
        fc["arguments"] = restore_text(fc["arguments"], m, json_string_escape)


def _restore_part(part: dict[str, Any], m: Mapping[str, str]) -> None:
    for key in ("text", "refusal"):
        if isinstance(part.get(key), str):
            part[key] = restore_text(part[key], m)


def _restore_response_item(item: object, m: Mapping[str, str]) -> None:
    if not isinstance(item, dict):
        return
    if item.get("type") == "function_call" and isinstance(item.get("arguments"), str):
        item["arguments"] = restore_text(item["arguments"], m, json_string_escape)
    for part in item.get("content") or []:
        if isinstance(part, dict):
            _restore_part(part, m)
