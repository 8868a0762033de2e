"""The spend and latency ledger: one record per request, written off the request path."""
