"""The schema comes from the Alembic migrations; every older revision upgrades with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME, SCHEMA_HEAD, Database
from studytracker.store.migrate import head_revision, known_revisions, upgrade_to
from studytracker.store.models import Base
from studytracker.store.tracker import Tracker

# Rows written at each revision, in that revision's schema. A new migration adds its own entry,
# so that a database made just before it is upgraded in the test below.
DATA_AT_REVISION: dict[str, list[str]] = {
    "0001": [
        "INSERT INTO profile VALUES (1, '', '2026-01-01T10:00:00+01:00')",
        "INSERT INTO setting VALUES (1, 'active_roadmap', 'machine-learning-engineer')",
        "INSERT INTO roadmap VALUES ('machine-learning-engineer', 'ML', '2025/26', '', '', 1, "
        "'2026-01-01T10:00:00+01:00')",
        "INSERT INTO step VALUES (1, 'machine-learning-engineer', 'python-libraries', 1, 'Python', 0,"
        " '', '[]', 0, 0)",
        "INSERT INTO topic VALUES (1, 'machine-learning-engineer', 'python-libraries/libraries/numpy',"
        " 1, NULL, 'NumPy', '', 0, 1, 0)",
        "INSERT INTO topic_progress VALUES (1, 1, 'done', '2026-01-02T10:00:00+01:00')",
        "INSERT INTO study_session VALUES (1, 1, 'machine-learning-engineer', 1, 1, 1767258000,"
        " 1767260700, 60, NULL, 'first steps', 'manual')",
        "INSERT INTO note VALUES (1, 1, NULL, 1, 'arrays!', '2026-01-02T10:00:00+01:00')",
    ],
}
DATA_AT_REVISION["0002"] = [
    *DATA_AT_REVISION["0001"],
    "INSERT INTO attachment VALUES (1, 1, 1, NULL, 1, 'a1-numpy.pdf', 'numpy.pdf', 1234,"
    " '2026-01-02T10:00:00+01:00', 7)",
]
DATA_AT_REVISION["0003"] = [
    statement.replace("'2026-01-01T10:00:00+01:00')", "'2026-01-01T10:00:00+01:00', NULL)", 1)
    if statement.startswith("INSERT INTO roadmap")
    else statement
    for statement in DATA_AT_REVISION["0002"]
]
DATA_AT_REVISION["0004"] = [
    statement.replace("'first steps', 'manual')", "'first steps', 'manual', 0, NULL)")
    for statement in DATA_AT_REVISION["0003"]
]


DATA_AT_REVISION["0005"] = [
    *DATA_AT_REVISION["0004"],
    "INSERT INTO note_revision VALUES (1, 1, 'arr', '2026-01-02T09:00:00+01:00', 'window', NULL)",
    "INSERT INTO note_revision VALUES (2, 1, 'arrays!', '2026-01-02T10:00:00+01:00', 'window', NULL)",
]


DATA_AT_REVISION["0006"] = [
    *DATA_AT_REVISION["0005"],
    "INSERT INTO review_card VALUES (1, 1, 2.3, 5.0, 1767430800, 1767258000, 0)",
    "INSERT INTO review_log VALUES (1, 1, 1, 3, 1767258000, 60, 1767258000)",
]


DATA_AT_REVISION["0007"] = [
    statement.replace(" '', '[]', 0, 0)", " '', '[]', 0, 0, 'Month 1')")
    if statement.startswith("INSERT INTO step")
    else statement
    for statement in DATA_AT_REVISION["0006"]
]


def _with_uids(statements: list[str]) -> list[str]:
    """Rows of 0007 as 0008 writes them: with a uid (and, for a revision, no bases yet)."""
    rows = []
    for index, statement in enumerate(statements):
        table = statement.split()[2]
        if table in ("study_session", "note_revision", "review_log"):
            bases = ", NULL" if table == "note_revision" else ""
            statement = f"{statement[:-1]}, '{table}-uid-{index}'{bases})"
        rows.append(statement)
    return rows


DATA_AT_REVISION["0008"] = _with_uids(DATA_AT_REVISION["0007"])
DATA_AT_REVISION["0009"] = [
    *DATA_AT_REVISION["0008"],
    "INSERT INTO resource VALUES (1, 'machine-learning-engineer', 'python-libraries/r/official-python-docs', 1, 'Docs',"
    " 'https://docs.python.org/3/', 'docs', '', 0, 0)",
    "INSERT INTO attachment VALUES (2, 1, 1, 1, NULL, 'offline/1-ab12cd34/page.html', 'Docs.html', 2048,"
    " '2026-01-03T10:00:00+01:00', 0)",
    "INSERT INTO offline_copy VALUES (1, 1, 'article', 2, 'https://docs.python.org/3/',"
    " 'https://docs.python.org/3/', 'Docs', '2026-01-03T10:00:00+01:00', '\"v1\"', NULL, 2048, '')",
    "INSERT INTO link_check VALUES (1, 'https://docs.python.org/3/', '2026-01-03T10:00:00+01:00', 'ok', 200,"
    " '', NULL)",
]
#: A long note on the step, its second revision stored as an edit of its first.
LONG_NOTE = "x" * 5000
DATA_AT_REVISION["0010"] = [
    *(
        statement[:-1] + ", NULL)" if statement.startswith("INSERT INTO note_revision VALUES") else statement
        for statement in DATA_AT_REVISION["0009"]
    ),
    f"INSERT INTO note VALUES (2, 1, 1, NULL, '{LONG_NOTE}!', '2026-01-04T10:00:00+01:00')",
    "INSERT INTO note_revision (id, note_id, body, saved_at, source, burst, uid, bases, base_id)"
    f" VALUES (3, 2, '{LONG_NOTE}', '2026-01-04T09:00:00+01:00', 'window', NULL, 'r3', NULL, NULL)",
    "INSERT INTO note_revision (id, note_id, body, saved_at, source, burst, uid, bases, base_id)"
    " VALUES (4, 2, '5000 0' || char(10) || '!', '2026-01-04T10:00:00+01:00', 'window', NULL, 'r4', NULL, 3)",
]


def test_rows_from_before_sync_get_a_uid_each_and_leave_no_marks(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_NAME}")
    with engine.begin() as connection:
        upgrade_to(connection, "0007")
    engine.dispose()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        for statement in DATA_AT_REVISION["0007"]:
            connection.execute(statement)
    Database.open(tmp_path).close()  # migrates to head
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        uids = [
            row[0]
            for table in ("study_session", "note_revision", "review_log")
            for row in connection.execute(f"SELECT uid FROM {table}")
        ]
        marks = connection.execute("SELECT count(*) FROM sync_mark").fetchone()[0]
    assert len(uids) == 4 and all(len(uid) == 32 for uid in uids) and len(set(uids)) == 4
    assert marks == 0  # a sync set up later marks everything there is


def test_a_step_of_a_database_from_before_groups_has_none(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_NAME}")
    with engine.begin() as connection:
        upgrade_to(connection, "0006")
    engine.dispose()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        for statement in DATA_AT_REVISION["0006"]:
            connection.execute(statement)
    Database.open(tmp_path).close()  # migrates to head
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        rows = connection.execute("SELECT slug, group_title FROM step").fetchall()
    assert rows == [("python-libraries", None)]


def test_long_revisions_from_before_are_stored_as_edits_with_their_texts_intact(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_NAME}")
    with engine.begin() as connection:
        upgrade_to(connection, "0009")
    engine.dispose()
    texts = [LONG_NOTE, LONG_NOTE + "!", LONG_NOTE[:2500] + "in the middle" + LONG_NOTE[2500:], "short"]
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        for statement in DATA_AT_REVISION["0009"]:
            connection.execute(statement)
        connection.execute("INSERT INTO note VALUES (2, 1, 1, NULL, 'short', '2026-01-04T10:00:00+01:00')")
        for number, text in enumerate(texts, start=3):
            connection.execute(
                "INSERT INTO note_revision (id, note_id, body, saved_at, source)"
                " VALUES (?, 2, ?, ?, 'window')",
                (number, text, f"2026-01-04T10:0{number}:00+01:00"),
            )
    Database.open(tmp_path).close()  # migrates to head
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        stored = connection.execute(
            "SELECT id, length(body), base_id FROM note_revision WHERE note_id = 2"
        ).fetchall()
        marks = connection.execute("SELECT count(*) FROM sync_mark").fetchone()[0]
    assert stored == [
        (3, 5000, None),
        (4, len("5000 0\n!"), 3),
        (5, len("2500 2500\nin the middle"), 3),
        (6, 5, None),
    ]
    assert marks == 0
    tracker = Tracker.open(tmp_path)
    try:
        assert [r.body for r in tracker.reads.notes.history(step_id="python-libraries")] == texts
    finally:
        tracker.close()


def test_schema_head_constant_matches_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_every_revision_has_test_data() -> None:
    assert set(DATA_AT_REVISION) == set(known_revisions())


def test_migrated_empty_database_matches_the_models(tmp_path: Path) -> None:
    Database.open(tmp_path).close()
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_NAME}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


@pytest.mark.parametrize("revision", sorted(DATA_AT_REVISION))
def test_database_made_at_a_revision_upgrades_with_data_intact(
    tmp_path: Path, revision: str, clock: FixedClock
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_NAME}")
    with engine.begin() as connection:
        upgrade_to(connection, revision)
    engine.dispose()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        for statement in DATA_AT_REVISION[revision]:
            connection.execute(statement)

    tracker = Tracker.open(tmp_path, clock=clock)  # migrates to head, then loads the bundled roadmap
    try:
        assert Database(tmp_path / DATABASE_NAME).schema_revision() == SCHEMA_HEAD
        numpy = tracker.reads.progress.topic_tree("python-libraries")[1].children[0]
        assert (numpy.id, numpy.status) == ("python-libraries/libraries/numpy", "done")
        [session] = tracker.reads.sessions.log()
        assert (session.minutes, session.note, session.topic_id) == (45, "first steps", numpy.id)
        note = tracker.reads.notes.get(topic_id=numpy.id)
        assert note is not None and note.body == "arrays!"
        history = tracker.reads.notes.history(topic_id=numpy.id)
        # a note from before its history was kept becomes its first revision
        assert [r.body for r in history] == (["arr", "arrays!"] if revision >= "0005" else ["arrays!"])
        if revision >= "0002":
            attachment, *copies = tracker.reads.attachments.of_step("python-libraries")
            assert (attachment.name, attachment.last_page, attachment.topic_id) == ("numpy.pdf", 7, numpy.id)
            assert len(copies) == (1 if revision >= "0009" else 0)
        if revision >= "0010":
            step_history = tracker.reads.notes.history(step_id="python-libraries")
            assert [r.body for r in step_history] == [LONG_NOTE, LONG_NOTE + "!"]
        if revision >= "0009":
            [docs] = [
                resource
                for resource in tracker.reads.offline.resources("machine-learning-engineer")
                if resource.resource_id == "python-libraries/r/official-python-docs"
            ]
            assert (docs.state, docs.etag, docs.attachment_id, docs.size_bytes) == (
                "article",
                '"v1"',
                2,
                2048,
            )
            assert docs.link is not None and (docs.link.verdict, docs.link.http_status) == ("ok", 200)
    finally:
        tracker.close()
