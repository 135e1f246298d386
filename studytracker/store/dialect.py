"""The SQL of the read API that only SQLite speaks, in one place; everything else is written so
that PostgreSQL would take it too (named parameters, standard functions)."""

from __future__ import annotations

#: The seconds a session `s` was studied (`rules.studied_seconds` in SQL, for sums); `:now` is
#: bound by the caller. SQLite's two-argument max() is PostgreSQL's GREATEST().
STUDIED_SECONDS = "max(COALESCE(s.end_utc, s.paused_at, :now) - s.start_utc - s.paused_seconds, 0)"

#: The study day (YYYY-MM-DD) a session `s` started on, in its own local time, with the day-start
#: hour bound as `:shift` seconds.
SESSION_STUDY_DAY = "date(s.start_utc + s.utc_offset_min * 60 - :shift, 'unixepoch')"
