"""Writing roadmaps: importing one (a newer edition keeps progress by id and archives the rest),
choosing the active one, removing one, and a roadmap's target date."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from studytracker.roadmap.model import Resource, Roadmap, Topic
from studytracker.store.commands.attachments import delete_stored_copy
from studytracker.store.commands.base import Commands, Work
from studytracker.store.commands.progress import put_statuses
from studytracker.store.errors import InputError
from studytracker.store.models import ResourceRow, RoadmapRow, Setting, StepRow, TopicRow
from studytracker.store.policy import ACTIVE_ROADMAP_KEY, TARGET_DATE_KEY
from studytracker.store.records import Changes, ImportResult

EVERYTHING_SHOWN = Changes(roadmaps=True)
#: Rows a new roadmap writes in one executemany (a big curriculum never holds all its rows at once).
INSERT_BATCH = 5000


class RoadmapCommands(Commands):
    def import_roadmap(
        self,
        roadmap: Roadmap,
        extra_settings: dict[str, str] | None = None,
        done_topics: tuple[str, ...] = (),
        activate: bool = False,
    ) -> ImportResult:
        """Add a roadmap, or update it to a newer edition keeping progress for every id it still
        has; mark `done_topics` done (items ticked in the file, on request) and make it the
        active roadmap if asked.

        Steps, topics and resources the new edition no longer has are archived with their
        history, never deleted. One transaction: on any error nothing is written.
        """
        with self.context.write() as work:
            result = RoadmapLoader(work.session, self.context.now_iso()).load(roadmap)
            if done_topics:
                put_statuses(work, dict.fromkeys(done_topics, "done"), roadmap.id)
            if activate:
                work.put_setting(ACTIVE_ROADMAP_KEY, roadmap.id)
            elif work.session.get(Setting, (self.context.profile_id, ACTIVE_ROADMAP_KEY)) is None:
                # The first roadmap of a data folder becomes the active one.
                work.put_setting(ACTIVE_ROADMAP_KEY, work.reads.roadmaps.active_id() or roadmap.id)
            for key, value in (extra_settings or {}).items():
                work.put_setting(key, value)
        return result

    def use(self, roadmap_id: str) -> Changes:
        """Make a roadmap the active one."""
        with self.context.write() as work:
            work.put_setting(ACTIVE_ROADMAP_KEY, work.roadmap_row(roadmap_id).id)
        return EVERYTHING_SHOWN

    def remove(self, roadmap_id: str, keep_sessions: bool) -> Changes:
        """Remove a roadmap. Keeping its sessions hides it instead (importing it again brings it
        back with its progress and notes); otherwise everything of it is deleted."""
        with self.context.write() as work:
            row = work.roadmap_row(roadmap_id)
            others = work.session.scalars(
                select(RoadmapRow.id).where(RoadmapRow.removed_at.is_(None), RoadmapRow.id != row.id)
            ).all()
            if not others:
                raise InputError(f"{row.id!r} is the only roadmap; import another before removing it")
            if work.reads.roadmaps.active_id() == row.id:
                work.put_setting(ACTIVE_ROADMAP_KEY, others[0])
            if keep_sessions:
                row.removed_at = self.context.now_iso()
                return EVERYTHING_SHOWN
            stored = work.reads.attachments.stored_names_of_roadmap(row.id)
            work.session.delete(row)  # steps, topics, progress, sessions, notes, attachments cascade
        for name in stored:
            delete_stored_copy(self.reads.attachments.folder, name)
        return EVERYTHING_SHOWN

    def set_target_date(self, target: date | None, roadmap_id: str | None = None) -> Changes:
        """The day the learner means to finish a roadmap by (None: no target)."""
        with self.context.write() as work:
            return put_target_date(work, target, roadmap_id)


def put_target_date(work: Work, target: date | None, roadmap_id: str | None) -> Changes:
    """Write a roadmap's target date (the active one by default) inside a unit of work."""
    if target is not None and target <= work.context.clock.now().date():
        raise InputError(f"the target date {target.isoformat()} is not in the future")
    key = TARGET_DATE_KEY.format(roadmap=work.roadmap_row(roadmap_id).id)
    work.put_setting(key, target.isoformat() if target else "")
    return Changes(settings=frozenset([key]))


class RoadmapLoader:
    """Writes one roadmap into an open unit of work, matching rows by id (slug)."""

    def __init__(self, session: Session, now: str) -> None:
        self.session = session
        self.now = now

    @classmethod
    def within(cls, work: Work) -> RoadmapLoader:
        return cls(work.session, work.context.now_iso())

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
        if first_import:
            self._insert_new(roadmap)
            return _import_result(roadmap, added=0, kept=roadmap.counts()[1], archived=0, first_import=True)

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
            row.kind, row.note, row.position, row.archived = resource.kind, resource.note, index, False
            seen_resources.add(resource.id)

        def upsert_topic(topic: Topic, step_pk: int, parent_pk: int | None) -> None:
            nonlocal position, added_topics
            row = topics.get(topic.id)
            if row is None:
                row = TopicRow(roadmap_id=roadmap.id, slug=topic.id)
                session.add(row)
                topics[topic.id] = row
                added_topics += 1
            row.step_pk, row.parent_pk, row.title, row.detail = step_pk, parent_pk, topic.title, topic.detail
            row.position, row.is_leaf, row.archived = position, not topic.children, False
            position += 1
            seen_topics.add(topic.id)
            if topic.children:
                session.flush()  # the children need this row's key; a leaf waits for the next flush
            for child in topic.children:
                upsert_topic(child, step_pk, row.pk)

        for index, resource in enumerate(roadmap.resources):
            upsert_resource(resource, None, index)
        for step_index, step in enumerate(roadmap.steps):
            row = steps.get(step.id)
            if row is None:
                row = StepRow(roadmap_id=roadmap.id, slug=step.id)
                session.add(row)
            row.number, row.title, row.optional, row.why = step.number, step.title, step.optional, step.why
            row.tips, row.position, row.archived = json.dumps(list(step.tips)), step_index, False
            row.group_title = step.group
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
        return _import_result(
            roadmap,
            added=added_topics,
            kept=len(seen_topics) - added_topics,
            archived=len(archived_topics),
            first_import=False,
        )

    def _insert_new(self, roadmap: Roadmap) -> None:
        """A roadmap not seen before: every row is new, so the keys are given here and each table
        is written in one bulk insert (a curriculum of thousands of topics in a fraction of a
        second, where row-by-row objects took seconds). The unit of work holds the write lock, so
        no other writer takes these keys meanwhile."""
        session = self.session
        next_step = (session.scalar(select(func.max(StepRow.pk))) or 0) + 1
        next_topic = first_topic = (session.scalar(select(func.max(TopicRow.pk))) or 0) + 1
        steps: list[dict[str, object]] = []
        topics: list[dict[str, object]] = []
        resources: list[dict[str, object]] = []

        def add_resources(items: tuple[Resource, ...], step_pk: int | None) -> None:
            for index, resource in enumerate(items):
                resources.append(
                    {
                        "roadmap_id": roadmap.id,
                        "slug": resource.id,
                        "step_pk": step_pk,
                        "title": resource.title,
                        "url": resource.url,
                        "kind": resource.kind,
                        "note": resource.note,
                        "position": index,
                        "archived": False,
                    }
                )

        def add_topic(topic: Topic, step_pk: int, parent_pk: int | None) -> None:
            nonlocal next_topic
            pk = next_topic
            next_topic += 1
            topics.append(
                {
                    "pk": pk,
                    "roadmap_id": roadmap.id,
                    "slug": topic.id,
                    "step_pk": step_pk,
                    "parent_pk": parent_pk,
                    "title": topic.title,
                    "detail": topic.detail,
                    "position": pk - first_topic,
                    "is_leaf": not topic.children,
                    "archived": False,
                }
            )
            for child in topic.children:
                add_topic(child, step_pk, pk)

        def write() -> None:
            """The rows so far, steps first (the others name them), in an executemany each: the
            table's own insert, as the ORM's bulk path would fetch back each resource's new key,
            which nothing here needs. In batches, so a curriculum of 100,000 rows never holds
            them all at once."""
            for model, rows in ((StepRow, steps), (TopicRow, topics), (ResourceRow, resources)):
                if rows:
                    table = model.__table__
                    assert isinstance(table, Table)
                    session.execute(insert(table), rows)
                    rows.clear()

        add_resources(roadmap.resources, None)
        for step_index, step in enumerate(roadmap.steps):
            step_pk = next_step
            next_step += 1
            steps.append(
                {
                    "pk": step_pk,
                    "roadmap_id": roadmap.id,
                    "slug": step.id,
                    "number": step.number,
                    "title": step.title,
                    "optional": step.optional,
                    "why": step.why,
                    "tips": json.dumps(list(step.tips)),
                    "position": step_index,
                    "archived": False,
                    "group_title": step.group,
                }
            )
            for topic in step.topics:
                add_topic(topic, step_pk, None)
            add_resources(step.resources, step_pk)
            if len(topics) + len(resources) >= INSERT_BATCH:
                write()
        write()


def _import_result(
    roadmap: Roadmap, added: int, kept: int, archived: int, first_import: bool
) -> ImportResult:
    steps, topics, resources = roadmap.counts()
    return ImportResult(
        roadmap_id=roadmap.id,
        title=roadmap.title,
        steps=steps,
        topics=topics,
        resources=resources,
        added_topics=added,
        kept_topics=kept,
        archived_topics=archived,
        first_import=first_import,
    )
