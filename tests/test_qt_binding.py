"""The Qt binding itself: a known-broken PySide6 release would crash the app after a while."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter


def test_qt_calls_keep_python_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.drawRect(QRectF(1, 1, 5, 5))
    gc.collect()
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references over 2,000 calls"
