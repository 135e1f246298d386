"""What every area of the read API shares: a connection source, one read transaction at a time,
and the `read` decorator that gives each public read a snapshot of its own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import wraps
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    from studytracker.store.reads import Reads

Row = tuple[Any, ...]
P = ParamSpec("P")
T = TypeVar("T")
A = TypeVar("A", bound="Area")


class ConnectionSource(Protocol):
    """Where reads get a sqlite3 connection inside a read transaction (one consistent snapshot):
    the data folder opened read-only, or the Tracker's engine."""

    def read_transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


class Area:
    """One area of the read API (roadmaps, progress, sessions, ...): its SQL, over its Reads."""

    #: The attribute of `Reads` that holds this area, so a snapshot finds its own copy.
    name = ""

    def __init__(self, reads: Reads) -> None:
        self.reads = reads

    def rows(self, sql: str, **parameters: object) -> list[Row]:
        return self.reads.rows(sql, **parameters)

    def first(self, sql: str, **parameters: object) -> Row | None:
        rows = self.rows(sql, **parameters)
        return rows[0] if rows else None


def read(method: Callable[Concatenate[A, P], T]) -> Callable[Concatenate[A, P], T]:
    """A public read: inside a snapshot it reads there; outside one it takes a snapshot of its
    own, so the several queries of one answer always agree."""

    @wraps(method)
    def in_snapshot(area: A, *args: P.args, **kwargs: P.kwargs) -> T:
        if area.reads.connection is not None:
            return method(area, *args, **kwargs)
        with area.reads.snapshot() as pinned:
            return method(getattr(pinned, area.name), *args, **kwargs)

    return in_snapshot


@contextmanager
def read_transaction_on(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction on a plain sqlite3 connection in autocommit mode (isolation_level None)."""
    if connection.in_transaction:  # already inside one: share its snapshot
        yield connection
        return
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        connection.execute("ROLLBACK")  # nothing to keep: it only read
