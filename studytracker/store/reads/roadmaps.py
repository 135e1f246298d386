"""Reads of the roadmaps themselves: which are there and which is active, their steps' text and
resources, ids looked up to rows, and a roadmap as a whole (for export)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from studytracker.roadmap.model import Resource, Roadmap, Step, Topic
from studytracker.store.errors import InputError
from studytracker.store.policy import ACTIVE_ROADMAP_KEY
from studytracker.store.reads.base import Area, Row, read
from studytracker.store.records import RemovalCounts, ResourceView, RoadmapInfo, StepDetail


@dataclass(frozen=True)
class RoadmapKey:
    """The roadmap a query is about (the active one unless named)."""

    id: str
    title: str
    edition: str


@dataclass(frozen=True)
class TopicKey:
    """A topic found by its id: its row and its step's."""

    pk: int
    step_pk: int
    slug: str
    step_id: str


class RoadmapReads(Area):
    name = "roadmaps"

    @read
    def active_id(self) -> str | None:
        """The chosen roadmap while it is there, else the first one loaded."""
        chosen = self.reads.settings.value(ACTIVE_ROADMAP_KEY)
        if chosen and self.first("SELECT 1 FROM roadmap WHERE id = :id AND removed_at IS NULL", id=chosen):
            return chosen
        row = self.first("SELECT id FROM roadmap WHERE removed_at IS NULL ORDER BY imported_at LIMIT 1")
        return row[0] if row else None

    @read
    def get(self, roadmap_id: str | None = None) -> RoadmapKey:
        """A roadmap that is there (the active one by default), or the one-line error."""
        wanted = roadmap_id or self.active_id()
        row = self.first(
            "SELECT id, title, edition FROM roadmap WHERE id = :id AND removed_at IS NULL", id=wanted
        )
        if row is None:
            if roadmap_id:
                raise InputError(f"unknown roadmap id {roadmap_id!r} (see 'studytracker roadmap list')")
            raise InputError("no roadmap loaded (import one with 'studytracker roadmap import FILE')")
        return RoadmapKey(*row)

    @read
    def stored(self, roadmap_id: str) -> bool:
        """Whether a roadmap of this id is in the database at all (removed ones included)."""
        return self.first("SELECT 1 FROM roadmap WHERE id = :id", id=roadmap_id) is not None

    @read
    def ids_ever(self) -> set[str]:
        """Every roadmap id the data holds, removed ones too (a removed roadmap's kept sessions
        still point at its id): the ids a new roadmap must not take."""
        return {row[0] for row in self.rows("SELECT id FROM roadmap")}

    @read
    def all(self) -> list[RoadmapInfo]:
        active = self.active_id()
        rows = self.rows(
            "SELECT r.id, r.title, r.edition,"
            " (SELECT count(*) FROM step WHERE roadmap_id = r.id AND NOT archived),"
            " (SELECT count(*) FROM topic WHERE roadmap_id = r.id AND NOT archived AND is_leaf)"
            " FROM roadmap r WHERE r.removed_at IS NULL ORDER BY r.title"
        )
        return [
            RoadmapInfo(id=i, title=t, edition=e, active=i == active, steps=s, topics=n)
            for i, t, e, s, n in rows
        ]

    @read
    def active(self) -> RoadmapInfo:
        wanted = self.get().id
        return next(info for info in self.all() if info.id == wanted)

    @read
    def step_pk(self, roadmap_id: str, step_id: str) -> int:
        row = self.first(
            "SELECT pk FROM step WHERE roadmap_id = :roadmap AND slug = :slug AND NOT archived",
            roadmap=roadmap_id,
            slug=step_id,
        )
        if row is None:
            raise InputError(f"unknown step id {step_id!r} in roadmap {roadmap_id!r}")
        return int(row[0])

    @read
    def topic(self, roadmap_id: str, topic_id: str) -> TopicKey:
        row = self.first(
            "SELECT t.pk, t.step_pk, t.slug, st.slug FROM topic t JOIN step st ON st.pk = t.step_pk"
            " WHERE t.roadmap_id = :roadmap AND t.slug = :slug AND NOT t.archived",
            roadmap=roadmap_id,
            slug=topic_id,
        )
        if row is None:
            raise InputError(f"unknown topic id {topic_id!r} in roadmap {roadmap_id!r}")
        return TopicKey(*row)

    @read
    def topic_in_step(self, roadmap_id: str, step_id: str, topic_id: str) -> TopicKey:
        """A topic that must belong to the step named with it."""
        topic = self.topic(roadmap_id, topic_id)
        if topic.step_pk != self.step_pk(roadmap_id, step_id):
            raise InputError(f"topic {topic_id!r} is not in step {step_id!r}")
        return topic

    @read
    def resource_pk(self, step_pk: int, step_id: str, resource_id: str) -> int:
        row = self.first(
            "SELECT pk FROM resource WHERE step_pk = :step AND slug = :slug AND NOT archived",
            step=step_pk,
            slug=resource_id,
        )
        if row is None:
            raise InputError(f"unknown resource id {resource_id!r} in step {step_id!r}")
        return int(row[0])

    @read
    def step_detail(self, step_id: str, roadmap_id: str | None = None) -> StepDetail:
        """What the viewer shows for a step: its text, tips and resources."""
        step_pk = self.step_pk(self.get(roadmap_id).id, step_id)
        slug, number, title, optional, why, tips, group = self.rows(
            "SELECT slug, number, title, optional, why, tips, group_title FROM step WHERE pk = :step",
            step=step_pk,
        )[0]
        resources = self.rows(
            "SELECT slug, title, url, kind, note FROM resource"
            " WHERE step_pk = :step AND NOT archived ORDER BY position",
            step=step_pk,
        )
        return StepDetail(
            id=slug,
            number=number,
            title=title,
            optional=bool(optional),
            why=why,
            tips=tuple(json.loads(tips)),
            resources=tuple(ResourceView(*resource) for resource in resources),
            group=group,
        )

    @read
    def removal_counts(self, roadmap_id: str) -> RemovalCounts:
        """What removing a roadmap would touch: topics with progress, sessions and notes."""
        roadmap = self.get(roadmap_id).id
        row = self.first(
            "SELECT"
            " (SELECT count(*) FROM topic_progress p JOIN topic t ON t.pk = p.topic_pk"
            "  WHERE t.roadmap_id = :roadmap AND p.profile_id = :profile AND p.status != 'todo'),"
            " (SELECT count(*) FROM study_session WHERE roadmap_id = :roadmap AND profile_id = :profile),"
            " (SELECT count(*) FROM note n LEFT JOIN step st ON st.pk = n.step_pk"
            "  LEFT JOIN topic t ON t.pk = n.topic_pk WHERE n.profile_id = :profile"
            "  AND (st.roadmap_id = :roadmap OR t.roadmap_id = :roadmap))",
            roadmap=roadmap,
        )
        assert row is not None  # an aggregate always has its row
        return RemovalCounts(*row)

    @read
    def export(self, roadmap_id: str | None = None) -> Roadmap:
        """The roadmap as it is now in the database (archived parts left out)."""
        key = self.get(roadmap_id)
        summary, source = self.rows(
            "SELECT summary, source FROM roadmap WHERE id = :roadmap", roadmap=key.id
        )[0]
        steps = self.rows(
            "SELECT pk, slug, number, title, optional, why, tips, group_title FROM step"
            " WHERE roadmap_id = :roadmap AND NOT archived ORDER BY position",
            roadmap=key.id,
        )
        topics = self.rows(
            "SELECT pk, parent_pk, step_pk, slug, title, detail FROM topic"
            " WHERE roadmap_id = :roadmap AND NOT archived ORDER BY position",
            roadmap=key.id,
        )
        resources = self.rows(
            "SELECT step_pk, slug, title, url, kind, note FROM resource"
            " WHERE roadmap_id = :roadmap AND NOT archived ORDER BY position",
            roadmap=key.id,
        )
        children: dict[int | None, list[Row]] = defaultdict(list)
        top_level: dict[int, list[Row]] = defaultdict(list)  # a step's own topics, by its key
        for topic in topics:
            children[topic[1]].append(topic)
            if topic[1] is None:
                top_level[topic[2]].append(topic)
        resources_of: dict[int | None, list[Resource]] = defaultdict(list)
        for step_pk, *fields in resources:
            resources_of[step_pk].append(Resource(*fields))

        def build(row: Row) -> Topic:
            pk, _parent, _step, slug, title, detail = row
            return Topic(id=slug, title=title, detail=detail, children=tuple(build(c) for c in children[pk]))

        return Roadmap(
            id=key.id,
            title=key.title,
            edition=key.edition,
            summary=summary,
            source=source,
            resources=tuple(resources_of[None]),
            steps=tuple(
                Step(
                    id=slug,
                    number=number,
                    title=title,
                    optional=bool(optional),
                    why=why,
                    topics=tuple(build(t) for t in top_level.get(pk, ())),
                    resources=tuple(resources_of[pk]),
                    tips=tuple(json.loads(tips)),
                    group=group,
                )
                for pk, slug, number, title, optional, why, tips, group in steps
            ),
        )
