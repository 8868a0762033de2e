"""Routing policy: the schema, loading and validation of routing YAML, the pure `decide()`
function and the privacy guard. A pure library: it never imports `router`."""
