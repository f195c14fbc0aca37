"""The highlight: a pulsing outline drawn over the main window around the widgets a step asks
the student to use. It lets every click through and follows the widgets as docks move."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QWidget

from netdesigner.ui.walkthrough.targets import Target, in_window

COLOR = QColor("#f97316")  # orange: apart from the blue of selections, in light and dark themes
TICK_MS = 50
PULSE_SECONDS = 1.4
MARGIN = 10  # room around a target for the outline and its glow


class Highlight(QWidget):
    """A transparent child of ``window`` covering it. ``targets`` is asked on every tick which
    widgets to outline, so the outline follows the layout without being told."""

    def __init__(self, window: QWidget, targets: Callable[[], list[Target]]) -> None:
        super().__init__(window)
        self.setObjectName("walkthrough_highlight")
        self.targets = targets
        self.rects: list[QRect] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.hide()

    def start(self) -> None:
        self._started = time.monotonic()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        self.rects = []
        self.hide()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def refresh(self) -> None:
        """Find the targets again and repaint where the outline was and where it now is."""
        window = self.parentWidget()
        if window.children()[-1] is not self:  # a dock or tab bar created later went on top
            self.raise_()
        rects = []
        for widget, rect in self.targets():
            if widget.window() is not window:  # a floating dock: outside this overlay
                continue
            rect = in_window(widget, rect)
            if not rect.isEmpty() and rect not in rects:
                rects.append(rect)
        dirty = QRegion()
        for rect in self.rects + rects:
            dirty += rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.rects = rects
        if not dirty.isEmpty():
            self.update(dirty)

    def strength(self) -> float:
        """0.35 to 1, rising and falling once per pulse."""
        phase = (time.monotonic() - self._started) / PULSE_SECONDS
        return 0.675 + 0.325 * math.cos(2 * math.pi * phase)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.rects:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        strength = self.strength()
        for rect in self.rects:
            box = QRectF(rect).adjusted(-4, -4, 4, 4)
            glow = QColor(COLOR)
            glow.setAlphaF(0.28 * strength)
            painter.setPen(QPen(glow, 9))
            painter.drawRoundedRect(box, 7, 7)
            line = QColor(COLOR)
            line.setAlphaF(0.45 + 0.55 * strength)
            painter.setPen(QPen(line, 3))
            painter.drawRoundedRect(box, 7, 7)
        painter.end()
