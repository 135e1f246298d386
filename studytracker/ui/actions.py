"""The window's actions in one table: menus, shortcuts, which wait for the store, and the
shortcuts help, all built from it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from studytracker.ui.icons import icon
from studytracker.ui.viewer import VIEWS


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the handler's key, and the action's object name
    menu: str
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
    ActionSpec("import_roadmap", "&File", "&Import roadmap…", "Ctrl+I"),
    ActionSpec("export_report", "&File", "&Export report…", "Ctrl+E"),
    ActionSpec("back_up", "&File", "&Back up now"),
    ActionSpec("restore_backup", "&File", "Restore a &backup…"),
    ActionSpec("remove_roadmap", "&File", "&Remove this roadmap…", separator_before=True),
    ActionSpec(
        "quit", "&File", "&Quit", QKeySequence.StandardKey.Quit, needs_store=False, separator_before=True
    ),
    ActionSpec("undo", "&Edit", "&Undo", QKeySequence.StandardKey.Undo),
    ActionSpec("redo", "&Edit", "&Redo", QKeySequence.StandardKey.Redo),
    ActionSpec(
        "find",
        "&Edit",
        "&Find…",
        QKeySequence.StandardKey.Find,
        icon="search",
        on_toolbar=True,
        separator_before=True,
    ),
    ActionSpec("preferences", "&Edit", "&Preferences…", QKeySequence.StandardKey.Preferences),
    ActionSpec("toggle_timer", "&Study", "&Start or stop the timer", "Ctrl+T"),
    ActionSpec("toggle_pause", "&Study", "&Pause or resume", "Ctrl+Shift+P"),
    ActionSpec("pomodoro", "&Study", "P&omodoro", "Ctrl+Shift+O", checkable=True),
    ActionSpec("session_log", "&Study", "Session &log…", "Ctrl+L"),
    ActionSpec("log_past_session", "&Study", "Log a &past session…", "Ctrl+Shift+L"),
    ActionSpec("daily_goal", "&Study", "Daily &goal…"),
    ActionSpec("next_step", "&Go", "&Next step", "Ctrl+PgDown", needs_store=False),
    ActionSpec("previous_step", "&Go", "&Previous step", "Ctrl+PgUp", needs_store=False),
    *(
        ActionSpec(
            f"show_{view}",
            "&Go",
            f"Show {view}",
            f"Alt+{number}",
            needs_store=False,
            separator_before=number == 1,
        )
        for number, view in enumerate(VIEWS, start=1)
    ),
    ActionSpec(
        "guide", "&Help", "StudyTracker &guide", QKeySequence.StandardKey.HelpContents, needs_store=False
    ),
    ActionSpec("shortcuts", "&Help", "&Keyboard shortcuts", needs_store=False),
    ActionSpec("open_data_folder", "&Help", "Open &data folder", needs_store=False, separator_before=True),
    ActionSpec("about", "&Help", "&About StudyTracker", needs_store=False),
)


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
            menu = menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        if spec.separator_before:
            menu.addSeparator()
        action = QAction(icon(spec.icon), spec.text, window) if spec.icon else QAction(spec.text, window)
        action.setObjectName(spec.name)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        handler = handlers[spec.name]
        action.triggered.connect(lambda _checked=False, handler=handler: handler())
        menu.addAction(action)
        actions[spec.name] = action
    return actions


def shortcut_rows(extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then `extra` rows."""
    rows = []
    for spec in ACTIONS:
        if spec.shortcut:
            keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((keys, spec.text.replace("&", "").rstrip("…")))
    return rows + list(extra)
