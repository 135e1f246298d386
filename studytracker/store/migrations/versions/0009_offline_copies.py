"""Offline copies of resources (a readable copy kept as an attachment, or why there is none), and
the results of checking the roadmap's links.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offline_copy",
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), primary_key=True),
        sa.Column(
            "resource_pk", sa.Integer(), sa.ForeignKey("resource.pk", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column(
            "attachment_id", sa.Integer(), sa.ForeignKey("attachment.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("final_url", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("saved_at", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("last_modified", sa.String(), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.CheckConstraint(
            "state IN ('article', 'pdf', 'video', 'needs-sign-in', 'unavailable')", name="offline_state_known"
        ),
    )
    op.create_table(
        "link_check",
        sa.Column(
            "resource_pk", sa.Integer(), sa.ForeignKey("resource.pk", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("checked_at", sa.String(), nullable=False),
        sa.Column("verdict", sa.String(), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.Column("new_url", sa.String(), nullable=True),
        sa.CheckConstraint(
            "verdict IN ('ok', 'moved', 'dead', 'blocked', 'unknown')", name="link_verdict_known"
        ),
    )


def downgrade() -> None:
    op.drop_table("link_check")
    op.drop_table("offline_copy")
