"""A connection on the canvas: a curve from an output port down to an input port, with an
arrow head and a label naming the tensor shape it carries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netdesigner.ui import theme


def curve(start: QPointF, end: QPointF) -> QPainterPath:
    """A vertical S-curve; it bends further when the target sits above the source."""
    path = QPainterPath(start)
    bend = max(40.0, abs(end.y() - start.y()) * 0.5, abs(end.x() - start.x()) * 0.25)
    path.cubicTo(QPointF(start.x(), start.y() + bend), QPointF(end.x(), end.y() - bend), end)
    return path


class EdgeItem(QGraphicsItem):
    """Mirror of one edge of the document, or (with no ids) the edge being drawn."""

    def __init__(self, source: str = "", target: str = "") -> None:
        super().__init__()
        self.source, self.target = source, target
        self.start = QPointF()
        self.end = QPointF()
        self.label = ""
        self.pending = not source or not target
        self.valid_target = False
        self.flow: Any = None  # a gradient_flow.LayerFlow while the gradient flow view is on
        self._path = QPainterPath()
        self.setZValue(0 if not self.pending else 5)
        if not self.pending:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.setAcceptHoverEvents(True)
            self.setToolTip(self._tip(""))

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        self.prepareGeometryChange()
        self.start, self.end = QPointF(start), QPointF(end)
        self._path = curve(self.start, self.end)
        self.update()

    def set_label(self, text: str) -> None:
        if text != self.label:
            self.prepareGeometryChange()
            self.label = text
            self.setToolTip(self._tip(text))
            self.update()

    def _tip(self, shape: str) -> str:
        """The tooltip: which layers the edge joins, and the shape it carries (ids and numbers only)."""
        joined = f"{self.source} → {self.target}"
        return f"{joined}: {shape}" if shape else joined

    def set_flow(self, flow: Any) -> None:
        if flow != self.flow:
            self.flow = flow
            self.update()

    def _label_rect(self) -> QRectF:
        font = self._font()
        metrics = QFontMetricsF(font)
        mid = self._path.pointAtPercent(0.5)
        width = metrics.horizontalAdvance(self.label) + 10
        return QRectF(mid.x() + 8, mid.y() - metrics.height() / 2 - 1, width, metrics.height() + 2)

    @staticmethod
    def _font() -> QFont:
        font = QFont()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 0.85)
        return font

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        rect = self._path.boundingRect().adjusted(-10, -10, 10, 10)
        if self.label:
            rect = rect.united(self._label_rect().adjusted(-2, -2, 2, 2))
        return rect

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.pending:
            color = theme.accent() if self.valid_target else theme.text_color(muted=True)
            pen = QPen(color, 2, Qt.PenStyle.DashLine)
        else:
            color = theme.accent() if self.isSelected() else theme.text_color(muted=True)
            pen = QPen(color, 3 if self.isSelected() else 1.8)
            if self.flow is not None and not self.isSelected():
                color = theme.health_color(self.flow.state, self.flow.strength)
                pen = QPen(color, 1.2 + 4.8 * self.flow.strength)
                if self.flow.state in ("vanishing", "dead"):
                    pen.setStyle(Qt.PenStyle.DotLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        self._paint_arrow(painter, color)
        if self.label:
            rect = self._label_rect()
            painter.setPen(Qt.PenStyle.NoPen)
            background = QColor(theme.canvas_background())
            background.setAlphaF(0.9)
            painter.setBrush(background)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(self._font())
            painter.setPen(theme.text_color(muted=True))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)

    def _paint_arrow(self, painter: QPainter, color: QColor) -> None:
        tip = self.end - QPointF(0, theme.PORT_RADIUS + 1) if not self.pending else self.end
        arrow = QPolygonF([tip, tip + QPointF(-5, -9), tip + QPointF(5, -9)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(arrow)
