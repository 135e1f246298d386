"""Writing notes: the markdown note of a step or a topic, kept with every version of it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert

from studytracker.store.commands.base import Commands, Work
from studytracker.store.errors import NoteChangedElsewhere, require_unicode
from studytracker.store.models import Note, NoteConflict, NoteRevision
from studytracker.store.policy import NOTE_BURST_SECONDS
from studytracker.store.reads.notes import NoteTarget
from studytracker.store.records import Changes
from studytracker.store.revision_texts import WHOLE_BELOW, as_edit, latest_whole, stored_form


def note_changed(step_id: str | None, topic_id: str | None) -> Changes:
    """A note written, named by its owner: ("topic", id) or ("step", id)."""
    owner = ("topic", topic_id) if topic_id is not None else ("step", step_id or "")
    return Changes(notes=frozenset([owner]))


class NoteCommands(Commands):
    def save(
        self,
        body: str,
        step_id: str | None = None,
        topic_id: str | None = None,
        burst: str | None = None,
        source: str = "window",
        expected: str | None = None,
    ) -> Changes:
        """Save the note of a step or a topic (of the active roadmap) as a revision.

        With `burst` (the window's editor gives one per stretch of typing), a save that follows
        one of the same burst within NOTE_BURST_SECONDS goes on with that revision; anything
        else (the command line, a pause, another note) starts a new one.

        With `expected` (the text the editor started from), a note that holds something else
        now, changed by another program, is not overwritten: NoteChangedElsewhere says what it
        holds.
        """
        require_unicode(body, "the note")
        with self.context.write() as work:
            target = work.reads.notes.target(step_id, topic_id)
            if expected is not None:
                found = work.reads.notes.find(target)
                stored = found[1] if found else ""
                if stored not in (expected, body):
                    raise NoteChangedElsewhere(stored)
            return self._write(work, target, body, source, burst, note_changed(step_id, topic_id))

    def settle(self, body: str, step_id: str | None = None, topic_id: str | None = None) -> Changes:
        """Settle a note edited on two devices with the text the learner chose (one of the two,
        or both merged): a revision written over both, even when the note holds that text."""
        require_unicode(body, "the note")
        with self.context.write() as work:
            target = work.reads.notes.target(step_id, topic_id)
            found = work.reads.notes.find(target)
            now = self.context.now_iso()
            note_id = write_note(work, target, found[0] if found else None, body, now)
            add_revision(work, note_id, body, now, "window", None)
            work.session.execute(delete(NoteConflict).where(NoteConflict.note_id == note_id))
        return note_changed(step_id, topic_id)

    def append(self, text: str, step_id: str | None = None, topic_id: str | None = None) -> Changes:
        """Add text at the end of a note, on a line of its own (a revision)."""
        require_unicode(text, "the text to append")
        with self.context.write() as work:
            reads = work.reads
            target = reads.notes.target(step_id, topic_id)
            found = reads.notes.find(target)
            current = found[1] if found else ""
            joined = current + ("\n" if current and not current.endswith("\n") else "") + text
            return self._write(work, target, joined, "cli", None, note_changed(step_id, topic_id))

    def restore(self, number: int, step_id: str | None = None, topic_id: str | None = None) -> Changes:
        """Make an older revision the note's text again, as a new revision (nothing is lost)."""
        with self.context.write() as work:
            reads = work.reads
            old = reads.notes.revision(number, step_id, topic_id)
            target = reads.notes.target(step_id, topic_id)
            return self._write(work, target, old.body, "restore", None, note_changed(step_id, topic_id))

    def _write(
        self, work: Work, target: NoteTarget, body: str, source: str, burst: str | None, changed: Changes
    ) -> Changes:
        found = work.reads.notes.find(target)
        now = self.context.now_iso()
        if found is None:
            if body == "":
                return Changes()
            note_id = write_note(work, target, None, body, now)
        elif found[1] == body:
            return Changes()
        else:
            note_id = write_note(work, target, found[0], body, now)
        add_revision(work, note_id, body, now, source, burst)
        # Written over both texts of a note edited on two devices: the learner has settled it
        # (this revision, once journaled, names both as what it was written over).
        work.session.execute(delete(NoteConflict).where(NoteConflict.note_id == note_id))
        return changed


def write_note(work: Work, target: NoteTarget, note_id: int | None, body: str, saved_at: str) -> int:
    """Write a note's text (a new note when `note_id` is None); its row id. The caller adds
    the revision."""
    if note_id is None:
        row = Note(
            profile_id=work.context.profile_id,
            step_pk=target.step_pk,
            topic_pk=target.topic_pk,
            body=body,
            updated_at=saved_at,
        )
        work.session.add(row)
        work.session.flush()
        return row.id
    note = work.session.get(Note, note_id)
    assert note is not None
    note.body, note.updated_at = body, saved_at
    return note_id


def add_revision(work: Work, note_id: int, body: str, saved_at: str, source: str, burst: str | None) -> None:
    """A new revision of a note, or, within the same editing burst, the burst's revision again."""
    latest = work.reads.notes.latest_revision(note_id)
    if burst is not None and latest is not None and latest.burst == burst:
        pause = datetime.fromisoformat(saved_at) - datetime.fromisoformat(latest.saved_at)
        if pause.total_seconds() < NOTE_BURST_SECONDS:
            revision = work.session.get(NoteRevision, latest.id)
            assert revision is not None
            # (the newest revision: no other is an edit of it)
            revision.body, revision.base_id = stored_form(work.sql(), note_id, body, excluding=latest.id)
            revision.saved_at = saved_at
            return
    stored, base_id = stored_form(work.sql(), note_id, body)
    work.session.add(
        NoteRevision(
            note_id=note_id, body=stored, base_id=base_id, saved_at=saved_at, source=source, burst=burst
        )
    )


def insert_revisions(work: Work, revisions: list[dict[str, Any]]) -> None:
    """Write imported revisions (rows of note_revision's columns, with whole texts), in order,
    each as an edit of its note's latest long whole text where that is smaller
    (`store.revision_texts`). Written in bulk, but for a long text kept whole: the next edits
    name its id."""
    connection = work.sql()
    bases: dict[int, tuple[int, str] | None] = {}
    pending: list[dict[str, Any]] = []
    for revision in revisions:
        note_id, text = revision["note_id"], revision["body"]
        if note_id not in bases:
            bases[note_id] = latest_whole(connection, note_id)
        base = bases[note_id]
        edit = as_edit(text, base[1]) if base is not None else None
        if edit is not None and base is not None:
            pending.append({**revision, "body": edit, "base_id": base[0]})
        elif len(text) < WHOLE_BELOW:
            pending.append({**revision, "base_id": None})
        else:
            if pending:
                work.session.execute(insert(NoteRevision), pending)
                pending.clear()
            inserted = insert(NoteRevision).returning(NoteRevision.id)
            bases[note_id] = (work.session.execute(inserted, [revision]).scalar_one(), text)
    if pending:
        work.session.execute(insert(NoteRevision), pending)
