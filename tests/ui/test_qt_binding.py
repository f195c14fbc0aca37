"""The Qt binding must not leak or drop references on ordinary calls (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter, QPixmap


def test_painting_keeps_the_reference_count_of_none(qapp) -> None:  # noqa: ANN001 - pytest-qt's fixture
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert abs(after - before) < 100, f"None lost {before - after} references over 2,000 save/restore pairs"
