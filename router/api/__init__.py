"""The HTTP edge: API dialects, error bodies and the request context. Only it uses FastAPI."""
