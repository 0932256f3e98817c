"""Protocol adapters: the only modules that know the OpenAI and Anthropic wire formats."""
