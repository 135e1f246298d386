"""Pauses in a study session: the paused time is not counted as study time.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("study_session") as batch:
        batch.add_column(sa.Column("paused_seconds", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("paused_at", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("study_session") as batch:
        batch.drop_column("paused_at")
        batch.drop_column("paused_seconds")
