"""Widget fixtures: a main window over a temporary data folder, with a throw-away QSettings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl

from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow


class OpenedUrls(list[QUrl]):
    """Stands in for the system browser: records what would have been opened."""

    def __call__(self, url: QUrl) -> bool:
        self.append(url)
        return True


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened_urls() -> OpenedUrls:
    return OpenedUrls()


@pytest.fixture
def window(qtbot, tracker: Tracker, settings: QSettings, opened_urls: OpenedUrls) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(settings=settings, open_url=opened_urls)
    main.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]  # no modal question on close
    qtbot.addWidget(main)
    main.attach(tracker)
    main.show()
    qtbot.waitExposed(main)
    yield main
