"""Writing notes: the markdown note of a step or a topic."""

from __future__ import annotations

from studytracker.store.commands.base import Commands
from studytracker.store.models import Note
from studytracker.store.records import Changes


class NoteCommands(Commands):
    def save(self, body: str, step_id: str | None = None, topic_id: str | None = None) -> Changes:
        """Save the note of a step or a topic (of the active roadmap)."""
        with self.context.write() as work:
            reads = work.reads
            target = reads.notes.target(step_id, topic_id)
            found = reads.notes.find(target)
            if found is None:
                work.session.add(
                    Note(
                        profile_id=self.context.profile_id,
                        step_pk=target.step_pk,
                        topic_pk=target.topic_pk,
                        body=body,
                        updated_at=self.context.now_iso(),
                    )
                )
            elif found[1] != body:
                row = work.session.get(Note, found[0])
                assert row is not None
                row.body, row.updated_at = body, self.context.now_iso()
            else:
                return Changes()
        return Changes(notes=True)
