"""Which adapter serves which route."""

from __future__ import annotations

from types import ModuleType

from gateway.protocols import anthropic, openai

ADAPTERS: dict[str, ModuleType] = {route: openai for route in openai.ROUTES} | {
    route: anthropic for route in anthropic.ROUTES
}


def adapter_for(route: str) -> ModuleType:
    return ADAPTERS[route]
