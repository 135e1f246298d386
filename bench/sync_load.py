"""Sync's figures for `make bench`, against a PostgreSQL server of its own on loopback:

- pushing three years of one learner's data to an empty hub (its first sync);
- a new device's first sync from that hub (it takes everything);
- 300 devices each pushing a week of study at once, in operations per second;
- a mentor's cohort report (PDF and CSV) over 300 learners who share a year each.
"""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.run import Row

HUB_USER, HUB_PASSWORD = "bench", "bench"
DEVICES, WORKERS = 300, 8


def sync_rows(years_dir: Path, scratch: Path) -> list[Row]:
    from bench.run import Row
    from tools.local_postgres import ServerError, local_postgres

    try:
        with local_postgres(HUB_USER, HUB_PASSWORD) as port:
            return _rows(
                years_dir, scratch, f"postgresql://{HUB_USER}:{HUB_PASSWORD}@127.0.0.1:{port}/postgres"
            )
    except ServerError as error:
        return [Row("sync through a PostgreSQL hub", f"no server: {error}"[:60], "—", False)]


def _rows(years_dir: Path, scratch: Path, hub: str) -> list[Row]:
    from bench.run import Row
    from bench.synthetic import clock
    from studytracker.store.policy import DATABASE_NAME
    from studytracker.store.sync.service import SyncService
    from studytracker.store.tracker import Tracker

    learner = scratch / "sync-learner"
    learner.mkdir(mode=0o700)
    with (
        sqlite3.connect(years_dir / DATABASE_NAME) as source,
        sqlite3.connect(learner / DATABASE_NAME) as copy,
    ):
        source.backup(copy)  # the three years, as a device that has never synced holds them
    rows = []
    laptop = Tracker.open(learner, clock=clock())
    started = time.perf_counter()
    SyncService(laptop).setup(hub=hub, device_name="laptop")
    pushed = SyncService(laptop).run().pushed
    push_time = time.perf_counter() - started
    laptop.close()
    rows.append(
        Row(
            f"sync: push 3 years to an empty hub ({pushed:,} operations)",
            f"{push_time:.1f} s",
            "≤ 10 s",
            push_time <= 10,
        )
    )

    rows.append(_cohort_report_row(hub, learner, scratch))

    desktop = Tracker.open(scratch / "sync-new-device", clock=clock())
    started = time.perf_counter()
    SyncService(desktop).setup(hub=hub, device_name="desktop")
    taken = SyncService(desktop).run().applied
    join_time = time.perf_counter() - started
    desktop.close()
    rows.append(
        Row(
            f"sync: a new device's first sync ({taken:,} operations)",
            f"{join_time:.1f} s",
            "≤ 10 s",
            join_time <= 10,
        )
    )

    operations, many_time = _many_devices(hub)
    rate = operations / many_time
    rows.append(
        Row(
            f"sync: {DEVICES} devices push a week each ({operations:,} operations, {WORKERS} at a time)",
            f"{rate:,.0f} operations/s",
            "≥ 1,000/s",
            rate >= 1000,
        )
    )
    return rows


def _many_devices(hub: str) -> tuple[int, float]:
    """Each device pushes a week of study (sessions, ticks, a note's revisions) as its own
    transaction; WORKERS connections push at once."""
    from studytracker.store.sync.hub import HubTransport
    from studytracker.store.sync.operations import Operation, new_device_id

    base_ms = 1_790_000_000_000
    weeks = []
    for _ in range(DEVICES):
        device = new_device_id()
        ops: list[tuple[str, str, dict[str, object]]] = []
        for day in range(7):
            for session in range(4):
                start = (base_ms // 1000) + day * 86400 + session * 3600
                data: dict[str, object] = {
                    "roadmap": "machine-learning-engineer",
                    "step": "sql",
                    "topic": None,
                    "start_utc": start,
                    "end_utc": start + 1800,
                    "utc_offset_min": 60,
                    "paused_seconds": 0,
                    "note": "",
                    "source": "timer",
                }
                ops.append(("session", new_device_id(), data))
            ops.append(("progress", f"machine-learning-engineer topic-{day}", {"status": "done"}))
            ops.append(("revision", new_device_id(), {"body": "notes of the day " * 20, "bases": []}))
        weeks.append(
            [
                Operation(device, seq, base_ms + seq, kind, key, data)
                for seq, (kind, key, data) in enumerate(ops, 1)
            ]
        )

    def push(batch: list[list[Operation]]) -> None:
        transport = HubTransport(hub, Path("/nonexistent"))  # the password is in the address
        try:
            for week in batch:
                transport.put(week[0].device, "bench", week, "2026-12-01T20:00:00+00:00")
        finally:
            transport.close()

    batches = [weeks[i::WORKERS] for i in range(WORKERS)]
    started = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(push, batches))
    return sum(len(week) for week in weeks), time.perf_counter() - started


LEARNERS = 300


def _cohort_report_row(hub: str, learner_dir: Path, scratch: Path) -> Row:
    """300 learners sharing a year each (the three-year learner's figures of the last year, its
    progress and time varied per learner), read by their mentor into the PDF and the CSV."""
    import json
    import random

    import psycopg
    from sqlalchemy.engine import make_url

    from bench.run import Row
    from bench.synthetic import clock
    from studytracker.report.cohort import cohort_csv, cohort_figures
    from studytracker.report.cohort_pdf import write_cohort_report
    from studytracker.store.sync.cohort import HubCohorts
    from studytracker.store.sync.hub import HubTransport
    from studytracker.store.sync.share import shared_figures
    from studytracker.store.tracker import Tracker

    tracker = Tracker.open(learner_dir, clock=clock())
    roadmap = tracker.reads.roadmaps.get().id
    template = shared_figures(tracker.reads, roadmap)
    today = tracker.reads.plan.study_day()
    tracker.close()
    assert template is not None
    admin = HubTransport(hub, scratch)
    mentor_code = HubCohorts(admin).add_mentor("Bench mentor")
    admin.close()
    as_mentor = make_url(hub).set(username=mentor_code.role, password=mentor_code.password)
    mentor = HubCohorts(HubTransport(as_mentor.render_as_string(hide_password=False), scratch))
    cohort = mentor.create("bench cohort", roadmap, today.replace(year=today.year + 1))
    chance = random.Random(7)
    rows = []
    for number in range(LEARNERS):
        figures = json.loads(json.dumps(template))
        share = chance.random()
        for step in figures["steps"]:
            step["done"] = round(step["total"] * share * chance.uniform(0.5, 1.0))
            step["percent"] = round(100 * step["done"] / step["total"], 1) if step["total"] else 0.0
        figures["overall"]["done"] = sum(step["done"] for step in figures["steps"])
        figures["minutes_by_day"] = {
            day: round(minutes * chance.uniform(0.2, 1.5))
            for day, minutes in figures["minutes_by_day"].items()
        }
        rows.append((cohort.id, f"bench_learner_{number}", f"Learner {number + 1}", json.dumps(figures)))
    with (
        psycopg.connect(
            make_url(hub).render_as_string(hide_password=False).replace("+psycopg", "")
        ) as admin_sql,
        admin_sql.cursor() as cursor,
    ):
        cursor.executemany(
            "INSERT INTO studytracker_member (cohort_id, learner, display_name, joined_at)"
            " VALUES (%s, %s, %s, now())",
            [row[:3] for row in rows],
        )
        cursor.executemany(
            "INSERT INTO studytracker_share (cohort_id, learner, figures) VALUES (%s, %s, %s)",
            [(row[0], row[1], row[3]) for row in rows],
        )
    started = time.perf_counter()
    figures = cohort_figures(cohort, mentor.shares(cohort), today)
    write_cohort_report(figures, scratch / "cohort.pdf", "en")
    (scratch / "cohort.csv").write_text(cohort_csv(figures), encoding="utf-8")
    elapsed = time.perf_counter() - started
    mentor.transport.close()
    return Row(
        f"hub report: a cohort of {LEARNERS} learners sharing a year each (PDF and CSV)",
        f"{elapsed:.2f} s",
        "≤ 2 s",
        elapsed <= 2,
    )
