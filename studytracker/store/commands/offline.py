"""Writing offline reading: a resource's copy kept (its files in a folder of their own under
DATA_DIR/attachments/offline, an attachment row naming them), copies removed, link checks
recorded, and a moved link updated."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from studytracker.store.commands.base import Commands, Work
from studytracker.store.errors import InputError, StoreError
from studytracker.store.models import Attachment, LinkCheck, OfflineCopy, ResourceRow
from studytracker.store.reads.offline import COPY_FILE, OFFLINE_DIR, copy_folder_of
from studytracker.store.records import Changes
from studytracker.store.safety import private_file

#: The folder (inside the copies' folder) of what a stopped run already fetched, by resource.
FETCHED_DIR = ".fetched"
_KEPT_STATES = ("article", "pdf", "video")
#: What a file's first bytes say it is.
_FIRST_BYTES = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)
#: What a copy's page may hold: text structure, links, images, tables; nothing that runs, no
#: frame, form or style. (`offline.copies` cleans what it fetches with the same lists.)
COPY_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
}  # fmt: skip
COPY_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
}


def clean_copy_html(html: str) -> str:
    """A copy's HTML with nothing executable left (nh3): the one policy every kept page meets."""
    import nh3

    return nh3.clean(
        html,
        tags=COPY_TAGS,
        attributes=COPY_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


def file_type(data: bytes) -> str | None:
    """What a file's first bytes say it is: "pdf", "png", "jpg", "gif", "webp", or None. What
    a site or an export calls a file counts for nothing until these agree."""
    for first, kind in _FIRST_BYTES:
        if data.startswith(first):
            return kind
    return "webp" if data[:4] == b"RIFF" and data[8:12] == b"WEBP" else None


def checked_copy_files(files: tuple[tuple[str, bytes], ...]) -> tuple[tuple[str, bytes], ...]:
    """A copy's files as they may be kept: only the names a copy is made of, a PDF or an image
    only when its first bytes say it is one, and a page cleaned of anything that runs.
    InputError names the first that may not be kept."""
    checked = []
    for name, data in files:
        if not COPY_FILE.fullmatch(name):
            raise InputError(f"{name!r} is not a file of an offline copy")
        suffix = name.rsplit(".", 1)[-1]
        if suffix == "html":
            data = clean_copy_html(data.decode("utf-8", errors="replace")).encode()
        elif file_type(data) != suffix:
            raise InputError(f"{name}: not a {suffix.upper()} file")
        checked.append((name, data))
    return tuple(checked)


def private_folders(folder: Path, top: Path) -> None:
    """`folder` and every folder between it and `top` made as the learner's alone (0700):
    mkdir's mode reaches only the last of the folders it makes."""
    missing = []
    while folder != top and not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        os.chmod(path, 0o700)


@dataclass(frozen=True)
class CopyToKeep:
    """What a save made of one resource. `files` maps a name inside the copy's folder to its
    bytes, `main` the one to open; both are empty when nothing is kept (needs-sign-in,
    unavailable)."""

    state: str
    url: str
    final_url: str
    title: str = ""
    main: str = ""
    files: tuple[tuple[str, bytes], ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class LinkResult:
    """One link's check, to record (`verdict`: ok, moved, dead, blocked, unknown)."""

    resource_pk: int
    url: str
    verdict: str
    http_status: int | None = None
    detail: str = ""
    new_url: str | None = None


def copy_name(title: str, main: str) -> str:
    """The name a copy is shown by: its page's title, with the file's suffix once ("paper.pdf",
    not "paper.pdf.pdf"); characters a file name cannot hold become spaces."""
    suffix = "." + main.rsplit(".", 1)[-1]
    name = "".join(c if c.isalnum() or c in " .,-()'&+!" else " " for c in title)
    name = " ".join(name.split()).strip(" .")[:80] or "saved page"
    return name if name.lower().endswith(suffix) else name + suffix


class OfflineCommands(Commands):
    @property
    def folder(self) -> Path:
        """Where the copies are kept: DATA_DIR/attachments/offline, one folder per copy."""
        return self.reads.attachments.folder / OFFLINE_DIR

    def fetched_folder(self, resource_pk: int) -> Path:
        """Where a run keeps what it fetched for a resource until its copy is kept: a run
        stopped half-way reads it from here when it starts again."""
        return self.folder / FETCHED_DIR / str(resource_pk)

    def keep(self, resource_pk: int, copy: CopyToKeep) -> Changes:
        """Keep a resource's copy (or why there is none), in place of any it had: the files are
        written whole into a new folder before the row names them, and the old folder goes
        once the new row is committed."""
        if copy.state not in (*_KEPT_STATES, "needs-sign-in", "unavailable"):
            raise InputError(f"unknown offline state {copy.state!r}")
        names = [name for name, _ in copy.files]
        if copy.state in _KEPT_STATES and copy.main not in names:
            raise InputError(f"a copy of {copy.url} names no file of its own to open")
        if copy.state not in _KEPT_STATES and (copy.main or copy.files):
            raise InputError(f"a {copy.state} resource keeps no files")
        files = checked_copy_files(copy.files)
        step_pk, step_id = self._step_of(resource_pk)
        folder_name = f"{resource_pk}-{secrets.token_hex(4)}"
        target = self.folder / folder_name
        if files:
            self._write_folder(target, files)
        size = sum(len(data) for _, data in files)
        try:
            with self.context.write() as work:
                old_folder = self._drop(work, resource_pk)
                attachment_id = None
                if copy.main:
                    attachment = Attachment(
                        profile_id=self.context.profile_id,
                        step_pk=step_pk,
                        resource_pk=resource_pk,
                        topic_pk=None,
                        stored_name=f"{OFFLINE_DIR}/{folder_name}/{copy.main}",
                        original_name=copy_name(copy.title, copy.main),
                        size_bytes=size,
                        added_at=self.context.now_iso(),
                        last_page=0,
                    )
                    work.session.add(attachment)
                    work.session.flush()
                    attachment_id = attachment.id
                work.session.add(
                    OfflineCopy(
                        profile_id=self.context.profile_id,
                        resource_pk=resource_pk,
                        state=copy.state,
                        attachment_id=attachment_id,
                        url=copy.url,
                        final_url=copy.final_url,
                        title=copy.title,
                        saved_at=self.context.now_iso(),
                        etag=copy.etag,
                        last_modified=copy.last_modified,
                        size_bytes=size,
                        detail=copy.detail,
                    )
                )
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)  # no row names it: no orphan folder
            raise
        if old_folder is not None:
            shutil.rmtree(self.folder / old_folder, ignore_errors=True)
        shutil.rmtree(self.fetched_folder(resource_pk), ignore_errors=True)
        return Changes(offline=frozenset([step_id]))

    def confirm(self, resource_pk: int) -> Changes:
        """The site says the kept copy is still the page as it is (a 304): its date moves on."""
        with self.context.write() as work:
            row = work.session.get(OfflineCopy, (self.context.profile_id, resource_pk))
            if row is None:
                raise InputError(f"resource #{resource_pk} has no offline copy")
            row.saved_at = self.context.now_iso()
        shutil.rmtree(self.fetched_folder(resource_pk), ignore_errors=True)
        return Changes(offline=frozenset([self._step_of(resource_pk)[1]]))

    def remove(self, resource_pks: Iterable[int]) -> Changes:
        """Forget the copies of these resources and free their space."""
        folders: list[str] = []
        steps: set[str] = set()
        with self.context.write() as work:
            for resource_pk in resource_pks:
                if work.session.get(OfflineCopy, (self.context.profile_id, resource_pk)) is None:
                    continue
                folder = self._drop(work, resource_pk)
                if folder is not None:
                    folders.append(folder)
                steps.add(self._step_of(resource_pk)[1])
        for folder in folders:
            shutil.rmtree(self.folder / folder, ignore_errors=True)
        for resource_pk in resource_pks:
            shutil.rmtree(self.fetched_folder(resource_pk), ignore_errors=True)
        return Changes(offline=frozenset(steps))

    def sweep(self) -> list[str]:
        """Remove copy folders that no row names (a run killed between writing a folder and
        committing its row); what a stopped run fetched stays, for it to go on from."""
        if not self.folder.is_dir():
            return []
        named = self.reads.offline.stored_folders()
        removed = []
        for entry in self.folder.iterdir():
            if entry.name != FETCHED_DIR and entry.name not in named and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry.name)
        return removed

    def record_links(self, results: Iterable[LinkResult]) -> Changes:
        """Keep the results of a link check, with today's date, in place of the last ones; a
        link that gave no answer this time keeps what an earlier check found."""
        steps: set[str] = set()
        with self.context.write() as work:
            now = self.context.now_iso()
            for result in results:
                earlier = work.session.get(LinkCheck, result.resource_pk)
                if result.verdict == "unknown" and earlier is not None and earlier.url == result.url:
                    continue  # no answer this time (offline, a timeout): what was known stays, dated
                work.session.merge(
                    LinkCheck(
                        resource_pk=result.resource_pk,
                        url=result.url,
                        checked_at=now,
                        verdict=result.verdict,
                        http_status=result.http_status,
                        detail=result.detail,
                        new_url=result.new_url,
                    )
                )
                step = self.reads.offline.step_of(result.resource_pk)
                if step is not None:
                    steps.add(step[1])
        return Changes(offline=frozenset(steps))

    def update_link(self, resource_pk: int) -> Changes:
        """Point a resource at the address its link permanently moved to (as the last check
        found); on this device, until a new edition of the roadmap says otherwise."""
        with self.context.write() as work:
            check = work.session.get(LinkCheck, resource_pk)
            resource = work.session.get(ResourceRow, resource_pk)
            if resource is None or check is None or check.verdict != "moved" or not check.new_url:
                raise InputError(f"resource #{resource_pk}: the last link check found no new address")
            old_url, resource.url = resource.url, check.new_url
            check.url, check.verdict, check.new_url = resource.url, "ok", None
            check.detail = f"moved from {old_url}"
        step = self.reads.offline.step_of(resource_pk)
        return Changes(offline=frozenset([step[1]] if step is not None else []))

    def _step_of(self, resource_pk: int) -> tuple[int, str]:
        step = self.reads.offline.step_of(resource_pk)
        if step is None:
            raise InputError(f"unknown resource #{resource_pk} (or it belongs to no step)")
        return step

    def _drop(self, work: Work, resource_pk: int) -> str | None:
        """Delete a resource's copy rows; the folder its files are in, to remove after commit."""
        row = work.session.get(OfflineCopy, (self.context.profile_id, resource_pk))
        if row is None:
            return None
        folder = None
        attachment_id = row.attachment_id
        work.session.delete(row)
        work.session.flush()
        if attachment_id is not None:
            stored = work.session.scalar(select(Attachment.stored_name).where(Attachment.id == attachment_id))
            folder = copy_folder_of(stored or "")
            work.session.execute(delete(Attachment).where(Attachment.id == attachment_id))
        return folder

    def _write_folder(self, target: Path, files: tuple[tuple[str, bytes], ...]) -> None:
        """The copy's files, written whole into a folder renamed into place at the end; the
        names were checked (`checked_copy_files`), so each lies inside the folder."""
        partial = target.with_name(target.name + ".partial")
        try:
            private_folders(self.folder, self.reads.data_dir)
            partial.mkdir(mode=0o700)
            for name, data in files:
                path = partial / name
                private_folders(path.parent, partial)
                private_file(path)
                with open(path, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as error:
            shutil.rmtree(partial, ignore_errors=True)
            raise StoreError(
                f"{target}: could not write the offline copy ({error.strerror or error})"
            ) from None
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
