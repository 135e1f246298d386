"""Step groups: the outer phase a step belongs to ("Month 1" over "Week 1"), or none.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("group_title", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.drop_column("group_title")
