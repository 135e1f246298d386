"""The hub's tables (PostgreSQL), as SQLAlchemy models; created and upgraded by the Alembic
migrations in `hub_migrations`, never by the app on its own."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ColumnElement, Date, DateTime, Integer, String, Text, cast, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Alembic's version table for the hub: a database the hub shares keeps its own `alembic_version`.
HUB_VERSION_TABLE = "studytracker_hub_version"
HUB_HEAD = "h002"


def current_role() -> ColumnElement[str]:
    """The role the hub is used as, as text in the database's collation: `current_user` is of
    type name, whose collation ("C") would keep an index on a text column from serving the query."""
    return cast(func.current_user(), Text).collate("default")


class HubBase(DeclarativeBase):
    pass


class HubDevice(HubBase):
    """A device that syncs through the hub: its name and when it last pushed."""

    __tablename__ = "studytracker_device"

    #: The role that pushed it: each role reads and writes only its own (row-level security).
    owner: Mapped[str] = mapped_column(Text, primary_key=True, server_default=text("current_user"))
    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text, server_default="")
    last_seen: Mapped[str | None] = mapped_column(Text, nullable=True)


class HubOperation(HubBase):
    """One operation of a device's journal; never changed once there."""

    __tablename__ = "studytracker_operation"

    owner: Mapped[str] = mapped_column(Text, primary_key=True, server_default=text("current_user"))
    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    schema: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON


class HubCohort(HubBase):
    """A mentor's cohort: the roadmap its learners follow, and the date they aim to finish by."""

    __tablename__ = "studytracker_cohort"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    roadmap: Mapped[str] = mapped_column(Text)
    target: Mapped[date | None] = mapped_column(Date, nullable=True)
    mentor: Mapped[str] = mapped_column(Text, server_default=text("current_user"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class HubMember(HubBase):
    """A learner's role in a cohort, from the invitation on; `joined_at` once it joined."""

    __tablename__ = "studytracker_member"

    cohort_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner: Mapped[str] = mapped_column(Text, primary_key=True)
    display_name: Mapped[str] = mapped_column(Text)
    invited_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    joined_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class HubShare(HubBase):
    """What a learner shares with a cohort: the figures of `store.sync.share`, as JSON."""

    __tablename__ = "studytracker_share"

    cohort_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner: Mapped[str] = mapped_column(Text, primary_key=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    figures: Mapped[str] = mapped_column(Text)


class HubSharedNote(HubBase):
    """A note a learner shares with a cohort (only when they turned notes on for its roadmap)."""

    __tablename__ = "studytracker_shared_note"

    cohort_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner: Mapped[str] = mapped_column(Text, primary_key=True)
    step: Mapped[str] = mapped_column(Text, primary_key=True)
    topic: Mapped[str] = mapped_column(Text, primary_key=True)  # "" for the step's own note
    heading: Mapped[str] = mapped_column(Text)  # "Step › Topic", as the learner's roadmap names them
    body: Mapped[str] = mapped_column(Text)
