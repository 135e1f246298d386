"""File → Sync…: setting up sync with the learner's other devices (a folder they already sync, or
a PostgreSQL hub, joined with a mentor's invitation code for a cohort), how it stands, the notes
edited on two devices, what is shared with a cohort's mentor, and stopping it."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import Context
from studytracker.ui.controllers.sync_state import indicator_text, shown_address
from studytracker.ui.widgets.sharing_box import SharingBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from studytracker.store.records import SharingChoice
    from studytracker.store.sync.service import SyncResult, SyncStatus
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions

SyncSetup = Context("SyncSetup")
Sync = Context("Sync")
NoteRole = Qt.ItemDataRole.UserRole


class SyncRunner(Protocol):
    """What the dialog needs of the window's syncs (`controllers.sync.SyncKeeper`)."""

    state_changed: SignalInstance

    @property
    def running(self) -> bool: ...

    def status(self) -> SyncStatus | None: ...

    def sync_in_background(self, label: str = "") -> object: ...

    def show_state(self) -> None: ...

    def share(self, choice: SharingChoice) -> None: ...


class SyncDialog(QDialog):
    """Sync's set-up and state.

    Signals:
        note_chosen: (step id, topic id or "") of a note edited on two devices, to open it.
    """

    note_chosen = Signal(str, str)

    def __init__(
        self, runner: OperationRunner, keeper: SyncRunner, questions: Questions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.runner, self.keeper, self.questions = runner, keeper, questions
        self.setWindowTitle(SyncSetup.tr("Sync with your other devices"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setup_box = self._setup_box()
        self.state_box = QGroupBox(SyncSetup.tr("Devices and notes"), self)
        self.devices = QListWidget(self.state_box)
        self.devices.setAccessibleName(SyncSetup.tr("Other devices"))
        self.conflicts = QListWidget(self.state_box)
        self.conflicts.setAccessibleName(SyncSetup.tr("Notes edited on two devices"))
        self.conflicts.itemActivated.connect(self._open_note)
        self.state_form = state = QFormLayout(self.state_box)
        state.addRow(SyncSetup.tr("Other devices:"), self.devices)
        state.addRow(SyncSetup.tr("Notes edited on two devices\n(open one to compare):"), self.conflicts)
        self.sharing = SharingBox(self.state_box)
        self.sharing.changed.connect(lambda: self.keeper.share(self.sharing.choice()))
        state.addRow(SyncSetup.tr("With a cohort's mentor:"), self.sharing)
        self.sync_button = QPushButton(SyncSetup.tr("Sync now"), self)
        self.sync_button.clicked.connect(self._sync_now)
        self.forget_button = QPushButton(SyncSetup.tr("Stop syncing on this device…"), self)
        self.forget_button.clicked.connect(self._forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # never smaller than what it shows: the wrapped explanations keep their lines
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.summary)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.state_box)
        layout.addWidget(buttons)
        keeper.state_changed.connect(self._state_changed)
        self.refresh()

    def _state_changed(self, _text: str, _tooltip: str) -> None:
        self.refresh()

    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(SyncSetup.tr("Set up sync"), self)
        self.folder_choice = QRadioButton(
            SyncSetup.tr("A folder you already sync (Syncthing, Nextcloud, Dropbox, a USB stick)"), box
        )
        self.folder_choice.setChecked(True)
        self.hub_choice = QRadioButton(SyncSetup.tr("A PostgreSQL hub"), box)
        group = QButtonGroup(box)
        group.addButton(self.folder_choice)
        group.addButton(self.hub_choice)
        self.folder_edit = QLineEdit(box)
        self.folder_edit.setAccessibleName(SyncSetup.tr("Sync folder"))
        browse = QPushButton(SyncSetup.tr("Choose…"), box)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.hub_edit = QLineEdit(box)
        self.hub_edit.setPlaceholderText(SyncSetup.tr("postgresql://you@host/database?sslmode=require"))
        self.hub_edit.setAccessibleName(SyncSetup.tr("Hub address"))
        self.join_edit = QLineEdit(box)
        self.join_edit.setPlaceholderText(SyncSetup.tr("ST1-… (only if a mentor invited you to a cohort)"))
        self.join_edit.setAccessibleName(SyncSetup.tr("Invitation code"))
        self.name_edit = QLineEdit(socket.gethostname(), box)
        self.name_edit.setAccessibleName(SyncSetup.tr("This device's name"))
        self.setup_button = QPushButton(SyncSetup.tr("Set up and sync"), box)
        self.setup_button.setDefault(True)
        self.setup_button.clicked.connect(self._set_up)
        form = QFormLayout(box)
        form.addRow(self.folder_choice)
        form.addRow(folder_row)
        form.addRow(self.hub_choice)
        form.addRow(self.hub_edit)
        form.addRow(SyncSetup.tr("Invitation code:"), self.join_edit)
        form.addRow(SyncSetup.tr("This device's name:"), self.name_edit)
        form.addRow(self.setup_button)
        return box

    def refresh(self) -> None:
        status = self.keeper.status()
        if status is None:
            return
        configured = status.configured
        self.setup_box.setVisible(not configured)
        self.state_box.setVisible(configured)
        self.sync_button.setEnabled(configured and not self.keeper.running)
        self.forget_button.setVisible(configured)
        if not configured:
            self.summary.setText(
                SyncSetup.tr(
                    "Your data stays in this computer's database; sync sends your changes to your other "
                    "devices and takes theirs, through a place you choose. Nothing is sent anywhere else."
                )
            )
            return
        state, detail = indicator_text(status, self.keeper.running)
        self.summary.setText(
            SyncSetup.tr("This device is “{name}”, syncing through {place}.\n{state}").format(
                name=status.device_name,
                place=shown_address(status.address),
                state=state if not status.last_error else detail,
            )
        )
        reads = self.runner.reads
        hub = status.transport == "hub"
        self.sharing.setVisible(hub)
        label = self.state_form.labelForField(self.sharing)
        if label is not None:
            label.setVisible(hub)
        if hub and reads is not None:
            self.sharing.show_choice(reads.settings.sharing())
        self.devices.clear()
        for device in status.devices:
            seen = device.blocked or SyncSetup.tr("last seen {moment}").format(moment=device.last_seen or "–")
            self.devices.addItem(f"{device.name} — {seen}")
        self.conflicts.clear()
        for step_id, topic_id, heading in reads.notes.edited_on_two_devices() if reads else []:
            item = QListWidgetItem(heading, self.conflicts)
            item.setData(NoteRole, (step_id, topic_id or ""))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, SyncSetup.tr("The folder to sync through"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)
            self.folder_choice.setChecked(True)

    def _set_up(self) -> None:
        folder = self.folder_edit.text().strip() if self.folder_choice.isChecked() else ""
        hub = self.hub_edit.text().strip() if self.hub_choice.isChecked() else ""
        join = self.join_edit.text().strip() if hub else ""
        if not folder and not hub:
            self.questions.warn(
                self.windowTitle(), SyncSetup.tr("Choose a folder, or give the hub's address.")
            )
            return
        tracker = self.runner.tracker
        if tracker is None:
            return
        data_dir, clock, name = tracker.data_dir, tracker.clock, self.name_edit.text()

        def work(report: Callable[[int, int], None]) -> SyncResult:
            from studytracker.store.sync.service import SyncService
            from studytracker.store.tracker import Tracker

            own = Tracker.open(data_dir, clock=clock)
            try:
                service = SyncService(own)
                service.setup(Path(folder) if folder else None, hub or None, name, join or None)
                return service.run(report)
            finally:
                own.close()

        from studytracker.ui.controllers.tasks import ProgressTask

        task = ProgressTask(self, SyncSetup.tr("Setting up sync and taking what is there…"), work)
        task.finished.connect(lambda _result: self.keeper.show_state())
        task.failed.connect(lambda message: self.questions.warn(self.windowTitle(), message))
        task.failed.connect(lambda _message: self.refresh())
        task.start()

    def _sync_now(self) -> None:
        self.keeper.sync_in_background(SyncSetup.tr("Syncing…"))
        self.refresh()

    def _forget(self) -> None:
        if not self.questions.confirm(
            self.windowTitle(),
            SyncSetup.tr(
                "Stop syncing on this device? Everything stays here; it is no longer sent or taken."
            ),
        ):
            return
        from studytracker.store.sync.service import SyncService

        self.runner.run(self.windowTitle(), lambda tracker: SyncService(tracker).forget())
        self.keeper.show_state()
        self.refresh()

    def _open_note(self, item: QListWidgetItem) -> None:
        step_id, topic_id = item.data(NoteRole)
        self.note_chosen.emit(step_id, topic_id)
