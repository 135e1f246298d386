"""Running a sub-command: open the data (read-only where that answers as the Tracker would),
run the handler, and turn every failure the learner can act on into the one-line error."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, UsageError, fail
from studytracker.cli.data import RenderScreenshot
from studytracker.cli.parser import build_parser
from studytracker.paths import resolve_data_dir

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
    `screenshot` (the entry point passes it in)."""
    gc.enable()  # turned off for the start-up by `__main__`
    try:
        args = build_parser(render_screenshot).parse_args(list(argv))
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
