"""The confusion matrix widget: counts of test images by true and predicted class, shaded by
each row's share, clickable and keyboard-navigable."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

CAPTION = QT_TRANSLATE_NOOP("ConfusionMatrix", "Shade: share of each true class's images. Click a cell to see them.")


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """Mix ``a`` into ``b``: t=0 gives a, t=1 gives b."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def _cell_rect(grid: tuple[int, int, int], true: int, predicted: int) -> QRect:
    x, y, cell = grid
    return QRect(x + predicted * cell, y + true * cell, cell, cell)


def image_count_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ConfusionMatrix", "1 image")
    return QCoreApplication.translate("ConfusionMatrix", "{count} images").format(count=count)


class ConfusionMatrix(QWidget):
    """A grid of counts, rows = true class, columns = predicted class; shade = share of the row."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Confusion matrix"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._counts = np.zeros((0, 0), dtype=np.int64)
        self._names: tuple[str, ...] = ()
        self._hover: tuple[int, int] | None = None
        self.selected: tuple[int, int] | None = None

    def set_data(self, counts: np.ndarray, names: tuple[str, ...]) -> None:
        self._counts, self._names = np.asarray(counts, dtype=np.int64), names
        self._hover = self.selected = None
        self._describe()
        self.update()

    def _describe(self) -> None:
        total, right = int(self._counts.sum()), int(np.trace(self._counts)) if self._counts.size else 0
        description = self.tr("{classes} classes, {right} of {total} test images on the diagonal")
        self.setAccessibleDescription(description.format(classes=len(self._names), right=right, total=total))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:  # the titles are painted in the current language
            self.setAccessibleName(self.tr("Confusion matrix"))
            self._describe()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def select(self, cell: tuple[int, int] | None) -> None:
        self.selected = cell
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def _margins(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) space around the grid: titles, class names, row accuracy, caption."""
        fm = self.fontMetrics()
        names = max((fm.horizontalAdvance(n) for n in self._names), default=0)
        left = fm.height() + 8 + min(names, 120) + 8
        top = 2 * fm.height() + 12
        right = max(fm.horizontalAdvance("100%"), QFontMetrics(self._bold()).horizontalAdvance(self.tr("Correct"))) + 12
        return left, top, right, 2 * fm.height() + 12

    def _grid(self) -> tuple[int, int, int]:
        """(x, y, cell size) of the grid's top-left corner; the whole block is centred."""
        n = max(len(self._names), 1)
        left, top, right, bottom = self._margins()
        cell = max(4, min((self.width() - left - right) // n, (self.height() - top - bottom) // n))
        x = max(0, (self.width() - left - right - cell * n) // 2) + left
        y = max(0, (self.height() - top - bottom - cell * n) // 2) + top
        return x, y, cell

    def cell_rect(self, true: int, predicted: int) -> QRect:
        return _cell_rect(self._grid(), true, predicted)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        x, y, cell = self._grid()
        n = len(self._names)
        col, row = (pos.x() - x) // cell, (pos.y() - y) // cell
        return (row, col) if pos.x() >= x and pos.y() >= y and row < n and col < n else None

    def _size_for(self, cell: int) -> QSize:
        left, top, right, bottom = self._margins()
        n = max(len(self._names), 1)
        return QSize(left + right + cell * n, top + bottom + cell * n)

    def sizeHint(self) -> QSize:
        return self._size_for(max(44, round(self.fontMetrics().height() * 2.6)))

    def minimumSizeHint(self) -> QSize:
        return self._size_for(20)

    # -- painting ---------------------------------------------------------------------------
    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._names:
            return
        pal, n = self.palette(), len(self._names)
        grid = x0, y0, cell = self._grid()  # measured once: cell_rect would measure the margins per cell

        def rect_at(true: int, predicted: int) -> QRect:
            return _cell_rect(grid, true, predicted)

        size, line = cell * n, self.fontMetrics().height() + 4
        left, top, right, _ = self._margins()
        role = QPalette.ColorRole
        base, text = pal.color(role.Base), pal.color(role.Text)
        p = QPainter(self)
        # Axis titles, class names and the per-class accuracy column.
        p.setFont(self._bold())
        p.setPen(pal.color(role.WindowText))
        center = Qt.AlignmentFlag.AlignCenter
        p.drawText(QRect(x0, y0 - top, size, line), center, self.tr("Predicted"))
        p.drawText(QRect(x0 + size + 6, y0 - line - 2, 200, line), Qt.AlignmentFlag.AlignVCenter, self.tr("Correct"))
        p.save()
        p.translate(x0 - left, y0 + size)
        p.rotate(-90)
        p.drawText(QRect(0, 0, size, line), center, self.tr("True"))
        p.restore()
        p.setFont(self.font())
        fm, right_v = self.fontMetrics(), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        totals = self._counts.sum(axis=1)
        for i, name in enumerate(self._names):
            p.setPen(pal.color(role.WindowText))
            column = fm.elidedText(name, Qt.TextElideMode.ElideRight, cell - 2)
            p.drawText(QRect(x0 + i * cell, y0 - line - 2, cell, line), center, column)
            row = fm.elidedText(name, Qt.TextElideMode.ElideRight, 120)
            p.drawText(QRect(x0 - left + line, y0 + i * cell, left - line - 8, cell), right_v, row)
            p.setPen(pal.color(role.PlaceholderText))
            share = f"{self._counts[i, i] / totals[i]:.0%}" if totals[i] else "—"
            p.drawText(QRect(x0 + size + 6, y0 + i * cell, 200, cell), Qt.AlignmentFlag.AlignVCenter, share)
        # Cells: shade = share of the true class's images; counts bold on the diagonal.
        count_font = QFont(self.font())  # the system's size, smaller only where the cells are small
        if count_font.pointSizeF() > 0:
            fit = cell * 0.5 / max(QFontMetricsF(count_font).height(), 1.0)
            count_font.setPointSizeF(max(count_font.pointSizeF() * min(fit, 1.0), 5.0))
        for t in range(n):
            for q in range(n):
                count, rect = int(self._counts[t, q]), rect_at(t, q)
                shade = (count / totals[t]) ** 0.5 if totals[t] else 0.0  # sqrt: small confusions still show
                p.fillRect(rect, _blend(base, pal.color(role.Highlight), shade))
                if count:
                    p.setPen(pal.color(role.HighlightedText) if shade > 0.6 else text)
                    count_font.setBold(t == q)
                    p.setFont(count_font)
                    p.drawText(rect, center, str(count))
        # Grid lines, then heavy frames on the diagonal, then hover / selection / focus marks.
        p.setPen(QPen(pal.color(role.Mid), 1))
        for i in range(n + 1):
            p.drawLine(x0, y0 + i * cell, x0 + size, y0 + i * cell)
            p.drawLine(x0 + i * cell, y0, x0 + i * cell, y0 + size)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(text, 2))
        for i in range(n):
            p.drawRect(rect_at(i, i).adjusted(1, 1, -1, -1))
        if self._hover is not None:
            p.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            p.drawRect(rect_at(*self._hover).adjusted(3, 3, -4, -4))
        if self.selected is not None:
            rect = rect_at(*self.selected)
            p.setPen(QPen(pal.color(role.WindowText), 4))
            p.drawRect(rect.adjusted(-1, -1, 0, 0))
            p.setPen(QPen(base, 1))
            p.drawRect(rect.adjusted(2, 2, -3, -3))
        if self.hasFocus():
            p.setPen(QPen(pal.color(role.PlaceholderText), 1, Qt.PenStyle.DotLine))
            focus = rect_at(*self.selected) if self.selected else QRect(x0, y0, size, size)
            p.drawRect(focus.adjusted(-4, -4, 3, 3))
        p.setFont(self.font())
        p.setPen(pal.color(role.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        p.drawText(QRect(x0 - left, y0 + size + 8, left + size + right, 2 * line), flags, self.tr(CAPTION))
        p.end()

    # -- interaction ------------------------------------------------------------------------
    def tooltip_text(self, true: int, predicted: int) -> str:
        count = int(self._counts[true, predicted])
        text = self.tr("true {true}, predicted {predicted}: {images}")
        return text.format(true=self._names[true], predicted=self._names[predicted], images=image_count_text(count))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(*cell), self, self.cell_rect(*cell))
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell != self._hover:
            self._hover = cell
            self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and cell is not None:
            self.cell_clicked.emit(*cell)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move through the cells; each move shows that cell's images."""
        n = len(self._names)
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if n and event.key() in moves:
            t, q = self.selected or (0, 0)
            dt, dq = moves[Qt.Key(event.key())]
            self.cell_clicked.emit(min(max(t + dt, 0), n - 1), min(max(q + dq, 0), n - 1))
            return
        super().keyPressEvent(event)
