"""GenAI data-safeguarding gateway: scan, redact, restore or block prompts on their way to approved GenAI upstreams."""

__version__ = "0.1.0"
