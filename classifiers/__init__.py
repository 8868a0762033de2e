"""Request classification: secret and personal-data scanning plus the task-label model.
A pure library: text in, classification out; it never imports `router`."""
