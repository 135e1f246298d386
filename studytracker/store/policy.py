"""The store's named numbers and setting keys, importable without SQLAlchemy (the window's
first paint needs some of them)."""

from __future__ import annotations

DATABASE_NAME = "studytracker.sqlite3"
#: The newest migration in `store/migrations/versions`; a test keeps the two in step.
SCHEMA_HEAD = "0004"
#: The learner whose data the app shows (the profile table leaves room for more).
DEFAULT_PROFILE = 1

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
#: The hour a study day ends: a session at 00:40 counts to the evening before.
DAY_START_HOUR_KEY = "day_start_hour"
DEFAULT_DAY_START_HOUR = 4
STREAKS_ENABLED_KEY = "streaks_enabled"  # "1" to show streaks; off by default
REST_DAYS_KEY = "streak_rest_days_per_week"  # 0 or 1 day a week that does not break a streak
TARGET_DATE_KEY = "target_date:{roadmap}"  # per roadmap, YYYY-MM-DD
REMINDER_TIME_KEY = "reminder_time"  # "HH:MM", or empty for no reminder
REMINDER_DAYS_KEY = "reminder_weekdays"  # "0,1,2,3,4": Monday is 0
LONG_TIMER_KEY = "long_timer_minutes"
DEFAULT_LONG_TIMER_MINUTES = 180
