"""Note history: every version of a note, kept (one revision an editing burst, a command-line
save, a restore or an import). Each note's text so far becomes its first revision.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("note.id", ondelete="CASCADE"), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("burst", sa.String(), nullable=True),
    )
    op.create_index("ix_note_revision_note", "note_revision", ["note_id", "id"])
    op.execute(
        "INSERT INTO note_revision (note_id, body, saved_at, source, burst)"
        " SELECT id, body, updated_at, 'earlier', NULL FROM note WHERE body != '' ORDER BY id"
    )


def downgrade() -> None:
    op.drop_index("ix_note_revision_note", table_name="note_revision")
    op.drop_table("note_revision")
