"""The store's named numbers and setting keys, importable without SQLAlchemy (the window's
first paint needs some of them)."""

from __future__ import annotations

MAX_SESSION_MINUTES = 24 * 60
#: The window writes a heartbeat this often while a session runs.
HEARTBEAT_SECONDS = 30
#: A timer session whose heartbeat is older than this was left behind by a window that died.
INTERRUPTED_AFTER_SECONDS = 3 * HEARTBEAT_SECONDS
#: No heartbeat for this long while the window ran (the laptop slept): ask before counting it.
GAP_SECONDS = 5 * 60
DEFAULT_DAILY_GOAL = 30

# Keys of the learner's settings (the `setting` table).
ACTIVE_ROADMAP_KEY = "active_roadmap"
BUNDLED_HASH_KEY = "bundled_roadmap_sha256"
DAILY_GOAL_KEY = "daily_goal_minutes"
LEARNER_NAME_KEY = "learner_name"
PAGE_SIZE_KEY = "report_page_size"
POMODORO_KEYS = ("pomodoro_work", "pomodoro_short_break", "pomodoro_long_break", "pomodoro_long_every")
