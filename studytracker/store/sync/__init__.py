"""Sync between a learner's devices: a journal of operations travels, never the database file.

- `operations`: one operation, its checks and the hybrid logical clock that orders them.
- `journal`: this device's changes (marked by triggers) turned into operations.
- `merge`: other devices' operations applied by deterministic rules, so every device converges.
- `folder`, `hub`: the transports (a folder the learner already syncs, a PostgreSQL hub).
- `service`: set-up, a sync, its status, and forgetting it.
"""
