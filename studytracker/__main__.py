"""Entry point: `studytracker` / `python -m studytracker`: the window, or a sub-command."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    # Start-up allocates a great deal and frees next to nothing: no collections until the window
    # is on screen or the command runs (`cli.run` and `ui.app` turn collection back on).
    gc.disable()
    from studytracker.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
