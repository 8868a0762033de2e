"""Routing in the service: the live policy, the plan for each request, and its execution."""
