"""`offline save/status/remove` and `links check/update` on the command line, against the fixture
server, in the contract's shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studytracker.offline import runs
from studytracker.offline.fetch import FetchPolicy
from studytracker.store.tracker import Tracker
from tests.cli.conftest import Cli
from tests.offline.conftest import web_roadmap
from tests.offline.fixture_web import FixtureWeb


@pytest.fixture
def web_cli(
    data_dir: Path,
    web: FixtureWeb,
    policy: FetchPolicy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    monkeypatch.setattr(runs, "fetch_policy", lambda _tracker: policy)
    tracker = Tracker.open(data_dir)
    tracker.roadmaps.import_roadmap(web_roadmap(web))
    tracker.roadmaps.use("web-course")
    tracker.close()
    return Cli(data_dir, capsys)


def test_save_a_step_then_its_status_in_the_contracts_shape(web_cli: Cli, web: FixtureWeb) -> None:
    code, out, err = web_cli("offline", "save", "--step", "reading")
    assert code == 0, err
    assert "saved (PDF)" in out and "video card" in out and "needs sign-in" in out
    assert "4 of 5 resources can be read offline, 1 need a sign-in" in out
    rows = web_cli.json("offline", "status", "--step", "reading")
    assert [(row["url"], row["step"], row["state"]) for row in rows] == [
        (web.url("/article.html"), "reading", "saved"),
        (web.url("/docs/merge.html"), "reading", "saved"),
        (web.url("/paper.pdf"), "reading", "saved"),
        (web.url("/watch?v=backprop"), "reading", "video"),
        (web.url("/lesson"), "reading", "needs-sign-in"),
    ]
    saved = rows[0]
    assert saved["saved"] == saved["saved"][:10] + saved["saved"][10:] and saved["saved"][4] == "-"
    assert saved["bytes"] > 0 and Path(saved["path"]).is_file() and saved["kind"] == "article"
    assert rows[4]["bytes"] == 0 and rows[4]["path"] is None
    # the same command again saves nothing twice
    code, out, _ = web_cli("offline", "save", "--step", "reading")
    assert code == 0 and out.count("already saved") == 4 and web.hits("/article.html") == 1


def test_a_failed_save_is_exit_1_and_says_why(web_cli: Cli, web: FixtureWeb) -> None:
    code, out, _ = web_cli("offline", "save", "--resource", web.url("/missing"))
    assert code == 1 and "not saved" in out and "answered 404" in out
    rows = web_cli.json("offline", "status", "--step", "broken")
    assert {row["url"]: row["state"] for row in rows}[web.url("/missing")] == "failed"


def test_remove_frees_the_space(web_cli: Cli) -> None:
    web_cli("offline", "save", "--step", "reading")
    code, out, err = web_cli("offline", "remove", "--step", "reading")
    assert code == 0 and out.startswith("removed 5 offline copies"), err
    rows = web_cli.json("offline", "status", "--step", "reading")
    assert {row["state"] for row in rows} == {"not-saved"}
    code, out, _ = web_cli("offline", "status")
    assert "offline copies take 0 bytes" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("offline", "save"), "name what to save"),
        (("offline", "save", "--step", "nope"), "unknown step id 'nope'"),
        (("offline", "save", "--resource", "https://nowhere.example/x"), "has the address or id"),
        (("offline", "remove"), "name what to remove"),
        (("offline", "status", "--roadmap", "nope"), "unknown roadmap id 'nope'"),
        (("links", "check", "--roadmap", "nope"), "unknown roadmap id 'nope'"),
        (("links", "update"), "name the link"),
        (("links", "update", "--resource", "https://nowhere.example/x"), "found no new address"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(web_cli: Cli, args: tuple[str, ...], message: str) -> None:
    code, out, err = web_cli(*args)
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_links_check_classes_every_link_and_offers_what_to_do(web_cli: Cli, web: FixtureWeb) -> None:
    code, out, err = web_cli("links", "check", "--json")
    assert code == 1, err  # a dead link: exit 1
    rows = json.loads(out)
    states = {row["url"].removeprefix(web.base): row["state"] for row in rows}
    assert states["/missing"] == "dead" and states["/gone"] == "dead" and states["/old"] == "moved"
    assert (
        states["/forbidden"] == "blocked" and states["/busy"] == "blocked" and states["/loop-a"] == "unknown"
    )
    assert states["/slow"] == "unknown" and states["/flaky"] == "ok" and states["/article.html"] == "ok"
    moved = next(row for row in rows if row["state"] == "moved")
    assert moved["to"] == web.url("/article.html") and moved["step"] == "broken" and moved["checked"]
    dead = next(row for row in rows if row["url"].endswith("/missing"))
    assert dead["archive"] == f"https://web.archive.org/web/{web.url('/missing')}"
    home = next(row for row in rows if row["resource"] == "home")
    assert home["step"] is None  # the roadmap's own link
    code, out, _ = web_cli("links", "update", "--all")
    assert code == 0 and f"updated: {web.url('/old')} -> {web.url('/article.html')}" in out
    rows = web_cli.json("offline", "status", "--step", "broken")
    assert web.url("/old") not in [row["url"] for row in rows]


def test_links_check_in_words(web_cli: Cli, web: FixtureWeb) -> None:
    code, out, _ = web_cli("links", "check")
    assert f"dead: {web.url('/gone')}" in out and "web.archive.org/web/" in out
    assert (
        f"moved: {web.url('/old')} -> {web.url('/article.html')} (studytracker links update --resource broken/r/moved)"
        in out
    )
    assert (
        out.strip()
        .splitlines()[-1]
        .startswith("checked 16 links: 8 ok, 1 moved, 2 dead, 2 blocked, 3 unknown")
    )


def test_the_full_export_leaves_the_copies_out_unless_asked(
    web_cli: Cli, web: FixtureWeb, tmp_path: Path
) -> None:
    web_cli("offline", "save", "--step", "reading")
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    code, out, err = web_cli("export", "--out", str(plain))
    assert code == 0 and "offline" not in out, err
    exported = json.loads(plain.read_text(encoding="utf-8"))
    assert (
        "offline_copies" not in exported and exported["attachments"] == []
    )  # the copies are no attached files
    code, out, err = web_cli("export", "--out", str(full), "--with-offline")
    assert code == 0 and "with 5 offline copies" in out, err
    copies = json.loads(full.read_text(encoding="utf-8"))["offline_copies"]
    assert {copy["state"] for copy in copies} == {"article", "pdf", "video", "needs-sign-in"}
    # on another laptop, the copies come back with the rest, readable offline at once
    laptop = Cli(tmp_path / "laptop", web_cli.capsys)
    tracker = Tracker.open(laptop.data_dir)
    tracker.roadmaps.import_roadmap(web_roadmap(web))
    tracker.close()
    code, out, err = laptop("import", str(full))
    assert code == 0 and "5 offline copies added" in out, err
    rows = laptop.json("offline", "status", "--roadmap", "web-course", "--step", "reading")
    assert [row["state"] for row in rows] == ["saved", "saved", "saved", "video", "needs-sign-in"]
    assert Path(rows[2]["path"]).read_bytes().startswith(b"%PDF-")
    assert web.hits("/paper.pdf") == 1  # nothing fetched again


@pytest.mark.parametrize(
    ("copy", "message"),
    [
        (
            {
                "roadmap": "web-course",
                "resource": "reading/r/paper",
                "state": "pdf",
                "url": "x",
                "main": "document.pdf",
                "files": {"document.pdf": "%%%"},
            },
            "not base64",
        ),
        (
            {
                "roadmap": "web-course",
                "resource": "reading/r/paper",
                "state": "pdf",
                "url": "x",
                "main": "../a.pdf",
                "files": {"../a.pdf": ""},
            },
            "is not a file of a copy",
        ),
        (
            {"roadmap": "web-course", "resource": "reading/r/paper", "state": "evil", "url": "x"},
            "is not a state",
        ),
        (  # a name outside the copy's folder, on a resource that keeps no files
            {
                "roadmap": "web-course",
                "resource": "reading/r/paper",
                "state": "unavailable",
                "url": "x",
                "main": "../../../../victim/secret.txt",
                "files": {"page.html": ""},
            },
            "keeps no files",
        ),
        (
            {
                "roadmap": "web-course",
                "resource": "reading/r/paper",
                "state": "pdf",
                "url": "x",
                "main": "document.pdf",
                "files": {"document.pdf": "PGh0bWw+"},  # "<html>" said to be a PDF
            },
            "not a PDF file",
        ),
        (
            {
                "roadmap": "web-course",
                "resource": "reading/r/paper",
                "state": "article",
                "url": "x",
                "main": "run.desktop",
                "files": {"run.desktop": "W0Rlc2t0b3Bd"},
            },
            "is not a file of a copy",
        ),
        (
            {
                "roadmap": "web-course",
                "resource": "reading/r/paper",
                "state": "pdf",
                "url": "x",
                "main": "b.pdf",
                "files": {},
            },
            "names no file",
        ),
    ],
)
def test_a_bad_offline_copy_in_an_export_changes_nothing(
    web_cli: Cli, tmp_path: Path, copy: dict[str, object], message: str
) -> None:
    out = tmp_path / "export.json"
    web_cli("export", "--out", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    data["offline_copies"] = [copy]
    out.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = web_cli("import", str(out))
    assert code == 2 and "$.offline_copies[0]" in err and message in err
    assert {row["state"] for row in web_cli.json("offline", "status")} == {"not-saved"}


def test_an_imported_page_is_cleaned_as_a_fetched_one(web_cli: Cli, tmp_path: Path) -> None:
    import base64

    out = tmp_path / "export.json"
    web_cli("export", "--out", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    page = b'<p onclick="x()">Kept text</p><script>steal()</script><iframe src="https://e.org"></iframe>'
    data["offline_copies"] = [
        {
            "roadmap": "web-course",
            "resource": "reading/r/article",
            "state": "article",
            "url": "x",
            "main": "page.html",
            "files": {"page.html": base64.b64encode(page).decode()},
        }
    ]
    out.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = web_cli("import", str(out))
    assert code == 0, err
    row = next(r for r in web_cli.json("offline", "status") if r["resource"] == "reading/r/article")
    kept = Path(row["path"]).read_text(encoding="utf-8")
    assert "Kept text" in kept and "script" not in kept and "iframe" not in kept and "onclick" not in kept
