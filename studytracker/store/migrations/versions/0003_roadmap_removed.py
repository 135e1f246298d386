"""Roadmaps can be removed while their study sessions stay in the log.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("roadmap") as batch:
        batch.add_column(sa.Column("removed_at", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("roadmap") as batch:
        batch.drop_column("removed_at")
