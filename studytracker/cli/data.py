"""The learner's data as files: `report`, `export`, `import`, `screenshot`, and the data-safety
commands that work on the database file itself (`check`, `backup`, `restore`)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    UsageError,
    describe_not_a_file,
    fail,
    parse_date,
    progress_line,
    window_holds,
    write_file_atomically,
)
from studytracker.formatting import count_of

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker

#: Renders the window to a picture: (tracker, out, step id or None, view name, (width, height)
#: or None for the window's usual size, theme or None, language or None). The window's package
#: provides it (`__main__` passes it in): the command line never imports the window.
RenderScreenshot = Callable[
    ["Tracker", Path, "str | None", str, "tuple[int, int] | None", "str | None", "str | None"], None
]


def parse_size(text: str) -> tuple[int, int]:
    """`--size WxH`, as two whole numbers of pixels."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or len(width) > 5 or len(height) > 5:
        raise UsageError(f"--size {text!r}: give the window's size as WIDTHxHEIGHT, e.g. 1024x640")
    return int(width), int(height)


def parse_language(value: str | None) -> str | None:
    """`--lang CODE` as "system", "en" or "es" (None when not given); an unknown code is bad usage."""
    if value is None:
        return None
    from studytracker.i18n import LANGUAGES, language_choice

    language = language_choice(value)
    if language == "system" and value.strip().lower() != "system":
        known = ", ".join(LANGUAGES)
        raise UsageError(f"--lang {value!r}: no translation in that language; use one of {known}")
    return language


def cmd_report(tracker: Tracker, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"{out}: folder {out.parent} does not exist")
    date_from = parse_date(args.date_from, "--from") if args.date_from else None
    date_to = parse_date(args.date_to, "--to") if args.date_to else None
    language = parse_language(args.lang)
    from studytracker.report.gui import ensure_gui_application
    from studytracker.report.pdf import ReportOptions, write_report

    ensure_gui_application()  # offscreen: a report never needs a screen
    options = ReportOptions(
        date_from,
        date_to,
        include_notes=args.notes,
        page_size=args.page_size,
        language=language,
    )
    try:
        result = write_report(tracker.reads, out, options)
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(
        f"wrote {out}: {count_of(result.pages, 'page', 'pages')}, "
        f"{count_of(result.sessions, 'session', 'sessions')} "
        f"from {result.date_from} to {result.date_to}"
    )
    return EXIT_OK


def cmd_check(data_dir: Path, args: argparse.Namespace) -> int:
    from studytracker.store.policy import DATABASE_NAME
    from studytracker.store.safety import check_database

    result = check_database(data_dir / DATABASE_NAME)
    if not result.ok:
        return fail(result.summary(), EXIT_PROBLEM)
    print(result.summary())
    return EXIT_OK


def cmd_backup(data_dir: Path, args: argparse.Namespace) -> int:
    from studytracker.store.safety import Backups

    out = Path(args.out) if args.out else None
    if out is not None:
        if not out.parent.is_dir():
            raise UsageError(f"{out}: folder {out.parent} does not exist")
        if out.exists() or out.is_symlink():
            raise UsageError(f"{out}: already exists; choose a new file name")
    print(f"backed up to {Backups(data_dir).create(out=out)}")
    return EXIT_OK


def cmd_restore(data_dir: Path, args: argparse.Namespace) -> int:
    from studytracker.store.safety import Backups

    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"{source}: {describe_not_a_file(source)}")
    if window_holds(data_dir):
        raise UsageError(
            f"{data_dir}: StudyTracker is open on this folder; close it (or restore from its File menu)"
        )
    previous = Backups(data_dir).restore(source)
    kept = f"; the database it replaced is kept as {previous}" if previous else ""
    print(f"restored {source}{kept}")
    return EXIT_OK


def cmd_export(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.roadmap.reading import check_json_size
    from studytracker.store.transfer import export_all, sessions_csv

    out = Path(args.out)
    if out.suffix.lower() == ".csv":
        write_file_atomically(out, sessions_csv(tracker).encode("utf-8"))
        print(f"exported the session log to {out}")
        return EXIT_OK
    data = export_all(tracker, with_offline=args.with_offline)
    exported = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    check_json_size(len(exported), str(out))  # what is written must import back
    write_file_atomically(out, exported)
    print(
        f"exported {count_of(len(data['roadmaps']), 'roadmap', 'roadmaps')}, "
        f"{count_of(len(data['progress']), 'topic status', 'topic statuses')}, "
        f"{count_of(len(data['sessions']), 'session', 'sessions')} and "
        f"{count_of(len(data['notes']), 'note', 'notes')}"
        + (
            f" with {count_of(len(data['offline_copies']), 'offline copy', 'offline copies')}"
            if "offline_copies" in data
            else ""
        )
        + f" to {out}"
    )
    return EXIT_OK


def cmd_import(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.roadmap.reading import read_json_file
    from studytracker.store.policy import EARLIEST_DAY_ISO, LATEST_DAY_ISO
    from studytracker.store.transfer import merge_all

    path = Path(args.file)
    result = merge_all(tracker, read_json_file(path), source=str(path), progress=progress_line("merging"))
    print(
        f"merged {path}: {count_of(result.roadmaps_added, 'roadmap', 'roadmaps')} added, "
        f"{count_of(result.progress_set, 'topic status', 'topic statuses')}, "
        f"{count_of(result.sessions_added, 'session', 'sessions')} added "
        f"({result.sessions_skipped} already here), {count_of(result.notes_set, 'note', 'notes')}"
        + (
            f"; {count_of(result.attachments_listed, 'attached file is', 'attached files are')} listed only"
            if result.attachments_listed
            else ""
        )
        + (
            f"; {count_of(result.offline_copies_added, 'offline copy', 'offline copies')} added"
            if result.offline_copies_added
            else ""
        )
        + (
            f"; {count_of(result.sessions_out_of_range, 'session', 'sessions')} dated outside "
            f"{EARLIEST_DAY_ISO} to {LATEST_DAY_ISO} left out (a wrong clock's)"
            if result.sessions_out_of_range
            else ""
        )
    )
    return EXIT_OK


def cmd_screenshot(render: RenderScreenshot | None, tracker: Tracker, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"{out}: folder {out.parent} does not exist")
    if args.step:
        tracker.reads.roadmaps.step_detail(
            args.step
        )  # an unknown step id is refused before anything is drawn
    language = parse_language(args.lang)
    if render is None:
        raise UsageError("screenshot: this program was started without the window's renderer")
    from studytracker.report.gui import quiet_qt_messages

    quiet_qt_messages()
    try:
        size = parse_size(args.size) if args.size else None
        render(tracker, out, args.step, args.view, size, args.theme, language)
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(f"wrote {out}")
    return EXIT_OK
