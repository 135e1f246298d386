"""A note's revisions are stored as edits of a whole text now and then: small appends to a long
note take small rows, and every reader still gets whole texts back, through a window's burst of
typing, an import, and devices syncing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.revision_texts import WHOLE_BELOW, applied, as_edit, make_dependents_whole
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all, merge_all
from tests.conftest import examples

#: A long note: five megabytes of text that does not repeat (each line numbered).
LONG_NOTE = "".join(
    f"line {number}: what I learned about joins today, in my own words\n" for number in range(82_000)
)


def database_size(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages, size = (
            connection.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "page_size")
        )
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    return int((pages - free) * size)


def stored_rows(data_dir: Path) -> list[tuple[int, int | None]]:
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        return connection.execute("SELECT length(body), base_id FROM note_revision ORDER BY id").fetchall()


def test_small_appends_to_a_long_note_take_little_room_and_read_back_whole(
    tracker: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    assert len(LONG_NOTE) > 5_000_000
    tracker.notes.save(LONG_NOTE, step_id="sql", source="cli")
    before = database_size(data_dir)
    for number in range(20):
        clock.advance(minutes=1)
        tracker.notes.append(f"more {number:02d}", step_id="sql")
    grown = database_size(data_dir) - before
    assert grown < 200_000, grown  # twenty whole copies would be 100 MB
    history = tracker.reads.notes.history(step_id="sql")
    assert len(history) == 21 and history[0].body == LONG_NOTE
    for number, revision in enumerate(history[1:]):
        assert revision.body.startswith(LONG_NOTE) and revision.body.endswith(f"more {number:02d}")
        assert revision.body.startswith(history[number].body)
    assert tracker.reads.notes.get(step_id="sql").body == history[-1].body  # type: ignore[union-attr]
    # each of them an edit of the first, whole, revision
    assert [base for _length, base in stored_rows(data_dir)[1:]] == [1] * 20


def test_a_burst_of_typing_in_the_window_keeps_one_revision_stored_as_an_edit(
    tracker: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    text = "a" * WHOLE_BELOW
    tracker.notes.save(text, step_id="sql", source="cli")
    for typed in range(1, 6):  # the window's saves while the learner types
        clock.advance(seconds=5)
        tracker.notes.save(text + "b" * typed, step_id="sql", burst="burst-1")
    history = tracker.reads.notes.history(step_id="sql")
    assert [r.body for r in history] == [text, text + "bbbbb"]
    assert stored_rows(data_dir) == [(WHOLE_BELOW, None), (len(f"{WHOLE_BELOW} 0\nbbbbb"), 1)]


def test_a_long_note_and_its_history_survive_an_export_and_an_import(
    tracker: Tracker, tmp_path: Path, clock: FixedClock
) -> None:
    tracker.notes.save(LONG_NOTE[:100_000], step_id="sql", source="cli")
    for number in range(3):
        clock.advance(minutes=1)
        tracker.notes.append(f"more {number}", step_id="sql")
    bodies = [r.body for r in tracker.reads.notes.history(step_id="sql")]
    fresh = Tracker.open(tmp_path / "fresh", clock=clock)
    try:
        merge_all(fresh, export_all(tracker), source="x.json")
        assert [r.body for r in fresh.reads.notes.history(step_id="sql")] == bodies
        assert [base for _length, base in stored_rows(tmp_path / "fresh")] == [None, 1, 1, 1]
    finally:
        fresh.close()


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=60), st.text(max_size=60))
@example("", "", "", "")
@example("abc", "", "", "abc")
@settings(max_examples=examples(200), deadline=None)
def test_an_edit_applied_to_its_base_gives_the_text_back(head: str, old: str, new: str, tail: str) -> None:
    filler = "x" * WHOLE_BELOW
    base, text = head + old + filler + tail, head + new + filler + tail
    edit = as_edit(text, base)
    if edit is not None:
        assert applied(edit, base) == text
        assert len(edit) < len(text)


def test_a_revision_written_over_first_makes_its_edits_whole(
    tracker: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    tracker.notes.save(LONG_NOTE[:10_000], step_id="sql", source="cli")
    clock.advance(minutes=1)
    tracker.notes.append("and then", step_id="sql")
    before = [r.body for r in tracker.reads.notes.history(step_id="sql")]
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        make_dependents_whole(connection, 1)  # what a sync does before it rewrites revision 1
        connection.execute("UPDATE note_revision SET body = 'rewritten' WHERE id = 1")
    assert stored_rows(data_dir) == [(len("rewritten"), None), (len(before[1]), None)]
    assert [r.body for r in tracker.reads.notes.history(step_id="sql")] == ["rewritten", before[1]]
