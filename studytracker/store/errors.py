"""The two kinds of failure the service reports; messages are one line that says what and where."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The operation ran and found a problem (a damaged database, a full disk): exit code 1."""


class InputError(StoreError):
    """Bad input (an unknown id, an impossible value): exit code 2. Nothing was written."""


def require_unicode(text: str, what: str) -> str:
    """`text` as given, or the input error for text that is not valid Unicode: bytes of another
    encoding passed on a command line (Python keeps them as lone surrogates), or a JSON "\\ud800"
    escape. The database stores UTF-8 and would refuse it half-way through a write."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            f"{what}: not valid Unicode text (character {error.start + 1} is a byte that is not UTF-8, "
            "or a lone surrogate); nothing was saved"
        ) from None
    return text


class CopyNotWritten(StoreError):
    """A copy of a database (a backup, a restore's staged copy) could not be written where it was
    going: a full disk, a read-only folder. `reason` is the system's own words; nothing was kept."""

    def __init__(self, target: Path, reason: object) -> None:
        self.target, self.reason = target, str(reason)
        super().__init__(f"{target}: cannot write the backup there ({reason}); nothing was kept")


class NoteChangedElsewhere(StoreError):
    """A note was saved over a text it did not start from: another program (the command line,
    another device) changed it meanwhile. Nothing was written; `theirs` is the text stored now."""

    def __init__(self, theirs: str) -> None:
        self.theirs = theirs
        super().__init__("the note was changed by another program meanwhile; nothing was saved")


class DatabaseFailure(StoreError):
    """The database itself failed. `kind` says how ("read-only", "disk-full", "damaged",
    "cannot-open", "busy" or "other"), so a window can word it in the learner's language; the
    message is the command line's English line, with the path and the driver's own words."""

    def __init__(self, kind: str, path: Path, detail: str) -> None:
        from studytracker.messages import worded

        self.failure, self.path, self.detail = kind, path, detail
        #: the refusal in the catalogue (`studytracker.messages`), and what fills it in
        self.kind, self.params = f"db-{kind}", {"path": path, "detail": detail}
        super().__init__(worded(self.kind, self.params))


def database_failure(error: BaseException, path: Path) -> DatabaseFailure:
    """What a database failure was, from the driver's error, for the database at `path`."""
    original = getattr(error, "orig", error)
    detail = str(original).strip() or type(original).__name__
    lowered = detail.lower()
    if "readonly" in lowered or "read-only" in lowered:
        kind = "read-only"
    elif "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        kind = "disk-full"
    elif "not a database" in lowered or "malformed" in lowered:
        kind = "damaged"
    elif "unable to open" in lowered:
        kind = "cannot-open"
    elif "locked" in lowered or "busy" in lowered:
        kind = "busy"
    else:
        kind = "other"
    return DatabaseFailure(kind, path, detail)
