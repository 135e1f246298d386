"""Roadmaps on the command line: `roadmap list`, `import`, `export`, `use` and `remove`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, UsageError, write_file_atomically

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker


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
    from studytracker.roadmap.reading import check_json_size

    exported = (json.dumps(roadmap.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    out = Path(args.out)
    check_json_size(len(exported), str(out))  # what is written must import back
    write_file_atomically(out, exported)
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
