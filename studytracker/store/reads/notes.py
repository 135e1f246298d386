"""Reads of the learner's notes: the note of a step or topic, and every note of a roadmap."""

from __future__ import annotations

from dataclasses import dataclass

from studytracker.store.errors import InputError
from studytracker.store.reads.base import Area, read
from studytracker.store.records import NoteView

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


class NoteReads(Area):
    name = "notes"

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
    def of_roadmap(self) -> list[tuple[str, str]]:
        """(heading, markdown) of every non-empty note of the active roadmap, in roadmap order."""
        rows = self.rows(
            f"SELECT n.body, st.number, st.title, t.title FROM {ROADMAP_NOTES} AND n.body != ''"
            " ORDER BY st.position, t.position IS NOT NULL, t.position",
            roadmap=self.reads.roadmaps.get().id,
        )
        notes = []
        for body, number, step_title, topic_title in rows:
            step = f"Step {number}: {step_title}" if number is not None else step_title
            notes.append((f"{step} › {topic_title}" if topic_title else step, body))
        return notes

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
