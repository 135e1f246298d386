"""Entry point: `studytracker` / `python -m studytracker`: the window, or a sub-command.

This is where the window and the command line meet: neither imports the other.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker


def render_screenshot(
    tracker: Tracker,
    out: Path,
    step_id: str | None,
    view: str,
    size: tuple[int, int] | None,
    theme: str | None,
    language: str | None = None,
) -> None:
    """`studytracker screenshot`: the window, rendered offscreen (Qt widgets load only for it)."""
    from studytracker.ui.shell.screenshot import render_screenshot as render

    render(tracker, out, step_id=step_id, view=view, size=size, theme=theme, language=language)


def main(argv: list[str] | None = None) -> int:
    # Start-up allocates a great deal and frees next to nothing: no collections until the window
    # is on screen or the command runs (`cli.run` and `ui.app` turn collection back on).
    gc.disable()
    arguments = sys.argv[1:] if argv is None else argv
    from studytracker.cli.common import EXIT_USAGE, UsageError, data_folder, fail, window_data_dir

    window = window_data_dir(arguments)
    if window is not None:
        try:
            data_dir = data_folder(window[0])
        except UsageError as error:
            return fail(str(error), EXIT_USAGE)
        from studytracker.ui.shell.app import run_window

        return run_window(data_dir)
    from studytracker.cli.main import run

    return run(arguments, render_screenshot)


if __name__ == "__main__":
    sys.exit(main())
