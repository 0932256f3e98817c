"""The registry picks upstreams by model; only allow-listed headers cross."""

from __future__ import annotations

from multidict import CIMultiDict, CIMultiDictProxy

from gateway.settings import UpstreamConfig
from gateway.upstream.client import Registry, outgoing_headers, returned_headers

OPENAI = UpstreamConfig(
    name="openai", protocol="openai", base_url="https://api.openai.com/v1/", api_key="sk-1", models=("gpt-4o",)
)
CLAUDE = UpstreamConfig(
    name="anthropic",
    protocol="anthropic",
    base_url="https://api.anthropic.com",
    api_key="sk-2",
    models=("claude-sonnet-4-5",),
)


def test_model_picks_upstream_and_protocol_must_match() -> None:
    """A model maps to its upstream only through that upstream's protocol; unknown models map to nothing."""
    reg = Registry((OPENAI, CLAUDE))
    assert reg.for_model("gpt-4o", "openai") is OPENAI
    assert reg.for_model("gpt-4o", "anthropic") is None
    assert reg.for_model("gpt-5-unapproved", "openai") is None
    assert reg.url(OPENAI, "/v1/chat/completions") == "https://api.openai.com/v1/chat/completions"
    assert reg.url(CLAUDE, "/v1/messages") == "https://api.anthropic.com/v1/messages"


def test_outgoing_headers_drop_the_employee_key_and_add_the_gateway_one() -> None:
    """The employee's credentials and unknown headers stay behind; the upstream credential is the gateway's."""
    incoming = {
        "Authorization": "Bearer gwk_employee",
        "x-api-key": "gwk_employee",
        "Cookie": "a=b",
        "anthropic-version": "2023-06-01",
        "X-Forwarded-For": "10.0.0.1",
        "OpenAI-Beta": "assistants=v2",
    }
    assert outgoing_headers(OPENAI, incoming) == {
        "authorization": "Bearer sk-1",
        "content-type": "application/json",
        "anthropic-version": "2023-06-01",
        "openai-beta": "assistants=v2",
    }
    out = outgoing_headers(CLAUDE, incoming)
    assert out["x-api-key"] == "sk-2" and "authorization" not in out and "cookie" not in out


def test_returned_headers_are_allow_listed() -> None:
    """Only content type, rate-limit and processing headers come back; the vendor's request id is renamed."""
    up = CIMultiDictProxy(
        CIMultiDict(
            {
                "Content-Type": "application/json",
                "Set-Cookie": "x",
                "x-request-id": "abc",
                "x-ratelimit-remaining-requests": "9",
                "openai-organization": "org-1",
            }
        )
    )
    out = returned_headers(up)
    assert dict(out) == {
        "Content-Type": "application/json",
        "x-ratelimit-remaining-requests": "9",
        "x-upstream-request-id": "abc",
    }
