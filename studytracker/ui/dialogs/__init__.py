"""Dialogs a learner opens: preferences, the import preview, the report, search, the session log,
the welcome, and the questions the window asks."""
