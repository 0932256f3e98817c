"""The review notice: where each wire shape takes it, once, whole or streamed."""

from __future__ import annotations

import json

import pytest

from gateway.protocols import anthropic, openai
from gateway.sse import SSEEvent
from gateway.transform.notice import NO_NOTICE, ChatNotice, MessagesNotice, ResponsesNotice

LINE = "Checked by the gateway."


def test_no_notice_changes_nothing() -> None:
    body = {"choices": [{"index": 0, "message": {"content": "hi"}}]}
    NO_NOTICE.add_to_body(body)
    assert body == {"choices": [{"index": 0, "message": {"content": "hi"}}]}
    assert NO_NOTICE.leaves(SSEEvent(data="{}")) and NO_NOTICE.add_to_event({"choices": []}) == ([], False)


def test_chat_body_gets_it_at_the_end_of_the_first_choice() -> None:
    body = {"choices": [{"index": 0, "message": {"content": "hi"}}, {"index": 1, "message": {"content": "yo"}}]}
    ChatNotice(LINE).add_to_body(body)
    assert body["choices"][0]["message"]["content"] == "hi\n\n" + LINE
    assert body["choices"][1]["message"]["content"] == "yo"


def test_chat_stream_gets_it_once_in_the_finishing_chunk_but_not_after_a_tool_call() -> None:
    notice = ChatNotice(LINE)
    unfinished = '{"choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]}'
    assert notice.leaves(SSEEvent(data=unfinished))
    assert not notice.leaves(SSEEvent(data='{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}'))
    tool = {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}
    assert notice.add_to_event(tool) == ([], False)
    other = {"choices": [{"index": 1, "delta": {}, "finish_reason": "stop"}]}
    assert notice.add_to_event(other) == ([], False)
    last = {"choices": [{"index": 0, "delta": {"content": "end"}, "finish_reason": "stop"}]}
    assert notice.add_to_event(last) == ([], True)
    assert last["choices"][0]["delta"]["content"] == "end\n\n" + LINE
    again = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    assert notice.add_to_event(again) == ([], False) and notice.leaves(SSEEvent(data=json.dumps(again)))


def test_responses_stream_adds_a_delta_and_repeats_the_words_where_the_part_is_repeated() -> None:
    notice = ResponsesNotice(LINE)
    assert notice.leaves(SSEEvent(data="{}", event="response.output_text.delta"))
    assert not notice.leaves(SSEEvent(data="{}", event="response.output_text.done"))
    done = {"type": "response.output_text.done", "output_index": 0, "content_index": 0, "text": "hi", "logprobs": []}
    (delta,), changed = notice.add_to_event(done)
    assert changed and done["text"] == "hi\n\n" + LINE
    assert delta.event == "response.output_text.delta"
    assert json.loads(delta.data) == {
        "type": "response.output_text.delta",
        "output_index": 0,
        "content_index": 0,
        "delta": "\n\n" + LINE,
    }
    part = {"type": "response.content_part.done", "output_index": 0, "content_index": 0, "part": {"text": "hi"}}
    assert notice.add_to_event(part) == ([], True) and part["part"]["text"] == "hi\n\n" + LINE
    item = {"type": "message", "content": [{"type": "output_text", "text": "hi"}]}
    completed = {"type": "response.completed", "response": {"output": [item, {"type": "function_call"}]}}
    assert notice.add_to_event(completed) == ([], True) and item["content"][0]["text"] == "hi\n\n" + LINE
    second = {"type": "response.output_text.done", "output_index": 1, "content_index": 0, "text": "more"}
    assert notice.add_to_event(second) == ([], False) and second["text"] == "more"


def test_responses_body_gets_it_in_the_first_output_text() -> None:
    body = {
        "output": [
            {"type": "reasoning"},
            {"type": "message", "content": [{"type": "refusal"}, {"type": "output_text", "text": "a"}]},
            {"type": "message", "content": [{"type": "output_text", "text": "b"}]},
        ]
    }
    ResponsesNotice(LINE).add_to_body(body)
    assert body["output"][1]["content"][1]["text"] == "a\n\n" + LINE
    assert body["output"][2]["content"][0]["text"] == "b"


def test_messages_get_a_last_block_before_message_delta() -> None:
    body: dict = {"content": [{"type": "text", "text": "hi"}]}
    MessagesNotice(LINE).add_to_body(body)
    assert body["content"][-1] == {"type": "text", "text": LINE}
    notice = MessagesNotice(LINE)
    assert notice.add_to_event({"type": "content_block_start", "index": 2}) == ([], False)
    events, changed = notice.add_to_event({"type": "message_delta", "delta": {}})
    assert not changed
    assert [e.event for e in events] == ["content_block_start", "content_block_delta", "content_block_stop"]
    assert {json.loads(e.data)["index"] for e in events} == {3}
    assert json.loads(events[1].data)["delta"] == {"type": "text_delta", "text": LINE}
    assert notice.add_to_event({"type": "message_delta", "delta": {}}) == ([], False)


@pytest.mark.parametrize(
    ("restorer", "data"),
    [
        (openai.ResponseRestorer("/v1/chat/completions", {}), '{"choices":[{"index":0,"delta":{"tool_calls":5}}]}'),
        (openai.ResponseRestorer("/v1/chat/completions", {}, LINE), "not json"),
        (openai.ResponseRestorer("/v1/responses", {}), " [DONE]"),
        (anthropic.ResponseRestorer("/v1/messages", {}), '{"type":"content_block_delta","delta":{"text":5}}'),
        (anthropic.ResponseRestorer("/v1/messages", {}), "[1]"),
    ],
)
def test_restorers_refuse_an_event_of_the_wrong_shape_even_on_the_fast_path(restorer: object, data: str) -> None:
    with pytest.raises((TypeError, ValueError)):
        restorer.feed(SSEEvent(data=data, event="content_block_delta"))  # type: ignore[attr-defined]
