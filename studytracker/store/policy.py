"""The store's named numbers and setting keys, importable without SQLAlchemy (the window's
first paint needs some of them)."""

from __future__ import annotations

DATABASE_NAME = "studytracker.sqlite3"
#: How long a writer waits for another (the window, the command line, a restore) to finish.
BUSY_TIMEOUT_MS = 10_000
#: The newest migration in `store/migrations/versions`; a test keeps the two in step.
SCHEMA_HEAD = "0010"
#: The tables and columns of a database at SCHEMA_HEAD (a test keeps this in step with the
#: migrations): `check` and `restore` refuse a file that has the revision but not the schema.
HEAD_SCHEMA: dict[str, frozenset[str]] = {
    "alembic_version": frozenset({"version_num"}),
    "attachment": frozenset(
        {
            "id",
            "profile_id",
            "step_pk",
            "resource_pk",
            "topic_pk",
            "stored_name",
            "original_name",
            "size_bytes",
            "added_at",
            "last_page",
        }
    ),
    "link_check": frozenset(
        {"resource_pk", "url", "checked_at", "verdict", "http_status", "detail", "new_url"}
    ),
    "note": frozenset({"id", "profile_id", "step_pk", "topic_pk", "body", "updated_at"}),
    "note_revision": frozenset(
        {"id", "note_id", "body", "saved_at", "source", "burst", "uid", "bases", "base_id"}
    ),
    "note_conflict": frozenset({"note_id"}),
    "review_card": frozenset(
        {"profile_id", "topic_pk", "stability", "difficulty", "due_utc", "last_review_utc", "to_revisit"}
    ),
    "review_log": frozenset(
        {"id", "profile_id", "topic_pk", "rating", "reviewed_utc", "utc_offset_min", "due_utc", "uid"}
    ),
    "offline_copy": frozenset(
        {
            "profile_id",
            "resource_pk",
            "state",
            "attachment_id",
            "url",
            "final_url",
            "title",
            "saved_at",
            "etag",
            "last_modified",
            "size_bytes",
            "detail",
        }
    ),
    "profile": frozenset({"id", "name", "created_at"}),
    "resource": frozenset(
        {"pk", "roadmap_id", "slug", "step_pk", "title", "url", "kind", "note", "position", "archived"}
    ),
    "roadmap": frozenset(
        {"id", "title", "edition", "summary", "source", "schema_version", "imported_at", "removed_at"}
    ),
    "setting": frozenset({"profile_id", "key", "value"}),
    "step": frozenset(
        {
            "pk",
            "roadmap_id",
            "slug",
            "number",
            "title",
            "optional",
            "why",
            "tips",
            "position",
            "archived",
            "group_title",
        }
    ),
    "study_session": frozenset(
        {
            "id",
            "profile_id",
            "roadmap_id",
            "step_pk",
            "topic_pk",
            "start_utc",
            "end_utc",
            "utc_offset_min",
            "heartbeat_utc",
            "note",
            "source",
            "paused_seconds",
            "paused_at",
            "uid",
        }
    ),
    "sync_state": frozenset(
        {
            "id",
            "applying",
            "device_id",
            "device_name",
            "transport",
            "address",
            "next_seq",
            "pushed_seq",
            "last_hlc",
            "last_sync",
            "last_error",
        }
    ),
    "sync_mark": frozenset({"kind", "key"}),
    "sync_journal": frozenset({"seq", "hlc", "kind", "key", "data"}),
    "sync_clock": frozenset({"kind", "key", "hlc", "device"}),
    "sync_cursor": frozenset({"device", "name", "seq", "last_seen", "blocked"}),
    "sync_parked": frozenset({"device", "seq", "op"}),
    "topic": frozenset(
        {
            "pk",
            "roadmap_id",
            "slug",
            "step_pk",
            "parent_pk",
            "title",
            "detail",
            "position",
            "is_leaf",
            "archived",
        }
    ),
    "topic_progress": frozenset({"profile_id", "topic_pk", "status", "changed_at"}),
}
#: A note's editing burst in the window ends after this long without typing: the next typing
#: starts a new revision.
NOTE_BURST_SECONDS = 10 * 60
#: The learner whose data the app shows (the profile table leaves room for more).
DEFAULT_PROFILE = 1

MAX_SESSION_MINUTES = 24 * 60
#: The days a session, a date on the command line or a stamp in an import may fall on.
EARLIEST_DAY_ISO, LATEST_DAY_ISO = "1970-01-02", "2199-12-31"
#: A session's UTC offset is within ±14 hours, as every time zone on Earth is.
MAX_UTC_OFFSET_MINUTES = 14 * 60
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
REVIEW_RETENTION_KEY = "review_desired_retention"  # "0.90": the recall chance reviews aim at
WELCOMED_KEY = "welcomed"  # "1" once the first start's welcome was shown
REVIEWS_PER_DAY_KEY = "reviews_per_day"  # at most this many reviews a day; the rest wait
# Offline reading: the most one resource's copy may take, and all of them together (in MB).
OFFLINE_RESOURCE_CAP_KEY = "offline_resource_cap_mb"
OFFLINE_TOTAL_CAP_KEY = "offline_total_cap_mb"
OFFLINE_RESOURCE_CAP_RANGE = (1, 1024)
OFFLINE_TOTAL_CAP_RANGE = (10, 100 * 1024)
# What a learner in a cohort shares with its mentor: progress and time unless turned off ("0"),
# a roadmap's notes only once turned on ("1") for it.
SHARE_PROGRESS_KEY = "share_progress"
SHARE_TIME_KEY = "share_time"
SHARE_NOTES_KEY = "share_notes:{roadmap}"
DEFAULT_REVIEW_RETENTION = 0.90
DEFAULT_REVIEWS_PER_DAY = 10
DEFAULT_LONG_TIMER_MINUTES = 180
