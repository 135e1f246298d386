"""Note history on the injected clock: bursts, pauses, switches, restores, imports and exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.errors import InputError, NoteChangedElsewhere
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all, merge_all

TOPIC = "sql/basics-select-insert-update-delete"


def _bodies(tracker: Tracker, **target: str) -> list[str]:
    return [revision.body for revision in tracker.reads.notes.history(**target)]


def test_one_burst_of_typing_makes_one_revision(tracker: Tracker, clock: FixedClock) -> None:
    for text in ("S", "SE", "SELECT", "SELECT *"):  # saved a moment after each pause in typing
        tracker.notes.save(text, topic_id=TOPIC, burst="editor-1")
        clock.advance(seconds=40)
    assert _bodies(tracker, topic_id=TOPIC) == ["SELECT *"]
    assert tracker.reads.notes.get(topic_id=TOPIC).body == "SELECT *"  # type: ignore[union-attr]


def test_a_save_never_overwrites_a_text_it_did_not_start_from(tracker: Tracker) -> None:
    tracker.notes.save("started here", topic_id=TOPIC, burst="editor-1")
    tracker.notes.save("changed on the command line", topic_id=TOPIC, source="cli")
    with pytest.raises(NoteChangedElsewhere) as refused:
        tracker.notes.save("typed on", topic_id=TOPIC, burst="editor-1", expected="started here")
    assert refused.value.theirs == "changed on the command line"
    assert _bodies(tracker, topic_id=TOPIC) == ["started here", "changed on the command line"]
    # the same text as stored, or a start from what is stored, saves as usual
    tracker.notes.save("changed on the command line", topic_id=TOPIC, expected="started here")
    tracker.notes.save("both", topic_id=TOPIC, burst="editor-2", expected="changed on the command line")
    assert _bodies(tracker, topic_id=TOPIC)[-1] == "both"


def test_a_ten_minute_pause_starts_a_new_revision(tracker: Tracker, clock: FixedClock) -> None:
    tracker.notes.save("first thoughts", topic_id=TOPIC, burst="editor-1")
    clock.advance(minutes=9, seconds=59)
    tracker.notes.save("first thoughts, more", topic_id=TOPIC, burst="editor-1")
    clock.advance(minutes=10)
    tracker.notes.save("first thoughts, more; later", topic_id=TOPIC, burst="editor-1")
    assert _bodies(tracker, topic_id=TOPIC) == ["first thoughts, more", "first thoughts, more; later"]


def test_switching_notes_or_saving_from_the_command_line_makes_revisions(
    tracker: Tracker, clock: FixedClock
) -> None:
    tracker.notes.save("one", topic_id=TOPIC, burst="editor-1")
    tracker.notes.save("two", topic_id=TOPIC, burst="editor-2")  # the editor came back: a new burst
    tracker.notes.save("three", topic_id=TOPIC, source="cli")
    tracker.notes.save("four", topic_id=TOPIC, source="cli")
    assert _bodies(tracker, topic_id=TOPIC) == ["one", "two", "three", "four"]
    assert [r.source for r in tracker.reads.notes.history(topic_id=TOPIC)] == [
        "window",
        "window",
        "cli",
        "cli",
    ]
    assert tracker.notes.save("four", topic_id=TOPIC, source="cli") == tracker.notes.save(
        "four", topic_id=TOPIC
    )
    assert len(_bodies(tracker, topic_id=TOPIC)) == 4  # saving the same text again is no revision


def test_restoring_makes_a_new_revision_and_loses_nothing(tracker: Tracker, clock: FixedClock) -> None:
    tracker.notes.save("the good version", step_id="sql", source="cli")
    clock.advance(minutes=1)
    tracker.notes.save("pasted over by mistake", step_id="sql", source="cli")
    clock.advance(minutes=1)
    changes = tracker.notes.restore(1, step_id="sql")
    assert changes.notes
    assert _bodies(tracker, step_id="sql") == [
        "the good version",
        "pasted over by mistake",
        "the good version",
    ]
    assert [r.source for r in tracker.reads.notes.history(step_id="sql")][-1] == "restore"
    assert tracker.reads.notes.get(step_id="sql").body == "the good version"  # type: ignore[union-attr]
    with pytest.raises(InputError, match="has no revision 9 \\(it has revisions 1 to 3\\)"):
        tracker.notes.restore(9, step_id="sql")
    assert len(_bodies(tracker, step_id="sql")) == 3


def test_appending_adds_a_line(tracker: Tracker) -> None:
    tracker.notes.append("first", step_id="sql")
    tracker.notes.append("second", step_id="sql")
    assert _bodies(tracker, step_id="sql") == ["first", "first\nsecond"]


def test_an_import_that_changes_a_note_adds_a_revision(
    tracker: Tracker, clock: FixedClock, tmp_path: Path
) -> None:
    tracker.notes.save("mine", topic_id=TOPIC, source="cli")
    data = export_all(tracker)
    data["notes"][0].update(body="theirs, later", updated_at="2026-11-24T19:00:00+01:00")
    data["revisions"][0].update(body="theirs, later", saved_at="2026-11-24T19:00:00+01:00")
    merge_all(tracker, data, source="x.json")
    assert _bodies(tracker, topic_id=TOPIC) == ["mine", "theirs, later"]
    assert [r.source for r in tracker.reads.notes.history(topic_id=TOPIC)] == ["cli", "import"]


def test_export_then_import_reproduces_every_revision_and_twice_adds_none(
    tracker: Tracker, clock: FixedClock, tmp_path: Path
) -> None:
    for text in ("a", "ab", "abc"):
        tracker.notes.save(text, step_id="sql", source="cli")
        clock.advance(minutes=3)
    tracker.notes.save("topic note", topic_id=TOPIC, burst="e")
    data = export_all(tracker)
    fresh = Tracker.open(tmp_path / "fresh", clock=clock)
    try:
        first = merge_all(fresh, data, source="x.json")
        assert first.notes_set == 2
        assert _bodies(fresh, step_id="sql") == ["a", "ab", "abc"]
        assert _bodies(fresh, topic_id=TOPIC) == ["topic note"]
        saved = [(r.saved, r.body) for r in fresh.reads.notes.history(step_id="sql")]
        assert saved == [(r.saved, r.body) for r in tracker.reads.notes.history(step_id="sql")]
        again = merge_all(fresh, data, source="x.json")
        assert (again.notes_set, again.revisions_added) == (0, 0)
        assert _bodies(fresh, step_id="sql") == ["a", "ab", "abc"]
    finally:
        fresh.close()


def test_revisions_are_in_backups(tracker: Tracker, data_dir: Path, clock: FixedClock) -> None:
    import sqlite3

    from studytracker.store.safety import Backups

    tracker.notes.save("v1", step_id="sql", source="cli")
    tracker.notes.save("v2", step_id="sql", source="cli")
    backup = Backups(data_dir).create()
    with sqlite3.connect(backup) as connection:
        assert [b for (b,) in connection.execute("SELECT body FROM note_revision ORDER BY id")] == [
            "v1",
            "v2",
        ]
