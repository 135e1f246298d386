"""The service API: the one door through which the window and the command line reach the data.

Every public method is one unit of work, committed before it returns, and hands back plain
frozen dataclasses (`store.views`). Bad input raises `InputError` before anything is written.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from studytracker.roadmap.model import Resource, Roadmap, RoadmapError, Step, Topic
from studytracker.store.attachments import Attachments
from studytracker.store.clock import Clock
from studytracker.store.database import Database
from studytracker.store.errors import InputError, StoreError
from studytracker.store.models import (
    Attachment,
    Note,
    Profile,
    ResourceRow,
    RoadmapRow,
    Setting,
    StepRow,
    StudySession,
    TopicProgress,
    TopicRow,
)
from studytracker.store.policy import ACTIVE_ROADMAP_KEY, BUNDLED_HASH_KEY, TARGET_DATE_KEY
from studytracker.store.study import StudySessions
from studytracker.store.views import (
    STATUSES,
    ImportResult,
    NoteView,
    RoadmapInfo,
    SearchHit,
    Status,
    StepDetail,
    TopicView,
)

#: The topic a note is on, as a second name for the topic table in queries that also join steps.
NOTE_TOPIC = TopicRow.__table__.alias("note_topic")


class Tracker(StudySessions, Attachments):
    @classmethod
    def open(cls, data_dir: Path, clock: Clock | None = None, bundled: Path | None = None) -> Tracker:
        """Open (creating if needed) the data folder, and load the bundled roadmap when it changed."""
        tracker = cls(Database.open(data_dir), clock)
        try:
            tracker._ensure_profile()
            tracker._load_bundled(bundled)
        except BaseException:
            tracker.close()
            raise
        return tracker

    def _ensure_profile(self) -> None:
        with self.db.read() as session:
            if session.get(Profile, self.profile_id) is not None:
                return
        with self.db.write() as session:
            if session.get(Profile, self.profile_id) is None:
                session.add(Profile(id=self.profile_id, name="", created_at=self._now_iso()))

    def _load_bundled(self, bundled: Path | None) -> None:
        """Load `resources/roadmap.json` on a fresh folder, and again whenever it has changed."""
        from studytracker.resources import BUNDLED_ROADMAP, resource_path

        path = bundled or resource_path(BUNDLED_ROADMAP)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise StoreError(f"{path}: cannot read the bundled roadmap ({error.strerror})") from None
        digest = hashlib.sha256(raw).hexdigest()
        if self.setting(BUNDLED_HASH_KEY) == digest:
            return
        from studytracker.roadmap.schema import validate_roadmap_json

        try:
            roadmap = validate_roadmap_json(json.loads(raw))
        except (ValueError, RoadmapError) as error:
            raise StoreError(f"{path}: the bundled roadmap is broken: {error}") from None
        self.import_roadmap(roadmap, extra_settings={BUNDLED_HASH_KEY: digest})

    # --- settings ------------------------------------------------------------------------

    # --- roadmaps ------------------------------------------------------------------------

    def roadmaps(self) -> list[RoadmapInfo]:
        return self._read(lambda reads: reads.roadmaps())

    def active_roadmap(self) -> RoadmapInfo:
        with self.db.read() as session:
            row = self._roadmap_row(session, None)
            wanted = row.id
        return next(info for info in self.roadmaps() if info.id == wanted)

    def use_roadmap(self, roadmap_id: str) -> RoadmapInfo:
        with self.db.write() as session:
            row = self._roadmap_row(session, roadmap_id)
            self._put_setting(session, ACTIVE_ROADMAP_KEY, row.id)
        return self.active_roadmap()

    def target_date(self, roadmap_id: str | None = None) -> date | None:
        """The day the learner means to finish the roadmap by (the active one by default)."""
        return self._read(lambda reads: reads.target_date(roadmap_id))

    def set_target_date(self, target: date | None, roadmap_id: str | None = None) -> None:
        if target is not None and target <= self.clock.now().date():
            raise InputError(f"the target date {target.isoformat()} is not in the future")
        with self.db.write() as session:
            roadmap = self._roadmap_row(session, roadmap_id)
            self._put_setting(
                session, TARGET_DATE_KEY.format(roadmap=roadmap.id), target.isoformat() if target else ""
            )

    def removal_counts(self, roadmap_id: str) -> tuple[int, int, int]:
        """(topics with progress, study sessions, notes) that removing a roadmap would touch."""
        with self.db.read() as session:
            row = self._roadmap_row(session, roadmap_id)
            progress = session.scalar(
                select(func.count())
                .select_from(TopicProgress)
                .join(TopicRow, TopicRow.pk == TopicProgress.topic_pk)
                .where(TopicRow.roadmap_id == row.id, TopicProgress.status != "todo")
            )
            sessions = session.scalar(
                select(func.count()).select_from(StudySession).where(StudySession.roadmap_id == row.id)
            )
            notes = session.scalar(
                select(func.count())
                .select_from(Note)
                .join(StepRow, StepRow.pk == Note.step_pk, isouter=True)
                .join(TopicRow, TopicRow.pk == Note.topic_pk, isouter=True)
                .where((StepRow.roadmap_id == row.id) | (TopicRow.roadmap_id == row.id))
            )
        return progress or 0, sessions or 0, notes or 0

    def remove_roadmap(self, roadmap_id: str, keep_sessions: bool) -> None:
        """Remove a roadmap. Keeping its sessions hides it instead (importing it again brings it
        back with its progress and notes); otherwise everything of it is deleted."""
        stored: list[str] = []
        with self.db.write() as session:
            row = self._roadmap_row(session, roadmap_id)
            others = session.scalars(
                select(RoadmapRow.id).where(RoadmapRow.removed_at.is_(None), RoadmapRow.id != row.id)
            ).all()
            if not others:
                raise InputError(f"{row.id!r} is the only roadmap; import another before removing it")
            if self._active_id(session) == row.id:
                self._put_setting(session, ACTIVE_ROADMAP_KEY, others[0])
            if keep_sessions:
                row.removed_at = self._now_iso()
                return
            stored = list(
                session.scalars(
                    select(Attachment.stored_name)
                    .join(StepRow, StepRow.pk == Attachment.step_pk)
                    .where(StepRow.roadmap_id == row.id)
                )
            )
            session.delete(row)  # steps, topics, progress, sessions, notes, attachments cascade
        for name in stored:
            (self.attachments_dir / name).unlink(missing_ok=True)

    def import_roadmap(self, roadmap: Roadmap, extra_settings: dict[str, str] | None = None) -> ImportResult:
        """Add a roadmap, or update it to a newer edition keeping progress for every id it still has.

        Steps, topics and resources the new edition no longer has are archived with their
        history, never deleted. One transaction: on any error nothing is written.
        """
        with self.db.write() as session:
            result = _RoadmapLoader(session, self._now_iso()).load(roadmap)
            if session.get(Setting, (self.profile_id, ACTIVE_ROADMAP_KEY)) is None:
                # The first roadmap of a data folder becomes the active one.
                self._put_setting(session, ACTIVE_ROADMAP_KEY, self._active_id(session) or roadmap.id)
            for key, value in (extra_settings or {}).items():
                self._put_setting(session, key, value)
        return result

    def _current_steps(self, session: Session, roadmap_id: str) -> list[StepRow]:
        """A roadmap's steps in order, without those a newer edition archived."""
        return list(
            session.scalars(
                select(StepRow)
                .where(StepRow.roadmap_id == roadmap_id, StepRow.archived.is_(False))
                .order_by(StepRow.position)
            )
        )

    def export_roadmap(self, roadmap_id: str | None = None) -> Roadmap:
        """The roadmap as it is now in the database (archived parts left out)."""
        with self.db.read() as session:
            row = self._roadmap_row(session, roadmap_id)
            steps = self._current_steps(session, row.id)
            topics = session.scalars(
                select(TopicRow)
                .where(TopicRow.roadmap_id == row.id, TopicRow.archived.is_(False))
                .order_by(TopicRow.position)
            ).all()
            resources = session.scalars(
                select(ResourceRow)
                .where(ResourceRow.roadmap_id == row.id, ResourceRow.archived.is_(False))
                .order_by(ResourceRow.position)
            ).all()
        children: dict[int | None, list[TopicRow]] = defaultdict(list)
        for topic in topics:
            children[topic.parent_pk].append(topic)

        def build(topic: TopicRow) -> Topic:
            return Topic(
                id=topic.slug,
                title=topic.title,
                detail=topic.detail,
                children=tuple(build(c) for c in children[topic.pk]),
            )

        def as_resource(resource: ResourceRow) -> Resource:
            return Resource(resource.slug, resource.title, resource.url, resource.kind, resource.note)

        return Roadmap(
            id=row.id,
            title=row.title,
            edition=row.edition,
            summary=row.summary,
            source=row.source,
            resources=tuple(as_resource(r) for r in resources if r.step_pk is None),
            steps=tuple(
                Step(
                    id=step.slug,
                    number=step.number,
                    title=step.title,
                    optional=step.optional,
                    why=step.why,
                    topics=tuple(build(t) for t in children[None] if t.step_pk == step.pk),
                    resources=tuple(as_resource(r) for r in resources if r.step_pk == step.pk),
                    tips=tuple(json.loads(step.tips)),
                )
                for step in steps
            ),
        )

    # --- progress ------------------------------------------------------------------------

    def set_status(self, topic_id: str, status: str, roadmap_id: str | None = None) -> list[str]:
        """Set a topic's status; on a topic with sub-topics it applies to all of them.

        Returns the ids of the topics whose status was written.
        """
        if status not in STATUSES:
            raise InputError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        with self.db.write() as session:
            roadmap = self._roadmap_row(session, roadmap_id)
            topic = self._topic(session, roadmap.id, topic_id)
            rows = session.execute(
                select(TopicRow.pk, TopicRow.slug, TopicRow.parent_pk).where(
                    TopicRow.step_pk == topic.step_pk, TopicRow.archived.is_(False)
                )
            ).all()
            kids: dict[int | None, list[int]] = defaultdict(list)
            slugs = {}
            for pk, slug, parent in rows:
                kids[parent].append(pk)
                slugs[pk] = slug
            affected, queue = [], [topic.pk]
            while queue:
                pk = queue.pop()
                affected.append(pk)
                queue.extend(kids[pk])
            now = self._now_iso()
            for pk in affected:
                session.merge(
                    TopicProgress(profile_id=self.profile_id, topic_pk=pk, status=status, changed_at=now)
                )
        return [slugs[pk] for pk in affected]

    def completion_dates(self, roadmap_id: str | None = None) -> list[date]:
        """The day each topic now done was ticked (leaf topics of the roadmap), oldest first."""
        return self._read(lambda reads: reads.completion_dates(roadmap_id))

    def status(self, roadmap_id: str | None = None) -> Status:
        """Progress of a roadmap (the active one by default): overall and per step."""
        return self._read(lambda reads: reads.status(roadmap_id))

    def topic_tree(self, step_id: str, roadmap_id: str | None = None) -> list[TopicView]:
        """A step's topics as a tree, each with the learner's status (parents derive theirs)."""
        return self._read(lambda reads: reads.topic_tree(step_id, roadmap_id))

    def _note_target(
        self, session: Session, step_id: str | None, topic_id: str | None
    ) -> tuple[int | None, int | None]:
        if (step_id is None) == (topic_id is None):
            raise InputError("a note belongs to either a step or a topic")
        roadmap = self._roadmap_row(session, None)
        if step_id is not None:
            return self._step(session, roadmap.id, step_id).pk, None
        assert topic_id is not None
        return None, self._topic(session, roadmap.id, topic_id).pk

    def _roadmap_notes(self, roadmap_id: str, *columns: Any) -> Select[Any]:
        """The learner's notes of a roadmap, each joined to its step (through its topic, for a
        topic's note); NOTE_TOPIC is the topic, absent for a step's note."""
        return (
            select(*columns)
            .select_from(Note)
            .outerjoin(NOTE_TOPIC, NOTE_TOPIC.c.pk == Note.topic_pk)
            .join(StepRow, StepRow.pk == func.coalesce(Note.step_pk, NOTE_TOPIC.c.step_pk))
            .where(Note.profile_id == self.profile_id, StepRow.roadmap_id == roadmap_id)
        )

    def all_notes(self) -> list[tuple[str, str]]:
        """(heading, markdown) of every non-empty note of the active roadmap, in roadmap order."""
        with self.db.read() as session:
            roadmap = self._roadmap_row(session, None)
            topic = NOTE_TOPIC
            rows = session.execute(
                self._roadmap_notes(roadmap.id, Note.body, StepRow.number, StepRow.title, topic.c.title)
                .where(Note.body != "")
                .order_by(StepRow.position, topic.c.position.is_not(None), topic.c.position)
            ).all()
        notes = []
        for body, number, step_title, topic_title in rows:
            step = f"Step {number}: {step_title}" if number is not None else step_title
            notes.append((f"{step} › {topic_title}" if topic_title else step, body))
        return notes

    def _find_note(self, session: Session, step_pk: int | None, topic_pk: int | None) -> Note | None:
        return session.scalars(
            select(Note).where(
                Note.profile_id == self.profile_id,
                Note.step_pk.is_(None) if step_pk is None else Note.step_pk == step_pk,
                Note.topic_pk.is_(None) if topic_pk is None else Note.topic_pk == topic_pk,
            )
        ).first()

    def note(self, step_id: str | None = None, topic_id: str | None = None) -> NoteView | None:
        with self.db.read() as session:
            step_pk, topic_pk = self._note_target(session, step_id, topic_id)
            row = self._find_note(session, step_pk, topic_pk)
            if row is None:
                return None
            return NoteView(step_id, topic_id, row.body, row.updated_at)

    def save_note(self, body: str, step_id: str | None = None, topic_id: str | None = None) -> NoteView:
        with self.db.write() as session:
            step_pk, topic_pk = self._note_target(session, step_id, topic_id)
            row = self._find_note(session, step_pk, topic_pk)
            now = self._now_iso()
            if row is None:
                row = Note(
                    profile_id=self.profile_id,
                    step_pk=step_pk,
                    topic_pk=topic_pk,
                    body=body,
                    updated_at=now,
                )
                session.add(row)
            elif row.body != body:
                row.body, row.updated_at = body, now
            return NoteView(step_id, topic_id, row.body, row.updated_at)

    # --- step details, today, search ---------------------------------------------------

    def step_detail(self, step_id: str, roadmap_id: str | None = None) -> StepDetail:
        return self._read(lambda reads: reads.step_detail(step_id, roadmap_id))

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Topics, resources and notes of the active roadmap whose text contains `text`."""
        text = text.strip()
        if not text:
            return []
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

        def like(column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
            return column.like(pattern, escape="\\")

        hits: list[SearchHit] = []
        with self.db.read() as session:
            roadmap = self._roadmap_row(session, None)
            topic_rows = session.execute(
                select(TopicRow.slug, TopicRow.title, TopicRow.detail, StepRow.slug)
                .join(StepRow, StepRow.pk == TopicRow.step_pk)
                .where(
                    TopicRow.roadmap_id == roadmap.id,
                    TopicRow.archived.is_(False),
                    like(TopicRow.title) | like(TopicRow.detail),
                )
                .order_by(StepRow.position, TopicRow.position)
                .limit(limit)
            ).all()
            hits += [
                SearchHit("topic", step, title, detail, topic_id=slug)
                for slug, title, detail, step in topic_rows
            ]
            resource_rows = session.execute(
                select(ResourceRow.slug, ResourceRow.title, ResourceRow.url, StepRow.slug)
                .join(StepRow, StepRow.pk == ResourceRow.step_pk)
                .where(
                    ResourceRow.roadmap_id == roadmap.id,
                    ResourceRow.archived.is_(False),
                    like(ResourceRow.title) | like(ResourceRow.url) | like(ResourceRow.note),
                )
                .order_by(StepRow.position, ResourceRow.position)
                .limit(limit)
            ).all()
            hits += [
                SearchHit("resource", step, title, url, resource_id=slug)
                for slug, title, url, step in resource_rows
            ]
            note_rows = session.execute(
                self._roadmap_notes(
                    roadmap.id, Note.body, StepRow.slug, StepRow.title, NOTE_TOPIC.c.slug, NOTE_TOPIC.c.title
                )
                .where(like(Note.body))
                .limit(limit)
            ).all()
            for body, step, step_title, topic_slug, topic_title in note_rows:
                hits.append(
                    SearchHit(
                        "note",
                        step,
                        f"Note: {topic_title or step_title}",
                        _snippet(body, text),
                        topic_id=topic_slug,
                    )
                )
        wanted = text.lower()

        def rank(hit: SearchHit) -> tuple[bool, bool]:
            # Exact titles first, then titles that start with the words, then the rest.
            title = hit.title.lower()
            return (title != wanted, not title.startswith(wanted))

        return sorted(hits, key=rank)[:limit]

    # --- attachments ---------------------------------------------------------------------


def _snippet(body: str, text: str, width: int = 60) -> str:
    at = body.lower().find(text.lower())
    start = max(0, at - width // 2)
    piece = " ".join(body[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(body) else "")


class _RoadmapLoader:
    """Writes one roadmap into an open write session, matching rows by id (slug)."""

    def __init__(self, session: Session, now: str) -> None:
        self.session = session
        self.now = now

    def load(self, roadmap: Roadmap) -> ImportResult:
        session = self.session
        existing = session.get(RoadmapRow, roadmap.id)
        first_import = existing is None
        if existing is None:
            existing = RoadmapRow(id=roadmap.id, imported_at=self.now)
            session.add(existing)
        existing.title = roadmap.title
        existing.edition = roadmap.edition
        existing.summary = roadmap.summary
        existing.source = roadmap.source
        existing.schema_version = roadmap.schema_version
        existing.imported_at = self.now
        existing.removed_at = None
        session.flush()

        steps = {r.slug: r for r in session.scalars(select(StepRow).where(StepRow.roadmap_id == roadmap.id))}
        topics = {
            r.slug: r for r in session.scalars(select(TopicRow).where(TopicRow.roadmap_id == roadmap.id))
        }
        resources = {
            r.slug: r
            for r in session.scalars(select(ResourceRow).where(ResourceRow.roadmap_id == roadmap.id))
        }
        seen_steps: set[str] = set()
        seen_topics: set[str] = set()
        seen_resources: set[str] = set()
        added_topics = 0
        position = 0

        def upsert_resource(resource: Resource, step_pk: int | None, index: int) -> None:
            row = resources.get(resource.id)
            if row is None:
                row = ResourceRow(roadmap_id=roadmap.id, slug=resource.id)
                session.add(row)
                resources[resource.id] = row
            row.step_pk, row.title, row.url = step_pk, resource.title, resource.url
            row.kind, row.note, row.position, row.archived = (
                resource.kind,
                resource.note,
                index,
                False,
            )
            seen_resources.add(resource.id)

        def upsert_topic(topic: Topic, step_pk: int, parent_pk: int | None) -> None:
            nonlocal position, added_topics
            row = topics.get(topic.id)
            if row is None:
                row = TopicRow(roadmap_id=roadmap.id, slug=topic.id)
                session.add(row)
                topics[topic.id] = row
                added_topics += 1
            row.step_pk, row.parent_pk, row.title, row.detail = (
                step_pk,
                parent_pk,
                topic.title,
                topic.detail,
            )
            row.position, row.is_leaf, row.archived = position, not topic.children, False
            position += 1
            seen_topics.add(topic.id)
            session.flush()
            for child in topic.children:
                upsert_topic(child, step_pk, row.pk)

        for index, resource in enumerate(roadmap.resources):
            upsert_resource(resource, None, index)
        for step_index, step in enumerate(roadmap.steps):
            row = steps.get(step.id)
            if row is None:
                row = StepRow(roadmap_id=roadmap.id, slug=step.id)
                session.add(row)
            row.number, row.title, row.optional, row.why = (
                step.number,
                step.title,
                step.optional,
                step.why,
            )
            row.tips, row.position, row.archived = json.dumps(list(step.tips)), step_index, False
            seen_steps.add(step.id)
            session.flush()
            for topic in step.topics:
                upsert_topic(topic, row.pk, None)
            for index, resource in enumerate(step.resources):
                upsert_resource(resource, row.pk, index)

        archived_topics = [r.pk for slug, r in topics.items() if slug not in seen_topics and not r.archived]
        for model, seen, rows in (
            (StepRow, seen_steps, steps),
            (TopicRow, seen_topics, topics),
            (ResourceRow, seen_resources, resources),
        ):
            gone = [r.pk for slug, r in rows.items() if slug not in seen]
            if gone:
                session.execute(update(model).where(model.pk.in_(gone)).values(archived=True))
        step_count, topic_count, resource_count = roadmap.counts()
        return ImportResult(
            roadmap_id=roadmap.id,
            title=roadmap.title,
            steps=step_count,
            topics=topic_count,
            resources=resource_count,
            added_topics=0 if first_import else added_topics,
            kept_topics=len(seen_topics) - (0 if first_import else added_topics),
            archived_topics=len(archived_topics),
            first_import=first_import,
        )
