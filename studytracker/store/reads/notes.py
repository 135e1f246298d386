"""Reads of the learner's notes: the note of a step or topic, its history of revisions, and
every note of a roadmap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from studytracker.formatting import names_its_number
from studytracker.store.errors import InputError
from studytracker.store.reads.base import Area, read
from studytracker.store.records import NoteRevisionView, NoteView
from studytracker.store.revision_texts import texts

#: A roadmap's notes, each joined to its step (through its topic, for a topic's note): `t` is the
#: topic, absent for a step's note.
ROADMAP_NOTES = (
    "note n LEFT JOIN topic t ON t.pk = n.topic_pk"
    " JOIN step st ON st.pk = COALESCE(n.step_pk, t.step_pk)"
    " WHERE n.profile_id = :profile AND st.roadmap_id = :roadmap"
)


@dataclass(frozen=True)
class NoteTarget:
    """What a note is on: a step or a topic of the active roadmap (exactly one of the two)."""

    step_pk: int | None
    topic_pk: int | None


@dataclass(frozen=True)
class LatestRevision:
    """A note's newest revision, as a save needs it (to go on with the same editing burst)."""

    id: int
    saved_at: str
    burst: str | None


def _moment(stamp: str) -> datetime:
    """A stored stamp as a moment for ordering: one without an offset reads as local time, one
    that does not parse as the earliest moment."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.astimezone()


def revision_key(body: str, saved_at: str) -> tuple[str, datetime]:
    """A revision by its text (a digest: a note may be megabytes) and the moment it was saved."""
    import hashlib

    return hashlib.sha256(body.encode("utf-8")).hexdigest(), _moment(saved_at)


class NoteReads(Area):
    name = "notes"

    @read
    def target_of(self, item_id: str) -> tuple[str | None, str | None]:
        """(step id, None) or (None, topic id) for an id that names a step or a topic of the
        active roadmap (the command line's `note ID`)."""
        roadmaps = self.reads.roadmaps
        roadmap = roadmaps.get().id
        if self.first(
            "SELECT 1 FROM step WHERE roadmap_id = :roadmap AND slug = :id AND NOT archived",
            roadmap=roadmap,
            id=item_id,
        ):
            return item_id, None
        if self.first(
            "SELECT 1 FROM topic WHERE roadmap_id = :roadmap AND slug = :id AND NOT archived",
            roadmap=roadmap,
            id=item_id,
        ):
            return None, item_id
        raise InputError(f"unknown step or topic id {item_id!r} in roadmap {roadmap!r}")

    @read
    def target(self, step_id: str | None, topic_id: str | None) -> NoteTarget:
        if (step_id is None) == (topic_id is None):
            raise InputError("a note belongs to either a step or a topic")
        roadmaps = self.reads.roadmaps
        roadmap = roadmaps.get().id
        if step_id is not None:
            return NoteTarget(roadmaps.step_pk(roadmap, step_id), None)
        assert topic_id is not None
        return NoteTarget(None, roadmaps.topic(roadmap, topic_id).pk)

    @read
    def find(self, target: NoteTarget) -> tuple[int, str, str] | None:
        """(row, body, saved at) of the note on a target, if it has one."""
        column, pk = (
            ("step_pk", target.step_pk) if target.step_pk is not None else ("topic_pk", target.topic_pk)
        )
        row = self.first(
            f"SELECT id, body, updated_at FROM note WHERE profile_id = :profile AND {column} = :pk", pk=pk
        )
        return (row[0], row[1], row[2]) if row else None

    @read
    def get(self, step_id: str | None = None, topic_id: str | None = None) -> NoteView | None:
        """The note on a step or a topic of the active roadmap, if it has one."""
        found = self.find(self.target(step_id, topic_id))
        return NoteView(step_id, topic_id, found[1], found[2]) if found else None

    @read
    def history(self, step_id: str | None = None, topic_id: str | None = None) -> list[NoteRevisionView]:
        """Every revision of the note on a step or a topic, oldest first (none for no note)."""
        found = self.find(self.target(step_id, topic_id))
        if found is None:
            return []
        rows = self.rows(
            "SELECT id, body, base_id, saved_at, source FROM note_revision WHERE note_id = :note ORDER BY id",
            note=found[0],
        )
        ordered = sorted(rows, key=lambda row: (_moment(row[3]), row[0]))
        bodies = self._texts([(body, base) for _id, body, base, _saved, _source in ordered])
        return [
            NoteRevisionView(revision=number, saved=_moment(saved), body=body, source=source)
            for number, (body, (_id, _stored, _base, saved, source)) in enumerate(
                zip(bodies, ordered, strict=True), start=1
            )
        ]

    def _texts(self, stored: list[tuple[str, int | None]]) -> list[str]:
        """Revisions' whole texts from their rows' (body, base_id) (see `store.revision_texts`)."""
        assert self.reads.connection is not None  # inside a read
        return texts(self.reads.connection, stored)

    @read
    def revision(
        self, number: int, step_id: str | None = None, topic_id: str | None = None
    ) -> NoteRevisionView:
        history = self.history(step_id, topic_id)
        if not 1 <= number <= len(history):
            named = step_id or topic_id
            held = f"revisions 1 to {len(history)}" if history else "no revisions"
            raise InputError(f"the note on {named!r} has no revision {number} (it has {held})")
        return history[number - 1]

    @read
    def latest_revision(self, note_id: int) -> LatestRevision | None:
        row = self.first(
            "SELECT id, saved_at, burst FROM note_revision WHERE note_id = :note ORDER BY id DESC LIMIT 1",
            note=note_id,
        )
        return LatestRevision(*row) if row else None

    @read
    def revision_keys(self, note_id: int) -> set[tuple[str, datetime]]:
        """(the text's digest, the moment) of each revision of a note: for telling at once,
        revision by revision, whether an import brings one that is here already."""
        rows = self.rows(
            "SELECT body, base_id, saved_at FROM note_revision WHERE note_id = :note", note=note_id
        )
        bodies = self._texts([(body, base) for body, base, _saved in rows])
        return {revision_key(body, saved) for body, (_body, _base, saved) in zip(bodies, rows, strict=True)}

    @read
    def has_revision(self, note_id: int, body: str, saved_at: str) -> bool:
        """Whether a note already has this version, saved at this moment (an import's twin)."""
        return revision_key(body, saved_at) in self.revision_keys(note_id)

    @read
    def of_roadmap(self) -> list[tuple[str, str]]:
        """(heading, markdown) of every non-empty note of the active roadmap, in roadmap order."""
        rows = self.rows(
            f"SELECT n.body, st.number, st.title, t.title FROM {ROADMAP_NOTES} AND n.body != ''"
            " ORDER BY st.position, t.position IS NOT NULL, t.position",
            roadmap=self.reads.roadmaps.get().id,
        )
        notes = []
        for body, number, step_title, topic_title in rows:
            named = number is None or names_its_number(step_title, number)
            step = step_title if named else f"Step {number}: {step_title}"
            notes.append((f"{step} › {topic_title}" if topic_title else step, body))
        return notes

    @read
    def other_texts(self, step_id: str | None = None, topic_id: str | None = None) -> list[str]:
        """The other texts of a note edited on two devices (neither written over the other): the
        note holds the newer one, these are what the other device wrote. Empty for any other note."""
        found = self.find(self.target(step_id, topic_id))
        if found is None:
            return []
        if not self.first("SELECT 1 FROM note_conflict WHERE note_id = :note", note=found[0]):
            return []
        rows = self.rows(
            "SELECT uid, bases, body, base_id FROM note_revision WHERE note_id = :note ORDER BY id",
            note=found[0],
        )
        named = {base for _uid, bases, _body, _base in rows for base in (bases or "").split()}
        heads = self._texts([(body, base) for uid, _bases, body, base in rows if uid not in named])
        return [body for body in dict.fromkeys(heads) if body != found[1]]

    @read
    def edited_on_two_devices(self) -> list[tuple[str, str | None, str]]:
        """(step id, topic id or None for the step's own note, heading) of the active roadmap's
        notes edited on two devices."""
        rows = self.rows(
            f"SELECT n.step_pk IS NOT NULL, st.slug, t.slug, st.title, t.title FROM {ROADMAP_NOTES}"
            " AND n.id IN (SELECT note_id FROM note_conflict) ORDER BY st.position, t.position",
            roadmap=self.reads.roadmaps.get().id,
        )
        return [
            (step, None, step_title) if on_step else (step, topic, f"{step_title} › {topic_title}")
            for on_step, step, topic, step_title, topic_title in rows
        ]

    @read
    def exported_revisions(self) -> list[dict[str, object]]:
        """Every revision of the notes on roadmaps that are there, by ids (for the export)."""
        rows = self.rows(
            "SELECT st.roadmap_id, n.step_pk IS NOT NULL, st.slug, t.slug, r.body, r.base_id, r.saved_at,"
            " r.source FROM note_revision r JOIN note n ON n.id = r.note_id"
            " LEFT JOIN topic t ON t.pk = n.topic_pk"
            " JOIN step st ON st.pk = COALESCE(n.step_pk, t.step_pk) JOIN roadmap rm ON rm.id = st.roadmap_id"
            " WHERE n.profile_id = :profile AND rm.removed_at IS NULL ORDER BY r.id"
        )
        bodies = self._texts([(row[4], row[5]) for row in rows])
        return [
            {
                "roadmap": roadmap,
                **({"step": step} if on_step else {"topic": topic}),
                "body": body,
                "saved_at": saved,
                "source": source,
            }
            for body, (roadmap, on_step, step, topic, _stored, _base, saved, source) in zip(
                bodies, rows, strict=True
            )
        ]

    @read
    def exported(self) -> list[dict[str, object]]:
        """Every note on roadmaps that are there, by ids (for the export)."""
        rows = self.rows(
            "SELECT st.roadmap_id, n.step_pk IS NOT NULL, st.slug, t.slug, n.body, n.updated_at"
            " FROM note n LEFT JOIN topic t ON t.pk = n.topic_pk"
            " JOIN step st ON st.pk = COALESCE(n.step_pk, t.step_pk) JOIN roadmap r ON r.id = st.roadmap_id"
            " WHERE n.profile_id = :profile AND r.removed_at IS NULL ORDER BY n.id"
        )
        return [
            {"roadmap": roadmap, "step": step, "body": body, "updated_at": saved}
            if on_step
            else {"roadmap": roadmap, "topic": topic, "body": body, "updated_at": saved}
            for roadmap, on_step, step, topic, body, saved in rows
        ]
