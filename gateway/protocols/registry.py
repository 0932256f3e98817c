"""Which adapter serves which route."""

from __future__ import annotations

from gateway.protocols import anthropic, openai
from gateway.protocols.base import Adapter

PROTOCOLS: dict[str, Adapter] = {openai.NAME: openai, anthropic.NAME: anthropic}
ADAPTERS: dict[str, Adapter] = {route: adapter for adapter in PROTOCOLS.values() for route in adapter.ROUTES}


def adapter_for(route: str) -> Adapter:
    """The route's adapter; the gateway's own routes (feedback) answer errors in the OpenAI shape."""
    return ADAPTERS.get(route, openai)
