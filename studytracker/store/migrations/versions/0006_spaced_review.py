"""Spaced review of finished topics: a review card per finished topic (its FSRS memory state and
the day it is next due) and the log of reviews.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_card",
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), primary_key=True),
        sa.Column("topic_pk", sa.Integer(), sa.ForeignKey("topic.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("stability", sa.Float(), nullable=False),
        sa.Column("difficulty", sa.Float(), nullable=False),
        sa.Column("due_utc", sa.Integer(), nullable=False),
        sa.Column("last_review_utc", sa.Integer(), nullable=False),
        sa.Column("to_revisit", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.create_index("ix_review_card_due", "review_card", ["profile_id", "due_utc"])
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), nullable=False),
        sa.Column("topic_pk", sa.Integer(), sa.ForeignKey("topic.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_utc", sa.Integer(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("due_utc", sa.Integer(), nullable=False),
    )
    op.create_index("ix_review_log_time", "review_log", ["profile_id", "reviewed_utc"])


def downgrade() -> None:
    op.drop_index("ix_review_log_time", table_name="review_log")
    op.drop_table("review_log")
    op.drop_index("ix_review_card_due", table_name="review_card")
    op.drop_table("review_card")
