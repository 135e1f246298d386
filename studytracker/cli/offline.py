"""Offline reading on the command line: `offline save [--resource URL | --step ID | --roadmap ID]
[--refresh]`, `offline status [--json]`, `offline remove …`, and `links check [--roadmap ID]
[--json]` / `links update (--resource URL | --all)`. The only commands besides `sync` and `hub`
that reach the network, and only the pages the learner names.

The first Ctrl+C stops a run between two requests (what was saved stays saved, and the same
command goes on from there); a second one stops it at once.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, EXIT_PROBLEM, UsageError
from studytracker.formatting import count_of, format_size

if TYPE_CHECKING:
    from studytracker.store.records import OfflineResource
    from studytracker.store.tracker import Tracker

_SAVED_WORDS = {
    "article": "saved",
    "pdf": "saved (PDF)",
    "video": "video card",
    "needs-sign-in": "needs sign-in",
    "unavailable": "not saved",
    "unchanged": "unchanged",
    "kept": "already saved",
    "over-cap": "not saved",
}


@contextmanager
def _stop_on_interrupt() -> Iterator[threading.Event]:
    """An event the first Ctrl+C sets (the run stops between two requests); the second one
    interrupts at once, as Ctrl+C always does."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def first_interrupt(_signal: int, _frame: object) -> None:
        stop.set()
        print("\nstopping after this request (Ctrl+C again to stop at once)", file=sys.stderr)
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, first_interrupt)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _progress(verb: str) -> Callable[[int, int, str], None]:
    def show(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty():
            line = f"{verb} {done + 1 if done < total else total}/{total}: {what}"[:100]
            print(f"\r\x1b[K{line}", end="" if done < total else "\n", file=sys.stderr)

    return show


def _chosen(tracker: Tracker, args: argparse.Namespace) -> list[OfflineResource]:
    from studytracker.offline.runs import select_resources

    return select_resources(tracker, roadmap_id=args.roadmap, step_id=args.step, resource=args.resource)


def cmd_offline(tracker: Tracker, args: argparse.Namespace) -> int:
    action = args.offline_command
    if action == "save":
        return _save(tracker, args)
    if action == "remove":
        return _remove(tracker, args)
    return _status(tracker, args)


def _save(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.offline.runs import save_offline

    if args.resource is None and args.step is None and args.roadmap is None:
        raise UsageError("offline save: name what to save: --resource URL, --step ID or --roadmap ID")
    resources = _chosen(tracker, args)
    with _stop_on_interrupt() as stop:
        run = save_offline(
            tracker, resources, cancel=stop, progress=_progress("saving"), refresh=args.refresh
        )
    for outcome in run.outcomes:
        size = f" {format_size(outcome.size_bytes)}" if outcome.size_bytes else ""
        why = f" ({outcome.detail})" if outcome.detail and outcome.state != "video" else ""
        print(f"{_SAVED_WORDS[outcome.state]}{size}: {outcome.resource.title} <{outcome.resource.url}>{why}")
    readable = run.count("article", "pdf", "video", "unchanged", "kept")
    failed = run.count("unavailable", "over-cap")
    summary = (
        f"{readable} of {count_of(run.to_do, 'resource', 'resources')} can be read offline"
        + (f", {run.count('needs-sign-in')} need a sign-in" if run.count("needs-sign-in") else "")
        + (f", {failed} could not be saved" if failed else "")
        + f"; offline copies take {format_size(tracker.reads.offline.used_bytes())}"
    )
    print(summary)
    if run.cancelled:
        left = run.to_do - len(run.outcomes)
        print(f"stopped: {count_of(left, 'resource was', 'resources were')} left; the same command goes on")
        return EXIT_PROBLEM
    return EXIT_PROBLEM if failed else EXIT_OK


def _remove(tracker: Tracker, args: argparse.Namespace) -> int:
    if args.resource is None and args.step is None and args.roadmap is None and not args.all:
        raise UsageError(
            "offline remove: name what to remove: --resource URL, --step ID, --roadmap ID or --all"
        )
    if args.all:
        resources = [
            resource
            for roadmap in tracker.reads.roadmaps.all()
            for resource in tracker.reads.offline.resources(roadmap.id)
        ]
    else:
        resources = _chosen(tracker, args)
    kept = [resource for resource in resources if resource.state is not None]
    freed = sum(resource.size_bytes for resource in kept)
    tracker.offline.remove([resource.pk for resource in kept])
    print(f"removed {count_of(len(kept), 'offline copy', 'offline copies')}, {format_size(freed)} freed")
    return EXIT_OK


def _status(tracker: Tracker, args: argparse.Namespace) -> int:
    from studytracker.offline.runs import total_cap

    roadmap = tracker.reads.roadmaps.get(args.roadmap).id
    if args.step is not None:
        tracker.reads.roadmaps.step_pk(roadmap, args.step)
    resources = tracker.reads.offline.resources(roadmap, args.step)
    if args.json:
        rows = [
            {
                "url": resource.url,
                "step": resource.step_id,
                "state": resource.public_state,
                "saved": resource.saved_at or None,
                "bytes": resource.size_bytes,
                "resource": resource.resource_id,
                "title": resource.title,
                "kind": resource.state if resource.state in ("article", "pdf") else None,
                "detail": resource.detail,
                "path": _copy_path(tracker, resource),
            }
            for resource in resources
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    marks = tracker.reads.offline.step_marks(roadmap)
    step = None
    for resource in resources:
        if resource.step_id != step:
            step = resource.step_id
            mark = marks[step]
            whole = " — all offline" if mark.complete else ""
            print(f"{step}: {mark.available}/{mark.resources} offline{whole}")
        saved = (
            f" on {resource.saved_at[:10]}, {format_size(resource.size_bytes)}" if resource.saved_at else ""
        )
        why = f" ({resource.detail})" if resource.detail and resource.state != "video" else ""
        print(f"  {resource.public_state}{saved}: {resource.title} <{resource.url}>{why}")
    used, cap = tracker.reads.offline.used_bytes(), total_cap(tracker)
    print(f"offline copies take {format_size(used)} of the {format_size(cap)} allowed")
    return EXIT_OK


def _copy_path(tracker: Tracker, resource: OfflineResource) -> str | None:
    if resource.attachment_id is None:
        return None
    return tracker.reads.attachments.get(resource.attachment_id).path


def cmd_links(tracker: Tracker, args: argparse.Namespace) -> int:
    if args.links_command == "update":
        return _update_links(tracker, args)
    from studytracker.offline.runs import check_links

    roadmap = tracker.reads.roadmaps.get(args.roadmap).id
    with _stop_on_interrupt() as stop:
        run = check_links(tracker, roadmap, cancel=stop, progress=_progress("checking"))
    steps = {resource.resource_id: resource.step_id for resource in tracker.reads.offline.resources(roadmap)}
    results = dict(tracker.reads.offline.link_results(roadmap))
    if args.json:
        rows = []
        for resource_id, url, verdict in run.results:
            checked = results.get(resource_id)
            rows.append(
                {
                    "url": url,
                    "step": steps.get(resource_id),
                    "state": verdict.verdict,
                    "to": verdict.new_url,
                    "checked": checked.checked_at if checked else None,
                    "resource": resource_id,
                    "http_status": verdict.http_status,
                    "detail": verdict.detail,
                    "archive": checked.archive_url if checked and verdict.verdict == "dead" else None,
                }
            )
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for resource_id, url, verdict in run.results:
            if verdict.verdict == "ok":
                continue
            line = f"{verdict.verdict}: {url}"
            if verdict.new_url:
                line += f" -> {verdict.new_url} (studytracker links update --resource {resource_id})"
            if verdict.detail:
                line += f" ({verdict.detail})"
            if verdict.verdict == "dead":
                line += f"; the Internet Archive may have a copy: https://web.archive.org/web/{url}"
            print(line)
        counts = ", ".join(
            f"{run.count(name)} {name}"
            for name in ("ok", "moved", "dead", "blocked", "unknown")
            if run.count(name)
        )
        print(f"checked {count_of(len(run.results), 'link', 'links')}: {counts or 'none'}")
    if run.cancelled:
        print("stopped: the links checked so far are kept", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_PROBLEM if run.count("dead") else EXIT_OK


def _update_links(tracker: Tracker, args: argparse.Namespace) -> int:
    roadmap = tracker.reads.roadmaps.get(args.roadmap).id
    moved = [
        resource
        for resource in tracker.reads.offline.resources(roadmap)
        if resource.link is not None and resource.link.verdict == "moved"
    ]
    if args.resource is not None:
        moved = [item for item in moved if args.resource in (item.url, item.resource_id)]
        if not moved:
            raise UsageError(f"links update: the last check found no new address for {args.resource}")
    elif not args.all:
        raise UsageError("links update: name the link (--resource URL) or update them all (--all)")
    for resource in moved:
        assert resource.link is not None
        tracker.offline.update_link(resource.pk)
        print(f"updated: {resource.url} -> {resource.link.new_url}")
    print(f"updated {count_of(len(moved), 'link', 'links')}")
    return EXIT_OK


def add_offline_parsers(
    commands: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]
) -> None:
    offline = commands.add_parser(
        "offline",
        help="save resources for reading without internet",
        description="Save readable copies of a roadmap's web resources (pages, PDFs, video cards), "
        "see what is saved, and free the space.",
    )
    offline.set_defaults(handler=cmd_offline, offline_command="status", json=False, roadmap=None, step=None)
    actions = offline.add_subparsers(dest="offline_command", metavar="ACTION", parser_class=parser_class)
    save = actions.add_parser("save", help="save a resource, a step's resources or a roadmap's")
    remove = actions.add_parser("remove", help="remove saved copies and free their space")
    status = actions.add_parser("status", help="which resources can be read offline, and the space used")
    for parser in (save, remove, status):
        parser.add_argument("--roadmap", metavar="ID", help="the roadmap (default: the active one)")
        parser.add_argument("--step", metavar="ID", help="one step's resources")
    for parser in (save, remove):
        parser.add_argument("--resource", metavar="URL", help="one resource, by its address or id")
    save.add_argument(
        "--refresh", action="store_true", help="ask whether saved pages changed, and save them again"
    )
    remove.add_argument("--all", action="store_true", help="every saved copy, of every roadmap")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    links = commands.add_parser(
        "links",
        help="check which resource links are dead, moved or blocked",
        description="Check a roadmap's links (exit 1 when one is dead), or update those that moved.",
    )
    links.set_defaults(handler=cmd_links, links_command="check", json=False, roadmap=None)
    link_actions = links.add_subparsers(dest="links_command", metavar="ACTION", parser_class=parser_class)
    check = link_actions.add_parser("check", help="check every link of the roadmap now")
    check.add_argument("--roadmap", metavar="ID", help="the roadmap (default: the active one)")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    update = link_actions.add_parser("update", help="point moved links at their new address")
    update.add_argument("--roadmap", metavar="ID", help="the roadmap (default: the active one)")
    update.add_argument("--resource", metavar="URL", help="one link, by its address or id")
    update.add_argument("--all", action="store_true", help="every link the last check found moved")
