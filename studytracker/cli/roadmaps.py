"""Roadmaps on the command line: `roadmap list`, `import`, `export`, `use` and `remove`."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, UsageError, write_file_atomically
from studytracker.formatting import count_of

if TYPE_CHECKING:
    from studytracker.roadmap.markdown_import import MarkdownImport
    from studytracker.store.tracker import Tracker


def cmd_roadmap_list(tracker: Tracker, args: argparse.Namespace) -> int:
    for info in tracker.reads.roadmaps.all():
        print(f"{info.id}  {info.title}" + ("  *" if info.active else ""))
    return EXIT_OK


def read_roadmap_import(args: argparse.Namespace) -> None:
    """`roadmap import`'s file, read and checked before the data folder is opened: a file that
    cannot be imported leaves even a folder that does not exist yet untouched."""
    from studytracker.roadmap.files import read_roadmap_file
    from studytracker.roadmap.markdown_import import ImportOptions

    if args.replace and args.as_new:
        raise UsageError("--replace and --as-new do not go together: pick one")
    if args.step_level is not None and not 1 <= args.step_level <= 6:
        raise UsageError(f"--step-level {args.step_level}: a heading level is 1 to 6")
    if args.group_level is not None and not 0 <= args.group_level <= 6:
        raise UsageError(f"--group-level {args.group_level}: a heading level is 1 to 6 (0: no groups)")
    if args.base_url and not args.base_url.lower().startswith(("http://", "https://")):
        raise UsageError(f"--base-url {args.base_url!r}: give an http:// or https:// address")
    options = ImportOptions(
        step_level=args.step_level,
        exclude=tuple(args.exclude or ()),
        base_url=args.base_url or "",
        ticked_done=args.ticked_done,
        title=args.title or "",
        optional_steps=tuple(args.optional or ()),
        required_steps=tuple(args.required or ()),
        units=args.units or "",
        group_level=args.group_level,
    )
    if set(options.optional_steps) & set(options.required_steps):
        both = sorted(set(options.optional_steps) & set(options.required_steps))[0]
        raise UsageError(f"--optional {both} and --required {both} do not go together: pick one")
    if options != ImportOptions() and Path(args.file).suffix.lower() not in (".md", ".markdown"):
        raise UsageError(
            f"{args.file}: --step-level, --group-level, --exclude, --base-url, --ticked-done, --title,"
            " --optional, --required and --units are for markdown files; a .json roadmap is imported as it is"
        )
    args.found_import = read_roadmap_file(Path(args.file), options)


def cmd_roadmap_import(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.roadmap.model import free_roadmap_id

    if getattr(args, "found_import", None) is None:
        read_roadmap_import(args)
    found_import = args.found_import
    roadmap = found_import.roadmap
    existing = {info.id: info for info in tracker.reads.roadmaps.all()}
    if roadmap.id in existing and args.as_new:
        taken = tracker.reads.roadmaps.ids_ever()
        roadmap = dataclasses.replace(roadmap, id=free_roadmap_id(roadmap.id, roadmap.edition, taken))
    elif roadmap.id in existing and not args.replace and not args.dry_run:
        there = existing[roadmap.id]
        edition = f" (edition {there.edition})" if there.edition else ""
        raise UsageError(
            f"{args.file}: roadmap {roadmap.id!r} is already there as {there.title!r}{edition}; add "
            "--replace to update it to this edition (progress kept by id, the rest archived) or "
            "--as-new to add it as a separate roadmap"
        )
    steps, topics, resources = roadmap.counts()
    edition = f", edition {roadmap.edition}" if roadmap.edition else ""
    found = ", ".join(
        (
            count_of(steps, "step", "steps"),
            count_of(topics, "topic", "topics"),
            count_of(resources, "resource", "resources"),
        )
    )
    if args.dry_run:
        print(f"found {roadmap.title!r} ({roadmap.id}{edition}): {found}; nothing imported (--dry-run)")
        for line in import_tree(found_import):
            print(line)
        return EXIT_OK
    result = tracker.roadmaps.import_roadmap(roadmap, done_topics=found_import.done_topics)
    if result.first_import:
        print(f"imported {roadmap.title!r} ({roadmap.id}{edition}): {found}")
    else:
        print(
            f"updated {roadmap.title!r} ({roadmap.id}{edition}): {found}; kept progress on "
            f"{count_of(result.kept_topics, 'topic', 'topics')}, {result.added_topics} new, "
            f"{result.archived_topics} archived"
        )
    if found_import.done_topics:
        print(f"marked {count_of(len(found_import.done_topics), 'ticked topic', 'ticked topics')} done")
    for line in import_notes(found_import):
        print(line)
    if tracker.reads.roadmaps.active().id != roadmap.id:
        print(f"switch to it with: studytracker roadmap use {roadmap.id}")
    return EXIT_OK


def import_notes(found: MarkdownImport) -> list[str]:
    """What an import left out and could not resolve, one line each."""
    lines = [f"left out {title!r}: {reason}" for title, reason in found.left_out]
    if found.ticked_topics and not found.done_topics:
        ticked = count_of(len(found.ticked_topics), "item", "items")
        lines.append(f"{ticked} ticked [x] in the file (--ticked-done imports them as done)")
    if found.unresolved:
        shown = ", ".join(found.unresolved[:5]) + (" …" if len(found.unresolved) > 5 else "")
        links = count_of(len(found.unresolved), "relative link", "relative links")
        lines.append(f"{links} not resolved (give --base-url URL): {shown}")
    return lines


def import_tree(found: MarkdownImport) -> list[str]:
    """The tree an import would make: groups, steps, their topics and resources counted."""
    lines: list[str] = []
    if found.step_level is not None:
        levels = ", ".join(str(level) for level in found.levels)
        lines.append(f"steps are the level-{found.step_level} headings (levels: {levels}; --step-level N)")
    group = None
    for step in found.roadmap.steps:
        if step.group != group and step.group:
            lines.append(f"{step.group}")
        group = step.group
        indent = "  " if step.group else ""
        flags = " (optional)" if step.optional else ""
        lines.append(
            f"{indent}- {step.title}{flags} [{step.id}]: "
            f"{count_of(sum(1 for _ in step.all_topics()), 'topic', 'topics')}, "
            f"{count_of(len(step.resources), 'resource', 'resources')}"
        )
        for topic in step.topics[:3]:
            lines.append(f"{indent}    · {topic.title}")
        if len(step.topics) > 3:
            lines.append(f"{indent}    · … {len(step.topics) - 3} more")
    if found.roadmap.resources:
        lines.append(f"roadmap resources: {len(found.roadmap.resources)}")
    return lines + import_notes(found)


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
