"""Cohorts in the window: joining a mentor's cohort from File → Sync with the invitation code,
what is shared chosen in the dialog, the indicator's menu and Preferences, and the mentor's
Cohort view reading the real hub."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from studytracker.store.clock import FixedClock
from studytracker.store.records import Preferences, SharingChoice
from studytracker.store.sync.cohort import HubCohorts
from studytracker.store.sync.hub import HubTransport
from studytracker.store.sync.service import SyncService
from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.preferences import PreferencesDialog
from studytracker.ui.shell.main_window import MainWindow
from tests.conftest import PostgresServer


def test_a_learner_joins_from_the_dialog_chooses_what_to_share_and_the_mentor_sees_it(
    qtbot, window: MainWindow, tmp_path: Path, clock: FixedClock, postgres: PostgresServer
) -> None:  # type: ignore[no-untyped-def]
    database = postgres.new_database()
    admin = HubTransport(postgres.url(database), tmp_path)
    mentor_code = HubCohorts(admin).add_mentor("Mentor")
    admin.close()
    mentor = Tracker.open(tmp_path / "mentor", clock=clock)
    bare = f"postgresql://127.0.0.1:{postgres.port}/{database}"
    SyncService(mentor).setup(hub=bare, join=mentor_code.code())
    mentor_hub = HubCohorts(HubTransport(SyncService(mentor).status().address or "", mentor.data_dir))
    mentor_hub.create("spring", "machine-learning-engineer", date(2027, 6, 1))
    invitation = mentor_hub.invite("spring", "Ana")

    window.tracker.study.log("sql", 35)  # type: ignore[union-attr]
    dialog = window.sync.open_dialog()
    dialog.hub_choice.setChecked(True)
    dialog.hub_edit.setText(bare)
    dialog.join_edit.setText(invitation.code())
    dialog.setup_button.click()
    qtbot.waitUntil(lambda: window.status_bar.sync_button.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.state_box.isVisible(), timeout=5000)
    assert dialog.sharing.isVisible() and dialog.sharing.progress.isChecked()
    assert not dialog.sharing.notes.isChecked()
    window.tracker.notes.save("what I learnt", step_id="sql", source="window")  # type: ignore[union-attr]
    dialog.sharing.notes.setChecked(True)  # saved, and synced at once
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    qtbot.waitUntil(lambda: window.runner.reads.settings.sharing().notes, timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(s.notes for s in mentor_hub.shares(mentor_hub.cohort("spring"))), timeout=20_000
    )
    dialog.close()

    menu = window.status_bar.sync_button.menu()
    menu.aboutToShow.emit()
    assert window.sync.share_actions["time"].isVisible() and window.sync.share_actions["time"].isChecked()
    window.sync.share_actions["notes"].trigger()  # off again, from the indicator's menu
    qtbot.waitUntil(lambda: not window.runner.reads.settings.sharing().notes, timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    shares = mentor_hub.shares(mentor_hub.cohort("spring"))
    assert [s.notes for s in shares] == [[]]
    assert shares[0].figures is not None and shares[0].figures["minutes_total"] == 35
    mentor_hub.transport.close()
    mentor.close()


def test_the_cohort_view_of_a_mentor_and_of_a_learner(
    qtbot, window: MainWindow, tmp_path: Path, postgres: PostgresServer
) -> None:  # type: ignore[no-untyped-def]
    database = postgres.new_database()
    admin = HubTransport(postgres.url(database), tmp_path)
    mentor_code = HubCohorts(admin).add_mentor("Mentor")
    admin.close()
    bare = f"postgresql://127.0.0.1:{postgres.port}/{database}"
    SyncService(window.tracker).setup(hub=bare, join=mentor_code.code())  # type: ignore[arg-type]
    status = SyncService(window.tracker).status()  # type: ignore[arg-type]
    hub = HubCohorts(HubTransport(status.address or "", window.tracker.data_dir))  # type: ignore[union-attr]
    learner = Tracker.open(tmp_path / "learner")
    view = window.sync.open_cohort()
    assert view is not None
    qtbot.waitUntil(lambda: "no cohort" in view.summary.text(), timeout=20_000)  # a learner's view

    hub.create("spring", "machine-learning-engineer", None)
    SyncService(learner).setup(hub=bare, join=hub.invite("spring", "Ben").code())
    learner.progress.set_status("python-libraries/libraries/numpy", "done")
    learner.notes.save("vectorise first", topic_id="python-libraries/libraries/numpy", source="cli")
    learner.settings.set_sharing(notes=True)
    SyncService(learner).run()
    view.load()
    qtbot.waitUntil(lambda: view.learners.rowCount() == 1, timeout=20_000)
    assert view.learners.item(0, 0).text() == "Ben"
    assert view.learners.item(0, 1).text() == f"{learner.reads.progress.status().overall.percent}%"
    assert view.grid.rowCount() == len(learner.reads.progress.status().steps)
    assert view.pdf_button.isEnabled()
    shared = view.notes.toPlainText()
    assert "Ben" in shared and "Python & Python Libraries › NumPy" in shared and "vectorise first" in shared
    view.close()
    hub.transport.close()
    learner.close()


def test_preferences_carry_the_sharing_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(
        Preferences(), None, date(2026, 11, 24), sharing=SharingChoice(True, False, False)
    )
    qtbot.addWidget(dialog)
    assert not dialog.sharing.time.isChecked()
    dialog.sharing.notes.setChecked(True)
    assert dialog.chosen_sharing() == SharingChoice(True, False, True)
    assert dialog.result() == QDialog.DialogCode.Rejected
