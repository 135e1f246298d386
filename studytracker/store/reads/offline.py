"""Reads of offline reading: which resources have a copy kept, the space the copies take, and
what the last link check found."""

from __future__ import annotations

import base64
import re

from studytracker.store.reads.base import Area, Row, read
from studytracker.store.records import LinkView, OfflineResource, OfflineStepMark

#: The folder, inside DATA_DIR/attachments, that holds the copies (one folder each).
OFFLINE_DIR = "offline"
#: The files a copy is made of, and no others: all a save writes, and all an import may bring.
COPY_FILE = re.compile(r"(page\.html|card\.html|document\.pdf|images/\d{1,3}\.(png|jpg|gif|webp))")
#: A copy's folder inside DATA_DIR/attachments/offline: its resource's key and a random part.
COPY_FOLDER = re.compile(r"\d{1,18}-[0-9a-f]{8}")
#: Addresses offline reading and the link check look at: the web's, not a local file's.
_WEB = "(r.url LIKE 'http://%' OR r.url LIKE 'https://%')"

_COLUMNS = (
    "r.pk, st.roadmap_id, st.slug, r.slug, r.title, r.url,"
    " oc.state, oc.saved_at, oc.url, oc.size_bytes, oc.detail, oc.etag, oc.last_modified, oc.attachment_id,"
    " lc.url, lc.checked_at, lc.verdict, lc.http_status, lc.detail, lc.new_url"
    " FROM resource r JOIN step st ON st.pk = r.step_pk"
    " LEFT JOIN offline_copy oc ON oc.resource_pk = r.pk AND oc.profile_id = :profile"
    " LEFT JOIN link_check lc ON lc.resource_pk = r.pk"
)


def _resource(row: Row) -> OfflineResource:
    (pk, roadmap, step, resource, title, url, state, saved_at, saved_from, size, detail, etag) = row[:12]
    last_modified, attachment_id = row[12:14]
    link_url, checked_at, verdict, status, link_detail, new_url = row[14:]
    link = (
        LinkView(link_url, checked_at, verdict, status, link_detail or "", new_url)
        if verdict is not None
        else None
    )
    return OfflineResource(
        pk=pk,
        roadmap_id=roadmap,
        step_id=step,
        resource_id=resource,
        title=title,
        url=url,
        state=state,
        saved_at=saved_at or "",
        saved_from=saved_from or "",
        size_bytes=size or 0,
        detail=detail or "",
        etag=etag,
        last_modified=last_modified,
        attachment_id=attachment_id,
        link=link,
    )


def copy_folder_of(stored_name: str) -> str | None:
    """The copy's folder an attachment's stored name lies in ("offline/12-ab34cd56/page.html"),
    or None when the name is no copy's (nothing outside a copy's own folder is ever touched)."""
    parts = stored_name.split("/")
    if len(parts) < 3 or parts[0] != OFFLINE_DIR or not COPY_FOLDER.fullmatch(parts[1]):
        return None
    return parts[1] if COPY_FILE.fullmatch("/".join(parts[2:])) else None


class OfflineReads(Area):
    name = "offline"

    @read
    def resources(self, roadmap_id: str, step_id: str | None = None) -> list[OfflineResource]:
        """The web resources of a roadmap's steps (of one step, when given), in the roadmap's order."""
        where = "st.roadmap_id = :roadmap AND NOT st.archived AND NOT r.archived AND " + _WEB
        if step_id is not None:
            where += " AND st.slug = :step"
        rows = self.rows(
            f"SELECT {_COLUMNS} WHERE {where} ORDER BY st.position, r.position",
            roadmap=roadmap_id,
            step=step_id,
        )
        return [_resource(row) for row in rows]

    @read
    def by_url(self, roadmap_id: str, url: str) -> list[OfflineResource]:
        """The resources of a roadmap's steps that link to `url` (one address may be listed in
        several steps)."""
        rows = self.rows(
            f"SELECT {_COLUMNS} WHERE st.roadmap_id = :roadmap AND NOT st.archived AND NOT r.archived"
            " AND r.url = :url ORDER BY st.position, r.position",
            roadmap=roadmap_id,
            url=url,
        )
        return [_resource(row) for row in rows]

    @read
    def links(self, roadmap_id: str) -> list[tuple[int, str, str]]:
        """Every web link of a roadmap (its steps' and its own): (resource key, id, address)."""
        rows = self.rows(
            "SELECT r.pk, r.slug, r.url FROM resource r"
            " LEFT JOIN step st ON st.pk = r.step_pk"
            f" WHERE r.roadmap_id = :roadmap AND NOT r.archived AND {_WEB}"
            " AND (st.pk IS NULL OR NOT st.archived) ORDER BY st.position, r.position",
            roadmap=roadmap_id,
        )
        return [(pk, resource_id, url) for pk, resource_id, url in rows]

    @read
    def link_results(self, roadmap_id: str) -> list[tuple[str, LinkView]]:
        """The last check of each of a roadmap's links that was checked: (resource id, result)."""
        rows = self.rows(
            "SELECT r.slug, lc.url, lc.checked_at, lc.verdict, lc.http_status, lc.detail, lc.new_url"
            " FROM link_check lc JOIN resource r ON r.pk = lc.resource_pk"
            " LEFT JOIN step st ON st.pk = r.step_pk WHERE r.roadmap_id = :roadmap AND NOT r.archived"
            " ORDER BY st.position, r.position",
            roadmap=roadmap_id,
        )
        return [(row[0], LinkView(*row[1:])) for row in rows]

    @read
    def step_marks(self, roadmap_id: str) -> dict[str, OfflineStepMark]:
        """For each step with web resources: how many there are, and how many have a copy."""
        rows = self.rows(
            "SELECT st.slug, COUNT(*), SUM(oc.state IN ('article', 'pdf', 'video'))"
            " FROM resource r JOIN step st ON st.pk = r.step_pk"
            " LEFT JOIN offline_copy oc ON oc.resource_pk = r.pk AND oc.profile_id = :profile"
            f" WHERE st.roadmap_id = :roadmap AND NOT st.archived AND NOT r.archived AND {_WEB}"
            " GROUP BY st.pk",
            roadmap=roadmap_id,
        )
        return {step: OfflineStepMark(count, available or 0) for step, count, available in rows}

    @read
    def step_of(self, resource_pk: int) -> tuple[int, str] | None:
        """The key and id of the step a resource belongs to (None: the roadmap's own, or none)."""
        row = self.first(
            "SELECT st.pk, st.slug FROM resource r JOIN step st ON st.pk = r.step_pk WHERE r.pk = :pk",
            pk=resource_pk,
        )
        return (int(row[0]), str(row[1])) if row else None

    @read
    def used_bytes(self) -> int:
        """The space the kept copies take in the data folder."""
        row = self.first("SELECT COALESCE(SUM(size_bytes), 0) FROM offline_copy WHERE profile_id = :profile")
        return int(row[0]) if row else 0

    @read
    def stored_folders(self) -> set[str]:
        """The copies' folders (names inside DATA_DIR/attachments/offline) that a row names."""
        rows = self.rows(
            "SELECT a.stored_name FROM offline_copy oc JOIN attachment a ON a.id = oc.attachment_id"
        )
        return {folder for (name,) in rows if (folder := copy_folder_of(name)) is not None}

    @read
    def resource_pk(self, roadmap_id: str, resource_id: str) -> int | None:
        """A step's resource that is there, by its roadmap and id."""
        row = self.first(
            "SELECT r.pk FROM resource r JOIN step st ON st.pk = r.step_pk WHERE r.roadmap_id = :roadmap"
            " AND r.slug = :slug AND NOT r.archived AND NOT st.archived",
            roadmap=roadmap_id,
            slug=resource_id,
        )
        return int(row[0]) if row else None

    @read
    def exported(self) -> list[dict[str, object]]:
        """Every offline copy on roadmaps that are there, its files in base64 (for an export that
        asks for them): a copy whose files are gone from the disk is left out."""
        rows = self.rows(
            "SELECT r.roadmap_id, st.slug, r.slug, oc.state, oc.url, oc.final_url, oc.title, oc.saved_at,"
            " oc.etag, oc.last_modified, oc.detail, a.stored_name"
            " FROM offline_copy oc JOIN resource r ON r.pk = oc.resource_pk JOIN step st ON st.pk = r.step_pk"
            " JOIN roadmap rm ON rm.id = r.roadmap_id LEFT JOIN attachment a ON a.id = oc.attachment_id"
            " WHERE oc.profile_id = :profile AND rm.removed_at IS NULL ORDER BY st.position, r.position"
        )
        keys = ("roadmap", "step", "resource", "state", "url", "final_url", "title", "saved_at", "etag")
        copies: list[dict[str, object]] = []
        root = self.reads.attachments.folder
        for row in rows:
            item: dict[str, object] = dict(zip(keys, row[:9], strict=True))
            item["last_modified"], item["detail"] = row[9], row[10]
            files: dict[str, str] = {}
            stored = row[11]
            if stored and copy_folder_of(stored) is None:
                continue  # a name no copy has: nothing outside a copy's folder is ever read
            if stored:
                folder = root / OFFLINE_DIR / str(copy_folder_of(stored))
                try:
                    for path in sorted(folder.rglob("*")):
                        name = path.relative_to(folder).as_posix()
                        if COPY_FILE.fullmatch(name) and path.is_file() and not path.is_symlink():
                            files[name] = base64.b64encode(path.read_bytes()).decode()
                except OSError:
                    continue
                main = stored.split("/", 2)[2]
                if main not in files:
                    continue
                item["main"] = main
            item["files"] = files
            copies.append(item)
        return copies
