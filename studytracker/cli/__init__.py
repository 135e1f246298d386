"""The command line of the outside contract (CONTRACT.md in the project's shared folder): one
module per area of commands. No Qt widgets here, and nothing of the window's.

Exit codes: 0 done; 1 the operation ran and found a problem; 2 bad usage or bad input. On 1 and 2
one line `studytracker: error: …` goes to stderr, and nothing has been written.

The package imports nothing itself: the window's start (`__main__`) reads `--data-dir` with
`cli.common` alone, and the commands' parser (`cli.main.run`) loads only for a command.
"""

from __future__ import annotations
