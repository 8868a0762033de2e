"""The monthly cost report, aggregated from the ledger."""
