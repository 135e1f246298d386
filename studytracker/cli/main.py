"""Running a sub-command: open the data (read-only where that answers as the Tracker would),
run the handler, and turn every failure the learner can act on into the one-line error."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    UsageError,
    data_folder,
    fail,
    terminal_safe_output,
)
from studytracker.cli.data import RenderScreenshot
from studytracker.cli.parser import build_parser

if TYPE_CHECKING:
    from studytracker.store.reads import ReadOnlyData
    from studytracker.store.tracker import Tracker


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


def run(argv: Sequence[str], render_screenshot: RenderScreenshot | None = None) -> int:
    """Run one sub-command; its exit code. `render_screenshot` is the window's renderer, for
    `screenshot` (the entry point passes it in). Every failure the learner can act on ends as
    the one-line error; nothing reaches the terminal as a traceback but a bug."""
    gc.enable()  # turned off for the start-up by `__main__`
    from studytracker.roadmap.model import RoadmapError
    from studytracker.store.errors import InputError, StoreError

    with terminal_safe_output():
        try:
            return _run(list(argv), render_screenshot)
        except (UsageError, InputError, RoadmapError) as error:
            return fail(str(error), EXIT_USAGE)
        except StoreError as error:
            return fail(str(error), EXIT_PROBLEM)
        except KeyboardInterrupt:  # a second Ctrl+C: what was finished is committed already
            return fail("interrupted; what was finished before is kept", EXIT_PROBLEM)
        except BrokenPipeError:
            # The reader went away (`studytracker sessions | head`): not an error of ours.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
            return EXIT_OK
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            return fail(f"{where}{error.strerror or error}", EXIT_PROBLEM)


def _run(argv: list[str], render_screenshot: RenderScreenshot | None) -> int:
    args = build_parser(render_screenshot).parse_args(argv)
    data_dir = data_folder(args.data_dir)
    if getattr(args, "on_file", False):
        return int(args.handler(data_dir, args))
    before_store = getattr(args, "before_store", None)
    if before_store is not None:  # checks and reading that must not touch the data folder
        before_store(args)
    store = _open_store(data_dir, read_only=getattr(args, "read_only", False))
    try:
        if getattr(args, "read_only", False):
            from studytracker.store.reads import ReadOnlyData

            reads = store if isinstance(store, ReadOnlyData) else store.reads
            return int(args.handler(reads, args))
        return int(args.handler(store, args))
    finally:
        store.close()
