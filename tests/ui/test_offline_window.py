"""Offline reading in the window, against the fixture server: save a step from the Resources tab
(in the background, with Stop), read each copy in the embedded viewer once the server is gone,
see the marks in the tab and the sidebar, check the links, and take a moved link's address."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QProgressDialog

from studytracker.offline import runs
from studytracker.offline.fetch import FetchPolicy
from studytracker.store.tracker import Tracker
from studytracker.ui.models.step_list import step_description
from studytracker.ui.shell.main_window import MainWindow
from studytracker.ui.step_pane.resources_panel import (
    LINK_COLUMN,
    OFFLINE_COLUMN,
    ResourceIdRole,
    UrlRole,
    resource_menu,
)
from tests.offline.conftest import pages_roadmap, web_roadmap
from tests.offline.fixture_web import FixtureWeb, serve
from tests.ui.conftest import OpenedUrls

FAST = FetchPolicy(timeout_seconds=1.0, max_bytes=1 << 20, host_delay_seconds=0.0, second_look_seconds=0.05)


@pytest.fixture
def web() -> Iterator[FixtureWeb]:
    yield from serve()


@pytest.fixture
def web_window(  # type: ignore[no-untyped-def]
    qtbot, tracker: Tracker, web: FixtureWeb, settings: QSettings, opened_urls: OpenedUrls, monkeypatch
) -> MainWindow:
    monkeypatch.setattr(runs, "fetch_policy", lambda _tracker: FAST)
    tracker.roadmaps.import_roadmap(web_roadmap(web))
    tracker.roadmaps.use("web-course")
    main = MainWindow(settings=settings, open_url=opened_urls)
    main.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]
    qtbot.addWidget(main)
    main.attach(tracker)
    main.show()
    qtbot.waitExposed(main)
    main.select_step("reading")
    main.viewer.show_view("resources")
    return main


def rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    """Each resource's (Offline, Link) columns, by the last part of its id."""
    tree = window.viewer.resources.tree
    shown = {}
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        if item.data(0, ResourceIdRole):
            # the Offline column without the size: "Saved · 1.1 KB" -> "Saved"
            shown[item.data(0, ResourceIdRole).rsplit("/", 1)[-1]] = (
                item.text(OFFLINE_COLUMN).split(" · ")[0],
                item.text(LINK_COLUMN),
            )
    return shown


def test_a_step_saved_from_the_tab_reads_offline_in_the_viewer(
    qtbot, web_window: MainWindow, web: FixtureWeb
) -> None:  # type: ignore[no-untyped-def]
    panel = web_window.viewer.resources
    assert {offline for offline, _ in rows(web_window).values()} == {"—"}
    panel.save_step_action.trigger()
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=20000)
    assert {name: offline for name, (offline, _) in rows(web_window).items()} == {
        "article": "Saved",
        "docs": "Saved",
        "paper": "Saved",
        "video": "Video card",
        "lesson": "Needs sign-in",
    }
    # the sidebar's row knows the step is not whole offline (the sign-in page has no copy)
    step = web_window.step_model.step_at(web_window.step_model.row_of("reading"))
    assert step is not None and not step.offline
    assert "4 of 5 offline" in panel.step_mark.text()
    dialogs = [d for d in web_window.findChildren(QProgressDialog) if d.objectName() == "taskProgress"]
    assert dialogs and not any(d.isVisible() for d in dialogs)  # the run's dialog went when it ended
    first = panel.tree.topLevelItem(0)
    assert first is not None and first.childCount() == 0  # the row stands for its copy: no file row
    assert first.text(OFFLINE_COLUMN).startswith("Saved · ") and first.text(OFFLINE_COLUMN).endswith("KB")
    # the network goes away: every copy still opens in the embedded viewer
    web.down.update({"/article.html", "/docs/merge.html", "/paper.pdf", "/watch", "/img/curve.png"})
    requests_before = len(web.log)
    assert panel.select_resource("reading/r/article")
    viewer = panel.viewer
    assert viewer.shown is not None and viewer.shown.saved_from == web.url("/article.html")
    assert "finds a local minimum" in viewer.text.toPlainText()
    assert viewer.source.isVisible() and "Open the original" in viewer.source.text()
    image = viewer.text.loadResource(
        QTextDocument.ResourceType.ImageResource.value,
        QUrl(viewer.text.document().baseUrl().resolved(QUrl("images/1.png"))),
    )
    assert image.width() == 4  # the article's picture, from beside its copy
    assert panel.select_resource("reading/r/paper")
    assert viewer.stack.currentWidget() is viewer._pdf_page and viewer.pdf_document.pageCount() == 1
    assert panel.select_resource("reading/r/video")
    assert (
        "Needs internet to play" in viewer.text.toPlainText()
        and "Neural Nets Channel" in viewer.text.toPlainText()
    )
    assert len(web.log) == requests_before  # reading offline asked the network nothing
    # a resource with no copy says so: never the copy chosen before it
    assert panel.select_resource("reading/r/lesson")
    assert viewer.shown is None and "needs a sign-in" in viewer.message.text()
    # the original opens in the system browser, and only on request
    viewer.source.linkActivated.emit(web.url("/watch?v=backprop"))


def test_the_link_check_marks_dead_and_moved_links_and_takes_a_new_address(  # type: ignore[no-untyped-def]
    qtbot, web_window: MainWindow, web: FixtureWeb, opened_urls: OpenedUrls
) -> None:
    web_window.select_step("broken")
    panel = web_window.viewer.resources
    panel.check_links_action.trigger()
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=30000)
    links = {name: link for name, (_, link) in rows(web_window).items()}
    assert links["missing"] == "Dead" and links["gone"] == "Dead" and links["moved"] == "Moved"
    assert links["forbidden"] == "Blocked" and links["flaky"] == "Works" and links["loop"] == "Unknown"
    assert "Checked 16 links" in web_window.status_bar.currentMessage()
    # a dead link offers the Internet Archive's copy; a moved one, its new address
    panel.select_resource("broken/r/missing")
    menu = resource_menu(panel, panel.tree.currentItem())
    archive = next(action for action in menu.actions() if "Internet Archive" in action.text())
    archive.trigger()
    assert opened_urls[-1].toString() == f"https://web.archive.org/web/{web.url('/missing')}"
    panel.select_resource("broken/r/moved")
    menu = resource_menu(panel, panel.tree.currentItem())
    next(action for action in menu.actions() if action.text() == "Use the new address").trigger()
    assert web_window.tracker is not None
    moved = [
        r
        for r in web_window.tracker.reads.offline.resources("web-course", "broken")
        if r.resource_id == "broken/r/moved"
    ]
    assert moved[0].url == web.url("/article.html") and rows(web_window)["moved"][1] == "Works"
    item = next(
        panel.tree.topLevelItem(r)
        for r in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(r).data(0, ResourceIdRole) == "broken/r/moved"
    )
    assert item.data(0, UrlRole) == web.url("/article.html") and web.url("/article.html") in item.toolTip(0)
    assert web.url("/article.html") in web_window.status_bar.currentMessage()


def test_stop_ends_a_run_and_keeps_what_it_saved(qtbot, web_window: MainWindow, web: FixtureWeb) -> None:  # type: ignore[no-untyped-def]
    panel = web_window.viewer.resources
    web.holds["/paper.pdf"] = threading.Event()  # the PDF is on its way when Stop is pressed
    panel.save_step_action.trigger()
    qtbot.waitUntil(lambda: web.hits("/paper.pdf") == 1, timeout=20000)
    dialog = next(d for d in web_window.findChildren(QProgressDialog) if d.objectName() == "taskProgress")
    dialog.canceled.emit()  # its Stop button
    web.holds["/paper.pdf"].set()
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=20000)
    shown = rows(web_window)
    assert [shown[name][0] for name in ("article", "docs", "paper", "video")] == [
        "Saved",
        "Saved",
        "Saved",
        "—",
    ]
    assert web.hits("/oembed") == 0  # nothing asked after Stop
    panel.save_step_action.trigger()  # again: it goes on, and fetches nothing twice
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=20000)
    assert "—" not in {offline for offline, _ in rows(web_window).values()}
    assert web.hits("/article.html") == 1 and web.hits("/paper.pdf") == 1


def test_a_step_wholly_offline_is_marked_in_the_sidebar(
    qtbot, web_window: MainWindow, tracker: Tracker, web: FixtureWeb
) -> None:  # type: ignore[no-untyped-def]
    pages = pages_roadmap(web, "/article.html", "/paper.pdf")
    tracker.roadmaps.import_roadmap(pages)
    web_window.roadmap_flows.choose("pages")
    web_window.select_step("pages")
    web_window.viewer.show_view("resources")
    step = web_window.step_model.step_at(0)
    assert step is not None and not step.offline
    web_window.viewer.resources.save_step_action.trigger()
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=20000)
    step = web_window.step_model.step_at(0)
    assert step is not None and step.offline
    assert step_description(step).endswith("; every resource can be read offline")
    assert web_window.viewer.resources.step_mark.text() == "Every resource can be read offline"


def test_saving_a_saved_resource_again_asks_whether_it_changed(
    qtbot, web_window: MainWindow, web: FixtureWeb
) -> None:  # type: ignore[no-untyped-def]
    panel = web_window.viewer.resources
    assert panel.select_resource("reading/r/paper")
    panel.save_resource_action.trigger()
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=20000)
    assert rows(web_window)["paper"][0] == "Saved"
    panel.save_resource_action.trigger()  # again: the learner asks for a fresh copy
    qtbot.waitUntil(lambda: not web_window.step_pane.offline.running, timeout=20000)
    assert web.hits("/paper.pdf") == 2 and rows(web_window)["paper"][0] == "Saved"
