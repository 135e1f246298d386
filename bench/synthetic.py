"""Synthetic data folders for the benchmark: years of sessions, notes, and a very large roadmap."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from studytracker.roadmap.model import Resource, Roadmap, Step, Topic
from studytracker.store.clock import FixedClock
from studytracker.store.models import Note, NoteRevision, StepRow, StudySession, TopicRow
from studytracker.store.records import TopicView
from studytracker.store.tracker import Tracker

TODAY = datetime(2026, 11, 24, 20, 0)
TZ = ZoneInfo("Europe/Berlin")


def clock() -> FixedClock:
    return FixedClock(TODAY, tz=TZ)


def years_of_sessions(data_dir: Path, years: int = 3, per_day: int = 5, seed: int = 7) -> Tracker:
    """The bundled roadmap with `years` of sessions (about `per_day` a day) and notes on most topics."""
    rng = random.Random(seed)
    tracker = Tracker.open(data_dir, clock=clock())
    steps = tracker.reads.progress.status().steps
    trees = {s.id: tracker.reads.progress.topic_tree(s.id) for s in steps}
    leaves: list[tuple[str, str]] = []

    def walk(step_id: str, topics: list[TopicView] | tuple[TopicView, ...]) -> None:
        for topic in topics:
            if topic.children:
                walk(step_id, topic.children)
            else:
                leaves.append((step_id, topic.id))

    for step_id, tree in trees.items():
        walk(step_id, tree)
    with tracker.context.write() as work:
        session = work.session
        roadmap = work.roadmap_row(None)
        step_pks = {
            s.slug: s.pk for s in session.scalars(select(StepRow).where(StepRow.roadmap_id == roadmap.id))
        }
        topic_pks = {
            t.slug: t.pk for t in session.scalars(select(TopicRow).where(TopicRow.roadmap_id == roadmap.id))
        }
        first = TODAY.date() - timedelta(days=365 * years)
        day = first
        while day < TODAY.date():
            start = datetime.combine(day, time(7, 0), tzinfo=TZ)
            for _ in range(rng.randint(per_day - 2, per_day + 2)):
                start += timedelta(minutes=rng.randint(10, 90))
                minutes = rng.randint(15, 75)
                step_id, topic_id = rng.choice(leaves)
                begin = int(start.timestamp())
                session.add(
                    StudySession(
                        profile_id=1,
                        roadmap_id=roadmap.id,
                        step_pk=step_pks[step_id],
                        topic_pk=topic_pks[topic_id] if rng.random() < 0.7 else None,
                        start_utc=begin,
                        end_utc=begin + minutes * 60,
                        utc_offset_min=int(start.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
                        heartbeat_utc=None,
                        note=rng.choice(["", "", "review", "exercises", "video lecture"]),
                        source="manual",
                        paused_seconds=0,
                    )
                )
                start += timedelta(minutes=minutes)
            day += timedelta(days=1)
        for _step_id, topic_id in leaves:
            if rng.random() < 0.8:
                body = "## Notes\n" + "Key idea and an example. " * rng.randint(5, 40)
                note = Note(
                    profile_id=1, step_pk=None, topic_pk=topic_pks[topic_id], body=body, updated_at=""
                )
                session.add(note)
                session.flush()
                versions = rng.randint(3, 30)  # a note edited now and then over the years
                for version in range(versions):
                    saved = (TODAY - timedelta(days=(versions - version) * 20)).replace(tzinfo=TZ).isoformat()
                    text = body[: max(10, len(body) * (version + 1) // versions)]
                    session.add(NoteRevision(note_id=note.id, body=text, saved_at=saved, source="window"))
                note.updated_at = saved
    for index, (_step, topic_id) in enumerate(leaves):
        if index % 3 == 0:
            tracker.progress.set_status(topic_id, "done")
    return tracker


def big_roadmap(topics: int = 2000, steps: int = 20) -> Roadmap:
    """A roadmap of `topics` topics in `steps` steps, two levels deep."""
    per_step = topics // steps
    built = []
    for s in range(steps):
        step_id = f"step-{s + 1:02d}"
        groups = []
        for g in range(per_step // 10):
            children = tuple(
                Topic(id=f"{step_id}/g{g}/t{t}", title=f"Topic {s + 1}.{g + 1}.{t + 1}") for t in range(9)
            )
            groups.append(Topic(id=f"{step_id}/g{g}", title=f"Group {s + 1}.{g + 1}", children=children))
        resources = tuple(
            Resource(f"{step_id}/r{r}", f"Resource {r}", f"https://example.org/{s}/{r}", "docs")
            for r in range(5)
        )
        built.append(
            Step(
                id=step_id,
                number=s + 1,
                title=f"Step {s + 1} of the big roadmap",
                why="- Because.",
                topics=tuple(groups),
                resources=resources,
            )
        )
    return Roadmap(
        id="big-roadmap", title="Big Roadmap", edition="2026", summary="Large.", steps=tuple(built)
    )


def with_big_roadmap(data_dir: Path) -> Tracker:
    tracker = Tracker.open(data_dir, clock=clock())
    tracker.roadmaps.import_roadmap(big_roadmap())
    tracker.roadmaps.use("big-roadmap")
    return tracker


if __name__ == "__main__":  # build one to look at: python -m bench.synthetic DIR
    import sys

    made = years_of_sessions(Path(sys.argv[1]))
    print(len(made.reads.sessions.log()), "sessions;", made.reads.progress.status().overall)
    made.close()


#: The real curriculum a big README is made of (tests/data: its licence note is in SOURCES.md).
README_SOURCE = Path(__file__).resolve().parent.parent / "tests/data/roadmaps/real/devops-roadmap-numbered.md"


def big_readme(folder: Path, size: int = 1_000_000) -> Path:
    """A README of about `size` bytes: a real curriculum repeated (its sections and links over
    and over, as a long awesome list has them)."""
    text = README_SOURCE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "README.md"
    path.write_text((text + "\n\n") * (size // len(text.encode("utf-8")) + 1), encoding="utf-8")
    return path


def big_export(tracker: Tracker, sessions: int = 200_000, revisions: int = 50_000) -> dict[str, object]:
    """An export of `tracker`'s folder with `sessions` half-hour sessions an hour apart (about 23
    years of them) and `revisions` revisions of one note: what a long-used folder exports."""
    from studytracker.store.transfer import export_all

    data = export_all(tracker)
    base = int(datetime(2001, 1, 1, tzinfo=TZ).timestamp())
    data["sessions"] = [
        {
            "roadmap": "machine-learning-engineer",
            "step": "sql",
            "topic": None,
            "start_utc": base + index * 3600,
            "end_utc": base + index * 3600 + 1800,
            "utc_offset_min": 60,
            "paused_seconds": 0,
            "note": "",
            "source": "manual",
        }
        for index in range(sessions)
    ]
    data["notes"] = [
        {
            "roadmap": "machine-learning-engineer",
            "step": "sql",
            "body": "the last text",
            "updated_at": "2026-01-01T00:00:00+00:00",
        }
    ]
    data["revisions"] = [
        {
            "roadmap": "machine-learning-engineer",
            "step": "sql",
            "body": f"revision {index}: " + "a line of notes " * 12,
            "saved_at": (datetime(2025, 1, 1, tzinfo=TZ) + timedelta(minutes=index)).isoformat(),
            "source": "import",
        }
        for index in range(revisions)
    ]
    return data
