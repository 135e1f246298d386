"""Reads of attached files: those of a step, and one by its id."""

from __future__ import annotations

from pathlib import Path

from studytracker.store.errors import InputError
from studytracker.store.reads.base import Area, Row, read
from studytracker.store.records import AttachmentView

ATTACHMENTS_DIR = "attachments"

_COLUMNS = (
    "a.id, a.original_name, a.stored_name, a.size_bytes, st.slug, r.slug, t.slug, a.last_page,"
    " oc.url, oc.saved_at"
    " FROM attachment a JOIN step st ON st.pk = a.step_pk"
    " LEFT JOIN resource r ON r.pk = a.resource_pk LEFT JOIN topic t ON t.pk = a.topic_pk"
    " LEFT JOIN offline_copy oc ON oc.attachment_id = a.id"
)


class AttachmentReads(Area):
    name = "attachments"

    @property
    def folder(self) -> Path:
        """Where attached files are kept: DATA_DIR/attachments."""
        return self.reads.data_dir / ATTACHMENTS_DIR

    def _view(self, row: Row) -> AttachmentView:
        attachment_id, name, stored, size, step, resource, topic, last_page, saved_from, saved_at = row
        return AttachmentView(
            id=attachment_id,
            name=name,
            path=str(self.folder / stored),
            size_bytes=size,
            step_id=step,
            resource_id=resource,
            topic_id=topic,
            last_page=last_page,
            saved_from=saved_from or "",
            saved_at=saved_at or "",
        )

    @read
    def of_step(self, step_id: str) -> list[AttachmentView]:
        """Files attached to a step's resources and topics, in the order they were added."""
        step_pk = self.reads.roadmaps.step_pk(self.reads.roadmaps.get().id, step_id)
        rows = self.rows(
            f"SELECT {_COLUMNS} WHERE a.step_pk = :step AND a.profile_id = :profile ORDER BY a.id",
            step=step_pk,
        )
        return [self._view(row) for row in rows]

    @read
    def get(self, attachment_id: int) -> AttachmentView:
        row = self.first(f"SELECT {_COLUMNS} WHERE a.id = :id AND a.profile_id = :profile", id=attachment_id)
        if row is None:
            raise InputError(f"unknown attachment #{attachment_id}")
        return self._view(row)

    @read
    def stored_names_of_roadmap(self, roadmap_id: str) -> list[str]:
        """The files in DATA_DIR/attachments that belong to a roadmap's steps."""
        rows = self.rows(
            "SELECT a.stored_name FROM attachment a JOIN step st ON st.pk = a.step_pk"
            " WHERE st.roadmap_id = :roadmap",
            roadmap=roadmap_id,
        )
        return [name for (name,) in rows]

    @read
    def exported(self) -> list[dict[str, object]]:
        """Every file the learner attached on roadmaps that are there, described by ids (for the
        export); offline copies of resources are not among them (`offline.exported`)."""
        rows = self.rows(
            "SELECT st.roadmap_id, st.slug, r.slug, t.slug, a.original_name, a.size_bytes, a.added_at"
            " FROM attachment a JOIN step st ON st.pk = a.step_pk JOIN roadmap rm ON rm.id = st.roadmap_id"
            " LEFT JOIN resource r ON r.pk = a.resource_pk LEFT JOIN topic t ON t.pk = a.topic_pk"
            " WHERE a.profile_id = :profile AND rm.removed_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM offline_copy oc WHERE oc.attachment_id = a.id) ORDER BY a.id"
        )
        keys = ("roadmap", "step", "resource", "topic", "name", "size_bytes", "added_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]
