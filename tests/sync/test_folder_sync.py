"""Two or three devices syncing through one folder: they converge, and nothing any of them
recorded is lost, whatever order they sync in."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from studytracker.store.errors import InputError
from studytracker.store.sync.merge import Merge
from studytracker.store.sync.transport import FOLDER_NAME

NUMPY = "python-libraries/libraries/numpy"
PANDAS = "python-libraries/libraries/pandas-polars"


def sync_all(*devices: object, rounds: int = 2) -> None:
    for _ in range(rounds):
        for device in devices:
            device.sync.run()  # type: ignore[attr-defined]


def test_two_devices_studying_offline_end_with_the_same_progress_time_notes_and_reviews(
    make_device, shared_folder: Path
) -> None:
    laptop, desktop = make_device("laptop"), make_device("desktop")
    laptop.sync.setup(folder=shared_folder, device_name="laptop")
    desktop.sync.setup(folder=shared_folder, device_name="desktop")
    laptop.tracker.progress.set_status(NUMPY, "done")
    laptop.tracker.study.log("python-libraries", 30)
    laptop.tracker.notes.save("arrays and broadcasting", step_id="python-libraries", source="cli")
    desktop.clock.advance(hours=1)
    desktop.tracker.progress.set_status(PANDAS, "in-progress")
    desktop.tracker.study.log("sql", 45)
    laptop.clock.advance(days=2)
    laptop.tracker.reviews.rate(NUMPY, "good")

    sync_all(laptop, desktop)

    assert laptop.state() == desktop.state()
    assert desktop.minutes() == 75
    assert desktop.status_of(NUMPY) == "done" and desktop.status_of(PANDAS) == "in-progress"
    assert desktop.note("python-libraries") == "arrays and broadcasting"
    assert len(desktop.tracker.reads.reviews.logged()) == 1
    assert laptop.sync.status().waiting == desktop.sync.status().waiting == 0


def test_a_note_edited_on_two_devices_keeps_both_texts_and_is_flagged_until_one_is_saved(
    make_device, shared_folder: Path
) -> None:
    one, two = make_device("one"), make_device("two")
    one.tracker.notes.save("first draft", step_id="sql", source="cli")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    one.sync.run()
    one.tracker.notes.save("first draft\nfrom the laptop", step_id="sql", source="cli")
    two.clock.advance(minutes=5)
    two.tracker.notes.save("first draft\nfrom the desktop", step_id="sql", source="cli")

    sync_all(one, two)

    for device in (one, two):
        texts = {r.body for r in device.tracker.reads.notes.history(step_id="sql")}
        assert {"first draft\nfrom the laptop", "first draft\nfrom the desktop"} <= texts
        assert device.sync.status().conflicts == 1
    # the newer text shows on both; the other is one click away in the history
    assert one.note("sql") == two.note("sql") == "first draft\nfrom the desktop"

    one.clock.advance(minutes=10)
    one.tracker.notes.save("first draft\nfrom both", step_id="sql", source="cli")  # the learner merged them
    assert one.sync.status().conflicts == 0
    sync_all(one, two)
    assert two.sync.status().conflicts == 0
    assert two.note("sql") == "first draft\nfrom both"
    assert one.state() == two.state()


def test_a_device_that_joins_takes_the_learners_settings_not_its_own_defaults(
    make_device, shared_folder: Path
) -> None:
    first = make_device("first")
    first.tracker.settings.update_preferences(daily_goal_minutes=75)
    first.sync.setup(folder=shared_folder)
    first.sync.run()
    new_laptop = make_device("new")
    new_laptop.clock.advance(days=30)  # set up a month later, with its fresh defaults
    new_laptop.sync.setup(folder=shared_folder)
    new_laptop.sync.run()
    assert new_laptop.tracker.reads.settings.preferences().daily_goal_minutes == 75


def test_clocks_hours_apart_cannot_reorder_edits(make_device, shared_folder: Path) -> None:
    ahead = make_device("ahead")
    behind = make_device("behind")
    behind.clock.advance(hours=-5)  # its clock is five hours slow
    ahead.sync.setup(folder=shared_folder)
    behind.sync.setup(folder=shared_folder)
    ahead.tracker.progress.set_status(NUMPY, "done")
    ahead.sync.run()
    behind.sync.run()  # it has seen the "done"...
    behind.clock.advance(minutes=1)
    behind.tracker.progress.set_status(NUMPY, "in-progress")  # ...and changes it after
    sync_all(behind, ahead)
    assert ahead.status_of(NUMPY) == behind.status_of(NUMPY) == "in-progress"


def test_an_edit_made_offline_earlier_loses_to_a_later_one_whatever_syncs_first(
    make_device, shared_folder: Path
) -> None:
    monday, wednesday = make_device("monday"), make_device("wednesday")
    monday.sync.setup(folder=shared_folder)
    wednesday.sync.setup(folder=shared_folder)
    monday.tracker.progress.set_status(NUMPY, "skipped")  # offline on Monday
    wednesday.clock.advance(days=2)
    wednesday.tracker.progress.set_status(NUMPY, "done")
    wednesday.sync.run()
    monday.clock.advance(days=4)
    monday.sync.run()  # syncs on Friday
    wednesday.sync.run()
    assert monday.status_of(NUMPY) == wednesday.status_of(NUMPY) == "done"


def test_a_deleted_session_is_deleted_on_the_other_device_too(make_device, shared_folder: Path) -> None:
    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    logged = one.tracker.study.log("sql", 25)
    sync_all(one, two)
    assert two.minutes() == 25
    one.tracker.study.delete(logged.session.id)
    sync_all(one, two)
    assert two.minutes() == 0
    assert one.state() == two.state()


def test_an_imported_roadmap_travels_and_what_refers_to_it_waits_for_it(
    make_device, shared_folder: Path, sample_roadmaps: dict[str, Path]
) -> None:
    from studytracker.roadmap.files import load_roadmap_file

    a, b, c = make_device("a"), make_device("b"), make_device("c")
    for device in (a, b, c):
        device.sync.setup(folder=shared_folder)
    roadmap = load_roadmap_file(sample_roadmaps["data-analyst-2026"])
    a.tracker.roadmaps.import_roadmap(roadmap)
    a.sync.run()
    b.sync.run()  # b has the roadmap now (from a) and ticks a topic of it
    first_topic = next(iter(roadmap.steps[0].topics)).id
    b.tracker.progress.set_status(first_topic, "done", roadmap_id=roadmap.id)
    b.sync.run()
    # c takes b's operations first: the tick waits for the roadmap, then applies
    c_service = c.sync
    result = c_service.run()
    assert result.parked == 0
    assert c.tracker.reads.roadmaps.stored(roadmap.id)
    assert c.status_of(first_topic) == "done"


def _segments(folder: Path) -> list[Path]:
    return sorted((folder / FOLDER_NAME).glob("*/*.jsonl"))


def test_a_truncated_segment_is_skipped_with_a_message_and_never_half_applied(
    make_device, shared_folder: Path
) -> None:
    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    one.tracker.study.log("sql", 25)
    one.tracker.progress.set_status(NUMPY, "done")
    one.sync.run()
    [segment] = [
        s
        for s in _segments(shared_folder)
        if s.parent.name == one.sync.status().device and s.stat().st_size > 1000
    ] or _segments(shared_folder)[-1:]
    data = segment.read_bytes()
    segment.write_bytes(data[: len(data) * 2 // 3])  # cut short, as a sync tool caught mid-copy
    before = two.state()
    result = two.sync.run()
    assert any(str(segment) in problem and "cut short or damaged" in problem for problem in result.problems)
    assert two.state() == before
    segment.write_bytes(data)  # the sync tool finishes the copy
    two.sync.run()
    assert two.minutes() == 25


def test_a_sync_tools_conflict_copy_is_read_as_the_segment_it_is(make_device, shared_folder: Path) -> None:
    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    one.tracker.study.log("sql", 25)
    one.sync.run()
    for segment in _segments(shared_folder):
        segment.rename(segment.with_name(segment.stem + ".sync-conflict-20261202-101010-ABCDEFG.jsonl"))
    two.sync.setup(folder=shared_folder)
    assert two.minutes() == 0
    two.sync.run()
    assert two.minutes() == 25


def test_operations_of_a_newer_format_are_refused_and_nothing_after_them_applied(
    make_device, shared_folder: Path
) -> None:
    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    one.tracker.study.log("sql", 25)
    one.sync.run()
    # one is updated to a newer StudyTracker, whose operations this one cannot read
    device = one.sync.status().device
    newer = shared_folder / FOLDER_NAME / device / "000000000100-000000000101.jsonl"
    _write_segment(
        newer,
        device,
        [
            {
                "device": device,
                "seq": 100,
                "hlc": 1,
                "schema": 99,
                "kind": "teleport",
                "key": "x",
                "data": {},
            },
            {
                "device": device,
                "seq": 101,
                "hlc": 2,
                "schema": 1,
                "kind": "setting",
                "key": "daily_goal_minutes",
                "data": {"value": "99"},
            },
        ],
    )
    _fill_gap(one, shared_folder)
    result = two.sync.run()
    assert any("update StudyTracker on this device" in problem for problem in result.problems)
    assert two.tracker.reads.settings.preferences().daily_goal_minutes != 99
    assert two.minutes() == 25  # what came before it did apply
    [seen] = two.sync.status().devices
    assert seen.blocked is not None and "update StudyTracker" in seen.blocked


def _fill_gap(device, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Operations up to 99, so that 100 comes next."""
    state = device.sync._state()
    ops = [
        {
            "device": state["device_id"],
            "seq": seq,
            "hlc": 1,
            "schema": 1,
            "kind": "setting",
            "key": "learner_name",
            "data": {"value": "Ada"},
        }
        for seq in range(state["next_seq"], 100)
    ]
    _write_segment(
        folder / FOLDER_NAME / state["device_id"] / f"{ops[0]['seq']:012d}-000000000099.jsonl",
        state["device_id"],
        ops,
    )


def _write_segment(path: Path, device: str, ops: list[dict[str, object]]) -> None:
    import hashlib

    header = {
        "format": "studytracker-sync-segment",
        "version": 1,
        "device": device,
        "name": "x",
        "first": ops[0]["seq"],
        "last": ops[-1]["seq"],
        "written_at": "2026-11-24T18:00:00+01:00",
    }
    body = ("\n".join(json.dumps(item) for item in [header, *ops]) + "\n").encode()
    path.write_bytes(body + json.dumps({"sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n")


def test_a_kill_in_the_middle_of_applying_leaves_nothing_half_done_and_the_next_sync_finishes(
    make_device, shared_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    for day in range(1, 6):
        one.tracker.study.log("sql", 20 + day)
    one.tracker.progress.set_status(NUMPY, "done")
    one.sync.run()
    before = two.state()
    real_apply, applied = Merge.apply, []

    def dying(self: Merge, op: object, park: bool = True) -> bool:
        if len(applied) == 3:
            raise KeyboardInterrupt  # the process is killed here
        applied.append(op)
        return real_apply(self, op, park)  # type: ignore[arg-type]

    monkeypatch.setattr(Merge, "apply", dying)
    with pytest.raises(KeyboardInterrupt):
        two.sync.run()
    assert two.state() == before  # the batch was one transaction: none of it is there
    monkeypatch.setattr(Merge, "apply", real_apply)
    sync_all(two, one)
    assert one.state() == two.state()


def test_a_kill_after_writing_a_segment_but_before_noting_it_loses_nothing(
    make_device, shared_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studytracker.store.sync.service import SyncService

    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    one.tracker.study.log("sql", 25)
    real = SyncService._write_state

    def killed(self: SyncService, **values: object) -> None:
        if "pushed_seq" in values:
            raise KeyboardInterrupt
        real(self, **values)

    monkeypatch.setattr(SyncService, "_write_state", killed)
    with pytest.raises(KeyboardInterrupt):
        one.sync.run()
    monkeypatch.setattr(SyncService, "_write_state", real)
    one.tracker.study.log("python-libraries", 15)
    sync_all(one, two)
    assert two.minutes() == 40
    assert one.state() == two.state()


def test_a_database_restored_from_a_backup_goes_on_as_a_new_device_and_loses_nothing(
    make_device, shared_folder: Path, tmp_path: Path
) -> None:
    import sqlite3

    from studytracker.store.policy import DATABASE_NAME
    from studytracker.store.tracker import Tracker

    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    one.sync.run()
    kept = tmp_path / "kept"
    kept.mkdir(mode=0o700)
    with sqlite3.connect(one.tracker.db.path) as source, sqlite3.connect(kept / DATABASE_NAME) as copy:
        source.backup(copy)  # a backup taken now
    old_id = one.sync.status().device
    one.tracker.study.log("sql", 25)
    one.sync.run()  # pushed after the backup was taken: the backup does not know of it
    restored = Tracker.open(kept, clock=one.clock)  # the laptop died; its backup is restored
    try:
        restored.study.log("python-libraries", 10)
        one.tracker = restored
        one.sync.run()
        assert one.sync.status().device != old_id
        sync_all(one, two)
        assert two.minutes() == 35 and one.minutes() == 35
        assert one.state() == two.state()
    finally:
        restored.close()


def test_the_sync_folder_keeps_notes_private_and_a_fifo_in_it_does_not_hang_a_sync(
    make_device, shared_folder: Path
) -> None:
    one = make_device("one")
    one.tracker.notes.save("private thoughts", step_id="sql", source="cli")
    one.sync.setup(folder=shared_folder)
    one.sync.run()
    for segment in _segments(shared_folder):
        assert stat.S_IMODE(segment.stat().st_mode) == 0o600
    device_folder = _segments(shared_folder)[0].parent
    os.mkfifo(device_folder / "000000000002-000000000009.jsonl")
    two = make_device("two")
    two.sync.setup(folder=shared_folder)
    result = two.sync.run()
    assert any("not a regular file" in problem for problem in result.problems)
    assert two.note("sql") == "private thoughts"


def test_sync_without_setup_and_setup_in_the_data_folder_are_refused(make_device, tmp_path: Path) -> None:
    one = make_device("one")
    with pytest.raises(InputError, match="not set up"):
        one.sync.run()
    with pytest.raises(InputError, match="inside the data folder"):
        one.sync.setup(folder=one.tracker.data_dir / "sync")
    assert not one.sync.status().configured


def test_changes_are_marked_for_the_journal_only_once_sync_is_set_up(make_device, shared_folder) -> None:  # type: ignore[no-untyped-def]
    """A learner who never syncs pays nothing for it: the triggers mark no change until sync is
    set up, and setting it up marks everything there is."""
    device = make_device("one")

    def marks() -> int:
        with device.tracker.db.read_transaction() as connection:
            return int(connection.execute("SELECT count(*) FROM sync_mark").fetchone()[0])

    device.tracker.study.log("sql", 10)
    device.tracker.notes.save("joins", step_id="sql", source="cli")
    assert marks() == 0
    device.sync.setup(folder=shared_folder)
    assert marks() >= 3  # the session, the note's revision, the settings
    device.sync.run()
    assert marks() == 0
    device.tracker.study.log("sql", 5)
    assert marks() == 1


def test_a_long_note_edited_on_two_devices_reads_back_whole_on_both(make_device, shared_folder: Path) -> None:
    one, two = make_device("one"), make_device("two")
    one.sync.setup(folder=shared_folder)
    two.sync.setup(folder=shared_folder)
    long_text = "".join(f"line {n}: a long note\n" for n in range(3000))
    one.tracker.notes.save(long_text, step_id="sql", source="cli")
    for device in (one, two, one):
        device.sync.run()
    two.clock.advance(minutes=5)
    two.tracker.notes.append("from the desktop", step_id="sql")
    from_the_desktop = two.note("sql")
    one.clock.advance(minutes=6)
    one.tracker.notes.save(long_text + "from the laptop, in a burst", step_id="sql", burst="b")
    for device in (two, one, two, one):
        device.sync.run()
    for device in (one, two):
        bodies = {r.body for r in device.tracker.reads.notes.history(step_id="sql")}
        assert bodies == {
            long_text,
            from_the_desktop,
            long_text + "from the laptop, in a burst",
        }
    assert one.state() == two.state()
