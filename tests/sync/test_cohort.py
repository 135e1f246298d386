"""A mentor's cohort on a real PostgreSQL hub: roles, row-level security, what learners share,
and the mentor's figures matching each learner's own status."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest

from studytracker.report.cohort import cohort_csv, cohort_figures
from studytracker.store.errors import InputError, StoreError
from studytracker.store.sync.cohort import HubCohorts, Invitation
from studytracker.store.sync.hub import HubTransport
from tests.sync.conftest import HUB_PASSWORD, HUB_USER

NUMPY = "python-libraries/libraries/numpy"
PANDAS = "python-libraries/libraries/pandas-polars"


@dataclass
class Hub:
    database: str
    url: str  # with the administrator's name and password
    bare: str  # the address a learner is given: no user, no password


@pytest.fixture
def hub(postgres, make_device) -> Hub:
    """A hub set up by its administrator (a superuser here): its tables and roles made."""
    database = postgres.new_database()
    admin = make_device("admin")
    admin.sync.setup(hub=postgres.url(database))
    return Hub(database, postgres.url(database), f"postgresql://127.0.0.1:{postgres.port}/{database}")


def admin_cohorts(hub: Hub, tmp_path: Path) -> HubCohorts:
    return HubCohorts(HubTransport(hub.url, tmp_path))


def joined(device, hub: Hub, invitation: Invitation):  # noqa: ANN001, ANN201
    device.sync.setup(hub=hub.bare, join=invitation.code(), device_name=device.name)
    return device


def device_cohorts(device) -> HubCohorts:  # noqa: ANN001
    status = device.sync.status()
    return HubCohorts(HubTransport(status.address, device.tracker.data_dir))


@pytest.fixture
def cohort_of_three(hub: Hub, make_device, tmp_path: Path):  # noqa: ANN201
    """A mentor with the cohort 'spring' and three learners who joined it."""
    mentor = joined(make_device("mentor"), hub, admin_cohorts(hub, tmp_path).add_mentor("Ms Mentor"))
    cohorts = device_cohorts(mentor)
    cohorts.create("spring", "machine-learning-engineer", date(2027, 6, 30))
    learners = [
        joined(make_device(name), hub, cohorts.invite("spring", name)) for name in ("Ana", "Ben", "Chen")
    ]
    return mentor, cohorts, learners


def test_learners_share_progress_and_time_and_the_mentor_sees_them_as_their_own_status(
    cohort_of_three,
) -> None:
    mentor, cohorts, (ana, ben, chen) = cohort_of_three
    ana.tracker.progress.set_status(NUMPY, "done")
    ana.tracker.progress.set_status(PANDAS, "in-progress")
    ana.tracker.study.log("python-libraries", 45)
    ben.tracker.study.log("sql", 30)
    ben.tracker.notes.save("joins, then window functions", step_id="sql", source="cli")
    for learner in (ana, ben, chen):
        learner.sync.run()

    cohort = cohorts.cohort("spring")
    figures = cohort_figures(cohort, cohorts.shares(cohort), date(2026, 11, 24))
    rows = {row.name: row for row in figures.learners}
    assert set(rows) == {"Ana", "Ben", "Chen"} and all(row.joined for row in rows.values())
    for learner in (ana, ben, chen):
        own = learner.tracker.reads.progress.status()
        row = rows[learner.name]
        assert row.progress == own.overall  # exactly as the learner's own status shows it
        assert row.minutes_total == own.minutes_total
    assert rows["Ana"].minutes_week == 45 and rows["Ben"].minutes_month == 30
    assert rows["Ben"].notes == ()  # notes are not shared unless the learner turns them on
    assert rows["Ana"].step_percent["python-libraries"] > 0
    assert figures.average_percent == pytest.approx(sum(r.progress.percent for r in rows.values()) / 3)
    assert "Ana," in cohort_csv(figures)


def test_notes_are_shared_only_when_turned_on_and_leave_the_hub_when_turned_off(cohort_of_three) -> None:
    _mentor, cohorts, (ana, _ben, _chen) = cohort_of_three
    ana.tracker.notes.save("my notes on SQL", step_id="sql", source="cli")
    ana.tracker.study.log("sql", 20, note="a session note is never shared")
    ana.tracker.settings.set_sharing(notes=True)
    ana.sync.run()
    cohort = cohorts.cohort("spring")

    def ana_row():  # noqa: ANN202
        return next(
            r
            for r in cohort_figures(cohort, cohorts.shares(cohort), date(2026, 11, 24)).learners
            if r.name == "Ana"
        )

    assert ana_row().notes == (("sql", "", "SQL", "my notes on SQL"),)
    assert "never shared" not in json.dumps([s.figures for s in cohorts.shares(cohort)])
    ana.tracker.settings.set_sharing(notes=False)
    ana.sync.run()
    assert ana_row().notes == ()
    csv_rows = cohort_csv(cohort_figures(cohort, cohorts.shares(cohort), date(2026, 11, 24))).splitlines()
    ana_line = next(line for line in csv_rows if line.startswith("Ana,"))
    assert ana_line.endswith(",")  # the notes column is empty for her now
    ana.tracker.settings.set_sharing(progress=False, time=False)
    ana.sync.run()
    assert ana_row().progress is None and ana_row().minutes_week is None  # nothing of hers is left


def test_an_invitation_code_works_once_and_a_second_device_joins_with_a_device_code(
    hub: Hub, make_device, tmp_path: Path
) -> None:
    mentor = joined(make_device("mentor"), hub, admin_cohorts(hub, tmp_path).add_mentor("M"))
    cohorts = device_cohorts(mentor)
    cohorts.create("autumn", "machine-learning-engineer", None)
    invitation = cohorts.invite("autumn", "Dana")
    laptop = joined(make_device("laptop"), hub, invitation)
    with pytest.raises(StoreError, match="used already"):
        joined(make_device("thief"), hub, invitation)
    from studytracker.store.sync.cohort import device_code

    status = laptop.sync.status()
    code = device_code(HubTransport(status.address, laptop.tracker.data_dir), laptop.tracker.data_dir)
    desktop = joined(make_device("desktop"), hub, code)
    laptop.tracker.study.log("sql", 25)
    laptop.sync.run()
    desktop.sync.run()
    laptop.sync.run()  # both devices still reach the hub with their one password
    assert desktop.minutes() == 25
    with pytest.raises(InputError, match="not a StudyTracker invitation code"):
        make_device("x").sync.setup(hub=hub.bare, join="ST1-garbage!")


def test_a_mentor_cannot_make_two_cohorts_of_one_name_or_read_another_mentors(
    hub: Hub, make_device, tmp_path: Path
) -> None:
    admin = admin_cohorts(hub, tmp_path)
    first = device_cohorts(joined(make_device("m1"), hub, admin.add_mentor("One")))
    second = device_cohorts(joined(make_device("m2"), hub, admin.add_mentor("Two")))
    first.create("spring", "machine-learning-engineer", None)
    with pytest.raises(InputError, match="already yours"):
        first.create("spring", "machine-learning-engineer", None)
    second.create("spring", "machine-learning-engineer", None)  # a name of its own
    with pytest.raises(InputError, match="no cohort named 'winter'"):
        second.invite("winter", "Eve")
    assert [c.mentor for c in first.cohorts()] != [c.mentor for c in second.cohorts()]


# --- row-level security, checked as each role through the administrator's connection ---------------


@contextmanager
def admin_connection(postgres, hub: Hub):  # noqa: ANN001, ANN201
    with psycopg.connect(
        host="127.0.0.1", port=postgres.port, user=HUB_USER, password=HUB_PASSWORD, dbname=hub.database
    ) as connection:
        yield connection


def what_each_role_sees(connection: psycopg.Connection, roles: dict[str, str]) -> dict[str, object]:
    """What each role reads and may write, by the tests' names for the roles."""
    names = {role: name for name, role in roles.items()}
    seen: dict[str, object] = {}

    def rows(query: str) -> list[str]:
        return sorted(names.get(value, value) for (value,) in connection.execute(query))  # type: ignore[arg-type]

    for name, role in roles.items():
        connection.execute(f'SET ROLE "{role}"')  # type: ignore[arg-type]
        seen[name] = {
            "operations": rows("SELECT DISTINCT owner FROM studytracker_operation"),
            "devices": rows("SELECT DISTINCT owner FROM studytracker_device"),
            "cohorts": sorted(
                f"{cohort} of {names.get(mentor, mentor)}"
                for cohort, mentor in connection.execute("SELECT name, mentor FROM studytracker_cohort")
            ),
            "members": rows("SELECT learner FROM studytracker_member"),
            "shares": rows("SELECT learner FROM studytracker_share"),
            "notes": rows("SELECT learner FROM studytracker_shared_note"),
            "marks itself joined": connection.execute(
                "UPDATE studytracker_member SET joined_at = now() WHERE learner = current_user"
            ).rowcount,
            "changes a share": connection.execute("UPDATE studytracker_share SET figures = figures").rowcount,
        }
        connection.execute("RESET ROLE")
    return seen


@pytest.fixture
def two_cohorts(postgres, hub: Hub, make_device, tmp_path: Path) -> dict[str, str]:
    """Two mentors with a cohort each, a learner in each, both sharing progress and a note."""
    admin = admin_cohorts(hub, tmp_path)
    roles: dict[str, str] = {}
    for mentor_name, cohort, learner_name in (("mx", "x", "lx"), ("my", "y", "ly")):
        mentor = joined(make_device(mentor_name), hub, admin.add_mentor(mentor_name))
        cohorts = device_cohorts(mentor)
        cohorts.create(cohort, "machine-learning-engineer", None)
        learner = joined(make_device(learner_name), hub, cohorts.invite(cohort, learner_name))
        learner.tracker.notes.save(f"a note of {learner_name}", step_id="sql", source="cli")
        learner.tracker.settings.set_sharing(notes=True)
        mentor.sync.run()
        learner.sync.run()
        roles[mentor_name] = mentor.sync.status().address.split("//")[1].split("@")[0]
        roles[learner_name] = learner.sync.status().address.split("//")[1].split("@")[0]
    return roles


EXPECTED = {
    "mx": {
        "operations": ["mx"], "devices": ["mx"], "cohorts": ["x of mx"], "members": ["lx"],
        "shares": ["lx"], "notes": ["lx"], "marks itself joined": 0, "changes a share": 0,
    },
    "lx": {
        "operations": ["lx"], "devices": ["lx"], "cohorts": ["x of mx"], "members": ["lx"],
        "shares": ["lx"], "notes": ["lx"], "marks itself joined": 1, "changes a share": 1,
    },
    "my": {
        "operations": ["my"], "devices": ["my"], "cohorts": ["y of my"], "members": ["ly"],
        "shares": ["ly"], "notes": ["ly"], "marks itself joined": 0, "changes a share": 0,
    },
    "ly": {
        "operations": ["ly"], "devices": ["ly"], "cohorts": ["y of my"], "members": ["ly"],
        "shares": ["ly"], "notes": ["ly"], "marks itself joined": 1, "changes a share": 1,
    },
}  # fmt: skip


def test_each_role_reads_only_its_own_rows_and_a_mentor_only_its_cohorts_shares(
    postgres, hub: Hub, two_cohorts: dict[str, str]
) -> None:
    with admin_connection(postgres, hub) as connection:
        seen = what_each_role_sees(connection, two_cohorts)
        connection.rollback()
    assert seen == EXPECTED


def test_dropping_any_policy_changes_what_some_role_sees(
    postgres, hub: Hub, two_cohorts: dict[str, str]
) -> None:
    """The access test above fails when a policy is missing: each one is needed."""
    with admin_connection(postgres, hub) as connection:
        policies = connection.execute(
            "SELECT policyname, tablename FROM pg_policies WHERE tablename LIKE 'studytracker_%'"
        ).fetchall()
        connection.rollback()
        assert len(policies) == 11
        for policy, table in policies:
            connection.execute(f"DROP POLICY {policy} ON {table}")  # type: ignore[arg-type]
            assert what_each_role_sees(connection, two_cohorts) != EXPECTED, f"{policy} on {table}"
            connection.rollback()


def test_a_learner_cannot_share_into_a_cohort_it_is_not_in_nor_invite(
    postgres, hub: Hub, two_cohorts: dict[str, str]
) -> None:
    with admin_connection(postgres, hub) as connection:
        other = connection.execute("SELECT id FROM studytracker_cohort WHERE name = 'y'").fetchone()[0]
        connection.execute(f'SET ROLE "{two_cohorts["lx"]}"')  # type: ignore[arg-type]
        with pytest.raises(psycopg.Error):
            connection.execute(
                "INSERT INTO studytracker_share (cohort_id, learner, figures) VALUES (%s, current_user, '{}')",
                (other,),
            )
        connection.rollback()
        connection.execute(f'SET ROLE "{two_cohorts["lx"]}"')  # type: ignore[arg-type]
        with pytest.raises(psycopg.Error):
            connection.execute(
                "INSERT INTO studytracker_member (cohort_id, learner, display_name) VALUES (%s, 'me', 'me')",
                (other,),
            )
        connection.rollback()


def test_every_query_of_a_sync_and_a_cohort_report_uses_an_index(postgres, hub: Hub, cohort_of_three) -> None:
    """Each SELECT the hub is sent, explained with sequential scans discouraged: a query whose
    table has no index it can use still scans it whole, and fails here."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    mentor, cohorts, (ana, _ben, _chen) = cohort_of_three
    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and "studytracker_" in statement:
            sent.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        ana.tracker.study.log("sql", 10)
        ana.sync.run()
        cohort = cohorts.cohort("spring")
        cohorts.shares(cohort)
        cohorts.cohorts()
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert len(sent) >= 6
    with admin_connection(postgres, hub) as connection:
        connection.execute("SET enable_seqscan = off")
        for statement, parameters in sent:
            plan = connection.execute("EXPLAIN (FORMAT JSON) " + statement, parameters).fetchone()[0]  # type: ignore[arg-type, index]
            scans = [node for node in _nodes(plan[0]["Plan"]) if node["Node Type"] == "Seq Scan"]
            assert not [
                s["Relation Name"] for s in scans if s["Relation Name"].startswith("studytracker_")
            ], statement


def _nodes(plan: dict) -> list[dict]:
    return [plan, *(node for child in plan.get("Plans", []) for node in _nodes(child))]
