"""Adapters that serve chat requests: hosted models through LiteLLM (and, later, llama.cpp)."""
