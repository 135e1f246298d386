"""The hub's first tables: the devices that sync through it, and their operations.

Revision ID: h001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "h001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "studytracker_device",
        sa.Column("device", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("last_seen", sa.Text(), nullable=True),
    )
    op.create_table(
        "studytracker_operation",
        sa.Column("device", sa.String(32), primary_key=True),
        sa.Column("seq", sa.BigInteger(), primary_key=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("schema", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("studytracker_operation")
    op.drop_table("studytracker_device")
