"""The one catalogue of the refusals the store and the roadmap readers give: each has a kind and
its parameters, so the command line prints it in English (`worded`) and the window in the
learner's language (`ui.controllers.error_text`), from the same text.

A refusal made with `kind` carries `kind` and `params` (`RoadmapError.of`, `DatabaseFailure`);
one made from a plain message is shown as written, in English.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate reads
    """Mark `text` for translation in `context` (this module loads no Qt: the store uses it)."""
    return text


#: Each refusal's English text, marked for the translators in the "Errors" context.
CATALOGUE: dict[str, str] = {
    # the database
    "db-read-only": QT_TRANSLATE_NOOP("Errors", "{path}: the database is read-only ({detail})"),
    "db-disk-full": QT_TRANSLATE_NOOP(
        "Errors", "{path}: could not write to disk ({detail}); nothing was saved"
    ),
    "db-damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the database file is damaged or not a StudyTracker database ({detail})"
    ),
    "db-cannot-open": QT_TRANSLATE_NOOP("Errors", "{path}: cannot open the database ({detail})"),
    "db-busy": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the database is busy in another program; try again ({detail})"
    ),
    "db-other": QT_TRANSLATE_NOOP("Errors", "{path}: database error ({detail})"),
    # a file to import
    "file-missing": QT_TRANSLATE_NOOP("Errors", "{path}: no such file"),
    "file-folder": QT_TRANSLATE_NOOP("Errors", "{path}: is a folder, not a file"),
    "file-not-regular": QT_TRANSLATE_NOOP(
        "Errors", "{path}: not a regular file (a device, pipe or socket); nothing was read"
    ),
    "file-unreadable": QT_TRANSLATE_NOOP("Errors", "{path}: cannot read ({reason})"),
    "file-too-big": QT_TRANSLATE_NOOP("Errors", "{path}: file is over the {limit} limit"),
    "file-empty": QT_TRANSLATE_NOOP("Errors", "{path}: file is empty"),
    "file-binary": QT_TRANSLATE_NOOP("Errors", "{path}: is a binary file, not text"),
    "file-not-utf8": QT_TRANSLATE_NOOP("Errors", "{path}: not UTF-8 text (bad byte at offset {offset})"),
    "file-bad-utf16": QT_TRANSLATE_NOOP(
        "Errors", "{path}: marked as UTF-16 text but not valid UTF-16 (bad bytes at offset {offset})"
    ),
    "file-unknown-type": QT_TRANSLATE_NOOP(
        "Errors", "{path}: unknown roadmap file type {suffix}; use .json or .md"
    ),
    # a markdown curriculum
    "markdown-no-title": QT_TRANSLATE_NOOP(
        "Errors", "{path}: no title heading found (a line like '# … Roadmap')"
    ),
    "markdown-no-steps": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: no steps found (looked for headings like '## Step 1: …', 'Week 2', 'Module 3', "
        "'Day 4', '### 1. …', a table of weeks, or sections with lists, tables or links)",
    ),
    "markdown-no-numbered-steps": QT_TRANSLATE_NOOP(
        "Errors", "{path}: no steps found (expected headings like '## Step 1: …')"
    ),
}


def worded(kind: str, params: dict[str, Any]) -> str:
    """A refusal's English text, its parameters in place."""
    return CATALOGUE[kind].format(**params)
