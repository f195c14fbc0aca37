"""What keyboard use draws on the canvas: the focus ring around the layer the keys act on, and
the mark on the layer a keyboard connection would go to. Both are children of a layer's card,
so they move with it; neither is part of the document.

The marks never tell states apart by hue alone: the focus ring is dashed, a valid target is
drawn solid with a tick, a refused one dashed with a cross.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netdesigner.ui import theme
from netdesigner.ui.node_item import NodeItem

RING_GAP = 7.0


def _card(node: NodeItem) -> QRectF:
    return node.card_rect().adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP)


class FocusRing(QGraphicsItem):
    """A dashed accent outline with a halo of the canvas color, visible on any card color."""

    def __init__(self, node: NodeItem) -> None:
        super().__init__(node)
        self.node = node
        self.setZValue(3)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return _card(self.node).adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = _card(self.node)
        painter.setPen(QPen(theme.canvas_background(), 5))
        painter.drawRoundedRect(rect, 12, 12)
        pen = QPen(theme.accent(), 2.5, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3, 2])
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 12, 12)


class TargetMark(QGraphicsItem):
    """Marks the layer a keyboard connection would reach, saying in words whether it may."""

    def __init__(self, node: NodeItem, valid: bool) -> None:
        super().__init__(node)
        self.node, self.valid = node, valid
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def text(self) -> str:
        if self.valid:
            return QCoreApplication.translate("TargetMark", "✓ Enter connects here")
        return QCoreApplication.translate("TargetMark", "✗ cannot connect here")

    def _font(self) -> QFont:
        font = QFont()
        font.setBold(True)
        return font

    def _tag(self) -> QRectF:
        metrics = QFontMetricsF(self._font())
        rect = _card(self.node)
        height = metrics.height() + 4
        return QRectF(rect.left(), rect.top() - height - 2, metrics.horizontalAdvance(self.text()) + 12, height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return _card(self.node).adjusted(-3, -3, 3, 3).united(self._tag().adjusted(-2, -2, 2, 2))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = theme.accent() if self.valid else theme.ERROR_COLOR
        pen = QPen(color, 3 if self.valid else 2, Qt.PenStyle.SolidLine if self.valid else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(_card(self.node), 12, 12)
        tag = self._tag()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(tag, 4, 4)
        painter.setFont(self._font())
        painter.setPen(theme.palette().color(QPalette.ColorRole.HighlightedText) if self.valid else QColor("white"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.text())
