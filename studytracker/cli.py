"""The command line of the outside contract (../shared/CONTRACT.md). No Qt widgets here.

Exit codes: 0 done; 1 the operation ran and found a problem; 2 bad usage or bad input. On 1 and 2
one line `studytracker: error: …` goes to stderr, and nothing has been written.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from studytracker import __version__
from studytracker.formatting import format_minutes
from studytracker.paths import resolve_data_dir

if TYPE_CHECKING:
    from studytracker.store.reads import ReadOnlyData, Reads
    from studytracker.store.records import Progress, SessionView
    from studytracker.store.tracker import Tracker

PROG = "studytracker"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or a bad value on the command line (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is the contract's single line, exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# --- values ------------------------------------------------------------------------------


def parse_date(text: str, option: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise UsageError(f"{option} {text!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text} is not a real date") from None


def parse_time(text: str, option: str) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise UsageError(f"{option} {text!r} is not a time in the form HH:MM")
    return time(int(match.group(1)), int(match.group(2)))


def parse_minutes(text: str) -> int:
    if not re.fullmatch(r"[+-]?\d+", text.strip()):
        raise UsageError(f"--minutes {text!r} is not a whole number of minutes")
    return int(text)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a failure never leaves half a file behind."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{path}: folder {folder} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


# --- the commands ------------------------------------------------------------------------


def _progress_json(progress: Progress) -> dict[str, Any]:
    return {
        "done": progress.done,
        "total": progress.total,
        "percent": progress.percent,
        "in_progress": progress.in_progress,
        "skipped": progress.skipped,
    }


def _plan_json(reads: Reads) -> dict[str, Any]:
    """Extra keys of `status --json`: today against the goal, streaks when on, and the plan."""
    from studytracker.report.stats import compute_statistics

    stats = compute_statistics(reads)
    plan = stats.plan
    data: dict[str, Any] = {
        "today": {
            "day": stats.today.isoformat(),
            "minutes": reads.plan.today_minutes(),
            "goal": stats.goal_minutes,
        },
        "forecast": {
            "finish": stats.forecast.finish.isoformat() if stats.forecast.finish else None,
            "topics_per_week": round(stats.forecast.topics_per_week, 2),
            "explanation": stats.forecast.explanation,
        },
        "plan": {
            "target": plan.target.isoformat() if plan.target else None,
            "on_track": plan.on_track,
            "topics_per_week_needed": round(plan.topics_per_week_needed, 2)
            if plan.topics_per_week_needed is not None
            else None,
            "minutes_per_day_needed": round(plan.minutes_per_day_needed)
            if plan.minutes_per_day_needed is not None
            else None,
            "explanation": plan.explanation,
        },
    }
    if stats.streaks_enabled:
        data["streak"] = {"current": stats.current_streak, "longest": stats.longest_streak}
    return data


def cmd_plan(tracker: Tracker, args: argparse.Namespace) -> int:
    """Show the plan; options change its settings first."""
    if args.target and args.no_target:
        raise UsageError("give either --target or --no-target")
    if args.target:
        tracker.roadmaps.set_target_date(parse_date(args.target, "--target"))
    if args.no_target:
        tracker.roadmaps.set_target_date(None)
    preferences: dict[str, object] = {}
    if args.day_ends is not None:
        if not args.day_ends.isdigit():
            raise UsageError(f"--day-ends {args.day_ends!r} is not an hour from 0 to 12")
        preferences["day_start_hour"] = int(args.day_ends)
    if args.goal is not None:
        preferences["daily_goal_minutes"] = parse_minutes(args.goal)
    if args.streaks is not None:
        preferences["streaks_enabled"] = args.streaks == "on"
    if args.rest_day is not None:
        preferences["rest_days_per_week"] = int(args.rest_day == "on")
    if preferences:
        tracker.settings.update_preferences(**preferences)
    data = _plan_json(tracker.reads)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    today = data["today"]
    print(
        f"Today ({today['day']}, the day ends at {tracker.reads.plan.day_start_hour()}:00): "
        f"{format_minutes(today['minutes'])} of a {format_minutes(today['goal'])} goal"
    )
    if "streak" in data:
        print(f"Streak: {data['streak']['current']} day(s), longest {data['streak']['longest']}")
    print(data["forecast"]["explanation"])
    print(data["plan"]["explanation"])
    return EXIT_OK


def cmd_status(reads: Reads, args: argparse.Namespace) -> int:
    status = reads.progress.status()
    if args.json:
        data = {
            "roadmap": {
                "id": status.roadmap.id,
                "title": status.roadmap.title,
                "edition": status.roadmap.edition,
            },
            "overall": _progress_json(status.overall),
            "required": _progress_json(status.required),
            "minutes_total": status.minutes_total,
            "steps": [
                {
                    "id": step.id,
                    "number": step.number,
                    "title": step.title,
                    "optional": step.optional,
                    **_progress_json(step.progress),
                    "minutes": step.minutes,
                }
                for step in status.steps
            ],
            "running": status.running.to_json() if status.running else None,
            **_plan_json(reads),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    overall = status.overall
    print(f"{status.roadmap.title}  [{status.roadmap.id}]")
    print(
        f"Overall: {overall.done}/{overall.total} topics done ({overall.percent:.1f}%), "
        f"{format_minutes(status.minutes_total)} studied"
    )
    width = max((len(step.title) for step in status.steps), default=10)
    for step in status.steps:
        number = f"{step.number:>2}" if step.number is not None else " -"
        optional = " (optional)" if step.optional else ""
        progress = step.progress
        print(
            f"  {number}  {step.title:<{width}}  {progress.done:>3}/{progress.total:<3} "
            f"{progress.percent:5.1f}%  {format_minutes(step.minutes):>12}  {step.id}{optional}"
        )
    if status.running:
        running = status.running
        print(f"Running: {running.step_title} since {running.start:%H:%M} ({running.minutes} min)")
    return EXIT_OK


def cmd_topics(reads: Reads, args: argparse.Namespace) -> int:
    steps = [args.step] if args.step else [s.id for s in reads.progress.status().steps]
    trees = {step: reads.progress.topic_tree(step) for step in steps}
    if args.json:

        def as_json(topic: Any) -> dict[str, Any]:
            return {
                "id": topic.id,
                "title": topic.title,
                "status": topic.status,
                "children": [as_json(c) for c in topic.children],
            }

        print(json.dumps({s: [as_json(t) for t in tree] for s, tree in trees.items()}, indent=2))
        return EXIT_OK
    marks = {"todo": "[ ]", "in-progress": "[~]", "done": "[x]", "skipped": "[-]"}

    def show(topic: Any, depth: int) -> None:
        print(f"{'  ' * depth}{marks[topic.status]} {topic.title}  ({topic.id})")
        for child in topic.children:
            show(child, depth + 1)

    for step, tree in trees.items():
        print(f"{step}:")
        for topic in tree:
            show(topic, 1)
    return EXIT_OK


def cmd_mark(tracker: Tracker, args: argparse.Namespace) -> int:
    changed = tracker.progress.set_status(args.topic_id, args.status).topics
    extra = f" (and {len(changed) - 1} sub-topics)" if len(changed) > 1 else ""
    print(f"{args.topic_id}: {args.status}{extra}")
    return EXIT_OK


def _session_line(session: SessionView) -> str:
    end = f"{session.end:%H:%M}" if session.end else "running"
    topic = f" / {session.topic_id}" if session.topic_id else ""
    note = f"  {session.note}" if session.note else ""
    return (
        f"#{session.id:<5} {session.start:%Y-%m-%d %H:%M}–{end:<7} {session.minutes:>4} min  "
        f"{session.step_id}{topic}{note}"
    )


def cmd_log(tracker: Tracker, args: argparse.Namespace) -> int:
    minutes = parse_minutes(args.minutes)
    day = parse_date(args.date, "--date") if args.date else None
    at = parse_time(args.at, "--at") if args.at else None
    session = tracker.study.log(
        args.step, minutes, day=day, at=at, topic_id=args.topic, note=args.note or ""
    ).session
    print(f"logged {_session_line(session)}")
    return EXIT_OK


def cmd_start(tracker: Tracker, args: argparse.Namespace) -> int:
    session = tracker.study.start(args.step, args.topic).session
    print(f"started #{session.id} {session.step_title} at {session.start:%H:%M}")
    return EXIT_OK


def cmd_stop(tracker: Tracker, args: argparse.Namespace) -> int:
    session = tracker.study.stop(note=args.note).session
    print(f"stopped {_session_line(session)}")
    return EXIT_OK


def cmd_sessions(tracker: Tracker, args: argparse.Namespace) -> int:
    date_from = parse_date(args.date_from, "--from") if args.date_from else None
    date_to = parse_date(args.date_to, "--to") if args.date_to else None
    sessions = tracker.reads.sessions.log(date_from, date_to)
    if args.json:
        print(json.dumps([s.to_json() for s in sessions], indent=2, ensure_ascii=False))
        return EXIT_OK
    for session in sessions:
        print(_session_line(session))
    total = sum(s.minutes for s in sessions)
    print(f"{len(sessions)} session(s), {format_minutes(total)}")
    return EXIT_OK


def cmd_roadmap_list(tracker: Tracker, args: argparse.Namespace) -> int:
    for info in tracker.reads.roadmaps.all():
        print(f"{info.id}  {info.title}" + ("  *" if info.active else ""))
    return EXIT_OK


def cmd_roadmap_import(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.roadmap.files import load_roadmap_file

    roadmap = load_roadmap_file(Path(args.file))
    steps, topics, resources = roadmap.counts()
    edition = f", edition {roadmap.edition}" if roadmap.edition else ""
    found = f"{steps} steps, {topics} topics, {resources} resources"
    if args.dry_run:
        print(f"found {roadmap.title!r} ({roadmap.id}{edition}): {found}; nothing imported (--dry-run)")
        return EXIT_OK
    result = tracker.roadmaps.import_roadmap(roadmap)
    if result.first_import:
        print(f"imported {roadmap.title!r} ({roadmap.id}{edition}): {found}")
    else:
        print(
            f"updated {roadmap.title!r} ({roadmap.id}{edition}): {found}; kept progress on "
            f"{result.kept_topics} topics, {result.added_topics} new, "
            f"{result.archived_topics} archived"
        )
    if tracker.reads.roadmaps.active().id != roadmap.id:
        print(f"switch to it with: studytracker roadmap use {roadmap.id}")
    return EXIT_OK


def cmd_roadmap_export(tracker: Tracker, args: argparse.Namespace) -> int:
    roadmap = tracker.reads.roadmaps.export(args.roadmap_id)
    text = json.dumps(roadmap.to_json(), indent=2, ensure_ascii=False) + "\n"
    out = Path(args.out)
    write_file_atomically(out, text.encode("utf-8"))
    print(f"exported {roadmap.id} to {out}")
    return EXIT_OK


def cmd_roadmap_remove(tracker: Tracker, args: argparse.Namespace) -> int:
    counts = tracker.reads.roadmaps.removal_counts(args.roadmap_id)
    progress, sessions, notes = counts.topics_with_progress, counts.sessions, counts.notes
    if not args.yes:
        kept = "kept (hidden)" if args.keep_sessions else "deleted"
        raise UsageError(
            f"removing {args.roadmap_id!r}: its progress on {progress} topics, {sessions} sessions and "
            f"{notes} notes would be {kept}; add --yes to confirm"
            + ("" if args.keep_sessions else " (or --keep-sessions to keep them)")
        )
    tracker.roadmaps.remove(args.roadmap_id, keep_sessions=args.keep_sessions)
    if args.keep_sessions:
        print(f"removed {args.roadmap_id}; its {sessions} sessions stay in the log")
    else:
        print(f"removed {args.roadmap_id} with its progress, {sessions} sessions and {notes} notes")
    print(f"now following {tracker.reads.roadmaps.active().id}")
    return EXIT_OK


def cmd_roadmap_use(tracker: Tracker, args: argparse.Namespace) -> int:
    tracker.roadmaps.use(args.roadmap_id)
    info = tracker.reads.roadmaps.active()
    print(f"now following {info.title} ({info.id})")
    return EXIT_OK


def cmd_report(tracker: Tracker, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"{out}: folder {out.parent} does not exist")
    date_from = parse_date(args.date_from, "--from") if args.date_from else None
    date_to = parse_date(args.date_to, "--to") if args.date_to else None
    from studytracker.report.gui import ensure_gui_application
    from studytracker.report.pdf import ReportOptions, write_report

    ensure_gui_application()  # offscreen: a report never needs a screen
    options = ReportOptions(date_from, date_to, include_notes=args.notes, page_size=args.page_size)
    try:
        result = write_report(tracker.reads, out, options)
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(
        f"wrote {out}: {result.pages} page(s), {result.sessions} session(s) "
        f"from {result.date_from} to {result.date_to}"
    )
    return EXIT_OK


# --- data safety: these run on the file itself, before (and without) opening the service ---


def window_holds(data_dir: Path) -> bool:
    """Whether a window is open on this data folder (it holds the folder's lock file)."""
    from PySide6.QtCore import QLockFile

    from studytracker.paths import LOCK_NAME

    lock = QLockFile(str(data_dir / LOCK_NAME))
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True


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
        if out.exists():
            raise UsageError(f"{out}: already exists; choose a new file name")
    print(f"backed up to {Backups(data_dir).create(out=out)}")
    return EXIT_OK


def cmd_restore(data_dir: Path, args: argparse.Namespace) -> int:
    from studytracker.store.safety import Backups

    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"{source}: no such file")
    if window_holds(data_dir):
        raise UsageError(
            f"{data_dir}: StudyTracker is open on this folder; close it (or restore from its File menu)"
        )
    previous = Backups(data_dir).restore(source)
    kept = f"; the database it replaced is kept as {previous}" if previous else ""
    print(f"restored {source}{kept}")
    return EXIT_OK


def cmd_export(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.store.transfer import export_all, sessions_csv

    out = Path(args.out)
    if out.suffix.lower() == ".csv":
        write_file_atomically(out, sessions_csv(tracker).encode("utf-8"))
        print(f"exported the session log to {out}")
        return EXIT_OK
    data = export_all(tracker)
    write_file_atomically(out, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    print(
        f"exported {len(data['roadmaps'])} roadmap(s), {len(data['progress'])} topic statuses, "
        f"{len(data['sessions'])} sessions and {len(data['notes'])} notes to {out}"
    )
    return EXIT_OK


def cmd_import(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.roadmap.schema import read_json_file
    from studytracker.store.transfer import merge_all

    path = Path(args.file)
    result = merge_all(tracker, read_json_file(path), source=str(path))
    print(
        f"merged {path}: {result.roadmaps_added} roadmap(s) added, {result.progress_set} topic statuses, "
        f"{result.sessions_added} sessions added ({result.sessions_skipped} already here), "
        f"{result.notes_set} notes"
        + (
            f"; {result.attachments_listed} attached files are listed only"
            if result.attachments_listed
            else ""
        )
    )
    return EXIT_OK


def cmd_screenshot(tracker: Tracker, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"{out}: folder {out.parent} does not exist")
    if args.step:
        tracker.reads.roadmaps.step_detail(
            args.step
        )  # an unknown step id is refused before anything is drawn
    from studytracker.ui.screenshot import render_screenshot

    try:
        render_screenshot(tracker, out, step_id=args.step, view=args.view)
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(f"wrote {out}")
    return EXIT_OK


# --- the parser --------------------------------------------------------------------------


def _add_command(
    subparsers: argparse._SubParsersAction, name: str, handler: Callable[..., int], help_text: str
) -> argparse.ArgumentParser:
    sub = subparsers.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def _add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="the data folder (default: per-user)")


def _window_data_dir(argv: list[str]) -> tuple[str | None] | None:
    """The `--data-dir` given when the command line asks for the window (no command, nothing
    else), else None. The window then starts without the sub-commands' parser being built."""
    parser = _Parser(prog=PROG, add_help=False)
    _add_data_dir_option(parser)
    try:
        known, rest = parser.parse_known_args(argv)
    except UsageError:
        return None  # the full parser will say what is wrong
    return None if rest else (known.data_dir,)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Follow a learning roadmap: progress, study time, notes.")
    _add_data_dir_option(parser)
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

    screenshot = command("screenshot", cmd_screenshot, "render the main window to a PNG (no screen needed)")
    screenshot.add_argument("--out", required=True, metavar="FILE.png")
    screenshot.add_argument(
        "--step", metavar="STEP_ID", help="the step to show (default: the last one shown)"
    )
    screenshot.add_argument("--view", default="overview", metavar="NAME", help="overview, resources or notes")

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
    imported_all = command("import", cmd_import, "merge an export back in, without duplicates")
    imported_all.add_argument("file", metavar="FILE.json")

    roadmap = commands.add_parser("roadmap", help="list, import, export or switch roadmaps")
    roadmap_commands = roadmap.add_subparsers(
        dest="roadmap_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    roadmap_command = partial(_add_command, roadmap_commands)

    roadmap_command("list", cmd_roadmap_list, "one line per roadmap: id, title, * on the active one")
    imported = roadmap_command("import", cmd_roadmap_import, "import a roadmap from .json or .md")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true", help="only say what the file holds")
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


def _open_store(data_dir: Path, read_only: bool) -> Tracker | ReadOnlyData:
    """The Tracker; or, for a command that only reads, the folder opened read-only with sqlite3
    alone when that answers exactly as the Tracker would (the schema and the bundled roadmap's
    edition are current): the answer then comes without loading SQLAlchemy."""
    if read_only:
        from studytracker.resources import BUNDLED_ROADMAP, resource_path
        from studytracker.store.reads import open_read_only

        reads = open_read_only(data_dir, bundled=resource_path(BUNDLED_ROADMAP))
        if reads is not None:
            return reads
    from studytracker.store.tracker import Tracker

    return Tracker.open(data_dir)


def fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def run(argv: Sequence[str]) -> int:
    window = _window_data_dir(list(argv))
    if window is not None:
        from studytracker.ui.app import run_window

        return run_window(resolve_data_dir(window[0]))
    gc.enable()  # turned off for the start-up by `__main__`
    try:
        args = build_parser().parse_args(list(argv))
    except UsageError as error:
        return fail(str(error), EXIT_USAGE)
    data_dir = resolve_data_dir(args.data_dir)

    from studytracker.roadmap.model import RoadmapError
    from studytracker.store.errors import InputError, StoreError

    if getattr(args, "on_file", False):
        try:
            return int(args.handler(data_dir, args))
        except (UsageError, InputError, RoadmapError) as error:
            return fail(str(error), EXIT_USAGE)
        except StoreError as error:
            return fail(str(error), EXIT_PROBLEM)

    try:
        store = _open_store(data_dir, read_only=getattr(args, "read_only", False))
    except StoreError as error:
        return fail(str(error), EXIT_PROBLEM)
    try:
        if getattr(args, "read_only", False):
            from studytracker.store.reads import ReadOnlyData

            reads = store if isinstance(store, ReadOnlyData) else store.reads
            return int(args.handler(reads, args))
        return int(args.handler(store, args))
    except (UsageError, InputError, RoadmapError) as error:
        return fail(str(error), EXIT_USAGE)
    except StoreError as error:
        return fail(str(error), EXIT_PROBLEM)
    except BrokenPipeError:
        # The reader went away (`studytracker sessions | head`): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return EXIT_OK
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return fail(f"{where}{error.strerror or error}", EXIT_PROBLEM)
    finally:
        store.close()
