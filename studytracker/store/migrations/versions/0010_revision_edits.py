"""A note's revisions stored as edits of a whole text (`studytracker.store.revision_texts`): the
column naming the whole revision an edit applies to, and the revisions there are re-stored so.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from studytracker.store.revision_texts import applied, as_edit

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note_revision") as batch:
        batch.add_column(sa.Column("base_id", sa.Integer(), nullable=True))
    op.create_index("ix_note_revision_base", "note_revision", ["base_id"])
    connection = op.get_bind()
    # Re-storing is no change to sync to other devices: the triggers stay quiet meanwhile.
    connection.exec_driver_sql("UPDATE sync_state SET applying = 1")
    base: tuple[int, int, str] | None = None  # (note, id, text) of the latest whole revision
    edits = []
    rows = connection.exec_driver_sql("SELECT id, note_id, body FROM note_revision ORDER BY note_id, id")
    for revision_id, note_id, body in rows:
        edit = as_edit(body, base[2]) if base is not None and base[0] == note_id else None
        if edit is None or base is None:
            base = (note_id, revision_id, body)
        else:
            edits.append({"id": revision_id, "body": edit, "base": base[1]})
    for start in range(0, len(edits), 500):
        connection.execute(
            sa.text("UPDATE note_revision SET body = :body, base_id = :base WHERE id = :id"),
            edits[start : start + 500],
        )
    connection.exec_driver_sql("UPDATE sync_state SET applying = 0")


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("UPDATE sync_state SET applying = 1")
    edits = connection.exec_driver_sql(
        "SELECT r.id, r.body, b.body FROM note_revision r JOIN note_revision b ON b.id = r.base_id"
    ).fetchall()
    for revision_id, edit, base in edits:
        connection.execute(
            sa.text("UPDATE note_revision SET body = :body WHERE id = :id"),
            {"body": applied(edit, base), "id": revision_id},
        )
    connection.exec_driver_sql("UPDATE sync_state SET applying = 0")
    op.drop_index("ix_note_revision_base", "note_revision")
    with op.batch_alter_table("note_revision") as batch:
        batch.drop_column("base_id")
