"""Spend caps on hosted models and per-key rate limits, counted where every replica sees them."""
