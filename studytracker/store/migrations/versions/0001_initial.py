"""The first schema: profiles, settings, roadmaps, steps, topics, resources, progress,
study sessions and notes.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "roadmap",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("edition", sa.String(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
    )
    op.create_table(
        "step",
        sa.Column("pk", sa.Integer(), primary_key=True),
        sa.Column(
            "roadmap_id",
            sa.String(),
            sa.ForeignKey("roadmap.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("tips", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("roadmap_id", "slug"),
    )
    op.create_table(
        "topic",
        sa.Column("pk", sa.Integer(), primary_key=True),
        sa.Column(
            "roadmap_id",
            sa.String(),
            sa.ForeignKey("roadmap.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("step_pk", sa.Integer(), sa.ForeignKey("step.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("parent_pk", sa.Integer(), sa.ForeignKey("topic.pk", ondelete="CASCADE"), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_leaf", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("roadmap_id", "slug"),
    )
    op.create_index("ix_topic_step", "topic", ["step_pk"])
    op.create_table(
        "resource",
        sa.Column("pk", sa.Integer(), primary_key=True),
        sa.Column(
            "roadmap_id",
            sa.String(),
            sa.ForeignKey("roadmap.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("step_pk", sa.Integer(), sa.ForeignKey("step.pk", ondelete="CASCADE"), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("roadmap_id", "slug"),
    )
    op.create_table(
        "topic_progress",
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), primary_key=True),
        sa.Column(
            "topic_pk",
            sa.Integer(),
            sa.ForeignKey("topic.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("changed_at", sa.String(), nullable=False),
        sa.CheckConstraint("status IN ('todo', 'in-progress', 'done', 'skipped')", name="status_known"),
    )
    op.create_table(
        "study_session",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), nullable=False),
        sa.Column(
            "roadmap_id",
            sa.String(),
            sa.ForeignKey("roadmap.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("step_pk", sa.Integer(), sa.ForeignKey("step.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("topic_pk", sa.Integer(), sa.ForeignKey("topic.pk", ondelete="SET NULL"), nullable=True),
        sa.Column("start_utc", sa.Integer(), nullable=False),
        sa.Column("end_utc", sa.Integer(), nullable=True),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("heartbeat_utc", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.CheckConstraint("end_utc IS NULL OR end_utc > start_utc", name="ends_after_start"),
    )
    op.create_index("ix_session_profile_start", "study_session", ["profile_id", "start_utc"])
    op.create_index("ix_session_step", "study_session", ["step_pk"])
    op.create_index(
        "ux_session_running",
        "study_session",
        ["profile_id"],
        unique=True,
        sqlite_where=sa.text("end_utc IS NULL"),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(), sa.ForeignKey("profile.id"), nullable=False),
        sa.Column("step_pk", sa.Integer(), sa.ForeignKey("step.pk", ondelete="CASCADE"), nullable=True),
        sa.Column("topic_pk", sa.Integer(), sa.ForeignKey("topic.pk", ondelete="CASCADE"), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.CheckConstraint("(step_pk IS NULL) != (topic_pk IS NULL)", name="note_on_step_or_topic"),
    )
    op.create_index(
        "ux_note_step",
        "note",
        ["profile_id", "step_pk"],
        unique=True,
        sqlite_where=sa.text("step_pk IS NOT NULL"),
    )
    op.create_index(
        "ux_note_topic",
        "note",
        ["profile_id", "topic_pk"],
        unique=True,
        sqlite_where=sa.text("topic_pk IS NOT NULL"),
    )


def downgrade() -> None:
    for table in (
        "note",
        "study_session",
        "topic_progress",
        "resource",
        "topic",
        "step",
        "roadmap",
        "setting",
        "profile",
    ):
        op.drop_table(table)
