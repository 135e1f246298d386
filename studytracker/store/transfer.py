"""All of a learner's data as one JSON document, and merging such a document back without duplicates.

Roadmaps travel whole (in the roadmap schema); progress, sessions and notes refer to them by ids.
Attached files are listed, not included: they stay in the data folder they were attached in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studytracker.roadmap.model import RoadmapError
from studytracker.store.commands.roadmaps import RoadmapLoader
from studytracker.store.errors import InputError
from studytracker.store.models import Note, StudySession, TopicProgress
from studytracker.store.reads.notes import NoteTarget
from studytracker.store.records import STATUSES

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker

EXPORT_FORMAT = "studytracker-export"
EXPORT_VERSION = 1
SESSION_CSV_COLUMNS = ("id", "roadmap", "step", "topic", "start", "end", "minutes", "note")


@dataclass(frozen=True)
class MergeResult:
    roadmaps_added: int
    progress_set: int
    sessions_added: int
    sessions_skipped: int  # already there, or overlapping one that is
    notes_set: int
    attachments_listed: int


def export_all(tracker: Tracker) -> dict[str, Any]:
    """Everything of the learner's, read from one snapshot so that its parts agree."""
    with tracker.reads.snapshot() as reads:
        return {
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
            "attachments": reads.attachments.exported(),
        }


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
    if not isinstance(data, dict) or key not in data or not isinstance(data[key], kind):
        raise InputError(f"{where}.{key}: missing or not a {kind.__name__}")
    return data[key]


def merge_all(tracker: Tracker, data: Any, source: str = "export") -> MergeResult:
    """Merge an export into this data folder in one transaction; nothing is duplicated.

    Roadmaps not here are added; progress and notes are taken when newer; sessions are added
    unless the same one (or one overlapping it) is already here.
    """
    from studytracker.roadmap.schema import validate_roadmap_json

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InputError(f'{source}: not a StudyTracker export (no "format": "{EXPORT_FORMAT}")')
    if data.get("version") != EXPORT_VERSION:
        raise InputError(f"{source}: $.version: export version {data.get('version')!r} is not supported")
    parsed = []
    for index, roadmap_json in enumerate(_require(data, "roadmaps", list, "$")):
        try:
            parsed.append(validate_roadmap_json(roadmap_json))
        except RoadmapError as error:
            raise InputError(f"{source}: $.roadmaps[{index}]{str(error)[1:]}") from None
    for key in ("progress", "sessions", "notes", "attachments"):
        _require(data, key, list, "$")
    profile = tracker.profile_id
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
                raise InputError(f"{source}: {where}: unknown step {slug!r} in roadmap {roadmap!r}") from None

        def topic_pk(roadmap: str, slug: str, where: str) -> int:
            try:
                return reads.roadmaps.topic(roadmap, slug).pk
            except InputError:
                raise InputError(
                    f"{source}: {where}: unknown topic {slug!r} in roadmap {roadmap!r}"
                ) from None

        progress_set = 0
        for index, item in enumerate(data["progress"]):
            where = f"$.progress[{index}]"
            pk = topic_pk(_require(item, "roadmap", str, where), _require(item, "topic", str, where), where)
            status = _require(item, "status", str, where)
            if status not in STATUSES:
                raise InputError(f"{source}: {where}.status: unknown status {status!r}")
            changed = _require(item, "changed_at", str, where)
            current = work.session.get(TopicProgress, (profile, pk))
            if current is None or current.changed_at < changed:
                work.session.merge(
                    TopicProgress(profile_id=profile, topic_pk=pk, status=status, changed_at=changed)
                )
                progress_set += 1

        sessions_added = sessions_skipped = 0
        for index, item in enumerate(data["sessions"]):
            where = f"$.sessions[{index}]"
            roadmap = _require(item, "roadmap", str, where)
            start, end = _require(item, "start_utc", int, where), _require(item, "end_utc", int, where)
            if end <= start:
                raise InputError(f"{source}: {where}: ends before it starts")
            spk = step_pk(roadmap, _require(item, "step", str, where), where)
            tpk = topic_pk(roadmap, item["topic"], where) if item.get("topic") else None
            if work.reads.sessions.busy(start, end):
                sessions_skipped += 1
                continue
            work.session.add(
                StudySession(
                    profile_id=profile,
                    roadmap_id=roadmap,
                    step_pk=spk,
                    topic_pk=tpk,
                    start_utc=start,
                    end_utc=end,
                    utc_offset_min=int(item.get("utc_offset_min", 0)),
                    heartbeat_utc=None,
                    note=str(item.get("note", "")),
                    source=str(item.get("source", "manual")),
                    paused_seconds=int(item.get("paused_seconds", 0)),
                )
            )
            sessions_added += 1

        notes_set = 0
        for index, item in enumerate(data["notes"]):
            where = f"$.notes[{index}]"
            roadmap = _require(item, "roadmap", str, where)
            body, updated = _require(item, "body", str, where), _require(item, "updated_at", str, where)
            if item.get("step"):
                target = NoteTarget(step_pk(roadmap, item["step"], where), None)
            else:
                target = NoteTarget(None, topic_pk(roadmap, _require(item, "topic", str, where), where))
            existing = work.reads.notes.find(target)
            if existing is None:
                work.session.add(
                    Note(
                        profile_id=profile,
                        step_pk=target.step_pk,
                        topic_pk=target.topic_pk,
                        body=body,
                        updated_at=updated,
                    )
                )
                notes_set += 1
            elif existing[2] < updated and existing[1] != body:
                row = work.session.get(Note, existing[0])
                assert row is not None
                row.body, row.updated_at = body, updated
                notes_set += 1

        settings = data.get("settings", {})
        if isinstance(settings, dict):
            stored = work.reads.settings.all()
            for key, value in settings.items():
                if isinstance(value, str) and key not in stored:
                    work.put_setting(key, value)
    return MergeResult(
        added, progress_set, sessions_added, sessions_skipped, notes_set, len(data["attachments"])
    )
