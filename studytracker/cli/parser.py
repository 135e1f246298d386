"""The command line's parser: every sub-command, its options and its handler."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial

from studytracker import __version__
from studytracker.cli.common import PROG, _Parser, add_data_dir_option
from studytracker.cli.data import (
    RenderScreenshot,
    cmd_backup,
    cmd_check,
    cmd_export,
    cmd_import,
    cmd_report,
    cmd_restore,
    cmd_screenshot,
)
from studytracker.cli.hub import add_hub_parser
from studytracker.cli.notes import cmd_note
from studytracker.cli.offline import add_offline_parsers
from studytracker.cli.progress import cmd_mark, cmd_plan, cmd_status, cmd_topics
from studytracker.cli.reviews import cmd_review
from studytracker.cli.roadmaps import (
    cmd_roadmap_export,
    cmd_roadmap_import,
    cmd_roadmap_list,
    cmd_roadmap_remove,
    cmd_roadmap_use,
    read_roadmap_import,
)
from studytracker.cli.sessions import cmd_log, cmd_sessions, cmd_start, cmd_stop
from studytracker.cli.sync import add_sync_parser
from studytracker.roadmap.import_types import UNIT_KINDS


def _add_command(
    subparsers: argparse._SubParsersAction, name: str, handler: Callable[..., int], help_text: str
) -> argparse.ArgumentParser:
    sub = subparsers.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def build_parser(render_screenshot: RenderScreenshot | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Follow a learning roadmap: progress, study time, notes.")
    add_data_dir_option(parser)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    command = partial(_add_command, commands)

    status = command("status", cmd_status, "progress of the active roadmap, overall and per step")
    status.set_defaults(read_only=True)
    status.add_argument("--json", action="store_true", help="machine-readable output")

    plan = command("plan", cmd_plan, "the plan: today, goal, streak, forecast and target date")
    plan.add_argument("--target", metavar="YYYY-MM-DD", help="the day to finish the roadmap by")
    plan.add_argument("--no-target", action="store_true", help="remove the target date")
    plan.add_argument("--day-ends", metavar="HOUR", help="the hour a study day ends (default 4)")
    plan.add_argument("--goal", metavar="MINUTES", help="the daily goal")
    plan.add_argument("--streaks", choices=["on", "off"], help="show streaks (off by default)")
    plan.add_argument("--rest-day", choices=["on", "off"], help="one day a week off keeps a streak")
    plan.add_argument("--retention", metavar="R", help="the recall chance reviews aim at, 0.80 to 0.97")
    plan.add_argument("--reviews-per-day", metavar="N", help="at most this many reviews a day")
    plan.add_argument("--json", action="store_true")

    topics = command("topics", cmd_topics, "the topics of a step (or of every step) with their ids")
    topics.set_defaults(read_only=True)
    topics.add_argument("--step", metavar="STEP_ID")
    topics.add_argument("--json", action="store_true")

    mark = command("mark", cmd_mark, "set a topic's status")
    mark.add_argument("topic_id", metavar="TOPIC_ID")
    mark.add_argument("status", metavar="STATUS", help="todo, in-progress, done or skipped")

    log = command("log", cmd_log, "record a past study session")
    log.add_argument("--step", required=True, metavar="STEP_ID")
    log.add_argument("--topic", metavar="TOPIC_ID")
    log.add_argument("--minutes", required=True, metavar="N")
    log.add_argument("--date", metavar="YYYY-MM-DD", help="the day studied (default: today)")
    log.add_argument("--at", metavar="HH:MM", help="when it started (default: a free time that day)")
    log.add_argument("--note", metavar="TEXT")

    start = command("start", cmd_start, "start a study session (kept from its first second)")
    start.add_argument("--step", required=True, metavar="STEP_ID")
    start.add_argument("--topic", metavar="TOPIC_ID")

    stop = command("stop", cmd_stop, "stop the running study session")
    stop.add_argument("--note", metavar="TEXT")
    ending = stop.add_mutually_exclusive_group()
    ending.add_argument(
        "--at", metavar="TIME", help="end it at HH:MM (after its start) or 'YYYY-MM-DD HH:MM', not now"
    )
    ending.add_argument(
        "--keep-until-last-heartbeat",
        action="store_true",
        help="end it at the last moment the window's timer saw it running",
    )
    ending.add_argument("--discard", action="store_true", help="drop the running session")

    sessions = command("sessions", cmd_sessions, "the session log")
    sessions.add_argument("--json", action="store_true")
    sessions.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    sessions.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")

    report = command("report", cmd_report, "write the progress report PDF (no screen needed)")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    report.add_argument("--notes", action="store_true", help="include the learner's notes")
    report.add_argument(
        "--page-size", choices=["a4", "letter"], help="default: the learner's setting, else A4"
    )
    report.add_argument(
        "--lang",
        metavar="CODE",
        help="the report's language: en, es, pt_BR, zh_CN or system (default: the setting, else the system)",
    )

    screenshot = command(
        "screenshot",
        partial(cmd_screenshot, render_screenshot),
        "render the main window to a PNG (no screen needed)",
    )
    screenshot.add_argument("--out", required=True, metavar="FILE.png")
    screenshot.add_argument(
        "--step", metavar="STEP_ID", help="the step to show (default: the last one shown)"
    )
    screenshot.add_argument(
        "--view", default="overview", metavar="NAME", help="overview, resources, notes, statistics or review"
    )
    screenshot.add_argument("--size", metavar="WxH", help="the window's size in pixels (default 1280x800)")
    screenshot.add_argument(
        "--theme", choices=("light", "dark"), help="the colours to render in (default: the system's)"
    )
    screenshot.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language: en, es, pt_BR, zh_CN or system (default: the setting, else the system)",
    )

    check = command("check", cmd_check, "check the database for damage (exit 1 if damaged)")
    check.set_defaults(on_file=True)
    backup = command("backup", cmd_backup, "back up the database (into DATA_DIR/backups, or --out FILE)")
    backup.add_argument("--out", metavar="FILE")
    backup.set_defaults(on_file=True)
    restore = command("restore", cmd_restore, "replace the database with a backup (the current one is kept)")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(on_file=True)
    exported = command("export", cmd_export, "all your data as JSON (or the session log as .csv)")
    exported.add_argument("--out", required=True, metavar="FILE.json")
    exported.add_argument(
        "--with-offline", action="store_true", help="include the saved offline copies of resources (large)"
    )
    imported_all = command("import", cmd_import, "merge an export back in, without duplicates")
    imported_all.add_argument("file", metavar="FILE.json")

    review = command("review", cmd_review, "finished topics due for review, or record a review now")
    review.add_argument("topic_id", nargs="?", metavar="TOPIC_ID", help="the topic reviewed now")
    review.add_argument(
        "rating",
        nargs="?",
        choices=["again", "hard", "good", "easy"],
        metavar="RATING",
        help="again, hard, good or easy",
    )
    review.add_argument("--on", metavar="YYYY-MM-DD", help="the study day to list (default: today)")
    review.add_argument("--json", action="store_true")

    note = command("note", cmd_note, "the note of a step or a topic, and its revisions")
    note.add_argument("item_id", metavar="ID", help="a step id or a topic id")
    writing = note.add_mutually_exclusive_group()
    writing.add_argument("--set", metavar="TEXT", help="replace the note (a new revision)")
    writing.add_argument("--append", metavar="TEXT", help="add a line at the end (a new revision)")
    writing.add_argument("--from-file", metavar="FILE", help="replace the note with a file's text")
    writing.add_argument("--history", action="store_true", help="list the note's revisions")
    writing.add_argument("--show", metavar="REV", help="print one revision")
    writing.add_argument("--restore", metavar="REV", help="make a revision the note again (a new revision)")
    note.add_argument("--json", action="store_true", help="with --history: machine-readable")

    add_sync_parser(commands, _Parser)
    add_hub_parser(commands, _Parser)
    add_offline_parsers(commands, _Parser)

    roadmap = commands.add_parser("roadmap", help="list, import, export or switch roadmaps")
    roadmap_commands = roadmap.add_subparsers(
        dest="roadmap_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    roadmap_command = partial(_add_command, roadmap_commands)

    roadmap_command("list", cmd_roadmap_list, "one line per roadmap: id, title, * on the active one")
    imported = roadmap_command("import", cmd_roadmap_import, "import a roadmap from .json or .md")
    imported.set_defaults(before_store=read_roadmap_import)
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true", help="print the tree it would make only")
    edition = imported.add_mutually_exclusive_group()
    edition.add_argument("--replace", action="store_true", help="a newer edition: keep progress by id")
    edition.add_argument("--as-new", action="store_true", help="a separate roadmap with its own id")
    imported.add_argument("--step-level", type=int, metavar="N", help="the heading level of the steps (1-6)")
    imported.add_argument(
        "--group-level",
        type=int,
        metavar="N",
        help="the heading level whose sections group the steps (1-6; 0: no groups)",
    )
    imported.add_argument("--exclude", action="append", metavar="TITLE", help="leave out a section")
    imported.add_argument("--base-url", metavar="URL", help="the address relative links resolve against")
    imported.add_argument("--ticked-done", action="store_true", help="import [x] task items as done")
    imported.add_argument("--title", metavar="TEXT", help="the roadmap's title, whatever the file says")
    imported.add_argument("--optional", action="append", metavar="STEP_ID", help="mark a step optional")
    imported.add_argument("--required", action="append", metavar="STEP_ID", help="mark a step required")
    imported.add_argument(
        "--units",
        choices=UNIT_KINDS,
        help="what a unit is: headings, bold lines, items holding others or table rows (default: guessed)",
    )
    exported = roadmap_command("export", cmd_roadmap_export, "write a roadmap as JSON")
    exported.add_argument("roadmap_id", metavar="ROADMAP_ID")
    exported.add_argument("--out", required=True, metavar="FILE.json")
    use = roadmap_command("use", cmd_roadmap_use, "make a roadmap the active one")
    use.add_argument("roadmap_id", metavar="ROADMAP_ID")
    remove = roadmap_command("remove", cmd_roadmap_remove, "remove a roadmap (asks for --yes)")
    remove.add_argument("roadmap_id", metavar="ROADMAP_ID")
    remove.add_argument("--keep-sessions", action="store_true", help="keep its study sessions in the log")
    remove.add_argument("--yes", action="store_true", help="confirm the removal")
    return parser
