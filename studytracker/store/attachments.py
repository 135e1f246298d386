"""Attachments: local files copied into DATA_DIR/attachments and read inside the app."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from sqlalchemy import select

from studytracker.store.core import TrackerCore
from studytracker.store.errors import InputError, StoreError
from studytracker.store.models import (
    Attachment,
    ResourceRow,
    TopicRow,
)
from studytracker.store.views import (
    AttachmentView,
)

ATTACHMENTS_DIR = "attachments"
MAX_ATTACHMENT_BYTES = 1024 * 1024 * 1024


class Attachments(TrackerCore):
    @property
    def attachments_dir(self) -> Path:
        return self.db.path.parent / ATTACHMENTS_DIR

    def _attachment_view(
        self, row: Attachment, step_slug: str, resource_slug: str | None, topic_slug: str | None
    ) -> AttachmentView:
        return AttachmentView(
            id=row.id,
            name=row.original_name,
            path=str(self.attachments_dir / row.stored_name),
            size_bytes=row.size_bytes,
            step_id=step_slug,
            resource_id=resource_slug,
            topic_id=topic_slug,
            last_page=row.last_page,
        )

    def attachments(self, step_id: str) -> list[AttachmentView]:
        """Files attached to a step's resources and topics, in the order they were added."""
        with self.db.read() as session:
            roadmap = self._roadmap_row(session, None)
            step = self._step(session, roadmap.id, step_id)
            rows = session.execute(
                select(Attachment, ResourceRow.slug, TopicRow.slug)
                .outerjoin(ResourceRow, ResourceRow.pk == Attachment.resource_pk)
                .outerjoin(TopicRow, TopicRow.pk == Attachment.topic_pk)
                .where(Attachment.step_pk == step.pk, Attachment.profile_id == self.profile_id)
                .order_by(Attachment.id)
            ).all()
            return [self._attachment_view(row, step.slug, res, top) for row, res, top in rows]

    def attach_file(
        self, source: Path, step_id: str, resource_id: str | None = None, topic_id: str | None = None
    ) -> AttachmentView:
        """Copy a file into the data folder and attach it; the original is never moved or changed."""
        if (resource_id is None) == (topic_id is None):
            raise InputError("a file is attached to either a resource or a topic")
        if not source.is_file():
            raise InputError(f"{source}: no such file")
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InputError(f"{source}: {size / 1048576:.0f} MB is over the 1 GB limit for an attachment")
        with self.db.read() as session:
            roadmap = self._roadmap_row(session, None)
            step = self._step(session, roadmap.id, step_id)
            resource_pk = topic_pk = None
            if resource_id is not None:
                resource = session.scalars(
                    select(ResourceRow).where(ResourceRow.step_pk == step.pk, ResourceRow.slug == resource_id)
                ).first()
                if resource is None:
                    raise InputError(f"unknown resource id {resource_id!r} in step {step_id!r}")
                resource_pk = resource.pk
            else:
                topic = self._topic(session, roadmap.id, topic_id or "")
                if topic.step_pk != step.pk:
                    raise InputError(f"topic {topic_id!r} is not in step {step_id!r}")
                topic_pk = topic.pk
        safe_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in source.name)[-80:]
        stored_name = f"{uuid.uuid4().hex[:12]}-{safe_name}"
        target = self.attachments_dir / stored_name
        partial = target.with_name(target.name + ".partial")
        try:
            self.attachments_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, partial)
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise StoreError(f"{target}: could not copy the file ({error.strerror or error})") from None
        try:
            with self.db.write() as session:
                row = Attachment(
                    profile_id=self.profile_id,
                    step_pk=step.pk,
                    resource_pk=resource_pk,
                    topic_pk=topic_pk,
                    stored_name=stored_name,
                    original_name=source.name,
                    size_bytes=size,
                    added_at=self._now_iso(),
                    last_page=0,
                )
                session.add(row)
                session.flush()
                return self._attachment_view(row, step_id, resource_id, topic_id)
        except BaseException:
            target.unlink(missing_ok=True)  # no row, no orphan copy
            raise

    def set_attachment_page(self, attachment_id: int, page: int) -> None:
        with self.db.write() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise InputError(f"unknown attachment #{attachment_id}")
            row.last_page = max(0, page)

    def remove_attachment(self, attachment_id: int) -> None:
        """Forget an attachment and delete its copy (the learner's original is untouched)."""
        with self.db.write() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise InputError(f"unknown attachment #{attachment_id}")
            stored = self.attachments_dir / row.stored_name
            session.delete(row)
        stored.unlink(missing_ok=True)
