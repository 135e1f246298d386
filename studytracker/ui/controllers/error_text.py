"""An error as the window shows it: a database failure worded in the learner's language (its
path kept, the driver's own words after it); any other error as its one-line message, which the
store and the readers write in English for the command line."""

from __future__ import annotations

from studytracker.i18n import QT_TRANSLATE_NOOP, translate

# The window's wording of each kind of database failure (`store.errors.DatabaseFailure.kind`).
DATABASE_FAILURES = {
    "read-only": QT_TRANSLATE_NOOP("Errors", "{path}: the database is read-only ({detail})"),
    "disk-full": QT_TRANSLATE_NOOP("Errors", "{path}: could not write to disk ({detail}); nothing was saved"),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the database file is damaged or not a StudyTracker database ({detail})"
    ),
    "cannot-open": QT_TRANSLATE_NOOP("Errors", "{path}: cannot open the database ({detail})"),
    "busy": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the database is busy in another program; try again ({detail})"
    ),
    "other": QT_TRANSLATE_NOOP("Errors", "{path}: database error ({detail})"),
}


def error_text(error: BaseException) -> str:
    """The one line to show for `error`."""
    from studytracker.store.errors import DatabaseFailure

    if isinstance(error, DatabaseFailure) and error.kind in DATABASE_FAILURES:
        wording = translate("Errors", DATABASE_FAILURES[error.kind])
        return wording.format(path=error.path, detail=error.detail)
    return str(error) or type(error).__name__
