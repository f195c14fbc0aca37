"""How the trained network does on the test set: accuracy, a clickable confusion matrix and a
gallery of the test images behind each cell (by default the most confident mistakes)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from netdesigner.engine.evaluation import Evaluation

HINT = "Train the network to see how it does on the test set."
CAPTION = "Shade: share of each true class's images. Click a cell to see them."
GALLERY_LIMIT = 100
THUMB_SCALE = 3


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """Mix ``a`` into ``b``: t=0 gives a, t=1 gives b."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def _images(count: int) -> str:
    return f"{count} image" if count == 1 else f"{count} images"


class ConfusionMatrix(QWidget):
    """A grid of counts, rows = true class, columns = predicted class; shade = share of the row."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Confusion matrix")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._counts = np.zeros((0, 0), dtype=np.int64)
        self._names: tuple[str, ...] = ()
        self._hover: tuple[int, int] | None = None
        self.selected: tuple[int, int] | None = None

    def set_data(self, counts: np.ndarray, names: tuple[str, ...]) -> None:
        self._counts, self._names = np.asarray(counts, dtype=np.int64), names
        self._hover = self.selected = None
        total, right = int(self._counts.sum()), int(np.trace(self._counts)) if self._counts.size else 0
        self.setAccessibleDescription(f"{len(names)} classes, {right} of {total} test images on the diagonal")
        self.update()

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
        right = max(fm.horizontalAdvance("100%"), QFontMetrics(self._bold()).horizontalAdvance("Correct")) + 12
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
        x, y, cell = self._grid()
        return QRect(x + predicted * cell, y + true * cell, cell, cell)

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
        return self._size_for(44)

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
        x0, y0, cell = self._grid()
        size, line = cell * n, self.fontMetrics().height() + 4
        left, top, right, _ = self._margins()
        role = QPalette.ColorRole
        base, text = pal.color(role.Base), pal.color(role.Text)
        p = QPainter(self)
        # Axis titles, class names and the per-class accuracy column.
        p.setFont(self._bold())
        p.setPen(pal.color(role.WindowText))
        center = Qt.AlignmentFlag.AlignCenter
        p.drawText(QRect(x0, y0 - top, size, line), center, "Predicted")
        p.drawText(QRect(x0 + size + 6, y0 - line - 2, 200, line), Qt.AlignmentFlag.AlignVCenter, "Correct")
        p.save()
        p.translate(x0 - left, y0 + size)
        p.rotate(-90)
        p.drawText(QRect(0, 0, size, line), center, "True")
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
        count_font = QFont(self.font())
        count_font.setPixelSize(max(8, min(int(cell * 0.34), 18)))
        for t in range(n):
            for q in range(n):
                count, rect = int(self._counts[t, q]), self.cell_rect(t, q)
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
            p.drawRect(self.cell_rect(i, i).adjusted(1, 1, -1, -1))
        if self._hover is not None:
            p.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            p.drawRect(self.cell_rect(*self._hover).adjusted(3, 3, -4, -4))
        if self.selected is not None:
            rect = self.cell_rect(*self.selected)
            p.setPen(QPen(pal.color(role.WindowText), 4))
            p.drawRect(rect.adjusted(-1, -1, 0, 0))
            p.setPen(QPen(base, 1))
            p.drawRect(rect.adjusted(2, 2, -3, -3))
        if self.hasFocus():
            p.setPen(QPen(pal.color(role.PlaceholderText), 1, Qt.PenStyle.DotLine))
            focus = self.cell_rect(*self.selected) if self.selected else QRect(x0, y0, size, size)
            p.drawRect(focus.adjusted(-4, -4, 3, 3))
        p.setFont(self.font())
        p.setPen(pal.color(role.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        p.drawText(QRect(x0 - left, y0 + size + 8, left + size + right, 2 * line), flags, CAPTION)
        p.end()

    # -- interaction ------------------------------------------------------------------------
    def tooltip_text(self, true: int, predicted: int) -> str:
        count = int(self._counts[true, predicted])
        return f"true {self._names[true]}, predicted {self._names[predicted]}: {_images(count)}"

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


class EvaluationView(QWidget):
    """Test accuracy, the confusion matrix and a gallery of the test images in the chosen cell."""

    cell_selected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Test set evaluation")
        self._evaluation: Evaluation | None = None
        self._images = np.zeros((0, 28, 28), dtype=np.uint8)

        self.header = QLabel()
        self.header.setAccessibleName("Test accuracy")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)
        self.hint = QLabel(HINT)
        self.hint.setAccessibleName("Evaluation hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        self.matrix = ConfusionMatrix()
        self.matrix.cell_clicked.connect(self.show_cell)

        self._title = QLabel()
        self._title.setAccessibleName("Gallery title")
        self._title.setWordWrap(True)
        self.mistakes_button = QPushButton("Show mistakes")
        self.mistakes_button.setAccessibleName("Show the most confident mistakes")
        self.mistakes_button.clicked.connect(self.show_misclassified)
        title_row = QHBoxLayout()
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.mistakes_button)
        self.gallery = QListWidget()
        self.gallery.setAccessibleName("Test images")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setWrapping(True)
        side = 28 * THUMB_SCALE
        self.gallery.setIconSize(QSize(side, side))
        fm = self.gallery.fontMetrics()
        cell_w = max(side, fm.horizontalAdvance("true 8 → 8 (100%)")) + 6
        self.gallery.setGridSize(QSize(cell_w, side + fm.height() + 12))
        self._thumb_width = cell_w
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(title_row)
        right.addWidget(self.gallery, 1)

        results = QWidget()
        body = QHBoxLayout(results)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.matrix, 1)
        body.addLayout(right)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.hint)
        self._stack.addWidget(results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self._stack, 1)
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the gallery whole columns of thumbnails, about two fifths of the width."""
        scrollbar = self.gallery.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        columns = max(2, self.width() * 2 // 5 // self._thumb_width)
        self.gallery.setFixedWidth(columns * self._thumb_width + scrollbar + 2 * self.gallery.frameWidth() + 4)
        super().resizeEvent(event)

    # -- public API -------------------------------------------------------------------------
    def show_evaluation(self, evaluation: Evaluation, images: np.ndarray, loss: float | None = None) -> None:
        """Show ``evaluation``; ``images`` are the test images (uint8 N×28×28, white ink on black)."""
        images = np.asarray(images)
        if images.ndim != 3 or len(images) != len(evaluation.labels):
            raise ValueError(f"expected {len(evaluation.labels)} test images (N×28×28), got shape {images.shape}")
        self._evaluation, self._images = evaluation, np.ascontiguousarray(images, dtype=np.uint8)
        n = len(evaluation.labels)
        right = int(np.sum(evaluation.predictions == evaluation.labels))
        text = f"<b>Test accuracy {evaluation.accuracy:.1%}</b> ({right} of {n} images right)"
        if loss is not None:
            text += f" · loss {loss:.4f}"
        self.header.setText(text)
        self.header.setVisible(True)
        self.matrix.set_data(evaluation.confusion, evaluation.class_names)
        self._stack.setCurrentIndex(1)
        self.show_misclassified()

    def clear(self) -> None:
        """Forget the evaluation and show the hint."""
        self._evaluation = None
        self._images = np.zeros((0, 28, 28), dtype=np.uint8)
        self.header.clear()
        self.header.hide()
        self.matrix.set_data(np.zeros((0, 0), dtype=np.int64), ())
        self._fill([], "")
        self._stack.setCurrentIndex(0)

    def show_misclassified(self) -> None:
        """Fill the gallery with the most confident mistakes (the default view)."""
        ev = self._evaluation
        if ev is None:
            return
        self.matrix.select(None)
        self.mistakes_button.setEnabled(False)
        wrong = ev.misclassified()
        if not len(wrong):
            title = "No mistakes: every test image is classified correctly."
        elif len(wrong) > GALLERY_LIMIT:
            title = f"{GALLERY_LIMIT} most confident of {len(wrong)} mistakes"
        else:
            title = f"All {len(wrong)} mistakes, most confident first" if len(wrong) > 1 else "1 mistake"
        self._fill(wrong[:GALLERY_LIMIT], title)

    def show_cell(self, true: int, predicted: int) -> None:
        """Fill the gallery with the test images of one confusion-matrix cell."""
        ev = self._evaluation
        if ev is None:
            return
        self.matrix.select((true, predicted))
        self.mistakes_button.setEnabled(True)
        found = ev.indices(true, predicted)
        names = ev.class_names
        what = f"True {names[true]}, predicted {names[predicted]}"
        if len(found) > GALLERY_LIMIT:
            title = f"{what}: the {GALLERY_LIMIT} most confident (of {len(found)})"
        else:
            title = f"{what}: {_images(len(found))}"
        self._fill(found[:GALLERY_LIMIT], title)
        self.cell_selected.emit(true, predicted)

    def cell_rect(self, true: int, predicted: int) -> QRect:
        """The cell's rectangle in ``matrix`` coordinates."""
        return self.matrix.cell_rect(true, predicted)

    def gallery_count(self) -> int:
        return self.gallery.count()

    def gallery_title(self) -> str:
        return self._title.text()

    def gallery_indices(self) -> list[int]:
        """Test-set indices of the images in the gallery, in order."""
        return [int(self.gallery.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.gallery.count())]

    # -- gallery ----------------------------------------------------------------------------
    def _fill(self, indices: np.ndarray | list[int], title: str) -> None:
        self._title.setText(title)
        self.gallery.clear()
        ev = self._evaluation
        if ev is None:
            return
        names = ev.class_names
        for index in indices:
            index = int(index)
            true, predicted = int(ev.labels[index]), int(ev.predictions[index])
            confidence = float(ev.probabilities[index, predicted])
            label = f"true {names[true]} → {names[predicted]} ({confidence:.0%})"
            item = QListWidgetItem(self._thumbnail(self._images[index]), label, self.gallery)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(f"Test image #{index}: true {names[true]}, predicted {names[predicted]} ({confidence:.1%})")

    @staticmethod
    def _thumbnail(image: np.ndarray) -> QIcon:
        """The image scaled up with square pixels; the same pixmap when selected, so it is never tinted."""
        h, w = image.shape
        pixels = np.ascontiguousarray(image, dtype=np.uint8)
        qimage = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8).copy()  # copy: own the pixels
        pixmap = QPixmap.fromImage(qimage.scaled(w * THUMB_SCALE, h * THUMB_SCALE))  # nearest neighbour by default
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)
        return icon
