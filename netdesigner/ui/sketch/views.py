"""What the Sketch panel shows besides the pad: the 28x28 digit the network is given, drawn
large, and the ten class probabilities as bars."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from netdesigner.ui import theme


def gray_image(pixels: np.ndarray) -> QImage:
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    return QImage(
        pixels.data, pixels.shape[1], pixels.shape[0], pixels.shape[1], QImage.Format.Format_Grayscale8
    ).copy()


class DigitView(QWidget):
    """The 28x28 digit the network is given, drawn large with visible pixels."""

    def __init__(self) -> None:
        super().__init__()
        self.digit: np.ndarray | None = None
        self.setMinimumSize(112, 112)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("What the network sees"))
        self.setToolTip(
            self.tr("The 28x28 image the network is given: cropped, scaled to 20 pixels and centred as MNIST")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(140, 140)

    def set_digit(self, digit: np.ndarray | None) -> None:
        self.digit = digit
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        side = min(self.width(), self.height())
        square = QRectF((self.width() - side) / 2, 0, side, side)
        painter.fillRect(square, QColor("black"))
        if self.digit is not None:
            painter.drawImage(square, gray_image(self.digit))  # nearest neighbour: the pixels show
        painter.setPen(theme.text_color(muted=True))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        painter.end()


class ProbabilityBars(QWidget):
    """Ten bars, one per class, the winner highlighted (and labelled, not only coloured)."""

    def __init__(self) -> None:
        super().__init__()
        self.probabilities: np.ndarray | None = None
        self.names: tuple[str, ...] = tuple(str(d) for d in range(10))
        self.setMinimumSize(220, 90)
        self.setAccessibleName(self.tr("Probabilities"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Probabilities"))
        super().changeEvent(event)

    def set_probabilities(self, probabilities: np.ndarray | None) -> None:
        self.probabilities = probabilities
        pairs = zip(self.names, probabilities if probabilities is not None else [], strict=False)
        tip = "\n".join(f"{name}: {p:.1%}" for name, p in pairs)  # class names and numbers only
        self.setToolTip(tip)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.names)
        width = self.width() / count
        label_height = painter.fontMetrics().height() + 4
        top = label_height
        height = self.height() - 2 * label_height
        best = int(np.argmax(self.probabilities)) if self.probabilities is not None else -1
        for i, name in enumerate(self.names):
            p = float(self.probabilities[i]) if self.probabilities is not None else 0.0
            bar = QRectF(i * width + 3, top + height * (1 - p), width - 6, height * p)
            painter.fillRect(bar, theme.accent() if i == best else theme.text_color(muted=True))
            painter.setPen(theme.text_color())
            font = painter.font()
            font.setBold(i == best)
            painter.setFont(font)
            painter.drawText(QRectF(i * width, top + height, width, label_height), Qt.AlignmentFlag.AlignCenter, name)
            if p >= 0.05:
                painter.drawText(
                    QRectF(i * width, top + height * (1 - p) - label_height, width, label_height),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{p:.0%}",
                )
        painter.end()
