"""Devices syncing through a real PostgreSQL hub on a loopback port."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from studytracker.store.errors import InputError, StoreError
from studytracker.store.sync.hub import PASSFILE_NAME, HubTransport
from tests.sync.conftest import HUB_PASSWORD

NUMPY = "python-libraries/libraries/numpy"


def test_two_devices_converge_through_the_hub_and_the_password_never_lands_in_the_database(
    make_device, postgres
) -> None:
    database = postgres.new_database()
    laptop, desktop = make_device("laptop"), make_device("desktop")
    laptop.tracker.progress.set_status(NUMPY, "done")
    laptop.tracker.study.log("sql", 40)
    laptop.tracker.notes.save("joins, then window functions", step_id="sql", source="cli")
    laptop.sync.setup(hub=postgres.url(database), device_name="laptop")
    laptop.sync.run()
    desktop.tracker.study.log("python-libraries", 20)
    desktop.sync.setup(hub=postgres.url(database), device_name="desktop")
    desktop.sync.run()
    laptop.sync.run()

    assert laptop.state() == desktop.state()
    assert desktop.minutes() == 60 and desktop.note("sql") == "joins, then window functions"
    names = {device.name for device in laptop.sync.status().devices}
    assert names == {"desktop"}
    for device in (laptop, desktop):
        address = device.sync.status().address or ""
        assert HUB_PASSWORD not in address and "s3cret" not in address
        assert b"s3cret" not in device.tracker.db.path.read_bytes()
        passfile = device.tracker.data_dir / PASSFILE_NAME
        assert passfile.stat().st_mode & 0o077 == 0


def test_a_hub_that_is_not_there_is_a_clear_error_and_nothing_is_saved(make_device, postgres) -> None:
    device = make_device("one")
    wrong = postgres.url().replace(f":{postgres.port}/", ":1/")
    with pytest.raises(StoreError, match="hub 127.0.0.1:1/postgres: cannot reach it"):
        device.sync.setup(hub=wrong)
    assert not device.sync.status().configured
    with pytest.raises(InputError, match="not a PostgreSQL address"):
        device.sync.setup(hub="mysql://somewhere/db")


def test_the_hub_going_away_mid_transfer_loses_nothing_and_the_next_sync_finishes(
    make_device, postgres, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = postgres.new_database()
    one, two, three = make_device("one"), make_device("two"), make_device("three")
    for device, minutes in ((one, 11), (three, 13)):
        device.sync.setup(hub=postgres.url(database))
        device.tracker.study.log("sql", minutes)
        device.clock.advance(hours=1)
        device.sync.run()
    two.sync.setup(hub=postgres.url(database))
    real_fetch, fetched = HubTransport.fetch, []

    def going_away(self: HubTransport, device: str, after: int, limit: int) -> object:
        if fetched:  # the second device's operations: the hub goes away now
            postgres.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
            postgres.sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                f" WHERE datname = '{database}' AND pid <> pg_backend_pid()"
            )
        fetched.append(device)
        return real_fetch(self, device, after, limit)

    monkeypatch.setattr(HubTransport, "fetch", going_away)
    with pytest.raises(StoreError, match="cannot reach it"):
        two.sync.run()
    assert "cannot reach it" in (two.sync.status().last_error or "")
    assert two.minutes() in (11, 13)  # the first device's operations were applied whole
    postgres.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")  # the hub is back
    monkeypatch.setattr(HubTransport, "fetch", real_fetch)
    two.sync.run()
    assert two.minutes() == 24
    assert two.sync.status().last_error is None


def test_a_read_only_hub_is_a_clear_error_and_keeps_the_changes_waiting(make_device, postgres) -> None:
    database = postgres.new_database()
    one = make_device("one")
    one.sync.setup(hub=postgres.url(database))
    one.sync.run()
    postgres.sql(f"ALTER DATABASE {database} SET default_transaction_read_only = on")
    one.tracker.study.log("sql", 30)
    with pytest.raises(StoreError, match="read-only"):
        one.sync.run()
    assert one.sync.status().waiting == 1
    postgres.sql(f"ALTER DATABASE {database} SET default_transaction_read_only = off")
    one.sync.run()
    assert one.sync.status().waiting == 0


def test_two_devices_syncing_at_the_same_moment_converge(make_device, postgres) -> None:
    database = postgres.new_database()
    devices = [make_device(name) for name in ("a", "b")]
    for index, device in enumerate(devices):
        device.sync.setup(hub=postgres.url(database))
        device.clock.advance(minutes=index)
        device.tracker.study.log("sql", 10 + index)
        device.tracker.progress.set_status(NUMPY, ["done", "skipped"][index])
    errors: list[BaseException] = []

    def run(device: object) -> None:
        try:
            device.sync.run()  # type: ignore[attr-defined]
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(device,)) for device in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    for device in devices:
        device.sync.run()
    assert devices[0].state() == devices[1].state()
    assert devices[0].minutes() == 21
    assert devices[0].status_of(NUMPY) == "skipped"  # the later tick


def test_a_password_in_a_pgpass_file_is_used_and_forget_removes_it(
    make_device, postgres, tmp_path: Path
) -> None:
    database = postgres.new_database()
    one = make_device("one")
    one.sync.setup(hub=postgres.url(database))
    one.sync.run()
    assert (one.tracker.data_dir / PASSFILE_NAME).exists()
    one.sync.forget()
    assert not (one.tracker.data_dir / PASSFILE_NAME).exists()
    with pytest.raises(StoreError, match="refused the password|cannot reach it"):
        one.sync.setup(hub=postgres.url(database, password=False))
