"""The writes of the store: one module per area, one unit of work per command."""
