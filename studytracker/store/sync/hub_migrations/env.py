"""Alembic environment of the hub's own tables (PostgreSQL): run with the connection that
`store.sync.hub` hands over, keeping its version in a table of its own."""

from alembic import context

from studytracker.store.sync.hub_models import HUB_VERSION_TABLE, HubBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=HubBase.metadata, version_table=HUB_VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
