"""Reading a roadmap or export file: only regular files, never more than the limit, never a hang."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

import pytest

from studytracker.roadmap import reading
from studytracker.roadmap.files import load_roadmap_file
from studytracker.roadmap.model import RoadmapError

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")


def assert_refused(path: Path, message: str) -> str:
    with pytest.raises(RoadmapError) as error:
        load_roadmap_file(path)
    text = str(error.value)
    assert text.startswith(f"{path}: "), text
    assert message in text, text
    assert "\n" not in text
    return text


@needs_fifo
@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", ["roadmap.json", "roadmap.md"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    assert_refused(fifo, "not a regular file")


@needs_dev_zero
@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", ["zero.json", "zero.md"])
def test_a_device_behind_a_roadmap_name_is_refused(tmp_path: Path, name: str) -> None:
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    assert_refused(link, "not a regular file")


@needs_dev_zero
@pytest.mark.timeout(10)
def test_dev_zero_itself_is_refused_by_the_text_and_json_readers() -> None:
    for read in (reading.read_text_file, reading.read_json_file):
        with pytest.raises(RoadmapError, match=r"^/dev/zero: .*not a regular file"):
            read(Path("/dev/zero"))


@pytest.mark.parametrize("name", ["folder.json", "folder.md"])
def test_a_folder_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    assert_refused(tmp_path / name, "is a folder, not a file")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
@pytest.mark.timeout(10)
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        assert_refused(path, "not a regular file")


def test_markdown_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with open(path, "wb") as handle:
        handle.truncate(reading.MAX_ROADMAP_BYTES + 1)
    assert_refused(path, "over the 10 MB limit")


def test_markdown_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    body = b"# Big Roadmap 2026\n\n## Step 1: Only\n\n- one topic\n"
    path.write_bytes(body + b" " * (reading.MAX_ROADMAP_BYTES - len(body)))
    assert load_roadmap_file(path).steps[0].topics[0].title == "one topic"


def test_json_one_byte_over_the_json_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(reading.MAX_JSON_BYTES + 1)
    assert_refused(path, f"over the {reading.MAX_JSON_BYTES // 1048576} MB limit")


def test_json_over_ten_megabytes_is_read_as_an_export_may_be(tmp_path: Path) -> None:
    """The app's own export can pass 10 MB; whatever it writes must read back."""
    assert reading.MAX_JSON_BYTES >= 200 * 1024 * 1024
    path = tmp_path / "export.json"
    notes = [{"body": "x" * 1000} for _ in range(11 * 1024)]
    path.write_text(json.dumps({"notes": notes}), encoding="utf-8")
    assert path.stat().st_size > 10 * 1024 * 1024
    assert len(reading.read_json_file(path)["notes"]) == 11 * 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux")
def test_the_size_the_file_system_reports_is_not_trusted() -> None:
    """/proc files are regular files that say they hold 0 bytes: the limit counts what is read."""
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0 and len(status.read_bytes()) > 100
    with pytest.raises(RoadmapError, match=r"^/proc/self/status: .*over the 100 bytes limit"):
        reading.read_text_file(status, limit=100)
    assert "Name:" in reading.read_text_file(status, limit=1024 * 1024)


def test_missing_and_unreadable_files_name_the_path(tmp_path: Path) -> None:
    assert_refused(tmp_path / "nope.json", "no such file")
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.md"
        locked.write_text("# R\n", encoding="utf-8")
        locked.chmod(0)
        assert_refused(locked, "cannot read (Permission denied)")


@needs_fifo
@pytest.mark.timeout(30)
@pytest.mark.parametrize("command", [("roadmap", "import"), ("roadmap", "import", "--dry-run"), ("import",)])
def test_the_command_line_refuses_a_fifo_with_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    from studytracker.__main__ import main

    fifo = tmp_path / "incoming.json"
    os.mkfifo(fifo)
    code = main(["--data-dir", str(tmp_path / "data"), *command, str(fifo)])
    _out, err = capsys.readouterr()
    assert code == 2
    assert (
        err
        == f"studytracker: error: {fifo}: not a regular file (a device, pipe or socket); nothing was read\n"
    )


def test_a_writer_checks_its_json_against_the_same_limit() -> None:
    reading.check_json_size(reading.MAX_JSON_BYTES, "all.json")
    with pytest.raises(RoadmapError, match=r"^all\.json: the JSON would be 200\.0 MB, over the 200 MB"):
        reading.check_json_size(reading.MAX_JSON_BYTES + 1, "all.json")


def test_the_readers_use_the_limits_as_they_are_when_called(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One constant a side: lowering it (as a test of a writer does) lowers what is read too."""
    path = tmp_path / "small.json"
    path.write_text('{"notes": "' + "x" * 100 + '"}', encoding="utf-8")
    monkeypatch.setattr(reading, "MAX_JSON_BYTES", 50)
    with pytest.raises(RoadmapError, match="over the 50 bytes limit"):
        reading.read_json_file(path)
    monkeypatch.setattr(reading, "MAX_ROADMAP_BYTES", 50)
    with pytest.raises(RoadmapError, match="over the 50 bytes limit"):
        reading.read_text_file(path)


def test_a_line_that_only_leads_back_to_the_top_is_not_a_steps_text() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    text = (
        "# Course\n\n## Week 1: Basics\n\nStart with the tutorial.\n\n"
        "- [Tutorial](https://docs.python.org/3/tutorial)\n\n"
        "**[`^        back to top        ^`](#course)**\n\n"
        "## Week 2: More\n\n[Contents](#course) · [Next](#week-3)\n\n"
        "See [the intro](#course) before this week.\n\n- [Lists](https://example.org/lists)\n"
    )
    steps = read_markdown(text, "course.md").roadmap.steps
    assert steps[0].why == "Start with the tutorial."
    assert steps[1].why == "See [the intro](#course) before this week."  # prose that links stays
