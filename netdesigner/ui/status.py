"""The status bar: messages on the left and, on the right, the lock while training, the model's
size and memory, the engine's state and the zoom.

With a large system font, a long translation or a narrow window the labels do not fit. Then
they shorten with "…" (their tooltip keeps the whole text), least important first, so that
a message gets the room it needs, up to ``MESSAGE_SHARE`` of the bar; a message that is still
too long is shortened the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

from netdesigner.core.analysis import Analysis, estimate_memory_bytes
from netdesigner.core.memory import planned_batch, size_text
from netdesigner.core.spec import TrainingConfig

TRAINING_UPDATE_MS = 250  # the least time between two updates of the loss and accuracy shown
MESSAGE_SHARE = 0.4  # of the bar's width a message may take from labels that are too wide
MIN_LABEL_CHARS = 6  # an elided label still shows about this many characters


def locked_text() -> str:
    return QCoreApplication.translate("StatusBar", "Locked while training")


class ElidingLabel(QLabel):
    """A one-line label that may be made narrower than its text, showing "…" where it is cut."""

    def __init__(self, text: str = "", tip: str = "") -> None:
        super().__init__(text)
        self._tip = tip
        self.setToolTip(tip)

    def set_tip(self, tip: str) -> None:
        """What the label is about; the tooltip adds the whole text while it is shortened."""
        self._tip = tip
        self._update_tip()

    def natural_width(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = min(self.natural_width(), self.fontMetrics().averageCharWidth() * MIN_LABEL_CHARS)
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(min(self.natural_width(), self.maximumWidth()), super().sizeHint().height())

    def elided(self) -> bool:
        return self.width() < self.natural_width()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.updateGeometry()
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        full = f"{self.text()}\n{self._tip}" if self.elided() and self._tip else self.text() if self.elided() else ""
        self.setToolTip(full or self._tip)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.text()
        if self.fontMetrics().horizontalAdvance(text) > rect.width():
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(painter, rect, align, self.palette(), self.isEnabled(), text, self.foregroundRole())


class StatusBar(QStatusBar):
    """A status bar that keeps room for messages and shortens what does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[ElidingLabel] = []  # least important first: these shorten first
        self.messageChanged.connect(lambda _message: self._on_message())

    def _on_message(self) -> None:
        self.fit()
        self._update_tip()

    def fit(self) -> None:
        """Give the labels their full width if it fits beside the message, else shorten them in order."""
        shown = [label for label in self.labels if not label.isHidden()]
        others = [w for w in self.findChildren(QLabel) if w.parentWidget() is self and w not in self.labels]
        message = self.currentMessage()
        wanted = self.fontMetrics().horizontalAdvance(message) + 24 if message else 0
        reserve = min(wanted, int(self.width() * MESSAGE_SHARE))
        fixed = sum(w.sizeHint().width() for w in others if not w.isHidden()) + 12 * (len(shown) + len(others)) + 24
        budget = self.width() - reserve - fixed
        excess = sum(label.natural_width() for label in shown) - budget
        for label in self.labels:
            least = label.minimumSizeHint().width()
            natural = label.natural_width()
            cut = min(max(excess, 0), natural - least) if not label.isHidden() else 0
            label.setMaximumWidth(natural - cut if cut > 0 else 16777215)
            excess -= cut

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.fit()
        super().resizeEvent(event)

    def message_rect(self) -> QRect:
        """Where the message goes: from the left edge to the first shown label (as QStatusBar)."""
        right = self.width() - 12
        shown = [w for w in self.findChildren(QWidget) if w.parentWidget() is self and w.isVisible()]
        for widget in shown:
            if isinstance(widget, QLabel) and widget.x() > 6:
                right = min(right, widget.x() - 2)
        return QRect(6, 0, max(right - 6, 0), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        for widget in self.findChildren(QWidget):
            if widget.parentWidget() is self and widget.isVisible() and isinstance(widget, QLabel):
                option.rect = widget.geometry().adjusted(-1, -1, 1, 1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, option, painter, self)
        rect = self.message_rect()
        text = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().windowText().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, text)

    def _update_tip(self) -> None:
        """A shortened message can be read whole in the bar's tooltip."""
        message = self.currentMessage()
        fits = self.fontMetrics().horizontalAdvance(message) <= self.message_rect().width()
        self.setToolTip("" if fits else message)


class StatusLabels:
    def __init__(self, bar: StatusBar) -> None:
        self._training: tuple[float, float] | None = None  # the newest loss and accuracy not shown yet
        self._training_timer = QTimer(bar)
        self._training_timer.setSingleShot(True)
        self._training_timer.setInterval(TRAINING_UPDATE_MS)
        self._training_timer.timeout.connect(self._show_newest_training)
        self.lock = ElidingLabel(
            locked_text(), QCoreApplication.translate("StatusBar", "The design cannot be edited until training stops")
        )
        self.lock.hide()
        self.params = ElidingLabel(
            "", QCoreApplication.translate("StatusBar", "Trainable and total parameters of the network")
        )
        self.memory = ElidingLabel(
            "",
            QCoreApplication.translate(
                "StatusBar",
                "Rough memory needed to train: weights, gradients, optimizer state and one batch of activations",
            ),
        )
        self.engine = ElidingLabel(
            QCoreApplication.translate("StatusBar", "Engine: not loaded"),
            QCoreApplication.translate("StatusBar", "TensorFlow loads in the background; designing never waits for it"),
        )
        self.zoom = QLabel()
        self.show_zoom(1.0)
        self.bar = bar
        for label in (self.lock, self.params, self.memory, self.engine, self.zoom):
            bar.addPermanentWidget(label)
        bar.labels = [self.engine, self.memory, self.lock, self.params]

    def show_analysis(self, analysis: Analysis, training: TrainingConfig) -> None:
        memory = estimate_memory_bytes(analysis, planned_batch(training), training.optimizer)
        total, trainable = f"{analysis.total_params:,}", f"{analysis.trainable_params:,}"
        if analysis.trainable_params != analysis.total_params:
            text = QCoreApplication.translate("StatusBar", "Parameters: {total} ({trainable} trainable)").format(
                total=total, trainable=trainable
            )
        else:
            text = QCoreApplication.translate("StatusBar", "Parameters: {total}").format(total=total)
        self.params.setText(text)
        self.memory.setText(
            QCoreApplication.translate("StatusBar", "Training memory ≈ {size}").format(size=size_text(memory))
        )
        self.bar.fit()

    def show_training(self, loss: float, accuracy: float) -> None:
        """Show the newest loss and accuracy at most every ``TRAINING_UPDATE_MS``: readable, and
        the bar's layout is not redone at every batch; the last values are always shown."""
        self._training = (loss, accuracy)
        if not self._training_timer.isActive():
            self._show_newest_training()

    def _show_newest_training(self) -> None:
        if self._training is None:
            return
        loss, accuracy = self._training
        self._training = None
        text = QCoreApplication.translate("StatusBar", "{locked} · loss {loss} · accuracy {accuracy}").format(
            locked=locked_text(), loss=f"{loss:.4f}", accuracy=f"{accuracy:.1%}"
        )
        self.lock.setText(text)
        self.bar.fit()
        self._training_timer.start()

    def set_locked(self, locked: bool) -> None:
        self._training = None
        self.lock.setText(locked_text())
        self.lock.setVisible(locked)
        self.bar.fit()

    def show_zoom(self, zoom: float) -> None:
        self.zoom.setText(f"{zoom:.0%}")  # notr - a number and a percent sign

    def show_engine(self, state: str, detail: str = "") -> None:
        """``loading``, ``ready`` (detail: the Keras version) or ``failed`` (detail: the error)."""
        if state == "loading":
            self.engine.setText(QCoreApplication.translate("StatusBar", "Engine: loading TensorFlow…"))
        elif state == "ready":
            text = QCoreApplication.translate("StatusBar", "Engine: ready (Keras {version})")
            self.engine.setText(text.format(version=detail))
        else:
            self.engine.setText(QCoreApplication.translate("StatusBar", "Engine: failed to load"))
            tip = QCoreApplication.translate("StatusBar", "TensorFlow could not be loaded: {error}")
            self.engine.set_tip(tip.format(error=detail))
        self.bar.fit()
