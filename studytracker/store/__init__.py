"""Persistence: the SQLite database, its migrations, and the service API (`Tracker`).

No Qt here. Everything returned to callers is a frozen dataclass from `store.views`.
"""
