"""The window's actions in one table: menus, shortcuts, which wait for the store, and the
shortcuts help, all built from it. The table's texts are marked for translation
(`QT_TRANSLATE_NOOP("Menu", …)`) and translated when the menus are built."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from studytracker.i18n import QT_TRANSLATE_NOOP, translate
from studytracker.ui.step_pane.viewer import VIEWS
from studytracker.ui.widgets.icons import icon

#: The translation context of the menus' texts.
MENU_CONTEXT = "Menu"
#: The menus, in the menu bar's order.
FILE = QT_TRANSLATE_NOOP("Menu", "&File")
EDIT = QT_TRANSLATE_NOOP("Menu", "&Edit")
STUDY = QT_TRANSLATE_NOOP("Menu", "&Study")
GO = QT_TRANSLATE_NOOP("Menu", "&Go")
HELP = QT_TRANSLATE_NOOP("Menu", "&Help")
#: Go → Show …, one per tab of the viewer (in the order of `VIEWS`).
SHOW_VIEW = {
    "overview": QT_TRANSLATE_NOOP("Menu", "Show overview"),
    "resources": QT_TRANSLATE_NOOP("Menu", "Show resources"),
    "notes": QT_TRANSLATE_NOOP("Menu", "Show notes"),
    "statistics": QT_TRANSLATE_NOOP("Menu", "Show statistics"),
    "review": QT_TRANSLATE_NOOP("Menu", "Show review"),
}

UNDO = QT_TRANSLATE_NOOP("Menu", "&Undo")
REDO = QT_TRANSLATE_NOOP("Menu", "&Redo")
#: Undo and Redo with the change they would undo or redo ("&Undo done: NumPy").
UNDO_CHANGE = QT_TRANSLATE_NOOP("Menu", "&Undo: {change}")
REDO_CHANGE = QT_TRANSLATE_NOOP("Menu", "&Redo: {change}")


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the handler's key, and the action's object name
    menu: str  # in English, marked for translation: `menu_text` translates
    text: str
    shortcut: str | QKeySequence.StandardKey = ""
    #: Disabled until the Tracker is attached (the first view is read-only).
    needs_store: bool = True
    icon: str = ""
    separator_before: bool = False
    on_toolbar: bool = False
    #: An on/off setting shown with a tick; its handler is called on each change.
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("import_roadmap", FILE, QT_TRANSLATE_NOOP("Menu", "&Import roadmap…"), "Ctrl+I"),
    ActionSpec("export_report", FILE, QT_TRANSLATE_NOOP("Menu", "&Export report…"), "Ctrl+E"),
    ActionSpec("back_up", FILE, QT_TRANSLATE_NOOP("Menu", "&Back up now")),
    ActionSpec("restore_backup", FILE, QT_TRANSLATE_NOOP("Menu", "Restore a &backup…")),
    ActionSpec("sync_now", FILE, QT_TRANSLATE_NOOP("Menu", "S&ync now"), "F5", separator_before=True),
    ActionSpec("sync_settings", FILE, QT_TRANSLATE_NOOP("Menu", "Sync with other &devices…")),
    ActionSpec(
        "save_roadmap_offline",
        FILE,
        QT_TRANSLATE_NOOP("Menu", "Save the roadmap for &offline reading"),
        icon="offline",
        separator_before=True,
    ),
    ActionSpec("check_links", FILE, QT_TRANSLATE_NOOP("Menu", "Check the roadmap's &links")),
    ActionSpec(
        "remove_roadmap", FILE, QT_TRANSLATE_NOOP("Menu", "&Remove this roadmap…"), separator_before=True
    ),
    ActionSpec(
        "quit",
        FILE,
        QT_TRANSLATE_NOOP("Menu", "&Quit"),
        QKeySequence.StandardKey.Quit,
        needs_store=False,
        separator_before=True,
    ),
    ActionSpec("undo", EDIT, UNDO, QKeySequence.StandardKey.Undo),
    ActionSpec("redo", EDIT, REDO, QKeySequence.StandardKey.Redo),
    ActionSpec(
        "find",
        EDIT,
        QT_TRANSLATE_NOOP("Menu", "&Find…"),
        QKeySequence.StandardKey.Find,
        icon="search",
        on_toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "preferences", EDIT, QT_TRANSLATE_NOOP("Menu", "&Preferences…"), QKeySequence.StandardKey.Preferences
    ),
    ActionSpec("toggle_timer", STUDY, QT_TRANSLATE_NOOP("Menu", "&Start or stop the timer"), "Ctrl+T"),
    ActionSpec("toggle_pause", STUDY, QT_TRANSLATE_NOOP("Menu", "&Pause or resume"), "Ctrl+Shift+P"),
    ActionSpec("pomodoro", STUDY, QT_TRANSLATE_NOOP("Menu", "P&omodoro"), "Ctrl+Shift+O", checkable=True),
    ActionSpec("session_log", STUDY, QT_TRANSLATE_NOOP("Menu", "Session &log…"), "Ctrl+L"),
    ActionSpec("log_past_session", STUDY, QT_TRANSLATE_NOOP("Menu", "Log a &past session…"), "Ctrl+Shift+L"),
    ActionSpec("daily_goal", STUDY, QT_TRANSLATE_NOOP("Menu", "Daily &goal…")),
    ActionSpec("next_step", GO, QT_TRANSLATE_NOOP("Menu", "&Next step"), "Ctrl+PgDown", needs_store=False),
    ActionSpec(
        "previous_step", GO, QT_TRANSLATE_NOOP("Menu", "&Previous step"), "Ctrl+PgUp", needs_store=False
    ),
    *(
        ActionSpec(
            f"show_{view}",
            GO,
            SHOW_VIEW[view],
            f"Alt+{number}",
            needs_store=False,
            separator_before=number == 1,
        )
        for number, view in enumerate(VIEWS, start=1)
    ),
    ActionSpec(
        "guide",
        HELP,
        QT_TRANSLATE_NOOP("Menu", "StudyTracker &guide"),
        QKeySequence.StandardKey.HelpContents,
        needs_store=False,
    ),
    ActionSpec("shortcuts", HELP, QT_TRANSLATE_NOOP("Menu", "&Keyboard shortcuts"), needs_store=False),
    ActionSpec(
        "open_data_folder",
        HELP,
        QT_TRANSLATE_NOOP("Menu", "Open &data folder"),
        needs_store=False,
        separator_before=True,
    ),
    ActionSpec("about", HELP, QT_TRANSLATE_NOOP("Menu", "&About StudyTracker"), needs_store=False),
)


def menu_text(text: str) -> str:
    """A menu's or an action's text of the table, in the learner's language."""
    return translate(MENU_CONTEXT, text)


def build_actions(window: QMainWindow, handlers: Mapping[str, Callable[[], object]]) -> dict[str, QAction]:
    """The menus of the window's menu bar, from `ACTIONS`; every action needs its handler."""
    missing = {spec.name for spec in ACTIONS} - set(handlers)
    if missing:
        raise ValueError(f"actions without a handler: {sorted(missing)}")
    menus: dict[str, QMenu] = {}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        menu = menus.get(spec.menu)
        if menu is None:
            menu = menus[spec.menu] = window.menuBar().addMenu(menu_text(spec.menu))
        if spec.separator_before:
            menu.addSeparator()
        text = menu_text(spec.text)
        action = QAction(icon(spec.icon), text, window) if spec.icon else QAction(text, window)
        action.setObjectName(spec.name)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        handler = handlers[spec.name]
        action.triggered.connect(lambda _checked=False, handler=handler: handler())
        menu.addAction(action)
        actions[spec.name] = action
    return actions


def enable_data_actions(actions: Mapping[str, QAction], stack: QUndoStack, enabled: bool) -> None:
    """The actions that change data on or off (off while only the read-only first view is
    shown); Undo and Redo only when the checklist's stack has something to undo or redo."""
    can = {"undo": stack.canUndo(), "redo": stack.canRedo()}
    for spec in ACTIONS:
        if spec.needs_store:
            actions[spec.name].setEnabled(enabled and can.get(spec.name, True))


class UndoActions(QObject):
    """Edit → Undo and Redo following the checklist's undo stack, each naming the status change it
    would undo or redo. Its slots are methods of this object, a child of the Undo action, so that
    Qt drops the connections with it when the window goes, before the translators do."""

    def __init__(
        self, actions: Mapping[str, QAction], stack: QUndoStack, writable: Callable[[], bool]
    ) -> None:
        super().__init__(actions["undo"])
        self.undo, self.redo = actions["undo"], actions["redo"]
        self.writable = writable
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        stack.canUndoChanged.connect(self.can_undo)
        stack.canRedoChanged.connect(self.can_redo)
        stack.undoTextChanged.connect(self.undo_text)
        stack.redoTextChanged.connect(self.redo_text)

    def can_undo(self, can: bool) -> None:
        self.undo.setEnabled(can and self.writable())

    def can_redo(self, can: bool) -> None:
        self.redo.setEnabled(can and self.writable())

    def undo_text(self, change: str) -> None:
        self.undo.setText(
            translate(MENU_CONTEXT, UNDO_CHANGE).format(change=menu_literal(change))
            if change
            else menu_text(UNDO)
        )

    def redo_text(self, change: str) -> None:
        self.redo.setText(
            translate(MENU_CONTEXT, REDO_CHANGE).format(change=menu_literal(change))
            if change
            else menu_text(REDO)
        )


def shortcut_rows(extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then `extra` rows."""
    rows = []
    for spec in ACTIONS:
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            # the platform's own keys (Ctrl+Q); a standard key the platform gives none is left out
            bindings = QKeySequence.keyBindings(spec.shortcut)
            sequence = bindings[0] if bindings else QKeySequence()
        else:
            sequence = QKeySequence(spec.shortcut)
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, menu_text(spec.text).replace("&", "").rstrip("…")))
    return rows + list(extra)


def menu_literal(text: str) -> str:
    """Text shown as it is in a menu item ("Pandas & Polars"): its "&" doubled, or Qt takes it
    for the mark of a shortcut letter."""
    return text.replace("&", "&&")
