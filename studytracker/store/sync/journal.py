"""This device's journal: the marks the triggers left, turned into operations.

A mark says only *what* changed (a session's uid, a topic's row); the operation says what it is
now, by the ids every device shares (roadmap and topic slugs, uids), stamped with the next
sequence number and the hybrid logical clock. Everything here runs inside one unit of work, so
a journal is never half written.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from studytracker.store.commands.base import Work
from studytracker.store.revision_texts import texts
from studytracker.store.sync.operations import Operation, next_hlc, progress_key

#: The order marks become operations: a roadmap before what refers to it.
KIND_ORDER = ("roadmap", "setting", "progress", "session", "revision", "review")


class Wait:
    """What a mark becomes that cannot travel yet: a running session travels when it stops."""


WAIT = Wait()
#: What a mark becomes: the operation's key, its data, and when the edit was made (ms) if known.
Described = tuple[str, "dict[str, Any] | None", "int | None"]


def mark_everything(connection: sqlite3.Connection, profile: int, settings: bool = True) -> None:
    """Mark all there is, as if it had all just changed: a device's first journal. A device that
    joins others leaves its settings out: it takes theirs (a new laptop's defaults must not
    win over the learner's choices); its progress, sessions, notes and reviews merge in."""
    statements = [
        "SELECT 'roadmap', id FROM roadmap",
        "SELECT 'progress', CAST(topic_pk AS TEXT) FROM topic_progress WHERE profile_id = :profile",
        "SELECT 'session', uid FROM study_session WHERE profile_id = :profile AND end_utc IS NOT NULL",
        "SELECT 'revision', r.uid FROM note_revision r JOIN note n ON n.id = r.note_id"
        " WHERE n.profile_id = :profile",
        "SELECT 'review', uid FROM review_log WHERE profile_id = :profile",
    ]
    if settings:
        statements.append(
            "SELECT 'setting', key FROM setting WHERE profile_id = :profile"
            " AND key NOT LIKE 'bundled\\_%' ESCAPE '\\'"
        )
    else:
        connection.execute("DELETE FROM sync_mark WHERE kind = 'setting'")
    for select in statements:  # one by one: a script would commit the unit of work half-way
        connection.execute(f"INSERT OR IGNORE INTO sync_mark {select}", {"profile": profile})


class Journal:
    """Turns this device's marks into operations of its journal, inside one unit of work."""

    def __init__(self, work: Work, device: str, now_ms: int, skip_roadmaps: Iterable[str] = ()) -> None:
        self.work = work
        self.connection = work.sql()
        self.profile = work.context.profile_id
        self.device = device
        self.now_ms = now_ms
        #: Roadmaps every device loads itself (the bundled one): their operations would only
        #: make devices of different versions take each other's edition back and forth.
        self.skip_roadmaps = frozenset(skip_roadmaps)

    def write(self) -> int:
        """Journal every mark that can be; how many operations that made."""
        connection = self.connection
        marks = connection.execute("SELECT kind, key FROM sync_mark").fetchall()
        if not marks:
            return 0
        marks.sort(key=lambda mark: (KIND_ORDER.index(mark[0]), mark[1]))
        revised_notes = self._give_bases([key for kind, key in marks if kind == "revision"])
        next_seq, seen_hlc = connection.execute("SELECT next_seq, last_hlc FROM sync_state").fetchone()
        last_hlc = seen_hlc
        written = 0
        for kind, key in marks:
            described = self._describe(kind, key)
            if isinstance(described, Wait):
                continue
            connection.execute("DELETE FROM sync_mark WHERE kind = ? AND key = ?", (kind, key))
            if described is None:
                continue  # about something gone that never travels (a roadmap's own topic)
            op_key, data, edited_ms = described
            # Journaled at the first sync after the edit, before that sync takes anything: what
            # this device had seen when it made the edit is `seen_hlc`, so the edit is ordered
            # after all that, and otherwise by when it was made (an edit made offline on Monday
            # loses to another device's of Wednesday, whenever it syncs).
            hlc = next_hlc(seen_hlc, edited_ms or self.now_ms)
            last_hlc = max(last_hlc, hlc)
            connection.execute(
                "INSERT INTO sync_journal (seq, hlc, kind, key, data) VALUES (?, ?, ?, ?, ?)",
                (next_seq, hlc, kind, op_key, None if data is None else json.dumps(data)),
            )
            record_clock(connection, kind, op_key, hlc, self.device)
            next_seq += 1
            written += 1
        connection.execute("UPDATE sync_state SET next_seq = ?, last_hlc = ?", (next_seq, last_hlc))
        for note_id in revised_notes:
            settle_note(connection, note_id)
        return written

    def _give_bases(self, revision_uids: list[str]) -> set[int]:
        """Give every new revision of these notes the revisions it was written over: the heads
        of its note among the revisions this device had before it (its rows come in the order
        this device learnt of them). The notes they belong to."""
        if not revision_uids:
            return set()
        connection = self.connection
        notes: set[int] = set()
        for chunk in _chunks(revision_uids, 500):
            marks = ",".join("?" * len(chunk))
            notes.update(
                row[0]
                for row in connection.execute(
                    f"SELECT DISTINCT note_id FROM note_revision WHERE uid IN ({marks})", chunk
                )
            )
        for note_id in notes:
            heads: list[str] = []
            rows = connection.execute(
                "SELECT id, uid, bases FROM note_revision WHERE note_id = ? ORDER BY id", (note_id,)
            ).fetchall()
            for row_id, uid, bases in rows:
                if bases is None:
                    bases = " ".join(heads)
                    connection.execute("UPDATE note_revision SET bases = ? WHERE id = ?", (bases, row_id))
                named = set(bases.split())
                heads = [head for head in heads if head not in named] + [uid]
        return notes

    def _describe(self, kind: str, key: str) -> Described | Wait | None:
        """(the operation's key, what the thing is now, when it was edited in milliseconds or
        None for now); None when nothing travels; WAIT."""
        return getattr(self, f"_{kind}")(key)  # type: ignore[no-any-return]

    def _roadmap(self, roadmap_id: str) -> Described | None:
        if roadmap_id in self.skip_roadmaps:
            return None
        row = self.connection.execute("SELECT removed_at FROM roadmap WHERE id = ?", (roadmap_id,)).fetchone()
        if row is None or row[0] is not None:
            return roadmap_id, {"removed": True}, None
        return roadmap_id, {"roadmap": self.work.reads.roadmaps.export(roadmap_id).to_json()}, None

    def _setting(self, key: str) -> Described:
        row = self.connection.execute(
            "SELECT value FROM setting WHERE profile_id = ? AND key = ?", (self.profile, key)
        ).fetchone()
        return key, None if row is None else {"value": row[0]}, None

    def _progress(self, topic_pk: str) -> Described | None:
        row = self.connection.execute(
            "SELECT t.roadmap_id, t.slug, p.status, p.changed_at FROM topic t"
            " LEFT JOIN topic_progress p ON p.topic_pk = t.pk AND p.profile_id = ? WHERE t.pk = ?",
            (self.profile, int(topic_pk)),
        ).fetchone()
        if row is None:
            return None  # its roadmap was removed: the roadmap's operation says so
        roadmap, topic, status, changed_at = row
        if status is None:
            status, changed_at = "todo", self.work.context.now_iso()
        data = {"roadmap": roadmap, "topic": topic, "status": status, "changed_at": changed_at}
        return progress_key(roadmap, topic), data, _milliseconds(changed_at)

    def _session(self, uid: str) -> Described | Wait:
        row = self.connection.execute(
            "SELECT s.roadmap_id, st.slug, t.slug, s.start_utc, s.end_utc, s.utc_offset_min,"
            " s.paused_seconds, s.note, s.source FROM study_session s JOIN step st ON st.pk = s.step_pk"
            " LEFT JOIN topic t ON t.pk = s.topic_pk WHERE s.uid = ?",
            (uid,),
        ).fetchone()
        if row is None:
            return uid, None, None
        roadmap, step, topic, start, end, offset, paused, note, source = row
        if end is None:
            return WAIT
        data = {
            "roadmap": roadmap,
            "step": step,
            "topic": topic,
            "start_utc": start,
            "end_utc": end,
            "utc_offset_min": offset,
            "paused_seconds": paused,
            "note": note,
            "source": source,
        }
        return uid, data, None

    def _revision(self, uid: str) -> Described | None:
        row = self.connection.execute(
            "SELECT r.body, r.base_id, r.saved_at, r.source, r.bases, st.roadmap_id, st.slug, t.roadmap_id,"
            " t.slug FROM note_revision r JOIN note n ON n.id = r.note_id"
            " LEFT JOIN step st ON st.pk = n.step_pk LEFT JOIN topic t ON t.pk = n.topic_pk"
            " WHERE r.uid = ?",
            (uid,),
        ).fetchone()
        if row is None:
            return None  # went with its note's roadmap
        stored, base_id, saved_at, source, bases, step_roadmap, step, topic_roadmap, topic = row
        [body] = texts(self.connection, [(stored, base_id)])
        owner = (
            {"roadmap": step_roadmap, "step": step} if step else {"roadmap": topic_roadmap, "topic": topic}
        )
        data = {**owner, "body": body, "saved_at": saved_at, "source": source, "bases": bases.split()}
        return uid, data, _milliseconds(saved_at)

    def _review(self, uid: str) -> Described | None:
        row = self.connection.execute(
            "SELECT t.roadmap_id, t.slug, r.rating, r.reviewed_utc, r.utc_offset_min, r.due_utc"
            " FROM review_log r JOIN topic t ON t.pk = r.topic_pk WHERE r.uid = ?",
            (uid,),
        ).fetchone()
        if row is None:
            return None
        roadmap, topic, rating, reviewed, offset, due = row
        data = {
            "roadmap": roadmap,
            "topic": topic,
            "rating": rating,
            "reviewed_utc": reviewed,
            "utc_offset_min": offset,
            "due_utc": due,
        }
        return uid, data, reviewed * 1000


def journal_after(connection: sqlite3.Connection, device: str, after_seq: int, limit: int) -> list[Operation]:
    """This device's operations after `after_seq`, in order, at most `limit`."""
    rows = connection.execute(
        "SELECT seq, hlc, kind, key, data FROM sync_journal WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit),
    ).fetchall()
    return [
        Operation(device, seq, hlc, kind, key, None if data is None else json.loads(data))
        for seq, hlc, kind, key, data in rows
    ]


def record_clock(connection: sqlite3.Connection, kind: str, key: str, hlc: int, device: str) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO sync_clock (kind, key, hlc, device) VALUES (?, ?, ?, ?)",
        (kind, key, hlc, device),
    )


def settle_note(connection: sqlite3.Connection, note_id: int) -> None:
    """A note's text after revisions came from elsewhere: its newest head by clock; and a note
    with two heads (edited on two devices, neither over the other) is flagged to compare.
    While a revision of its own waits to be journaled, this device's text stands: journaled, it
    will be the newest."""
    rows = connection.execute(
        "SELECT r.uid, r.bases, r.body, r.base_id, r.saved_at, c.hlc, c.device FROM note_revision r"
        " LEFT JOIN sync_clock c ON c.kind = 'revision' AND c.key = r.uid WHERE r.note_id = ?",
        (note_id,),
    ).fetchall()
    if not rows or any(row[1] is None for row in rows):
        return
    named = {base for row in rows for base in row[1].split()}
    heads = [row for row in rows if row[0] not in named]
    if not heads:
        return  # revisions naming each other: only a forged journal does that
    _uid, _bases, stored, base_id, saved_at, _hlc, _device = max(
        heads, key=lambda row: (row[5] or 0, row[6] or "")
    )
    [body] = texts(connection, [(stored, base_id)])
    connection.execute(
        "UPDATE note SET body = ?, updated_at = ? WHERE id = ? AND (body != ? OR updated_at != ?)",
        (body, saved_at, note_id, body, saved_at),
    )
    if len(heads) > 1:
        connection.execute("INSERT OR IGNORE INTO note_conflict (note_id) VALUES (?)", (note_id,))
    else:
        connection.execute("DELETE FROM note_conflict WHERE note_id = ?", (note_id,))


def _milliseconds(stamp: str) -> int | None:
    """An ISO 8601 stamp with its offset as milliseconds since 1970 (None if it is not one)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return int(moment.timestamp() * 1000) if moment.tzinfo else None


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
