"""Reads of what a learner may share with a cohort (`store.sync.share`): a roadmap's topics in
progress, its review cards' due days, when the learner last studied it, and its notes by ids.
Each takes the roadmap by id: a cohort's roadmap need not be the active one."""

from __future__ import annotations

from datetime import date, datetime

from studytracker.store.reads.base import Area, read


class SharedReads(Area):
    name = "shared"

    @read
    def in_progress(self, roadmap_id: str) -> list[tuple[str, str, str, str]]:
        """(topic id, title, step id, since: ISO 8601) of the roadmap's topics in progress."""
        rows = self.rows(
            "SELECT t.slug, t.title, st.slug, p.changed_at FROM topic_progress p"
            " JOIN topic t ON t.pk = p.topic_pk JOIN step st ON st.pk = t.step_pk"
            " WHERE p.profile_id = :profile AND p.status = 'in-progress' AND t.roadmap_id = :roadmap"
            " AND NOT t.archived ORDER BY st.position, t.position",
            roadmap=roadmap_id,
        )
        return [(topic, title, step, since) for topic, title, step, since in rows]

    @read
    def review_due_days(self, roadmap_id: str) -> list[date]:
        """The study day each review card of the roadmap's finished topics comes due, soonest first."""
        rows = self.rows(
            "SELECT c.due_utc FROM review_card c JOIN topic t ON t.pk = c.topic_pk"
            " WHERE c.profile_id = :profile AND t.roadmap_id = :roadmap AND NOT t.archived",
            roadmap=roadmap_id,
        )
        plan, clock = self.reads.plan, self.reads.clock
        return sorted(plan.study_day(clock.from_timestamp(due)) for (due,) in rows)

    @read
    def last_active(self, roadmap_id: str) -> datetime | None:
        """The last moment the learner studied the roadmap or ticked one of its topics."""
        ended = self.first(
            "SELECT max(COALESCE(end_utc, paused_at, start_utc)) FROM study_session"
            " WHERE profile_id = :profile AND roadmap_id = :roadmap",
            roadmap=roadmap_id,
        )
        ticked = self.first(
            "SELECT max(p.changed_at) FROM topic_progress p JOIN topic t ON t.pk = p.topic_pk"
            " WHERE p.profile_id = :profile AND t.roadmap_id = :roadmap",
            roadmap=roadmap_id,
        )
        moments = []
        if ended and ended[0] is not None:
            moments.append(self.reads.clock.from_timestamp(ended[0]))
        if ticked and ticked[0]:
            moments.append(datetime.fromisoformat(ticked[0]))
        return max(moments) if moments else None

    @read
    def notes(self, roadmap_id: str) -> list[tuple[str, str, str, str]]:
        """(step id, topic id or "" for the step's own note, heading "Step › Topic", text) of the
        roadmap's notes that hold text."""
        rows = self.rows(
            "SELECT st.slug, COALESCE(t.slug, ''), st.title, t.title, n.body FROM note n"
            " LEFT JOIN topic t ON t.pk = n.topic_pk JOIN step st ON st.pk = COALESCE(n.step_pk, t.step_pk)"
            " WHERE n.profile_id = :profile AND st.roadmap_id = :roadmap AND n.body != ''"
            " ORDER BY st.position, t.position",
            roadmap=roadmap_id,
        )
        return [
            (step, topic, f"{step_title} › {topic_title}" if topic_title else step_title, body)
            for step, topic, step_title, topic_title, body in rows
        ]
