"""Study sessions on the command line: `log`, `start`, `stop` and `sessions`."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, UsageError, parse_date, parse_minutes, parse_time
from studytracker.formatting import count_of, format_minutes

if TYPE_CHECKING:
    from studytracker.store.records import SessionView
    from studytracker.store.tracker import Tracker


def _session_line(session: SessionView) -> str:
    if session.end is None:
        end = "running"
    elif session.end.date() != session.start.date():  # past midnight, or a whole day long
        end = f"{session.end:%Y-%m-%d %H:%M}"
    else:
        end = f"{session.end:%H:%M}"
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
    if args.discard:
        dropped = tracker.study.discard_running().session
        since = f"{dropped.start:%Y-%m-%d %H:%M}"
        print(f"discarded the running session #{dropped.id} ({dropped.step_title}, since {since})")
        return EXIT_OK
    if args.keep_until_last_heartbeat:
        if args.note:
            raise UsageError("--note goes with a plain stop or --at, not --keep-until-last-heartbeat")
        session = tracker.study.keep_interrupted().session
    else:
        at = _stop_moment(tracker, args.at) if args.at else None
        session = tracker.study.stop(note=args.note, at=at).session
    print(f"stopped {_session_line(session)}")
    return EXIT_OK


def _stop_moment(tracker: Tracker, text: str) -> datetime:
    """`--at`: "YYYY-MM-DD HH:MM", or "HH:MM": the first such time after the session's start."""
    running = tracker.reads.sessions.running()
    if running is None:
        raise UsageError("no session is running")
    day_text, _, time_text = text.strip().rpartition(" ")
    at = parse_time(time_text, "--at")
    clock = tracker.clock
    if day_text:
        return clock.localize(datetime.combine(parse_date(day_text.strip(), "--at"), at))
    moment = clock.localize(datetime.combine(running.start.date(), at))
    if moment <= running.start:
        moment = clock.localize(datetime.combine(running.start.date() + timedelta(days=1), at))
    return moment


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
    print(f"{count_of(len(sessions), 'session', 'sessions')}, {format_minutes(total)}")
    return EXIT_OK
