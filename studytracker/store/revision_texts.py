"""How a note's revisions are stored: a long text whole now and then, and the revisions after it
as one edit of that whole text, so that twenty small appends to a 5 MB note take twenty small
rows, not 100 MB.

A revision's row holds either its whole text (`base_id` NULL) or, with `base_id` naming a whole
revision of the same note, one edit of that text: "KEPT_HEAD KEPT_TAIL" (how many characters of
the base it keeps at each end), a newline, then what stands between them. An edit always names a
whole revision, never another edit, so any text is at most two rows away. A text shorter than
`WHOLE_BELOW` characters, or one whose edit would be over `EDIT_SHARE` of it, is kept whole and
becomes the base the next revisions are edits of.

Every read and write of `note_revision.body` goes through here: `texts` gives whole texts back,
`stored_form` makes a new revision's row, `make_dependents_whole` comes before a revision's text
is written over (its edits would otherwise describe another text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

#: Texts shorter than this (in characters) are kept whole: an edit would save little.
WHOLE_BELOW = 4096
#: An edit longer than this share of its text is kept whole instead (and is the next base).
EDIT_SHARE = 0.25
#: Ids asked for in one statement (SQLite allows 32,766 parameters; this keeps statements short).
_CHUNK = 500


def common_head(one: str, other: str) -> int:
    """How many characters two texts share at their start (a binary search of slice
    comparisons, which run in C: a 5 MB note is compared in a few milliseconds)."""
    low, high = 0, min(len(one), len(other))
    while low < high:
        middle = (low + high + 1) // 2
        if one[low:middle] == other[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def common_tail(one: str, other: str, limit: int) -> int:
    """How many characters two texts share at their end, at most `limit`."""
    low, high = 0, min(len(one), len(other), limit)
    while low < high:
        middle = (low + high + 1) // 2
        if one[len(one) - middle : len(one) - low] == other[len(other) - middle : len(other) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def as_edit(text: str, base: str) -> str | None:
    """`text` as one edit of `base`, or None when it is better kept whole."""
    if len(text) < WHOLE_BELOW:
        return None
    head = common_head(text, base)
    tail = common_tail(text, base, min(len(text), len(base)) - head)
    between = text[head : len(text) - tail]
    if len(between) > EDIT_SHARE * len(text):
        return None
    return f"{head} {tail}\n{between}"


def applied(edit: str, base: str) -> str:
    """The text an edit of `base` stands for."""
    header, _newline, between = edit.partition("\n")
    head, tail = (int(part) for part in header.split(" "))
    return base[:head] + between + base[len(base) - tail :]


def texts(connection: sqlite3.Connection, stored: Sequence[tuple[str, int | None]]) -> list[str]:
    """The whole texts of revisions given as their rows' (body, base_id), in the same order."""
    bases = _whole_texts(connection, {base for _body, base in stored if base is not None})
    return [body if base is None else applied(body, bases[base]) for body, base in stored]


def _whole_texts(connection: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    wanted, found = sorted(ids), dict[int, str]()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join(f":id{index}" for index in range(len(chunk)))
        rows = connection.execute(
            f"SELECT id, body FROM note_revision WHERE id IN ({marks})",
            {f"id{index}": revision_id for index, revision_id in enumerate(chunk)},
        )
        found.update(rows)
    return found


def latest_whole(
    connection: sqlite3.Connection, note_id: int, excluding: int | None = None
) -> tuple[int, str] | None:
    """The note's newest whole revision (id, text), the base a new revision is an edit of."""
    row = connection.execute(
        "SELECT id, body FROM note_revision WHERE note_id = :note AND base_id IS NULL AND id != :excluding"
        " ORDER BY id DESC LIMIT 1",
        {"note": note_id, "excluding": -1 if excluding is None else excluding},
    ).fetchone()
    return (row[0], row[1]) if row else None


def stored_form(
    connection: sqlite3.Connection, note_id: int, text: str, excluding: int | None = None
) -> tuple[str, int | None]:
    """The (body, base_id) a revision of the note with this text is stored as: an edit of the
    note's newest whole revision (other than `excluding`, the row being written over), or whole."""
    if len(text) < WHOLE_BELOW:
        return text, None  # not worth reading the base
    base = latest_whole(connection, note_id, excluding)
    edit = as_edit(text, base[1]) if base is not None else None
    return (text, None) if edit is None or base is None else (edit, base[0])


def make_dependents_whole(connection: sqlite3.Connection, revision_id: int) -> None:
    """Store whole every revision that is an edit of this one, before its text is written over."""
    base = _whole_texts(connection, [revision_id]).get(revision_id)
    if base is None:
        return
    dependents = connection.execute(
        "SELECT id, body FROM note_revision WHERE base_id = :base", {"base": revision_id}
    ).fetchall()
    for dependent_id, edit in dependents:
        connection.execute(
            "UPDATE note_revision SET body = :body, base_id = NULL WHERE id = :id",
            {"body": applied(edit, base), "id": dependent_id},
        )
