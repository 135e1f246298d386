"""`sync setup`, `sync`, `sync status` and `sync forget` on the command line: the contract's
output, exit codes and one-line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import Cli


@pytest.fixture
def other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "other-device", capsys)


def test_two_data_folders_and_a_shared_folder_behave_as_two_devices(
    cli: Cli, other: Cli, tmp_path: Path
) -> None:
    shared = tmp_path / "Syncthing"
    shared.mkdir()
    assert cli("mark", "python-libraries/libraries/numpy", "done")[0] == 0
    assert cli("log", "--step", "sql", "--minutes", "20")[0] == 0
    code, out, err = cli("sync", "setup", "--folder", str(shared), "--device-name", "laptop")
    assert code == 0, err
    assert "sync set up: this device is 'laptop'" in out and "synced: sent" in out
    code, out, err = other("sync", "setup", "--folder", str(shared), "--device-name", "desktop")
    assert code == 0, err
    assert "took" in out
    assert other.json("status")["minutes_total"] == 20  # type: ignore[index]
    assert other("note", "sql", "--set", "on the desktop")[0] == 0
    assert other("sync")[0] == 0
    assert cli("sync")[0] == 0
    assert cli("note", "sql")[1].strip() == "on the desktop"

    status = cli.json("sync", "status")
    assert isinstance(status, dict)
    assert {"configured", "transport", "last_sync", "waiting", "devices", "conflicts"} <= set(status)
    assert status["configured"] is True and status["transport"] == "folder"
    assert status["waiting"] == 0 and status["conflicts"] == 0
    assert [d["name"] for d in status["devices"]] == ["desktop"]
    assert all({"name", "last_seen"} <= set(d) for d in status["devices"])


def test_sync_exit_codes_and_one_line_errors(cli: Cli, tmp_path: Path) -> None:
    code, _out, err = cli("sync")
    assert code == 2 and err.startswith("studytracker: error: sync is not set up") and err.count("\n") == 1
    assert cli.json("sync", "status") == {
        **cli.json("sync", "status"),  # type: ignore[dict-item]
        "configured": False,
        "transport": None,
        "waiting": 0,
    }
    code, _out, err = cli("sync", "setup", "--folder", str(tmp_path / "not-there"))
    assert code == 1 and "the sync folder is not there" in err
    assert cli.json("sync", "status")["configured"] is False  # type: ignore[index]
    code, _out, err = cli("sync", "setup")
    assert code == 2 and "--folder DIR or --hub URL" in err
    code, _out, err = cli("sync", "setup", "--hub", "http://example.org/db")
    assert code == 2 and "not a PostgreSQL address" in err
    shared = tmp_path / "USB stick"
    shared.mkdir()
    code, _out, err = cli("sync", "setup", "--folder", str(shared), "--device-name", "two\nlines")
    assert code == 2 and "on one line" in err
    assert cli("sync", "setup", "--folder", str(shared))[0] == 0
    shutil.rmtree(shared)  # the stick is unplugged
    assert cli("log", "--step", "sql", "--minutes", "15")[0] == 0
    code, _out, err = cli("sync")
    assert code == 1 and "the sync folder is not there" in err and err.count("\n") == 1
    status = cli.json("sync", "status")
    assert status["waiting"] == 1 and "not there" in status["last_error"]  # type: ignore[index]
    code, out, _err = cli("sync", "forget")
    assert code == 0 and "forgotten" in out
    assert cli.json("sync", "status")["configured"] is False  # type: ignore[index]
    assert cli.json("status")["minutes_total"] == 15  # type: ignore[index]


def test_a_damaged_segment_is_a_warning_and_exit_1_after_the_rest_synced(
    cli: Cli, other: Cli, tmp_path: Path
) -> None:
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    assert cli("log", "--step", "sql", "--minutes", "20")[0] == 0
    assert cli("sync", "setup", "--folder", str(shared))[0] == 0
    [segment] = list(shared.glob("StudyTracker sync/*/*.jsonl"))
    segment.write_bytes(segment.read_bytes()[:-40])
    code, _out, err = other("sync", "setup", "--folder", str(shared))
    assert code == 1
    assert f"studytracker: warning: {segment}: cut short or damaged" in err
    assert "Traceback" not in err
