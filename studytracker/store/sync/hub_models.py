"""The hub's tables (PostgreSQL), as SQLAlchemy models; created and upgraded by the Alembic
migrations in `hub_migrations`, never by the app on its own."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Alembic's version table for the hub: a database the hub shares keeps its own `alembic_version`.
HUB_VERSION_TABLE = "studytracker_hub_version"
HUB_HEAD = "h001"


class HubBase(DeclarativeBase):
    pass


class HubDevice(HubBase):
    """A device that syncs through the hub: its name and when it last pushed."""

    __tablename__ = "studytracker_device"

    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text, server_default="")
    last_seen: Mapped[str | None] = mapped_column(Text, nullable=True)


class HubOperation(HubBase):
    """One operation of a device's journal; never changed once there."""

    __tablename__ = "studytracker_operation"

    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    schema: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
