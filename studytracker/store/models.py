"""SQLAlchemy 2 models of the database. Only `store/` imports this module.

Roadmap content (steps, topics, resources) is keyed by the roadmap's own slug ids; the learner's
data (progress, sessions, notes) hangs on integer keys of those rows and on a profile, so a
newer edition that keeps an id keeps its history, and a second learner profile can be added.
"""

from __future__ import annotations

import secrets
import time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_uid() -> str:
    """An id that is the same on every device a row syncs to: 32 hex digits, as the triggers
    make, the first 14 the microsecond it was made: ids made one after another sort one after
    another, so their unique index grows at its end (a bulk import's 200,000 random ones cost
    it seconds), and the 72 random bits after keep any two devices' ids apart."""
    return f"{time.time_ns() // 1000:014x}{secrets.token_hex(9)}"


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[str] = mapped_column(String)


class Setting(Base):
    """Learner settings (active roadmap, name, daily goal…), one value per key and profile."""

    __tablename__ = "setting"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RoadmapRow(Base):
    __tablename__ = "roadmap"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(String)
    edition: Mapped[str] = mapped_column(String, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String, default="")
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    imported_at: Mapped[str] = mapped_column(String)
    # Set when the learner removed the roadmap but kept its sessions; hidden until imported again.
    removed_at: Mapped[str | None] = mapped_column(String, nullable=True)


class StepRow(Base):
    __tablename__ = "step"
    __table_args__ = (UniqueConstraint("roadmap_id", "slug"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    roadmap_id: Mapped[str] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    title: Mapped[str] = mapped_column(String)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    why: Mapped[str] = mapped_column(Text, default="")
    tips: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    position: Mapped[int] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The outer phase grouping this step ("Month 1" over "Week 1"), or None.
    group_title: Mapped[str | None] = mapped_column(String, nullable=True)


class TopicRow(Base):
    __tablename__ = "topic"
    __table_args__ = (
        UniqueConstraint("roadmap_id", "slug"),
        Index("ix_topic_step", "step_pk"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    roadmap_id: Mapped[str] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String)
    step_pk: Mapped[int] = mapped_column(ForeignKey("step.pk", ondelete="CASCADE"))
    parent_pk: Mapped[int | None] = mapped_column(ForeignKey("topic.pk", ondelete="CASCADE"), nullable=True)
    title: Mapped[str] = mapped_column(String)
    detail: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    is_leaf: Mapped[bool] = mapped_column(Boolean, default=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ResourceRow(Base):
    __tablename__ = "resource"
    __table_args__ = (UniqueConstraint("roadmap_id", "slug"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    roadmap_id: Mapped[str] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String)
    step_pk: Mapped[int | None] = mapped_column(ForeignKey("step.pk", ondelete="CASCADE"), nullable=True)
    title: Mapped[str] = mapped_column(String)
    url: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class TopicProgress(Base):
    __tablename__ = "topic_progress"
    __table_args__ = (
        CheckConstraint("status IN ('todo', 'in-progress', 'done', 'skipped')", name="status_known"),
    )

    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"), primary_key=True)
    topic_pk: Mapped[int] = mapped_column(ForeignKey("topic.pk", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String)
    changed_at: Mapped[str] = mapped_column(String)  # ISO-8601 with offset


class StudySession(Base):
    """A study session; times are UTC epoch seconds plus the local offset when it started.

    A running session has no end yet; `heartbeat_at` is the last moment it was known alive.
    """

    __tablename__ = "study_session"
    __table_args__ = (
        CheckConstraint("end_utc IS NULL OR end_utc > start_utc", name="ends_after_start"),
        Index("ix_session_profile_start", "profile_id", "start_utc"),
        Index("ix_session_step", "step_pk"),
        Index("ux_study_session_uid", "uid", unique=True),
        # At most one running session per profile.
        Index(
            "ux_session_running",
            "profile_id",
            unique=True,
            sqlite_where=text("end_utc IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"))
    roadmap_id: Mapped[str] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"))
    step_pk: Mapped[int] = mapped_column(ForeignKey("step.pk", ondelete="CASCADE"))
    topic_pk: Mapped[int | None] = mapped_column(ForeignKey("topic.pk", ondelete="SET NULL"), nullable=True)
    start_utc: Mapped[int] = mapped_column(Integer)
    end_utc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    heartbeat_utc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String, default="timer")  # timer | cli | manual
    # Time paused within the session (not study time); `paused_at` is set while it is paused.
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    paused_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The same on every device the session syncs to (given here; a trigger gives one to a row
    #: written without, by SQL of its own).
    uid: Mapped[str | None] = mapped_column(String, nullable=True, default=new_uid)


class Note(Base):
    """A learner's markdown note on a step or on a topic."""

    __tablename__ = "note"
    __table_args__ = (
        CheckConstraint("(step_pk IS NULL) != (topic_pk IS NULL)", name="note_on_step_or_topic"),
        Index(
            "ux_note_step",
            "profile_id",
            "step_pk",
            unique=True,
            sqlite_where=text("step_pk IS NOT NULL"),
        ),
        Index(
            "ux_note_topic",
            "profile_id",
            "topic_pk",
            unique=True,
            sqlite_where=text("topic_pk IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"))
    step_pk: Mapped[int | None] = mapped_column(ForeignKey("step.pk", ondelete="CASCADE"), nullable=True)
    topic_pk: Mapped[int | None] = mapped_column(ForeignKey("topic.pk", ondelete="CASCADE"), nullable=True)
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String)


class NoteRevision(Base):
    """One version of a note: an editing burst in the window, a save from the command line, a
    restore of an older version, or a merge from an import. The newest is the note's text."""

    __tablename__ = "note_revision"
    __table_args__ = (
        Index("ix_note_revision_note", "note_id", "id"),
        Index("ux_note_revision_uid", "uid", unique=True),
        Index("ix_note_revision_base", "base_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"))
    #: The text, or, with `base_id`, an edit of that revision's text (`store.revision_texts`):
    #: read and write it only through that module.
    body: Mapped[str] = mapped_column(Text)
    base_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    saved_at: Mapped[str] = mapped_column(String)  # ISO-8601 with offset
    source: Mapped[str] = mapped_column(String)  # window | cli | restore | import | earlier
    #: The window's editing burst this revision belongs to (None: a revision of its own).
    burst: Mapped[str | None] = mapped_column(String, nullable=True)
    uid: Mapped[str | None] = mapped_column(String, nullable=True, default=new_uid)
    #: The uids of the revisions this one was written over, space-separated; None until a sync
    #: journals it. Two revisions that no other names are a note edited on two devices.
    bases: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReviewCard(Base):
    """A finished topic's place in spaced review: its memory state as the FSRS scheduler keeps
    it, and when it is next due. Made when the topic is marked done; gone when it is not."""

    __tablename__ = "review_card"
    __table_args__ = (Index("ix_review_card_due", "profile_id", "due_utc"),)

    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"), primary_key=True)
    topic_pk: Mapped[int] = mapped_column(ForeignKey("topic.pk", ondelete="CASCADE"), primary_key=True)
    stability: Mapped[float] = mapped_column(Float)
    difficulty: Mapped[float] = mapped_column(Float)
    due_utc: Mapped[int] = mapped_column(Integer)
    last_review_utc: Mapped[int] = mapped_column(Integer)
    #: Rated Again: shown "to revisit" in the checklist until the next successful review.
    to_revisit: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ReviewLog(Base):
    """One review: the rating given, when, and when the topic had been due."""

    __tablename__ = "review_log"
    __table_args__ = (
        Index("ix_review_log_time", "profile_id", "reviewed_utc"),
        Index("ux_review_log_uid", "uid", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"))
    topic_pk: Mapped[int] = mapped_column(ForeignKey("topic.pk", ondelete="CASCADE"))
    rating: Mapped[int] = mapped_column(Integer)  # 1 again, 2 hard, 3 good, 4 easy
    reviewed_utc: Mapped[int] = mapped_column(Integer)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    due_utc: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str | None] = mapped_column(String, nullable=True, default=new_uid)


class Attachment(Base):
    """A local file the learner attached to a resource or a topic, copied into DATA_DIR/attachments."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("(resource_pk IS NULL) != (topic_pk IS NULL)", name="attached_to_one_thing"),
        Index("ix_attachment_step", "step_pk"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"))
    step_pk: Mapped[int] = mapped_column(ForeignKey("step.pk", ondelete="CASCADE"))
    resource_pk: Mapped[int | None] = mapped_column(
        ForeignKey("resource.pk", ondelete="CASCADE"), nullable=True
    )
    topic_pk: Mapped[int | None] = mapped_column(ForeignKey("topic.pk", ondelete="CASCADE"), nullable=True)
    stored_name: Mapped[str] = mapped_column(String, unique=True)  # the file in attachments/
    original_name: Mapped[str] = mapped_column(String)
    size_bytes: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[str] = mapped_column(String)
    last_page: Mapped[int] = mapped_column(Integer, default=0)  # where a PDF was left open


class OfflineCopy(Base):
    """A resource made available offline: its readable copy (an attachment in
    DATA_DIR/attachments/offline), or why there is none (a page behind a sign-in, one that could
    not be read). The copy stays on this device: it is not synced, and not in the export unless
    asked for."""

    __tablename__ = "offline_copy"
    __table_args__ = (
        CheckConstraint(
            "state IN ('article', 'pdf', 'video', 'needs-sign-in', 'unavailable')", name="offline_state_known"
        ),
    )

    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"), primary_key=True)
    resource_pk: Mapped[int] = mapped_column(ForeignKey("resource.pk", ondelete="CASCADE"), primary_key=True)
    #: article (a readable page), pdf, video (a card: title, channel, thumbnail), needs-sign-in,
    #: unavailable (`detail` says why).
    state: Mapped[str] = mapped_column(String)
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), nullable=True
    )
    url: Mapped[str] = mapped_column(String)  # the resource's address when it was saved
    final_url: Mapped[str] = mapped_column(String)  # where its redirects led
    title: Mapped[str] = mapped_column(String, default="")
    saved_at: Mapped[str] = mapped_column(String)  # ISO-8601 with offset
    #: The validators of the saved response, sent back when the copy is refreshed.
    etag: Mapped[str | None] = mapped_column(String, nullable=True)
    last_modified: Mapped[str | None] = mapped_column(String, nullable=True)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(Text, default="")


class LinkCheck(Base):
    """The last check of a resource's link: whether it still leads somewhere."""

    __tablename__ = "link_check"
    __table_args__ = (
        CheckConstraint(
            "verdict IN ('ok', 'moved', 'dead', 'blocked', 'unknown')", name="link_verdict_known"
        ),
    )

    resource_pk: Mapped[int] = mapped_column(ForeignKey("resource.pk", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str] = mapped_column(String)  # the address checked
    checked_at: Mapped[str] = mapped_column(String)
    #: ok, moved (a permanent redirect: `new_url`), dead (a repeated 404 or 410, or a name that
    #: does not resolve), blocked (401, 403, 429: the site refused a program), unknown.
    verdict: Mapped[str] = mapped_column(String)
    http_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    new_url: Mapped[str | None] = mapped_column(String, nullable=True)


# Sync between devices (see store/sync). Triggers of migration 0008 mark every change to what
# travels; a migration that rebuilds one of those tables (batch_alter_table) must create them again.


class SyncState(Base):
    """This device's sync: its id and name, where it syncs, its journal's counters."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="one_sync_state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: 1 only inside the transaction that applies other devices' operations: no marks then.
    applying: Mapped[int] = mapped_column(Integer, server_default="0")
    device_id: Mapped[str | None] = mapped_column(String, nullable=True)
    device_name: Mapped[str | None] = mapped_column(String, nullable=True)
    transport: Mapped[str | None] = mapped_column(String, nullable=True)  # folder | hub
    address: Mapped[str | None] = mapped_column(Text, nullable=True)  # the folder, or the hub's URL
    next_seq: Mapped[int] = mapped_column(Integer, server_default="1")
    pushed_seq: Mapped[int] = mapped_column(Integer, server_default="0")
    #: The hybrid logical clock: never behind any operation made or seen here.
    last_hlc: Mapped[int] = mapped_column(Integer, server_default="0")
    last_sync: Mapped[str | None] = mapped_column(String, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class SyncMark(Base):
    """Something changed here since the last sync: (kind, key), e.g. ("session", uid)."""

    __tablename__ = "sync_mark"

    kind: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)


class SyncJournal(Base):
    """This device's operations, in order: what it pushes."""

    __tablename__ = "sync_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hlc: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(String)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON; None: deleted


class SyncClock(Base):
    """The clock of the operation that set a thing's state here (last writer wins by it)."""

    __tablename__ = "sync_clock"

    kind: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String)


class SyncCursor(Base):
    """Another device: how far its operations are applied here, and what stopped them."""

    __tablename__ = "sync_cursor"

    device: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, server_default="")
    seq: Mapped[int] = mapped_column(Integer, server_default="0")
    last_seen: Mapped[str | None] = mapped_column(String, nullable=True)
    blocked: Mapped[str | None] = mapped_column(Text, nullable=True)


class SyncParked(Base):
    """An operation about a roadmap this device does not have yet: applied when it comes."""

    __tablename__ = "sync_parked"

    device: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op: Mapped[str] = mapped_column(Text)


class NoteConflict(Base):
    """A note edited on two devices: both texts are revisions; the window asks to compare."""

    __tablename__ = "note_conflict"

    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), primary_key=True)
