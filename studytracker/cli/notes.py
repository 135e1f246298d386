"""Notes on the command line: `note ID` prints the note of a step or a topic; `--set`, `--append`
and `--from-file` write it (a revision each); `--history`, `--show REV` and `--restore REV` read
and bring back its revisions."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, UsageError

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker

#: A note written from a file: far more than anyone types, far less than the import limit.
MAX_NOTE_FILE_BYTES = 2 * 1024 * 1024


def _revision_number(text: str, option: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"{option} {text!r} is not a revision number (1 is the oldest)")
    return int(text)


def cmd_note(tracker: Tracker, args: argparse.Namespace) -> int:
    if args.json and not args.history:
        raise UsageError("--json goes with --history")
    step_id, topic_id = tracker.reads.notes.target_of(args.item_id)
    notes = tracker.notes
    if args.set is not None:
        notes.save(args.set, step_id, topic_id, source="cli")
    elif args.append is not None:
        notes.append(args.append, step_id, topic_id)
    elif args.from_file is not None:
        from studytracker.roadmap.reading import read_text_file

        notes.save(read_text_file(Path(args.from_file), MAX_NOTE_FILE_BYTES), step_id, topic_id, source="cli")
    elif args.restore is not None:
        notes.restore(_revision_number(args.restore, "--restore"), step_id, topic_id)
    elif args.history:
        history = tracker.reads.notes.history(step_id, topic_id)
        if args.json:
            print(json.dumps([revision.to_json() for revision in history], indent=2))
        for revision in [] if args.json else history:
            saved = f"{revision.saved:%Y-%m-%d %H:%M}"
            print(f"{revision.revision:>4}  {saved}  {revision.chars:>7} chars  {revision.source}")
        return EXIT_OK
    elif args.show is not None:
        print(tracker.reads.notes.revision(_revision_number(args.show, "--show"), step_id, topic_id).body)
        return EXIT_OK
    else:
        note = tracker.reads.notes.get(step_id, topic_id)
        print(note.body if note else "")
        return EXIT_OK
    history = tracker.reads.notes.history(step_id, topic_id)
    saved = f"revision {history[-1].revision}, {history[-1].chars} chars" if history else "no note"
    print(f"saved the note on {args.item_id} ({saved})")
    return EXIT_OK
