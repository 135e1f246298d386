"""Attachments: local files a learner attaches to a resource or a topic.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), nullable=False),
        sa.Column("step_pk", sa.Integer(), sa.ForeignKey("step.pk", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "resource_pk", sa.Integer(), sa.ForeignKey("resource.pk", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("topic_pk", sa.Integer(), sa.ForeignKey("topic.pk", ondelete="CASCADE"), nullable=True),
        sa.Column("stored_name", sa.String(), nullable=False, unique=True),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.String(), nullable=False),
        sa.Column("last_page", sa.Integer(), nullable=False),
        sa.CheckConstraint("(resource_pk IS NULL) != (topic_pk IS NULL)", name="attached_to_one_thing"),
    )
    op.create_index("ix_attachment_step", "attachment", ["step_pk"])


def downgrade() -> None:
    op.drop_table("attachment")
