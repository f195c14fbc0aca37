"""How the trained network does on the test set: accuracy, a clickable confusion matrix and a
gallery of the test images behind each cell (by default the most confident mistakes)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QIcon,
    QImage,
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
    QVBoxLayout,
    QWidget,
)

from netdesigner.engine.evaluation import Evaluation
from netdesigner.ui.training.confusion_matrix import ConfusionMatrix, image_count_text

HINT = QT_TRANSLATE_NOOP("EvaluationView", "Train the network to see how it does on the test set.")
GALLERY_LIMIT = 100
THUMB_SCALE = 3


class EvaluationView(QWidget):
    """Test accuracy, the confusion matrix and a gallery of the test images in the chosen cell."""

    cell_selected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evaluation: Evaluation | None = None
        self._loss: float | None = None
        self._images = np.zeros((0, 28, 28), dtype=np.uint8)

        self.header = QLabel()
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        self.matrix = ConfusionMatrix()
        self.matrix.cell_clicked.connect(self.show_cell)

        self._title = QLabel()
        self._title.setWordWrap(True)
        self.mistakes_button = QPushButton()
        self.mistakes_button.clicked.connect(self.show_misclassified)
        title_row = QHBoxLayout()
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.mistakes_button)
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setWrapping(True)
        self.gallery.setIconSize(QSize(28 * THUMB_SCALE, 28 * THUMB_SCALE))
        self._thumb_width = 28 * THUMB_SCALE
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
        self._retranslate()
        self.clear()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Test set evaluation"))
        self.header.setAccessibleName(self.tr("Test accuracy"))
        self.hint.setText(self.tr(HINT))
        self.hint.setAccessibleName(self.tr("Evaluation hint"))
        self._title.setAccessibleName(self.tr("Gallery title"))
        self.mistakes_button.setText(self.tr("Show mistakes"))
        self.mistakes_button.setAccessibleName(self.tr("Show the most confident mistakes"))
        self.gallery.setAccessibleName(self.tr("Test images"))
        side, fm = 28 * THUMB_SCALE, self.gallery.fontMetrics()
        widest = "✗ " + self.tr("true {true} → {predicted} ({confidence})").format(
            true=8, predicted=8, confidence="100%"
        )
        self._thumb_width = max(side, fm.horizontalAdvance(widest)) + 6
        self.gallery.setGridSize(QSize(self._thumb_width, side + fm.height() + 12))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._evaluation is not None:  # the header and the gallery, in the new language
                selected = self.matrix.selected
                self.show_evaluation(self._evaluation, self._images, self._loss)
                if selected is not None:
                    self.show_cell(*selected)
        super().changeEvent(event)

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
        self._loss = loss
        n = len(evaluation.labels)
        right = int(np.sum(evaluation.predictions == evaluation.labels))
        text = self.tr("<b>Test accuracy {accuracy}</b> ({right} of {total} images right)").format(
            accuracy=f"{evaluation.accuracy:.1%}", right=right, total=n
        )
        if loss is not None:
            text += " · " + self.tr("loss {loss}").format(loss=f"{loss:.4f}")
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
            title = self.tr("No mistakes: every test image is classified correctly.")
        elif len(wrong) > GALLERY_LIMIT:
            title = self.tr("{shown} most confident of {count} mistakes").format(shown=GALLERY_LIMIT, count=len(wrong))
        elif len(wrong) > 1:
            title = self.tr("All {count} mistakes, most confident first").format(count=len(wrong))
        else:
            title = self.tr("1 mistake")
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
        words = {"true": names[true], "predicted": names[predicted]}
        if len(found) > GALLERY_LIMIT:
            title = self.tr("True {true}, predicted {predicted}: the {shown} most confident (of {count})").format(
                shown=GALLERY_LIMIT, count=len(found), **words
            )
        else:
            title = self.tr("True {true}, predicted {predicted}: {images}").format(
                images=image_count_text(len(found)), **words
            )
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
            right = true == predicted  # said with a mark and a word, not only a color
            words = {"true": names[true], "predicted": names[predicted]}
            shown = self.tr("true {true} → {predicted} ({confidence})").format(confidence=f"{confidence:.0%}", **words)
            label = f"{'✓' if right else '✗'} {shown}"
            item = QListWidgetItem(self._thumbnail(self._images[index]), label, self.gallery)
            item.setData(Qt.ItemDataRole.UserRole, index)
            verdict = self.tr("right") if right else self.tr("wrong")
            tip = self.tr("Test image #{index}: true {true}, predicted {predicted} ({confidence}), {verdict}")
            tip = tip.format(index=index, confidence=f"{confidence:.1%}", verdict=verdict, **words)
            item.setToolTip(tip)
            spoken = f"{verdict}: {shown}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

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
