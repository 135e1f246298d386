"""All of a learner's data as one JSON document, and merging such a document back without duplicates.

Roadmaps travel whole (in the roadmap schema); progress, sessions and notes refer to them by ids.
Attached files are listed, not included: they stay in the data folder they were attached in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from studytracker.roadmap.model import RoadmapError
from studytracker.store.errors import InputError
from studytracker.store.models import (
    Attachment,
    Note,
    ResourceRow,
    RoadmapRow,
    Setting,
    StepRow,
    StudySession,
    TopicProgress,
    TopicRow,
)

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
    roadmaps = [tracker.export_roadmap(info.id).to_json() for info in tracker.roadmaps()]
    profile = tracker.profile_id
    with tracker.db.read() as session:
        steps = {
            pk: (roadmap, slug)
            for pk, roadmap, slug in session.execute(select(StepRow.pk, StepRow.roadmap_id, StepRow.slug))
        }
        topics = {
            pk: (roadmap, slug)
            for pk, roadmap, slug in session.execute(select(TopicRow.pk, TopicRow.roadmap_id, TopicRow.slug))
        }
        resources = {pk: slug for pk, slug in session.execute(select(ResourceRow.pk, ResourceRow.slug))}
        visible = {r for r in session.scalars(select(RoadmapRow.id).where(RoadmapRow.removed_at.is_(None)))}
        progress = [
            {
                "roadmap": topics[p.topic_pk][0],
                "topic": topics[p.topic_pk][1],
                "status": p.status,
                "changed_at": p.changed_at,
            }
            for p in session.scalars(select(TopicProgress).where(TopicProgress.profile_id == profile))
            if topics[p.topic_pk][0] in visible
        ]
        sessions = [
            {
                "roadmap": s.roadmap_id,
                "step": steps[s.step_pk][1],
                "topic": topics[s.topic_pk][1] if s.topic_pk else None,
                "start_utc": s.start_utc,
                "end_utc": s.end_utc,
                "utc_offset_min": s.utc_offset_min,
                "paused_seconds": s.paused_seconds,
                "note": s.note,
                "source": s.source,
            }
            for s in session.scalars(
                select(StudySession)
                .where(StudySession.profile_id == profile, StudySession.end_utc.is_not(None))
                .order_by(StudySession.start_utc)
            )
            if s.roadmap_id in visible
        ]
        notes = []
        for note in session.scalars(select(Note).where(Note.profile_id == profile)):
            owner = steps[note.step_pk] if note.step_pk else topics[note.topic_pk]  # type: ignore[index]
            if owner[0] in visible:
                key = "step" if note.step_pk else "topic"
                notes.append(
                    {"roadmap": owner[0], key: owner[1], "body": note.body, "updated_at": note.updated_at}
                )
        attachments = [
            {
                "roadmap": steps[a.step_pk][0],
                "step": steps[a.step_pk][1],
                "resource": resources.get(a.resource_pk) if a.resource_pk else None,
                "topic": topics[a.topic_pk][1] if a.topic_pk else None,
                "name": a.original_name,
                "size_bytes": a.size_bytes,
                "added_at": a.added_at,
            }
            for a in session.scalars(select(Attachment).where(Attachment.profile_id == profile))
            if steps[a.step_pk][0] in visible
        ]
        settings = {
            s.key: s.value
            for s in session.scalars(select(Setting).where(Setting.profile_id == profile))
            if not s.key.startswith("bundled_")
        }
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": tracker.clock.now().isoformat(timespec="seconds"),
        "roadmaps": roadmaps,
        "settings": settings,
        "progress": progress,
        "sessions": sessions,
        "notes": notes,
        "attachments": attachments,
    }


def sessions_csv(tracker: Tracker) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(SESSION_CSV_COLUMNS)
    for s in tracker.sessions():
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
    from studytracker.store.tracker import _RoadmapLoader

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
    now = tracker.clock.now().isoformat(timespec="seconds")
    with tracker.db.write() as session:
        added = 0
        for roadmap in parsed:
            if session.get(RoadmapRow, roadmap.id) is None:
                _RoadmapLoader(session, now).load(roadmap)
                added += 1

        def step_pk(roadmap: str, slug: str, where: str) -> int:
            pk = session.scalar(select(StepRow.pk).where(StepRow.roadmap_id == roadmap, StepRow.slug == slug))
            if pk is None:
                raise InputError(f"{source}: {where}: unknown step {slug!r} in roadmap {roadmap!r}")
            return pk

        def topic_pk(roadmap: str, slug: str, where: str) -> int:
            pk = session.scalar(
                select(TopicRow.pk).where(TopicRow.roadmap_id == roadmap, TopicRow.slug == slug)
            )
            if pk is None:
                raise InputError(f"{source}: {where}: unknown topic {slug!r} in roadmap {roadmap!r}")
            return pk

        progress_set = 0
        for index, item in enumerate(data["progress"]):
            where = f"$.progress[{index}]"
            pk = topic_pk(_require(item, "roadmap", str, where), _require(item, "topic", str, where), where)
            status = _require(item, "status", str, where)
            if status not in ("todo", "in-progress", "done", "skipped"):
                raise InputError(f"{source}: {where}.status: unknown status {status!r}")
            changed = _require(item, "changed_at", str, where)
            current = session.get(TopicProgress, (profile, pk))
            if current is None or current.changed_at < changed:
                session.merge(
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
            clash = session.scalar(
                select(StudySession.id).where(
                    StudySession.profile_id == profile,
                    StudySession.start_utc < end,
                    StudySession.end_utc.is_(None) | (StudySession.end_utc > start),
                )
            )
            if clash is not None:
                sessions_skipped += 1
                continue
            session.add(
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
            session.flush()
            sessions_added += 1

        notes_set = 0
        for index, item in enumerate(data["notes"]):
            where = f"$.notes[{index}]"
            roadmap = _require(item, "roadmap", str, where)
            body, updated = _require(item, "body", str, where), _require(item, "updated_at", str, where)
            on_step: int | None = None  # a note is on a step or on a topic
            on_topic: int | None = None
            if item.get("step"):
                on_step = step_pk(roadmap, item["step"], where)
                existing = session.scalars(
                    select(Note).where(Note.profile_id == profile, Note.step_pk == on_step)
                ).first()
            else:
                on_topic = topic_pk(roadmap, _require(item, "topic", str, where), where)
                existing = session.scalars(
                    select(Note).where(Note.profile_id == profile, Note.topic_pk == on_topic)
                ).first()
            if existing is None:
                session.add(
                    Note(
                        profile_id=profile, step_pk=on_step, topic_pk=on_topic, body=body, updated_at=updated
                    )
                )
                notes_set += 1
            elif existing.updated_at < updated and existing.body != body:
                existing.body, existing.updated_at = body, updated
                notes_set += 1

        settings = data.get("settings", {})
        if isinstance(settings, dict):
            for key, value in settings.items():
                if isinstance(value, str) and session.get(Setting, (profile, key)) is None:
                    session.add(Setting(profile_id=profile, key=key, value=value))
    return MergeResult(
        added, progress_set, sessions_added, sessions_skipped, notes_set, len(data["attachments"])
    )
