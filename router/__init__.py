"""The router service: app factory, API dialects, backends and CLI."""
