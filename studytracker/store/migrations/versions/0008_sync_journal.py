"""Sync between a learner's devices: ids that are the same on every device (`uid`), and the
change journal's tables.

Every change to what travels (progress, settings, sessions, note revisions, reviews, roadmaps)
leaves a mark (`sync_mark`) in the same transaction, made by the triggers below, so no write
path can forget it; a sync turns the marks into operations of the device's journal. While a
sync applies other devices' operations (`sync_state.applying` = 1, inside its own transaction)
the triggers stay quiet, so nothing echoes back.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: The triggers mark a change only once sync is set up (its setup marks everything there is) and
#: not while a sync applies other devices' operations.
QUIET = "(SELECT applying = 0 AND device_id IS NOT NULL FROM sync_state WHERE id = 1)"
NEW_UID = "lower(hex(randomblob(16)))"
#: Tables whose rows get a uid, and the kind of mark a change to them leaves.
UID_TABLES = {"study_session": "session", "note_revision": "revision", "review_log": "review"}


def _mark(kind: str, key: str) -> str:
    return f"INSERT OR IGNORE INTO sync_mark (kind, key) VALUES ('{kind}', {key});"


def _triggers() -> list[str]:
    statements = []
    for table, kind in UID_TABLES.items():
        statements += [
            # A row written without a uid gets one (its update leaves the mark).
            f"CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL "
            f"BEGIN UPDATE {table} SET uid = {NEW_UID} WHERE id = NEW.id; END",
            f"CREATE TRIGGER {table}_sync_insert AFTER INSERT ON {table} "
            f"WHEN NEW.uid IS NOT NULL AND {QUIET} BEGIN {_mark(kind, 'NEW.uid')} END",
            f"CREATE TRIGGER {table}_sync_update AFTER UPDATE ON {table} "
            f"WHEN NEW.uid IS NOT NULL AND {QUIET} BEGIN {_mark(kind, 'NEW.uid')} END",
            f"CREATE TRIGGER {table}_sync_delete AFTER DELETE ON {table} "
            f"WHEN OLD.uid IS NOT NULL AND {QUIET} BEGIN {_mark(kind, 'OLD.uid')} END",
        ]
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        statements += [
            f"CREATE TRIGGER topic_progress_sync_{event.lower()} AFTER {event} ON topic_progress "
            f"WHEN {QUIET} BEGIN {_mark('progress', f'CAST({row}.topic_pk AS TEXT)')} END",
            f"CREATE TRIGGER setting_sync_{event.lower()} AFTER {event} ON setting "
            f"WHEN {row}.key NOT LIKE 'bundled\\_%' ESCAPE '\\' AND {QUIET} "
            f"BEGIN {_mark('setting', f'{row}.key')} END",
            f"CREATE TRIGGER roadmap_sync_{event.lower()} AFTER {event} ON roadmap "
            f"WHEN {QUIET} BEGIN {_mark('roadmap', f'{row}.id')} END",
        ]
    return statements


def upgrade() -> None:
    for table in UID_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uid", sa.String(), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {NEW_UID}")
        op.create_index(f"ux_{table}_uid", table, ["uid"], unique=True)
    with op.batch_alter_table("note_revision") as batch:
        # The revisions this one was written over, by uid ("a b"): None until it is journaled.
        batch.add_column(sa.Column("bases", sa.Text(), nullable=True))
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("applying", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("device_id", sa.String(), nullable=True),
        sa.Column("device_name", sa.String(), nullable=True),
        sa.Column("transport", sa.String(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("next_seq", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("pushed_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_hlc", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_sync", sa.String(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint("id = 1", name="one_sync_state"),
    )
    op.execute("INSERT INTO sync_state (id, applying) VALUES (1, 0)")
    op.create_table(
        "sync_mark",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
    )
    op.create_table(
        "sync_journal",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
    )
    op.create_table(
        "sync_clock",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(), nullable=False),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("device", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, server_default=""),
        sa.Column("seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_seen", sa.String(), nullable=True),
        sa.Column("blocked", sa.Text(), nullable=True),
    )
    op.create_table(
        "sync_parked",
        sa.Column("device", sa.String(), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("op", sa.Text(), nullable=False),
    )
    op.create_table(
        "note_conflict",
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("note.id", ondelete="CASCADE"), primary_key=True),
    )
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    for statement in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    for table in ("note_conflict", "sync_parked", "sync_cursor", "sync_clock", "sync_journal", "sync_mark"):
        op.drop_table(table)
    op.drop_table("sync_state")
    with op.batch_alter_table("note_revision") as batch:
        batch.drop_column("bases")
    for table in UID_TABLES:
        op.drop_index(f"ux_{table}_uid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uid")
