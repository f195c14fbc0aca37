"""Choosing the input the insight panels look at: a test image from a browser of the test
set, or the digit drawn on the sketch pad. Every picker shows the inspector's current input,
so two panels with a picker each stay in step."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from netdesigner.ui.insight.inspector import SKETCH_SOURCE, Inspector, image_source, source_text
from netdesigner.ui.sketch.views import DigitView

TEST = QT_TRANSLATE_NOOP("InputPicker", "Test image")
SKETCH = QT_TRANSLATE_NOOP("InputPicker", "Sketch pad digit")
TEST_INDEX, SKETCH_INDEX = 0, 1  # the source box's items


class InputPicker(QWidget):
    def __init__(self, inspector: Inspector, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspector = inspector
        self.sketch_digit: np.ndarray | None = None
        self._test: tuple[np.ndarray, np.ndarray, tuple[str, ...]] | None = None
        self._rng = np.random.default_rng()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.thumbnail = DigitView()
        self.thumbnail.setMinimumSize(64, 64)
        self.thumbnail.setMaximumSize(80, 80)
        row.addWidget(self.thumbnail)
        column = QVBoxLayout()
        line = QHBoxLayout()
        self.source_box = QComboBox()
        self.source_box.addItems([TEST, SKETCH])  # in the current language once _retranslate has run
        line.addWidget(self.source_box)
        self.previous_button = QPushButton("◀")
        self.index_box = QSpinBox()
        self.next_button = QPushButton("▶")
        self.random_button = QPushButton()
        for widget in (self.previous_button, self.index_box, self.next_button, self.random_button):
            line.addWidget(widget)
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(32)
        line.addStretch(1)
        column.addLayout(line)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        column.addWidget(self.caption)
        row.addLayout(column, 1)
        self._retranslate()
        self.source_box.currentIndexChanged.connect(lambda _index: self.choose())
        self.index_box.valueChanged.connect(lambda _value: self.choose())
        self.previous_button.clicked.connect(lambda: self.index_box.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.index_box.stepBy(1))
        self.random_button.clicked.connect(self._random)
        inspector.input_changed.connect(self._show_current)
        inspector.changed.connect(self._show_current)
        inspector.session.run_finished.connect(lambda _record, _run: self._forget_test_set())

    def _retranslate(self) -> None:
        self.source_box.setItemText(TEST_INDEX, self.tr(TEST))
        self.source_box.setItemText(SKETCH_INDEX, self.tr(SKETCH))
        self.source_box.setAccessibleName(self.tr("Input to look at"))
        self.source_box.setToolTip(self.tr("Look inside the network for a test image or for the digit you drew"))
        self.previous_button.setAccessibleName(self.tr("Previous test image"))
        self.previous_button.setToolTip(self.tr("Previous test image"))
        self.index_box.setAccessibleName(self.tr("Test image number"))
        self.next_button.setAccessibleName(self.tr("Next test image"))
        self.next_button.setToolTip(self.tr("Next test image"))
        self.random_button.setText(self.tr("Random"))
        self.random_button.setToolTip(self.tr("Look at a test image picked at random"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_current()
        super().changeEvent(event)

    def _forget_test_set(self) -> None:
        self._test = None

    def test_set(self) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        if self._test is None:
            self._test = self.inspector.test_set()
            self.index_box.blockSignals(True)
            self.index_box.setRange(0, max(0, len(self._test[0]) - 1))
            self.index_box.blockSignals(False)
        return self._test

    def set_sketch_digit(self, digit: np.ndarray | None) -> None:
        self.sketch_digit = digit
        if self.source_box.currentIndex() == SKETCH_INDEX:
            self.choose()

    def choose(self) -> None:
        """Hand the chosen input to the inspector."""
        testing = self.source_box.currentIndex() == TEST_INDEX
        for widget in (self.previous_button, self.index_box, self.next_button, self.random_button):
            widget.setEnabled(testing)
        if testing:
            x, y, _names = self.test_set()
            if not len(x):
                self.inspector.set_input(None, None, "")
                return
            index = self.index_box.value()
            self.inspector.set_input(x[index], int(y[index]), image_source(index, len(x)))
        else:
            self.inspector.set_input(self.sketch_digit, None, SKETCH_SOURCE)

    def _random(self) -> None:
        x, _, _ = self.test_set()
        if len(x):
            self.index_box.setValue(int(self._rng.integers(len(x))))

    def _show_current(self) -> None:
        inspector = self.inspector
        self.thumbnail.set_digit(inspector.image)
        sketch = inspector.source == SKETCH_SOURCE
        if (self.source_box.currentIndex() == SKETCH_INDEX) != sketch and inspector.source:
            self.source_box.blockSignals(True)
            self.source_box.setCurrentIndex(SKETCH_INDEX if sketch else TEST_INDEX)
            self.source_box.blockSignals(False)
        if inspector.source.startswith("test image "):
            index = int(inspector.source.split()[2])
            if index != self.index_box.value():
                self.test_set()
                self.index_box.blockSignals(True)
                self.index_box.setValue(index)
                self.index_box.blockSignals(False)
        if inspector.image is None:
            self.caption.setText(self.tr("Draw a digit on the sketch pad.") if sketch else self.tr("No test images."))
            return
        names = self._test[2] if self._test is not None else tuple(str(i) for i in range(10))
        parts = []
        if inspector.label is not None:
            true = names[inspector.label] if inspector.label < len(names) else inspector.label
            parts.append(self.tr("true: <b>{true}</b>").format(true=true))
        output = inspector.output()
        if output is not None and output.size:
            best = int(np.argmax(output))
            name = names[best] if best < len(names) else str(best)
            verdict = "" if inspector.label is None else (" ✓" if best == inspector.label else " ✗")
            says = self.tr("network says: <b>{answer}</b> ({share})").format(answer=name, share=f"{output[best]:.0%}")
            parts.append(says + verdict)
        text = " · ".join(parts) or source_text(inspector.source)
        self.caption.setText(text)
