"""Writing attachments: local files copied into DATA_DIR/attachments, and where a PDF was left."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from studytracker.store.commands.base import Commands, Work
from studytracker.store.errors import InputError, StoreError
from studytracker.store.models import Attachment
from studytracker.store.reads.offline import OFFLINE_DIR, copy_folder_of
from studytracker.store.records import AttachmentChange, Changes
from studytracker.store.safety import private_file

MAX_ATTACHMENT_BYTES = 1024 * 1024 * 1024


def delete_stored_copy(folder: Path, stored_name: str) -> None:
    """Delete an attachment's copy in DATA_DIR/attachments: the file, or a resource's offline
    copy whole (its folder, images and all)."""
    copy_folder = copy_folder_of(stored_name)
    if copy_folder is not None:
        shutil.rmtree(folder / OFFLINE_DIR / copy_folder, ignore_errors=True)
    elif "/" not in stored_name and stored_name not in ("", ".", ".."):  # a file of its own, never a path
        (folder / stored_name).unlink(missing_ok=True)


class AttachmentCommands(Commands):
    def attach(
        self, source: Path, step_id: str, resource_id: str | None = None, topic_id: str | None = None
    ) -> AttachmentChange:
        """Copy a file into the data folder and attach it; the original is never moved or changed."""
        if (resource_id is None) == (topic_id is None):
            raise InputError("a file is attached to either a resource or a topic")
        if not source.is_file():
            raise InputError(f"{source}: no such file")
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InputError(f"{source}: {size / 1048576:.0f} MB is over the 1 GB limit for an attachment")
        reads = self.reads
        with reads.snapshot() as snapshot:
            roadmap = snapshot.roadmaps.get().id
            step_pk = snapshot.roadmaps.step_pk(roadmap, step_id)
            resource_pk = topic_pk = None
            if resource_id is not None:
                resource_pk = snapshot.roadmaps.resource_pk(step_pk, step_id, resource_id)
            else:
                topic_pk = snapshot.roadmaps.topic_in_step(roadmap, step_id, topic_id or "").pk
        folder = reads.attachments.folder
        safe_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in source.name)[-80:]
        stored_name = f"{uuid.uuid4().hex[:12]}-{safe_name}"
        target = folder / stored_name
        partial = target.with_name(target.name + ".partial")
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            private_file(partial)  # the learner's alone, like the rest of the data folder
            shutil.copyfile(source, partial)
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise StoreError(f"{target}: could not copy the file ({error.strerror or error})") from None
        try:
            with self.context.write() as work:
                row = Attachment(
                    profile_id=self.context.profile_id,
                    step_pk=step_pk,
                    resource_pk=resource_pk,
                    topic_pk=topic_pk,
                    stored_name=stored_name,
                    original_name=source.name,
                    size_bytes=size,
                    added_at=self.context.now_iso(),
                    last_page=0,
                )
                work.session.add(row)
                work.session.flush()
                return AttachmentChange(
                    work.reads.attachments.get(row.id), Changes(attachments=frozenset([row.id]))
                )
        except BaseException:
            target.unlink(missing_ok=True)  # no row, no orphan copy
            raise

    def set_page(self, attachment_id: int, page: int) -> Changes:
        """Remember the page a PDF was left open at. Nothing shown changes: the viewer that
        turned the page shows it already, and opens there next time."""
        with self.context.write() as work:
            row = self._row(work, attachment_id)
            row.last_page = max(0, page)
        return Changes()

    def remove(self, attachment_id: int) -> Changes:
        """Forget an attachment and delete its copy (the learner's original is untouched). A
        resource's offline copy goes whole: its folder, images and all."""
        with self.context.write() as work:
            row = self._row(work, attachment_id)
            stored_name = row.stored_name
            offline_copy = copy_folder_of(stored_name) is not None
            step_id = work.reads.offline.step_of(row.resource_pk or 0) if offline_copy else None
            work.session.delete(row)  # the database drops its offline_copy row with it
        delete_stored_copy(self.reads.attachments.folder, stored_name)
        offline = frozenset([step_id[1]]) if step_id is not None else frozenset()
        return Changes(attachments=frozenset([attachment_id]), offline=offline)

    def _row(self, work: Work, attachment_id: int) -> Attachment:
        row = work.session.get(Attachment, attachment_id)
        if row is None or row.profile_id != self.context.profile_id:
            raise InputError(f"unknown attachment #{attachment_id}")
        return row
