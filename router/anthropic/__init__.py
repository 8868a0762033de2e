"""The Anthropic Messages dialect: its request shape, and the translations between it and the
router's internal chat shape."""
