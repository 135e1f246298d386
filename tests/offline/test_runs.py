"""Saving a step for offline reading and checking a roadmap's links, through the store: what is
kept where, what a stop and a new start fetch, and what is recorded."""

from __future__ import annotations

import dataclasses
import os
import stat
import threading
from pathlib import Path

import pytest

from studytracker.offline.fetch import FetchPolicy
from studytracker.offline.runs import check_links, save_offline, select_resources
from studytracker.store.clock import FixedClock
from studytracker.store.errors import InputError
from studytracker.store.records import OfflineResource
from studytracker.store.tracker import Tracker
from tests.offline.conftest import pages_roadmap
from tests.offline.fixture_web import PDF, FixtureWeb


def states(tracker: Tracker, step: str = "reading") -> dict[str, str | None]:
    return {
        r.resource_id.rsplit("/", 1)[-1]: r.state for r in tracker.reads.offline.resources("web-course", step)
    }


def test_every_resource_of_a_step_is_saved_as_an_attachment(
    web_tracker: Tracker, policy: FetchPolicy
) -> None:
    run = save_offline(web_tracker, select_resources(web_tracker, step_id="reading"), policy=policy)
    assert not run.cancelled
    assert states(web_tracker) == {
        "article": "article",
        "docs": "article",
        "paper": "pdf",
        "video": "video",
        "lesson": "needs-sign-in",
    }
    files = {a.resource_id.rsplit("/", 1)[-1]: a for a in web_tracker.reads.attachments.of_step("reading")}
    assert set(files) == {"article", "docs", "paper", "video"}  # no copy of a sign-in form
    assert Path(files["paper"].path).read_bytes() == PDF and files["paper"].suffix == "pdf"
    article = files["article"]
    assert article.saved_from.endswith("/article.html")
    assert article.saved_at == "2026-11-24T18:00:00+01:00" and article.suffix == "html"
    page = Path(article.path)
    assert (page.parent / "images" / "1.png").read_bytes().startswith(b"\x89PNG")
    # private, like the rest of the data folder
    assert stat.S_IMODE(os.stat(page).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(page.parent).st_mode) == 0o700
    mark = web_tracker.reads.offline.step_marks("web-course")["reading"]
    assert (mark.resources, mark.available, mark.complete) == (5, 4, False)
    assert web_tracker.reads.offline.used_bytes() == sum(a.size_bytes for a in files.values())


def test_a_step_whose_every_resource_is_kept_is_complete(
    web_tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    chosen = [
        r for r in select_resources(web_tracker, step_id="reading") if r.resource_id != "reading/r/lesson"
    ]
    save_offline(web_tracker, chosen, policy=policy)
    assert not web_tracker.reads.offline.step_marks("web-course")["reading"].complete
    lesson = select_resources(web_tracker, resource=web.url("/lesson"))
    assert [r.resource_id for r in lesson] == ["reading/r/lesson"]


def test_a_stopped_run_goes_on_where_it_left_off_and_fetches_nothing_twice(
    web_tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done: int, _total: int, title: str) -> None:
        seen.append(title)
        if done == 2:  # the article and the docs kept; stop while the PDF is on its way
            cancel.set()

    first = save_offline(
        web_tracker,
        select_resources(web_tracker, step_id="reading"),
        policy=policy,
        cancel=cancel,
        progress=progress,
    )
    assert first.cancelled and [o.state for o in first.outcomes] == ["article", "article"]
    assert states(web_tracker)["paper"] is None
    second = save_offline(web_tracker, select_resources(web_tracker, step_id="reading"), policy=policy)
    assert [o.state for o in second.outcomes] == ["kept", "kept", "pdf", "video", "needs-sign-in"]
    for path in ("/article.html", "/docs/merge.html", "/paper.pdf", "/img/curve.png", "/oembed"):
        assert sum(1 for r in web.log if r.path.split("?")[0] == path) == 1, path


def test_a_page_fetched_before_a_stop_is_not_fetched_again(
    web_tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    from studytracker.offline import fetch

    cancel = threading.Event()
    article = select_resources(web_tracker, resource=web.url("/article.html"))

    # stop while the article's images are being fetched: the page itself is already on disk
    original_put = fetch.ResponseCache.put

    def put_then_stop(cache: fetch.ResponseCache, response: fetch.Response) -> None:
        original_put(cache, response)
        if response.url.endswith("/article.html"):
            cancel.set()

    fetch.ResponseCache.put = put_then_stop  # type: ignore[method-assign]
    try:
        run = save_offline(web_tracker, article, policy=policy, cancel=cancel)
    finally:
        fetch.ResponseCache.put = original_put  # type: ignore[method-assign]
    assert run.cancelled and states(web_tracker)["article"] is None
    save_offline(web_tracker, article, policy=policy)
    assert states(web_tracker)["article"] == "article"
    assert web.hits("/article.html") == 1 and web.hits("/img/curve.png") == 1
    assert not (web_tracker.offline.fetched_folder(article[0].pk)).exists()  # cleared once kept


def one_step_roadmap(tracker: Tracker, web: FixtureWeb, *paths: str) -> list[OfflineResource]:
    tracker.roadmaps.import_roadmap(pages_roadmap(web, *paths))
    tracker.roadmaps.use("pages")
    return select_resources(tracker)


def test_a_refresh_keeps_an_unchanged_copy_and_moves_its_date(
    tracker: Tracker, web: FixtureWeb, policy: FetchPolicy, clock: FixedClock
) -> None:
    (page,) = one_step_roadmap(tracker, web, "/etag.html")
    save_offline(tracker, [page], policy=policy)
    (saved,) = select_resources(tracker)
    clock.advance(days=3)
    assert save_offline(tracker, [saved], policy=policy).outcomes[0].state == "kept"
    assert web.hits("/etag.html") == 1  # kept already: not asked again
    run = save_offline(tracker, [saved], policy=policy, refresh=True)
    (refreshed,) = select_resources(tracker)
    assert run.outcomes[0].state == "unchanged" and web.hits("/etag.html") == 2
    assert (
        refreshed.saved_at == "2026-11-27T18:00:00+01:00" and refreshed.attachment_id == saved.attachment_id
    )


def test_removing_copies_frees_their_space(web_tracker: Tracker, policy: FetchPolicy) -> None:
    resources = select_resources(web_tracker, step_id="reading")
    save_offline(web_tracker, resources, policy=policy)
    folder = web_tracker.offline.folder
    assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 4
    web_tracker.offline.remove([r.pk for r in resources])
    assert set(states(web_tracker).values()) == {None}
    assert web_tracker.reads.offline.used_bytes() == 0
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == []
    assert web_tracker.reads.attachments.of_step("reading") == []


def test_removing_the_copy_as_a_file_removes_its_folder(
    web_tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    save_offline(web_tracker, select_resources(web_tracker, resource=web.url("/article.html")), policy=policy)
    (attachment,) = web_tracker.reads.attachments.of_step("reading")
    web_tracker.attachments.remove(attachment.id)
    assert not Path(attachment.path).parent.exists()
    assert states(web_tracker)["article"] is None


def test_the_total_cap_leaves_a_copy_out_and_says_why(
    tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    tracker.settings.update_preferences(offline_total_cap_mb=10)  # 10 MB in all, for two PDFs of 7 MB
    resources = one_step_roadmap(tracker, web, "/big/1.pdf", "/big/2.pdf")
    run = save_offline(tracker, resources, policy=dataclasses.replace(policy, max_bytes=8 << 20))
    assert [o.state for o in run.outcomes] == ["pdf", "over-cap"]
    assert "over their 10 MB" in run.outcomes[1].detail
    assert [r.state for r in select_resources(tracker)] == ["pdf", None]


def test_bad_choices_say_what_is_wrong(web_tracker: Tracker) -> None:
    with pytest.raises(InputError, match="unknown step id 'nope'"):
        select_resources(web_tracker, step_id="nope")
    with pytest.raises(InputError, match="has the address or id"):
        select_resources(web_tracker, resource="https://nowhere.example/")
    with pytest.raises(InputError, match="unknown roadmap id"):
        select_resources(web_tracker, roadmap_id="nope")


def test_a_link_check_classes_every_fixture_and_keeps_the_results(
    web_tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    run = check_links(web_tracker, policy=policy)
    assert not run.cancelled
    results = dict(web_tracker.reads.offline.link_results("web-course"))
    verdicts = {rid.rsplit("/", 1)[-1]: view.verdict for rid, view in results.items()}
    assert verdicts == {
        "home": "ok",
        "article": "ok",
        "docs": "ok",
        "paper": "ok",
        "video": "ok",
        "lesson": "ok",
        "missing": "dead",
        "gone": "dead",
        "moved": "moved",
        "temporary": "ok",
        "loop": "unknown",
        "forbidden": "blocked",
        "busy": "blocked",
        "flaky": "ok",
        "slow": "unknown",
        "server-error": "unknown",
    }
    moved = results["broken/r/moved"]
    assert moved.new_url == web.url("/article.html") and moved.checked_at == "2026-11-24T18:00:00+01:00"
    assert results["broken/r/missing"].archive_url == f"https://web.archive.org/web/{web.url('/missing')}"
    (resource,) = [
        r
        for r in web_tracker.reads.offline.resources("web-course", "broken")
        if r.resource_id == "broken/r/moved"
    ]
    assert resource.link is not None and resource.link.verdict == "moved"
    web_tracker.offline.update_link(resource.pk)
    (updated,) = [
        r
        for r in web_tracker.reads.offline.resources("web-course", "broken")
        if r.resource_id == "broken/r/moved"
    ]
    assert (
        updated.url == web.url("/article.html") and updated.link is not None and updated.link.verdict == "ok"
    )
    with pytest.raises(InputError, match="found no new address"):
        web_tracker.offline.update_link(resource.pk)


def test_removing_the_roadmap_removes_its_copies_whole(
    tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    resources = one_step_roadmap(tracker, web, "/article.html", "/paper.pdf")
    save_offline(tracker, resources, policy=policy)
    folder = tracker.offline.folder
    assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 2
    tracker.roadmaps.remove("pages", keep_sessions=False)
    assert [p for p in folder.iterdir() if not p.name.startswith(".")] == []
    assert tracker.reads.offline.used_bytes() == 0


def test_a_check_that_gets_no_answer_keeps_what_an_earlier_one_knew(
    web_tracker: Tracker, web: FixtureWeb, policy: FetchPolicy
) -> None:
    check_links(web_tracker, policy=policy)
    web.down.add("/gone")  # now the site answers 503: nothing known
    check_links(web_tracker, policy=policy)
    results = dict(web_tracker.reads.offline.link_results("web-course"))
    assert results["broken/r/gone"].verdict == "dead" and "410" in results["broken/r/gone"].detail


def test_a_copy_is_named_by_its_title_with_its_suffix_once() -> None:
    from studytracker.store.commands.offline import copy_name

    assert copy_name("paper.pdf", "document.pdf") == "paper.pdf"
    assert copy_name("Gradient descent, explained", "page.html") == "Gradient descent, explained.html"
    assert copy_name("pandas.DataFrame.merge | docs", "page.html") == "pandas.DataFrame.merge docs.html"
    assert copy_name("<>/\\", "card.html") == "saved page.html"


def test_a_stored_name_that_leads_outside_a_copy_s_folder_deletes_nothing(tmp_path: Path) -> None:
    from studytracker.store.commands.attachments import delete_stored_copy

    attachments = tmp_path / "data" / "attachments"
    (attachments / "offline" / "12-ab12cd34" / "images").mkdir(parents=True)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "secret.txt").write_text("x")
    for hostile in (
        "offline/12-ab12cd34/../../../../victim/secret.txt",
        "offline/../../victim/secret.txt",
        "../victim/secret.txt",
        "offline/not-a-copy/page.html",
        "offline/12-ab12cd34/page.html/../../..",
    ):
        delete_stored_copy(attachments, hostile)
    assert (victim / "secret.txt").exists() and (attachments / "offline" / "12-ab12cd34").exists()
    delete_stored_copy(attachments, "offline/12-ab12cd34/page.html")  # a copy's own name: its folder goes
    assert not (attachments / "offline" / "12-ab12cd34").exists()
