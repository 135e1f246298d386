"""Time, injected: the service asks a clock for "now", so tests need not wait or depend on the date."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def localize(self, naive: datetime) -> datetime:
        """A wall-clock time on this clock's timezone, made aware."""
        ...

    def from_timestamp(self, epoch: float) -> datetime:
        """A UTC epoch time as local time on this clock's timezone."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()

    def localize(self, naive: datetime) -> datetime:
        return naive.astimezone()

    def from_timestamp(self, epoch: float) -> datetime:
        return datetime.fromtimestamp(epoch).astimezone()


class FixedClock:
    """A clock that stands still until moved; for tests."""

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        self.tz = tz or start.tzinfo
        if self.tz is None:
            raise ValueError("FixedClock needs an aware start time or a tz")
        self._now = start if start.tzinfo else start.replace(tzinfo=self.tz)

    def now(self) -> datetime:
        return self._now.astimezone(self.tz)

    def localize(self, naive: datetime) -> datetime:
        assert self.tz is not None
        return naive.replace(tzinfo=self.tz)

    def from_timestamp(self, epoch: float) -> datetime:
        return datetime.fromtimestamp(epoch, tz=self.tz)

    def advance(self, **delta: float) -> None:
        self._now = self._now + timedelta(**delta)
