"""The sketch pad: draw a digit with the mouse, a pen or a finger, white ink on black.

Strokes are kept as point lists (so the last one can be undone) and painted anti-aliased
with round caps into a square grayscale image; the pen is 1/14 of the side, which after
the MNIST-style scaling of a digit that fills most of the pad is MNIST's stroke of about
two pixels. A loaded image is kept under the strokes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SIDE = 280  # the image the strokes are drawn into (10x MNIST)
PEN = SIDE / 14


class SketchPad(QWidget):
    """``changed`` fires while drawing (for a live preview) and ``stroke_finished`` at the end."""

    changed = Signal()
    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[tuple[bool, list[QPointF]]] = []  # (erasing, points in image coordinates)
        self.background: QImage | None = None
        self.erasing = False
        self._current: list[QPointF] | None = None
        self.setMinimumSize(200, 200)
        self.setMaximumSize(280, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._retranslate()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # touch arrives as mouse events

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sketch pad"))
        self.setToolTip(self.tr("Draw a digit here: white ink on black, as in MNIST"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()  # the hint on an empty pad
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(260, 260)

    # -- content -----------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.background is None and not any(not erase for erase, _ in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self.background = None
        self._finish_change()

    def undo_stroke(self) -> None:
        if self.strokes:
            self.strokes.pop()
        elif self.background is not None:
            self.background = None
        self._finish_change()

    def set_image(self, gray: np.ndarray) -> None:
        """Show a grayscale image (white ink on black, any size) fitted into the pad."""
        gray = np.ascontiguousarray(gray, dtype=np.uint8)
        height, width = gray.shape
        source = QImage(gray.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
        image = QImage(SIDE, SIDE, QImage.Format.Format_Grayscale8)
        image.fill(QColor("black"))
        scaled = source.scaled(
            SIDE, SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        painter = QPainter(image)
        painter.drawImage((SIDE - scaled.width()) // 2, (SIDE - scaled.height()) // 2, scaled)
        painter.end()
        self.strokes.clear()
        self.background = image
        self._finish_change()

    def render_image(self) -> QImage:
        image = QImage(SIDE, SIDE, QImage.Format.Format_Grayscale8)
        image.fill(QColor("black"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.background is not None:
            painter.drawImage(0, 0, self.background)
        for erasing, points in self.strokes + ([(self.erasing, self._current)] if self._current else []):
            self._paint_stroke(painter, points, erasing)
        painter.end()
        return image

    def pixels(self) -> np.ndarray:
        """The drawing as a SIDE x SIDE uint8 array, white ink on black."""
        image = self.render_image()
        data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(SIDE, image.bytesPerLine())
        return data[:, :SIDE].copy()

    @staticmethod
    def _paint_stroke(painter: QPainter, points: list[QPointF], erasing: bool) -> None:
        color = QColor("black") if erasing else QColor("white")
        pen = QPen(color, PEN * (1.6 if erasing else 1.0), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if len(points) == 1:
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(points[0], pen.widthF() / 2, pen.widthF() / 2)
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    # -- drawing -----------------------------------------------------------------------------

    def _square(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_image(self, point: QPointF) -> QPointF:
        square = self._square()
        scale = SIDE / square.width()
        return QPointF((point.x() - square.left()) * scale, (point.y() - square.top()) * scale)

    def _begin(self, point: QPointF) -> None:
        self._current = [self._to_image(point)]
        self.update()
        self.changed.emit()

    def _extend(self, point: QPointF) -> None:
        if self._current is not None:
            self._current.append(self._to_image(point))
            self.update()
            self.changed.emit()

    def _end(self) -> None:
        if self._current is not None:
            self.strokes.append((self.erasing, self._current))
            self._current = None
            self._finish_change()

    def _finish_change(self) -> None:
        self.update()
        self.changed.emit()
        self.stroke_finished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        """A pen draws like the mouse; accepting stops Qt from also sending mouse events."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        square = self._square()
        painter.drawImage(square, self.render_image())
        painter.setPen(QPen(self.palette().color(self.foregroundRole()), 1))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        if self.is_empty() and self._current is None:
            painter.setPen(QColor(160, 160, 160))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(square.adjusted(8, 8, -8, -8), flags, self.tr("Draw a digit here"))
        painter.end()
