"""Sync on the command line: `sync setup --folder DIR | --hub URL [--device-name NAME] [--join CODE]`,
`sync` (push and pull now), `sync status [--json]` and `sync forget`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, EXIT_PROBLEM, UsageError, progress_line
from studytracker.formatting import count_of

if TYPE_CHECKING:
    from studytracker.store.sync.service import SyncResult, SyncService
    from studytracker.store.tracker import Tracker


def _service(tracker: Tracker) -> SyncService:
    from studytracker.store.sync.service import SyncService

    return SyncService(tracker)


def _report(result: SyncResult) -> int:
    print(
        f"synced: sent {count_of(result.pushed, 'change', 'changes')}, took {result.applied} from "
        f"{count_of(result.devices, 'other device', 'other devices')}"
        + (f"; {result.parked} wait for a roadmap that has not come yet" if result.parked else "")
        + (f"; shared with {count_of(result.shared, 'cohort', 'cohorts')}" if result.shared else "")
    )
    for problem in result.problems:
        print(f"studytracker: warning: {problem}", file=sys.stderr)
    return EXIT_PROBLEM if result.problems else EXIT_OK


def cmd_sync(tracker: Tracker, args: argparse.Namespace) -> int:
    service = _service(tracker)
    action = args.sync_command
    if action is None:
        return _report(service.run(progress_line("taking changes")))
    if action == "setup":
        if args.join and not args.hub:
            raise UsageError("sync setup --join CODE: give the hub's address too (--hub URL)")
        if (args.folder is None) == (args.hub is None):
            raise UsageError("sync setup: give either --folder DIR or --hub URL")
        service.setup(Path(args.folder) if args.folder else None, args.hub, args.device_name, args.join)
        status = service.status()
        print(
            f"sync set up: this device is {status.device_name!r}, through {status.transport} {status.address}"
        )
        return _report(service.run(progress_line("taking changes")))
    if action == "forget":
        was = service.status()
        service.forget()
        print(
            "sync forgotten on this device (its data stays here)" if was.configured else "sync was not set up"
        )
        return EXIT_OK
    status = service.status()
    if args.json:
        print(json.dumps(status.to_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if not status.configured:
        print("sync is not set up (studytracker sync setup --folder DIR | --hub URL)")
        return EXIT_OK
    print(f"this device: {status.device_name}, through {status.transport} {status.address}")
    print(
        f"last sync: {status.last_sync or 'never'} · "
        f"{count_of(status.waiting, 'change', 'changes')} waiting · "
        f"{count_of(status.conflicts, 'note', 'notes')} edited on two devices"
    )
    for device in status.devices:
        blocked = f" ({device.blocked})" if device.blocked else ""
        print(f"  {device.name}: last seen {device.last_seen or 'never'}{blocked}")
    if status.parked:
        print(
            f"{count_of(status.parked, 'change waits', 'changes wait')} for a roadmap that has not come yet"
        )
    if status.last_error:
        print(f"last error: {status.last_error}")
    return EXIT_OK


def add_sync_parser(
    commands: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]
) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync with your other devices through a folder or a PostgreSQL hub",
        description="Push this device's changes and take the others' (with no action); or set up, "
        "show or forget the sync.",
    )
    sync.set_defaults(handler=cmd_sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=parser_class)
    setup = actions.add_parser("setup", help="sync through a folder or a hub from now on")
    place = setup.add_mutually_exclusive_group()
    place.add_argument(
        "--folder", metavar="DIR", help="a folder you already sync (Syncthing, Nextcloud, a USB stick)"
    )
    place.add_argument("--hub", metavar="URL", help="a PostgreSQL hub: postgresql://user@host/database")
    setup.add_argument("--device-name", metavar="NAME", help="how the other devices call this one")
    setup.add_argument("--join", metavar="CODE", help="join a cohort's hub with the code its mentor gave you")
    status = actions.add_parser("status", help="last sync, changes waiting, devices seen, conflicts")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    actions.add_parser("forget", help="stop syncing on this device (its data stays)")
