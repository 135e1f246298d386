"""Sync in the window: set up from File → Sync, the status bar's indicator, what another device
did arriving while the window runs, and a note edited on two devices settled from its bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from studytracker.store.clock import FixedClock
from studytracker.store.sync.service import SyncService
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow


def _set_up_from_the_dialog(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.sync.open_dialog()
    assert dialog.setup_box.isVisible() and not dialog.state_box.isVisible()
    dialog.folder_edit.setText(str(folder))
    dialog.name_edit.setText("laptop")
    dialog.setup_button.click()
    qtbot.waitUntil(lambda: window.status_bar.sync_button.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.setup_box.isVisible(), timeout=5000)
    dialog.close()


def test_set_up_in_the_window_then_another_devices_study_arrives(
    qtbot, window: MainWindow, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "Syncthing"
    shared.mkdir()
    assert not window.status_bar.sync_button.isVisible()  # not set up: nothing to say
    window.tracker.study.log("sql", 20)  # type: ignore[union-attr]
    _set_up_from_the_dialog(qtbot, window, shared)
    assert window.status_bar.sync_button.text().startswith("Synced")

    desktop = Tracker.open(tmp_path / "desktop", clock=clock)
    try:
        SyncService(desktop).setup(folder=shared, device_name="desktop")
        SyncService(desktop).run()
        assert desktop.reads.progress.status().minutes_total == 20
        desktop.study.log("python-libraries", 40)
        SyncService(desktop).run()
    finally:
        desktop.close()

    window.actions_by_name["sync_now"].trigger()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    qtbot.waitUntil(lambda: "1 h" in window.status_bar.progress_label.text(), timeout=10_000)
    assert window.status_bar.sync_button.text().startswith("Synced")


def test_a_note_edited_on_two_devices_shows_its_bar_and_is_settled_with_the_other_text(
    qtbot, window: MainWindow, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "Nextcloud"
    shared.mkdir()
    tracker = window.tracker
    assert tracker is not None
    tracker.notes.save("plan: joins", step_id="sql", source="cli")
    SyncService(tracker).setup(folder=shared, device_name="laptop")
    SyncService(tracker).run()
    desktop = Tracker.open(tmp_path / "desktop", clock=clock)
    try:
        SyncService(desktop).setup(folder=shared, device_name="desktop")
        SyncService(desktop).run()
        tracker.notes.save("plan: joins, then CTEs", step_id="sql", source="cli")
        clock.advance(minutes=2)
        desktop.notes.save("plan: joins and window functions", step_id="sql", source="cli")
        SyncService(desktop).run()
    finally:
        desktop.close()
    window.select_step("sql")
    window.viewer.show_view("notes")
    window.sync.sync_in_background()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    window.data_watcher.poll()
    editor = window.viewer.notes.step_note
    qtbot.waitUntil(lambda: editor.sync_bar.isVisible(), timeout=10_000)
    assert editor.editor.toPlainText() == "plan: joins and window functions"  # the newer one shows
    assert editor.sync_bar.other == "plan: joins, then CTEs"
    assert "1 note" in window.status_bar.sync_button.text()

    editor.sync_bar.findChild(QPushButton, "useOtherText").click()
    qtbot.waitUntil(lambda: not editor.sync_bar.isVisible(), timeout=5000)
    assert editor.editor.toPlainText() == "plan: joins, then CTEs"
    assert SyncService(tracker).status().conflicts == 0
