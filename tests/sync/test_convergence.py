"""The property sync is built on: N devices, random study on each, syncs in random orders, some
killed half-way; after everyone syncs, every device holds the same data (`export`), and nothing
any device recorded is missing."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytracker.store.clock import FixedClock
from studytracker.store.errors import InputError
from studytracker.store.policy import DATABASE_NAME
from studytracker.store.sync.merge import Merge
from studytracker.store.tracker import Tracker
from tests.conftest import BERLIN, examples
from tests.sync.conftest import Device

TOPICS = (
    "python-libraries/libraries/numpy",
    "python-libraries/libraries/pandas-polars",
    "sql/basics-select-insert-update-delete",
)
STEPS = ("python-libraries", "sql")
DEVICES = 3

action = st.one_of(
    st.tuples(
        st.just("mark"), st.sampled_from(TOPICS), st.sampled_from(["todo", "in-progress", "done", "skipped"])
    ),
    st.tuples(st.just("log"), st.sampled_from(STEPS), st.integers(1, 90)),
    st.tuples(st.just("note"), st.sampled_from(STEPS), st.text("abc \n", min_size=1, max_size=12)),
    st.tuples(st.just("delete"), st.just(""), st.just(0)),
    st.tuples(st.just("review"), st.sampled_from(TOPICS[:1]), st.sampled_from(["again", "good"])),
    st.tuples(st.just("goal"), st.just(""), st.integers(5, 240)),
    st.tuples(st.just("sync"), st.just(""), st.just(0)),
    st.tuples(st.just("killed sync"), st.just(""), st.integers(0, 6)),
    st.tuples(st.just("wait"), st.just(""), st.integers(1, 600)),
)
steps = st.lists(st.tuples(st.integers(0, DEVICES - 1), action), min_size=1, max_size=25)

_template: dict[str, Path] = {}


def _fresh_database() -> Path:
    """A data folder as a first start leaves it, made once and copied for every device."""
    if "path" not in _template:
        folder = Path(tempfile.mkdtemp(prefix="studytracker-template-"))
        Tracker.open(folder / "data", clock=FixedClock(datetime(2026, 11, 24, 9, 0), tz=BERLIN)).close()
        _template["path"] = folder / "data" / DATABASE_NAME
    return _template["path"]


class Killed(Exception):
    pass


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_devices_converge_and_lose_nothing_whatever_they_do_and_whenever_they_sync(plan) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        shared = root / "shared"
        shared.mkdir()
        devices = []
        for index in range(DEVICES):
            folder = root / f"device-{index}"
            folder.mkdir(mode=0o700)
            shutil.copy(_fresh_database(), folder / DATABASE_NAME)
            clock = FixedClock(datetime(2026, 11, 24, 10, index * 7), tz=BERLIN)
            devices.append(Device(str(index), Tracker.open(folder, clock=clock), clock))
        try:
            _play(devices, plan, shared)
        finally:
            for device in devices:
                device.tracker.close()


def _play(devices: list[Device], plan: list[tuple[int, tuple[str, str, int | str]]], shared: Path) -> None:
    for device in devices:
        device.sync.setup(folder=shared, device_name=device.name)
    sessions_kept: set[tuple[int, int]] = set()  # (start, end) of every session logged and not deleted
    texts_saved: set[str] = set()
    for index, (kind, what, value) in plan:
        device = devices[index]
        tracker = device.tracker
        device.clock.advance(minutes=3)
        if kind == "mark":
            tracker.progress.set_status(what, str(value))
        elif kind == "log":
            try:
                change = tracker.study.log(what, int(value))
            except InputError:  # it would overlap one logged here before: refused, nothing recorded
                continue
            assert change.session.end is not None
            sessions_kept.add((int(change.session.start.timestamp()), int(change.session.end.timestamp())))
        elif kind == "note":
            tracker.notes.save(str(value), step_id=what, source="cli")
            texts_saved.add(str(value))
        elif kind == "delete":
            logged = tracker.reads.sessions.log()
            if logged:
                gone = logged[-1]
                tracker.study.delete(gone.id)
                assert gone.end is not None
                sessions_kept.discard((int(gone.start.timestamp()), int(gone.end.timestamp())))
        elif kind == "review":
            if device.status_of(what) == "done":
                tracker.reviews.rate(what, str(value))
        elif kind == "goal":
            tracker.settings.update_preferences(daily_goal_minutes=int(value))
        elif kind == "sync":
            device.sync.run()
        elif kind == "killed sync":
            _killed_sync(device, int(value))
        else:
            device.clock.advance(minutes=int(value))
    for _round in range(2):
        for device in devices:
            device.clock.advance(minutes=1)
            device.sync.run()
    first = devices[0].state()
    for device in devices[1:]:
        assert device.state() == first
    kept = {(s["start_utc"], s["end_utc"]) for s in first["sessions"]}  # type: ignore[index, union-attr]
    # a session deleted on one device may have been logged again elsewhere: only deletions remove
    assert sessions_kept <= kept or _deleted_elsewhere(sessions_kept - kept, devices)
    revisions = {r["body"] for r in first["revisions"]}  # type: ignore[index, union-attr]
    assert texts_saved <= revisions


def _deleted_elsewhere(missing: set[tuple[int, int]], devices: list[Device]) -> bool:
    """Whether every session missing was deleted by a device (its tombstone is in a journal)."""
    tombstones = 0
    for device in devices:
        with device.tracker.db.read_transaction() as connection:
            tombstones += connection.execute(
                "SELECT count(*) FROM sync_journal WHERE kind = 'session' AND data IS NULL"
            ).fetchone()[0]
    return tombstones >= len(missing)


def _killed_sync(device: Device, after: int) -> None:
    """A sync killed after `after` operations were applied (its transaction never commits)."""
    real = Merge.apply
    count = [0]

    def dying(self: Merge, op: object, park: bool = True) -> bool:
        count[0] += 1
        if count[0] > after:
            raise Killed
        return real(self, op, park)  # type: ignore[arg-type]

    Merge.apply = dying  # type: ignore[method-assign]
    try:
        device.sync.run()
    except Killed:
        pass
    finally:
        Merge.apply = real  # type: ignore[method-assign]
