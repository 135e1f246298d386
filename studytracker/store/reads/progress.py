"""Reads of the learner's progress: per step and overall, a step's topic tree with statuses and
time, and the days topics were finished."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date

from studytracker.store.dialect import STUDIED_SECONDS
from studytracker.store.reads.base import Area, Row, read
from studytracker.store.records import STATUSES, Progress, RoadmapInfo, Status, StepSummary, TopicView
from studytracker.store.rules import derive_parent_status, sum_progress, whole_minutes


class ProgressReads(Area):
    name = "progress"

    @read
    def status(self, roadmap_id: str | None = None) -> Status:
        """Progress of a roadmap (the active one by default): overall and per step."""
        roadmap = self.reads.roadmaps.get(roadmap_id)
        summaries, seconds = self._summaries(roadmap.id, None)
        info = RoadmapInfo(
            id=roadmap.id,
            title=roadmap.title,
            edition=roadmap.edition,
            active=roadmap.id == self.reads.roadmaps.active_id(),
            steps=len(summaries),
            topics=sum(s.progress.total + s.progress.skipped for s in summaries),
        )
        return Status(
            roadmap=info,
            overall=sum_progress([s.progress for s in summaries]),
            required=sum_progress([s.progress for s in summaries if not s.optional]),
            minutes_total=whole_minutes(seconds),
            steps=tuple(summaries),
            running=self.reads.sessions.running(),
        )

    @read
    def step_summaries(self, step_ids: Collection[str]) -> list[StepSummary]:
        """The progress and time of some steps of the active roadmap, in roadmap order (what a
        status change or a session moved: the rest of the roadmap is not read)."""
        if not step_ids:
            return []
        return self._summaries(self.reads.roadmaps.get(None).id, sorted(step_ids))[0]

    def _summaries(self, roadmap_id: str, step_ids: list[str] | None) -> tuple[list[StepSummary], int]:
        """Each step's summary (of `step_ids`, or all), and the seconds studied on them in all."""
        if step_ids is None:
            only, chosen = "", {}
        else:  # the steps' ids as parameters (:s0, :s1, ...), never spliced into the SQL
            chosen = {f"s{index}": step_id for index, step_id in enumerate(step_ids)}
            only = f" AND slug IN ({', '.join(':' + name for name in chosen)})"
        steps = self.rows(
            "SELECT pk, slug, number, title, optional, group_title FROM step"
            f" WHERE roadmap_id = :roadmap AND NOT archived{only} ORDER BY position",
            roadmap=roadmap_id,
            **chosen,
        )
        pks = {f"p{index}": row[0] for index, row in enumerate(steps)}
        of_steps = "" if step_ids is None else f" IN ({', '.join(':' + name for name in pks)})"
        counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
        seconds: dict[int, int] = {}
        offline: set[int] = set()
        if steps:
            for step_pk, state, count in self.rows(
                "SELECT t.step_pk, COALESCE(p.status, 'todo') AS state, count(*) FROM topic t"
                " LEFT JOIN topic_progress p ON p.topic_pk = t.pk AND p.profile_id = :profile"
                " WHERE t.roadmap_id = :roadmap AND NOT t.archived AND t.is_leaf"
                + (f" AND t.step_pk{of_steps}" if of_steps else "")
                + " GROUP BY t.step_pk, state",
                roadmap=roadmap_id,
                **pks,
            ):
                counts[step_pk][state] = count
            seconds = dict(
                self.rows(
                    f"SELECT s.step_pk, sum({STUDIED_SECONDS}) FROM study_session s"
                    " WHERE s.profile_id = :profile AND s.roadmap_id = :roadmap AND s.end_utc IS NOT NULL"
                    + (f" AND s.step_pk{of_steps}" if of_steps else "")
                    + " GROUP BY s.step_pk",
                    roadmap=roadmap_id,
                    now=0,
                    **pks,
                )
            )
            offline = {
                step_pk
                for (step_pk,) in self.rows(
                    "SELECT r.step_pk FROM resource r"
                    " LEFT JOIN offline_copy oc ON oc.resource_pk = r.pk AND oc.profile_id = :profile"
                    " WHERE r.roadmap_id = :roadmap AND NOT r.archived"
                    " AND (r.url LIKE 'http://%' OR r.url LIKE 'https://%')"
                    + (f" AND r.step_pk{of_steps}" if of_steps else "")
                    + " GROUP BY r.step_pk"
                    " HAVING SUM(COALESCE(oc.state IN ('article', 'pdf', 'video'), 0)) = COUNT(*)",
                    roadmap=roadmap_id,
                    **pks,
                )
            }
        summaries = []
        for pk, slug, number, title, optional, group in steps:
            c = counts.get(pk)
            progress = (
                Progress(
                    done=c["done"],
                    total=c["todo"] + c["in-progress"] + c["done"],
                    in_progress=c["in-progress"],
                    skipped=c["skipped"],
                )
                if c
                else Progress(0, 0)
            )
            summaries.append(
                StepSummary(
                    id=slug,
                    number=number,
                    title=title,
                    optional=bool(optional),
                    progress=progress,
                    minutes=whole_minutes(seconds.get(pk, 0)),
                    group=group,
                    offline=pk in offline,
                )
            )
        return summaries, sum(seconds.values())

    @read
    def topic_tree(self, step_id: str, roadmap_id: str | None = None) -> list[TopicView]:
        """A step's topics as a tree, each with the learner's status (parents derive theirs)."""
        step_pk = self.reads.roadmaps.step_pk(self.reads.roadmaps.get(roadmap_id).id, step_id)
        rows = self.rows(
            "SELECT t.pk, t.parent_pk, t.slug, t.title, t.detail, p.status, c.to_revisit FROM topic t"
            " LEFT JOIN topic_progress p ON p.topic_pk = t.pk AND p.profile_id = :profile"
            " LEFT JOIN review_card c ON c.topic_pk = t.pk AND c.profile_id = :profile"
            " WHERE t.step_pk = :step AND NOT t.archived ORDER BY t.position",
            step=step_pk,
        )
        seconds_by_topic: dict[int, int] = dict(
            self.rows(
                f"SELECT s.topic_pk, sum({STUDIED_SECONDS}) FROM study_session s"
                " WHERE s.profile_id = :profile AND s.step_pk = :step AND s.topic_pk IS NOT NULL"
                " AND s.end_utc IS NOT NULL GROUP BY s.topic_pk",
                step=step_pk,
                now=0,
            )
        )
        children: dict[int | None, list[Row]] = defaultdict(list)
        for row in rows:
            children[row[1]].append(row)

        def build(row: Row) -> TopicView:
            pk, _parent, slug, title, detail, status, to_revisit = row
            kids = tuple(build(child) for child in children[pk])
            return TopicView(
                id=slug,
                title=title,
                detail=detail,
                status=derive_parent_status([k.status for k in kids]) if kids else (status or "todo"),
                children=kids,
                minutes=whole_minutes(seconds_by_topic.get(pk, 0)),
                to_revisit=bool(to_revisit),
            )

        return [build(row) for row in children[None]]

    @read
    def subtree(self, topic_pk: int) -> list[tuple[int, str]]:
        """(pk, id) of a topic and every topic under it, the topic first."""
        rows = self.rows(
            "SELECT pk, slug, parent_pk FROM topic WHERE NOT archived"
            " AND step_pk = (SELECT step_pk FROM topic WHERE pk = :topic)",
            topic=topic_pk,
        )
        kids: dict[int | None, list[int]] = defaultdict(list)
        slugs = {}
        for pk, slug, parent in rows:
            kids[parent].append(pk)
            slugs[pk] = slug
        found, queue = [], [topic_pk]
        while queue:
            pk = queue.pop()
            found.append((pk, slugs[pk]))
            queue.extend(kids[pk])
        return found

    @read
    def completion_dates(self, roadmap_id: str | None = None) -> list[date]:
        """The day each topic now done was ticked (leaf topics of the roadmap), oldest first."""
        rows = self.rows(
            "SELECT p.changed_at FROM topic_progress p JOIN topic t ON t.pk = p.topic_pk"
            " WHERE p.profile_id = :profile AND p.status = 'done' AND t.roadmap_id = :roadmap"
            " AND t.is_leaf AND NOT t.archived",
            roadmap=self.reads.roadmaps.get(roadmap_id).id,
        )
        return sorted(date.fromisoformat(stamp[:10]) for (stamp,) in rows)

    @read
    def exported(self) -> list[dict[str, object]]:
        """Every status the learner set, on roadmaps that are there, by ids (for the export)."""
        rows = self.rows(
            "SELECT t.roadmap_id, t.slug, p.status, p.changed_at FROM topic_progress p"
            " JOIN topic t ON t.pk = p.topic_pk JOIN roadmap r ON r.id = t.roadmap_id"
            " WHERE p.profile_id = :profile AND r.removed_at IS NULL ORDER BY p.topic_pk"
        )
        return [
            {"roadmap": roadmap, "topic": topic, "status": status, "changed_at": changed}
            for roadmap, topic, status, changed in rows
        ]
