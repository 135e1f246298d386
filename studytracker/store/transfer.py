"""All of a learner's data as one JSON document, and merging such a document back without duplicates.

Roadmaps travel whole (in the roadmap schema); progress, sessions and notes refer to them by ids.
Attached files are listed, not included: they stay in the data folder they were attached in.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from studytracker.roadmap.model import RoadmapError
from studytracker.store.commands.base import Work
from studytracker.store.commands.notes import add_revision, insert_revisions, write_note
from studytracker.store.commands.offline import CopyToKeep, checked_copy_files
from studytracker.store.commands.reviews import sync_review_cards
from studytracker.store.commands.roadmaps import RoadmapLoader
from studytracker.store.commands.settings import setting_problem
from studytracker.store.errors import InputError, require_unicode
from studytracker.store.models import ReviewCard, ReviewLog, StudySession, TopicProgress
from studytracker.store.policy import (
    EARLIEST_DAY_ISO,
    LATEST_DAY_ISO,
    MAX_SESSION_MINUTES,
    MAX_UTC_OFFSET_MINUTES,
)
from studytracker.store.reads.notes import NoteTarget, revision_key
from studytracker.store.reads.offline import COPY_FILE
from studytracker.store.records import STATUSES
from studytracker.store.safety import Backups

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker

EXPORT_FORMAT = "studytracker-export"
EXPORT_VERSION = 1
SESSION_CSV_COLUMNS = ("id", "roadmap", "step", "topic", "start", "end", "minutes", "note")
SESSION_SOURCES = ("timer", "cli", "manual")
REVISION_SOURCES = ("window", "cli", "restore", "import", "earlier")
#: How often (in items merged) an import tells its progress.
PROGRESS_EVERY = 5000
#: The UTC seconds of the first and the last day a session may fall on.
EARLIEST_UTC = int(datetime.fromisoformat(EARLIEST_DAY_ISO).replace(tzinfo=timezone.utc).timestamp())
LATEST_UTC = int(datetime.fromisoformat(LATEST_DAY_ISO).replace(tzinfo=timezone.utc).timestamp()) + 86399


@dataclass(frozen=True)
class MergeResult:
    roadmaps_added: int
    progress_set: int
    sessions_added: int
    sessions_skipped: int  # already there, or overlapping one that is
    notes_set: int
    attachments_listed: int
    revisions_added: int = 0
    reviews_added: int = 0
    #: dated outside the days the data keeps (a clock stuck in 1970, say), and so left out
    sessions_out_of_range: int = 0
    offline_copies_added: int = 0


def export_all(tracker: Tracker, with_offline: bool = False) -> dict[str, Any]:
    """Everything of the learner's, read from one snapshot so that its parts agree; with the
    offline copies of resources (their files in base64) only when asked."""
    with tracker.reads.snapshot() as reads:
        data = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": tracker.clock.now().isoformat(timespec="seconds"),
            "roadmaps": [reads.roadmaps.export(info.id).to_json() for info in reads.roadmaps.all()],
            "settings": {
                key: value for key, value in reads.settings.all().items() if not key.startswith("bundled_")
            },
            "progress": reads.progress.exported(),
            "sessions": reads.sessions.exported(),
            "notes": reads.notes.exported(),
            "revisions": reads.notes.exported_revisions(),
            "review_cards": reads.reviews.exported(),
            "review_log": reads.reviews.exported_log(),
            "attachments": reads.attachments.exported(),
        }
        if with_offline:
            data["offline_copies"] = reads.offline.exported()
        return data


def sessions_csv(tracker: Tracker) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(SESSION_CSV_COLUMNS)
    for s in tracker.reads.sessions.log():
        writer.writerow(
            [
                s.id,
                s.roadmap_id,
                s.step_id,
                s.topic_id or "",
                s.start.isoformat(timespec="seconds"),
                s.end.isoformat(timespec="seconds") if s.end else "",
                s.minutes,
                s.note,
            ]
        )
    return out.getvalue()


def _require(data: Any, key: str, kind: type, where: str) -> Any:
    """data[key], which must be there and be of `kind` (a bool is never a number here)."""
    value = data.get(key) if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or key not in data
        or not isinstance(value, kind)
        or (kind is int and isinstance(value, bool))
    ):
        raise InputError(f"{where}.{key}: missing or not a {kind.__name__}")
    return value


def _optional_text(data: dict[str, Any], key: str, where: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None and key == "topic":
        return default
    if not isinstance(value, str):
        raise InputError(f"{where}.{key}: not a text ({type(value).__name__})")
    return value


def _whole(
    data: dict[str, Any], key: str, where: str, low: int, high: int, default: int | None = None
) -> int:
    if default is not None and key not in data:
        return default
    value = _require(data, key, int, where)
    if not low <= value <= high:
        raise InputError(f"{where}.{key}: {value} is not within {low} to {high}")
    return int(value)


def _instant(data: dict[str, Any], key: str, where: str) -> datetime:
    """A time stamp with its UTC offset (ISO 8601), within the days the app knows."""
    text = _require(data, key, str, where)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"{where}.{key}: {text!r} is not a time stamp (ISO 8601 with its UTC offset)"
        ) from None
    if moment.tzinfo is None:
        raise InputError(f"{where}.{key}: {text!r} has no UTC offset, so its moment is unknown")
    if not EARLIEST_UTC <= moment.timestamp() <= LATEST_UTC:
        raise InputError(f"{where}.{key}: {text!r} is outside {EARLIEST_DAY_ISO} to {LATEST_DAY_ISO}")
    return moment


def _stored_instant(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def newer(incoming: datetime, stored: str) -> bool:
    """Whether an imported stamp is later than a stored one, compared as moments (the stored
    one may carry another UTC offset; one that does not parse counts as older)."""
    moment = _stored_instant(stored)
    return moment is None or incoming > moment


class _Timeline:
    """The sessions' spans, sorted, for telling whether a new one overlaps any in O(log n).
    Sessions never overlap each other (logging refuses it, an import skips it), so only the one
    starting last before a new span's end can overlap it; data that breaks that rule (from
    before the rule) is checked with the database's own query instead."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _end in spans]
        self.ends = [end for _start, end in spans]
        self.disjoint = all(self.ends[i] <= self.starts[i + 1] for i in range(len(spans) - 1))

    def overlaps(self, start: int, end: int, slow_check: Callable[[int, int], bool]) -> bool:
        if not self.disjoint:
            return slow_check(start, end)
        before = bisect.bisect_left(self.starts, end) - 1  # the last span starting before `end`
        return before >= 0 and self.ends[before] > start

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def _dated_out_of_range(item: Any) -> bool:
    """A session whose start or end is a whole number outside the days the data keeps."""
    if not isinstance(item, dict):
        return False
    moments = [item.get("start_utc"), item.get("end_utc")]
    return any(
        isinstance(m, int) and not isinstance(m, bool) and not EARLIEST_UTC <= m <= LATEST_UTC
        for m in moments
    )


def check_session(item: Any, where: str) -> dict[str, Any]:
    """A session of the export, checked with the rules `log` keeps."""
    if not isinstance(item, dict):
        raise InputError(f"{where}: not an object")
    start = _whole(item, "start_utc", where, EARLIEST_UTC, LATEST_UTC)
    end = _whole(item, "end_utc", where, EARLIEST_UTC, LATEST_UTC)
    if end <= start:
        raise InputError(f"{where}: ends before it starts")
    if end - start > MAX_SESSION_MINUTES * 60:
        raise InputError(f"{where}: a session cannot be over 24 hours ({(end - start) // 60} minutes)")
    source = _optional_text(item, "source", where, "manual")
    if source not in SESSION_SOURCES:
        raise InputError(f"{where}.source: {source!r} is not one of {', '.join(SESSION_SOURCES)}")
    return {
        "roadmap": _require(item, "roadmap", str, where),
        "step": _require(item, "step", str, where),
        "topic": _optional_text(item, "topic", where) or None,
        "start_utc": start,
        "end_utc": end,
        "utc_offset_min": _whole(
            item, "utc_offset_min", where, -MAX_UTC_OFFSET_MINUTES, MAX_UTC_OFFSET_MINUTES, 0
        ),
        "paused_seconds": _whole(item, "paused_seconds", where, 0, end - start - 1, 0),
        "note": _optional_text(item, "note", where),
        "source": source,
    }


def _require_unicode_everywhere(data: Any, root: str) -> None:
    """Every text of an export (keys too) valid Unicode, or the error naming the first that is
    not, by its JSON path: a "\\ud800" escape would otherwise fail the write half-way through."""
    pending: list[tuple[Any, str]] = [(data, root)]
    while pending:
        value, where = pending.pop()
        if isinstance(value, str):
            require_unicode(value, where)
        elif isinstance(value, dict):
            for key, item in value.items():
                require_unicode(str(key), f"{where} (a key)")
                pending.append((item, f"{where}.{key}"))
        elif isinstance(value, list):
            pending.extend((item, f"{where}[{index}]") for index, item in enumerate(value))


def merge_all(
    tracker: Tracker, data: Any, source: str = "export", progress: Callable[[int, int], None] | None = None
) -> MergeResult:
    """Merge an export into this data folder in one transaction; nothing is duplicated.

    Roadmaps not here are added; progress and notes are taken when newer; sessions are added
    unless the same one (or one overlapping it) is already here. `progress(done, total)` hears
    of the sessions, notes and revisions merged so far, now and then and once at the end.
    """
    from studytracker.roadmap.schema import validate_roadmap_json

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InputError(f'{source}: not a StudyTracker export (no "format": "{EXPORT_FORMAT}")')
    _require_unicode_everywhere(data, f"{source}: $")  # before the backup, before any row
    if data.get("version") != EXPORT_VERSION:
        raise InputError(f"{source}: $.version: export version {data.get('version')!r} is not supported")
    parsed = []
    for index, roadmap_json in enumerate(_require(data, "roadmaps", list, f"{source}: $")):
        try:
            parsed.append(validate_roadmap_json(roadmap_json))
        except RoadmapError as error:
            raise InputError(f"{source}: $.roadmaps[{index}]{str(error)[1:]}") from None
    for key in ("progress", "sessions", "notes", "attachments"):
        _require(data, key, list, f"{source}: $")
    if not isinstance(data.get("revisions", []), list):
        raise InputError(f"{source}: $.revisions: not a list")
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise InputError(f"{source}: $.settings: not an object")
    for key, value in settings.items():
        problem = None if key.startswith("bundled_") else setting_problem(key, value)
        if problem:
            raise InputError(f"{source}: $.settings: {problem}")
    cap = tracker.reads.settings.preferences().offline_resource_cap_mb * 1024 * 1024
    offline_copies = _offline_copies(data, source, cap)
    sessions = []
    out_of_range = 0
    for index, item in enumerate(data["sessions"]):
        if _dated_out_of_range(item):
            out_of_range += 1  # a stopped clock's session: left out, never the reason the rest is
            continue
        sessions.append(check_session(item, f"{source}: $.sessions[{index}]"))
    profile = tracker.profile_id
    total = len(sessions) + len(data["notes"]) + len(data.get("revisions", []))

    def merged(done: int) -> None:
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)

    # a backup first: a merge is one transaction, but what it merges stays after it
    Backups(tracker.data_dir).create(tracker.clock.now().replace(tzinfo=None))
    with tracker.context.write() as work:
        added = 0
        for roadmap in parsed:
            if not work.reads.roadmaps.stored(roadmap.id):
                RoadmapLoader.within(work).load(roadmap)
                added += 1
        reads = work.reads

        def step_pk(roadmap: str, slug: str, where: str) -> int:
            try:
                return reads.roadmaps.step_pk(roadmap, slug)
            except InputError:
                raise InputError(f"{where}: unknown step {slug!r} in roadmap {roadmap!r}") from None

        def topic_pk(roadmap: str, slug: str, where: str) -> int:
            try:
                return reads.roadmaps.topic(roadmap, slug).pk
            except InputError:
                raise InputError(f"{where}: unknown topic {slug!r} in roadmap {roadmap!r}") from None

        progress_set = 0
        for index, item in enumerate(data["progress"]):
            where = f"{source}: $.progress[{index}]"
            pk = topic_pk(_require(item, "roadmap", str, where), _require(item, "topic", str, where), where)
            status = _require(item, "status", str, where)
            if status not in STATUSES:
                raise InputError(f"{where}.status: unknown status {status!r}")
            changed = _instant(item, "changed_at", where)
            current = work.session.get(TopicProgress, (profile, pk))
            if current is None or newer(changed, current.changed_at):
                stamp = changed.isoformat(timespec="seconds")
                work.session.merge(
                    TopicProgress(profile_id=profile, topic_pk=pk, status=status, changed_at=stamp)
                )
                progress_set += 1

        sessions_added = sessions_skipped = 0
        taken = _Timeline(reads.sessions.spans())
        new_sessions: list[dict[str, Any]] = []  # written at once: an export may hold 200,000
        for index, item in enumerate(sessions):
            merged(index)
            where = f"{source}: $.sessions[{index}]"
            roadmap, start, end = item["roadmap"], item["start_utc"], item["end_utc"]
            spk = step_pk(roadmap, item["step"], where)
            tpk = topic_pk(roadmap, item["topic"], where) if item["topic"] else None
            if taken.overlaps(start, end, lambda s, e: bool(work.reads.sessions.busy(s, e))):
                sessions_skipped += 1
                continue
            taken.add(start, end)
            new_sessions.append(
                {
                    "profile_id": profile,
                    "roadmap_id": roadmap,
                    "step_pk": spk,
                    "topic_pk": tpk,
                    "start_utc": start,
                    "end_utc": end,
                    "utc_offset_min": item["utc_offset_min"],
                    "heartbeat_utc": None,
                    "note": item["note"],
                    "source": item["source"],
                    "paused_seconds": item["paused_seconds"],
                }
            )
            if not taken.disjoint:  # the slow check reads the database: it must hold them all
                work.session.execute(insert(StudySession), new_sessions)
                new_sessions.clear()
            sessions_added += 1
        if new_sessions:
            work.session.execute(insert(StudySession), new_sessions)

        def note_target(item: Any, where: str) -> tuple[str, NoteTarget]:
            roadmap = _require(item, "roadmap", str, where)
            if item.get("step"):
                return roadmap, NoteTarget(step_pk(roadmap, _require(item, "step", str, where), where), None)
            return roadmap, NoteTarget(None, topic_pk(roadmap, _require(item, "topic", str, where), where))

        revision_keys: dict[int, set[tuple[str, datetime]]] = {}

        def has_revision(note_id: int, body: str, stamp: str) -> bool:
            """Whether the note has this revision (and, if not, it is counted as having it now)."""
            if note_id not in revision_keys:
                revision_keys[note_id] = work.reads.notes.revision_keys(note_id)
            key = revision_key(body, stamp)
            if key in revision_keys[note_id]:
                return True
            revision_keys[note_id].add(key)
            return False

        notes_set = 0
        for index, item in enumerate(data["notes"]):
            merged(len(sessions) + index)
            where = f"{source}: $.notes[{index}]"
            body, updated = _require(item, "body", str, where), _instant(item, "updated_at", where)
            _roadmap, target = note_target(item, where)
            stamp = updated.isoformat(timespec="seconds")
            existing = work.reads.notes.find(target)
            if existing is None:
                note_id = write_note(work, target, None, body, stamp)
            elif newer(updated, existing[2]) and existing[1] != body:
                note_id = write_note(work, target, existing[0], body, stamp)
            else:
                continue
            notes_set += 1
            if not has_revision(note_id, body, stamp):  # an import changes a note by a revision
                add_revision(work, note_id, body, stamp, "import", None)

        revisions_added = 0
        notes_found: dict[NoteTarget, int | None] = {}  # a note's row, looked up once per note
        new_revisions: list[dict[str, Any]] = []  # written at once, as the sessions are
        for index, item in enumerate(data.get("revisions", [])):
            merged(len(sessions) + len(data["notes"]) + index)
            where = f"{source}: $.revisions[{index}]"
            body, saved = _require(item, "body", str, where), _instant(item, "saved_at", where)
            revision_source = _optional_text(item, "source", where, "import")
            if revision_source not in REVISION_SOURCES:
                raise InputError(
                    f"{where}.source: {revision_source!r} is not one of {', '.join(REVISION_SOURCES)}"
                )
            _roadmap, target = note_target(item, where)
            if target not in notes_found:
                found = work.reads.notes.find(target)
                notes_found[target] = found[0] if found else None
            owner = notes_found[target]
            stamp = saved.isoformat(timespec="seconds")
            if owner is None or has_revision(owner, body, stamp):
                continue  # a revision of a note that is not here (or is here already)
            new_revisions.append(
                {"note_id": owner, "body": body, "saved_at": stamp, "source": revision_source}
            )
            revisions_added += 1
        insert_revisions(work, new_revisions)

        merged(total)
        reviews_added = _merge_reviews(work, data, source, topic_pk)

        stored = work.reads.settings.all()
        for key, value in settings.items():
            if key not in stored and not key.startswith("bundled_"):
                work.put_setting(key, value)
        sync_review_cards(work)  # finished topics merged in get their review card
    copies_added = 0
    for roadmap_id, resource_id, copy in offline_copies:
        resource_pk = tracker.reads.offline.resource_pk(roadmap_id, resource_id)
        here = tracker.reads.offline.resources(roadmap_id) if resource_pk is not None else []
        if resource_pk is None or any(r.pk == resource_pk and r.state is not None for r in here):
            continue  # a resource this roadmap no longer has, or one with a copy of its own here
        tracker.offline.keep(resource_pk, copy)
        copies_added += 1
    return MergeResult(
        added,
        progress_set,
        sessions_added,
        sessions_skipped,
        notes_set,
        len(data["attachments"]),
        revisions_added,
        reviews_added,
        out_of_range,
        copies_added,
    )


def _offline_copies(
    data: dict[str, Any], source: str, resource_cap: int
) -> list[tuple[str, str, CopyToKeep]]:
    """The offline copies an export carries (`export --with-offline`), checked whole before
    anything is merged: (roadmap id, resource id, the copy to keep)."""
    items = data.get("offline_copies", [])
    if not isinstance(items, list):
        raise InputError(f"{source}: $.offline_copies: not a list")
    copies = []
    for index, item in enumerate(items):
        where = f"{source}: $.offline_copies[{index}]"
        if not isinstance(item, dict):
            raise InputError(f"{where}: not an object")
        texts = {key: _require(item, key, str, where) for key in ("roadmap", "resource", "state", "url")}
        if texts["state"] not in ("article", "pdf", "video", "needs-sign-in", "unavailable"):
            raise InputError(f"{where}.state: {texts['state']!r} is not a state of an offline copy")
        files = item.get("files", {})
        if not isinstance(files, dict):
            raise InputError(f"{where}.files: not an object")
        decoded = []
        for name, encoded in files.items():
            if not isinstance(encoded, str) or not COPY_FILE.fullmatch(name):
                raise InputError(f"{where}.files: {name!r} is not a file of a copy")
            try:
                decoded.append((name, base64.b64decode(encoded, validate=True)))
            except (binascii.Error, ValueError):
                raise InputError(f"{where}.files[{name!r}]: not base64") from None
        size = sum(len(data) for _, data in decoded)
        if size > resource_cap:
            raise InputError(f"{where}.files: {size / 1048576:.0f} MB is over the cap for one copy")
        try:
            decoded = list(checked_copy_files(tuple(decoded)))
        except InputError as error:
            raise InputError(f"{where}.files: {error}") from None
        main = item.get("main", "")
        kept = texts["state"] in ("article", "pdf", "video")
        if not isinstance(main, str) or (kept and main not in files):
            raise InputError(f"{where}.main: names no file of the copy")
        if not kept and (main or files):
            raise InputError(f"{where}: a {texts['state']} resource keeps no files")
        optional = {key: _optional_text(item, key, where) for key in ("final_url", "title", "detail")}
        validators = [
            item.get(key) if isinstance(item.get(key), str) else None for key in ("etag", "last_modified")
        ]
        copies.append(
            (
                texts["roadmap"],
                texts["resource"],
                CopyToKeep(
                    state=texts["state"],
                    url=texts["url"],
                    final_url=optional["final_url"] or texts["url"],
                    title=optional["title"],
                    main=main if isinstance(main, str) else "",
                    files=tuple(decoded),
                    etag=validators[0],
                    last_modified=validators[1],
                    detail=optional["detail"],
                ),
            )
        )
    return copies


def _merge_reviews(
    work: Work, data: dict[str, Any], source: str, topic_pk: Callable[[str, str, str], int]
) -> int:
    """Review cards of topics that have none here, and reviews not here yet; how many reviews."""
    profile = work.context.profile_id
    for key in ("review_cards", "review_log"):
        if not isinstance(data.get(key, []), list):
            raise InputError(f"{source}: $.{key}: not a list")
    for index, item in enumerate(data.get("review_cards", [])):
        where = f"{source}: $.review_cards[{index}]"
        pk = topic_pk(_require(item, "roadmap", str, where), _require(item, "topic", str, where), where)
        stability = _positive(item, "stability", where, 36500.0)
        difficulty = _positive(item, "difficulty", where, 10.0)
        due = _whole(item, "due_utc", where, EARLIEST_UTC, LATEST_UTC)
        last = _whole(item, "last_review_utc", where, EARLIEST_UTC, LATEST_UTC)
        revisit = item.get("to_revisit", False)
        if not isinstance(revisit, bool):
            raise InputError(f"{where}.to_revisit: not true or false")
        if work.session.get(ReviewCard, (profile, pk)) is None:
            work.session.add(
                ReviewCard(
                    profile_id=profile,
                    topic_pk=pk,
                    stability=stability,
                    difficulty=difficulty,
                    due_utc=due,
                    last_review_utc=last,
                    to_revisit=revisit,
                )
            )
    added = 0
    known = {(row[0], row[1]) for row in work.reads.reviews.logged()}
    for index, item in enumerate(data.get("review_log", [])):
        where = f"{source}: $.review_log[{index}]"
        pk = topic_pk(_require(item, "roadmap", str, where), _require(item, "topic", str, where), where)
        reviewed = _whole(item, "reviewed_utc", where, EARLIEST_UTC, LATEST_UTC)
        if (pk, reviewed) in known:
            continue
        known.add((pk, reviewed))
        work.session.add(
            ReviewLog(
                profile_id=profile,
                topic_pk=pk,
                rating=_whole(item, "rating", where, 1, 4),
                reviewed_utc=reviewed,
                utc_offset_min=_whole(
                    item, "utc_offset_min", where, -MAX_UTC_OFFSET_MINUTES, MAX_UTC_OFFSET_MINUTES
                ),
                due_utc=_whole(item, "due_utc", where, EARLIEST_UTC, LATEST_UTC),
            )
        )
        added += 1
    return added


def _positive(data: dict[str, Any], key: str, where: str, high: float) -> float:
    value = data.get(key) if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= high:
        raise InputError(f"{where}.{key}: not a number above 0 and at most {high:g}")
    return float(value)
