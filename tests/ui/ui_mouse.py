"""Real mouse events on a graphics view's viewport, with the buttons held during moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


def _send(view: QGraphicsView, kind: QEvent.Type, point: QPoint, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
    local = QPointF(point)
    event = QMouseEvent(
        kind, local, QPointF(view.viewport().mapToGlobal(point)), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(view: QGraphicsView, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at ``start`` (scene coordinates), move in steps to ``end``, release."""
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    _send(view, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for i in range(1, steps + 1):
        point = a + (b - a) * i / steps
        _send(view, QEvent.Type.MouseMove, point, NONE, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, b, LEFT, NONE)


def click(view: QGraphicsView, at: QPointF) -> None:
    point = view.mapFromScene(at)
    _send(view, QEvent.Type.MouseButtonPress, point, LEFT, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, point, LEFT, NONE)
