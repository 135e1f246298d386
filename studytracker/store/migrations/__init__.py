"""Alembic migrations of the StudyTracker database, applied on open (see `store.database`)."""
