"""Child processes timed by the benchmark: a bare PySide6 window, and StudyTracker's window.

Each prints "READY <peak RSS in KiB>" once its window is shown, painted and (for the app) filled
with the learner's data; the app then prints "ATTACHED <peak RSS in KiB>" once its full store
(SQLAlchemy) has loaded behind the first view. The parent times from launching the process to
each line.
"""

from __future__ import annotations

import gc
import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_memory_kib() -> int:
    """This process's peak resident memory. (ru_maxrss would not do: Linux carries it over
    from the parent across fork and exec, so every probe would report the benchmark's own.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report(moment: str) -> None:
    print(f"{moment} {_peak_memory_kib()}", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # rendered in full, as the app's window is
    _report("READY")


def floor() -> None:
    """PySide6's own floor for StudyTracker's first frame: the same widgets (menus and their
    shortcuts, the two toolbars, the step list, the three-column checklist, five tabs with icons,
    a page of rich text, the status bar) with fixed texts of the same length, no data read and
    no StudyTracker code. What the app takes beyond this is its own: its modules, its reads,
    its models and delegates."""
    from PySide6.QtCore import QLocale, QStringListModel, Qt
    from PySide6.QtGui import QAction, QIcon, QKeySequence, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QComboBox,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QListView,
        QMainWindow,
        QPushButton,
        QSplitter,
        QTabWidget,
        QTextBrowser,
        QToolBar,
        QTreeView,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    QLocale.system()  # the app's language follows the system's
    window = QMainWindow()
    for menu_title in ("&File", "&Edit", "&Study", "&Go", "&Help"):
        menu = window.menuBar().addMenu(menu_title)
        for number in range(8):
            action = QAction(f"{menu_title[1:]} action {number}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{number}"))
            menu.addAction(action)
    roadmap_bar = QToolBar("Roadmap", window)
    roadmap_bar.addWidget(QLabel(" Roadmap: "))
    roadmaps = QComboBox()
    roadmaps.addItem("Machine Learning Engineer Roadmap 2025/26")
    roadmap_bar.addWidget(roadmaps)
    roadmap_bar.addAction(QIcon(_icon("search")), "Find")
    window.addToolBar(roadmap_bar)
    window.addToolBarBreak()
    timer_bar, timer = QToolBar("Study timer", window), QWidget()
    row = QHBoxLayout(timer)
    row.addWidget(QLabel("0:00:00"))
    row.addWidget(QLabel("No session running"), 1)
    for button in ("Start", "Pause", "Stop"):
        row.addWidget(QPushButton(button))
    row.addWidget(QCheckBox("Pomodoro"))
    timer_bar.addWidget(timer)
    window.addToolBar(timer_bar)

    steps = QListView()
    titles = [f"Step {number}: a step title of a usual length\n2/4 · 226 h 26 min" for number in range(13)]
    steps.setModel(QStringListModel(titles, steps))
    topics = QStandardItemModel(0, 3)
    topics.setHorizontalHeaderLabels(["Topic", "Status", "Time"])
    for number in range(6):
        topic = QStandardItem(f"Topic {number} of the step, a usual title")
        topic.setCheckable(True)
        topics.appendRow([topic, QStandardItem("in progress"), QStandardItem("39 h 26 min")])
    checklist = QTreeView()
    checklist.setModel(topics)
    checklist.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tabs, overview = QTabWidget(), QTextBrowser()
    bullets = "".join(
        f"<li>Point {n} of the step, a sentence of the roadmap's usual length.</li>" for n in range(12)
    )
    overview.setHtml(f"<h2>Step 1: Python &amp; Python Libraries</h2><h3>Why</h3><ul>{bullets}</ul>")
    for tab in ("Overview", "Resources", "Notes", "Statistics", "Review"):
        tabs.addTab(overview if tab == "Overview" else QWidget(), QIcon(_icon("docs")), tab)
    outer, inner = QSplitter(Qt.Orientation.Horizontal), QSplitter(Qt.Orientation.Horizontal)
    inner.addWidget(checklist)
    inner.addWidget(tabs)
    outer.addWidget(steps)
    outer.addWidget(inner)
    window.setCentralWidget(outer)
    window.statusBar().addWidget(QLabel("Machine Learning Engineer Roadmap 2025/26: 23 of 69 topics done"))
    window.statusBar().addPermanentWidget(QLabel("10 reviews due   Today: 0 min of 30 min"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()
    _report("READY")


def _icon(name: str) -> str:
    """An icon's file, found without `studytracker.resources` (the floor runs no app code)."""
    return os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "icons", f"{name}.svg"
    )


def orm_import() -> None:
    """SQLAlchemy with its ORM, imported by itself: what the store's attaching costs at least."""
    import sqlalchemy.orm  # noqa: F401

    _report("READY")


def studytracker(data_dir: str) -> None:
    """The app as a learner starts it, `studytracker --data-dir DIR` (the entry point, the command
    line, `run_window`), watched at two of its own steps: READY once the window is shown, filled
    and painted (and rendered once more, as the bare window is), ATTACHED once the Tracker has
    taken over. Then the window is closed, as Ctrl+Q would."""
    gc.disable()  # what the entry point does first; the watching needs a few imports before it
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from studytracker import __main__ as entry_point
    from studytracker.ui.shell import app as app_module
    from studytracker.ui.shell.main_window import MainWindow

    when_on_screen = app_module.after_first_paint
    reported: set[str] = set()

    def after_first_paint(window: QWidget, then: object) -> None:
        # The app asks this more than once (the store, the single-instance socket): READY is
        # reported on the first, before any of the work it holds back.
        def ready() -> None:
            if "READY" not in reported:
                reported.add("READY")  # first: the events processed below may run the second
                QApplication.processEvents()
                window.grab()
                _report("READY")
            when_on_screen(window, then)  # type: ignore[arg-type]

        QTimer.singleShot(0, ready)

    attached_to = MainWindow._attached

    def attach_and_report(window: MainWindow, took_over_first_view: bool) -> None:
        attached_to(window, took_over_first_view)

        def attached() -> None:
            QApplication.processEvents()
            window.grab()
            _report("ATTACHED")
            window.close()

        QTimer.singleShot(0, attached)

    app_module.after_first_paint = after_first_paint  # type: ignore[assignment]
    MainWindow._attached = attach_and_report  # type: ignore[method-assign,assignment]
    code = entry_point.main(["--data-dir", data_dir])
    if code:
        sys.exit(code)


def profile(data_dir: str) -> None:
    """The app's start-up to its first populated paint under cProfile: the functions (imports
    among them) that took the time, by cumulative time, for a start-up over its budget."""
    import cProfile
    import pstats

    from PySide6.QtCore import QTimer

    from studytracker.ui import shell

    profiler = cProfile.Profile()
    profiler.enable()
    import studytracker.ui.shell.app as app_module

    when_on_screen = app_module.after_first_paint

    def after_first_paint(window: object, then: object) -> None:
        def ready() -> None:
            profiler.disable()
            stats = pstats.Stats(profiler, stream=sys.stdout)
            ours = r"studytracker|importlib._bootstrap\b|PySide6|enum"
            stats.sort_stats("cumulative").print_stats(ours, 30)
            sys.stdout.flush()
            os._exit(0)

        QTimer.singleShot(0, ready)

    del when_on_screen, shell
    app_module.after_first_paint = after_first_paint  # type: ignore[assignment]
    from studytracker import __main__ as entry_point

    entry_point.main(["--data-dir", data_dir])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "floor":
        floor()
    elif sys.argv[1] == "orm":
        orm_import()
    elif sys.argv[1] == "profile":
        profile(sys.argv[2])
    else:
        studytracker(sys.argv[2])
