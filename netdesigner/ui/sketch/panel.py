"""The Sketch panel: the pad, what the network sees (the 28x28 MNIST-style digit, enlarged),
and its answer, updated while drawing. Drawn digits can be labelled and collected into
"my test set" to evaluate the model on one's own handwriting.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netdesigner.engine.preprocess import EmptyImageError, ImageError, mnist_style, read_gray
from netdesigner.ui import dialogs
from netdesigner.ui.sketch.pad import SketchPad
from netdesigner.ui.sketch.views import DigitView, ProbabilityBars, gray_image
from netdesigner.ui.training.session import TrainingSession

PREVIEW_MS = 40  # while a stroke is being drawn, predict at most this often


class SketchPanel(QWidget):
    """``digit_changed`` carries the 28x28 digit (or None) for the insight views."""

    digit_changed = Signal(object)

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.digit: np.ndarray | None = None
        self.probabilities: np.ndarray | None = None
        self.my_digits: list[np.ndarray] = []
        self.my_labels: list[int] = []
        self.pad = SketchPad()
        self.view = DigitView()
        self.bars = ProbabilityBars()
        self.answer = QLabel()
        font = QFont(self.answer.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 3)
        font.setBold(True)
        self.answer.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._build()
        self._retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(self.update_prediction)
        self.pad.changed.connect(self._timer.start)
        self.pad.stroke_finished.connect(self.update_prediction)
        session.model_changed.connect(self.update_prediction)
        session.state_changed.connect(lambda _state: self.update_prediction())
        self.update_prediction()

    def _build(self) -> None:
        """A column that fits a side dock: pad, tools, what the network sees and its answer."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        seen = QGridLayout()
        self.seen_title, self.answer_title = QLabel(), QLabel()
        seen.addWidget(self.seen_title, 0, 0)
        seen.addWidget(self.answer_title, 0, 1)
        seen.addWidget(self.view, 1, 0)
        answer = QVBoxLayout()
        answer.addWidget(self.answer, 0, Qt.AlignmentFlag.AlignCenter)
        answer.addWidget(self.hint)
        seen.addLayout(answer, 1, 1)
        layout.addLayout(seen)
        layout.addWidget(self.bars)
        tools = QGridLayout()
        self.tool_buttons = [QPushButton() for _ in range(4)]  # undo, clear, load, save
        for index, (button, slot) in enumerate(
            zip(self.tool_buttons, (self.pad.undo_stroke, self.pad.clear, self.load_image, self.save_png), strict=True)
        ):
            button.clicked.connect(slot)
            tools.addWidget(button, index // 2, index % 2 + (1 if index % 2 else 0))
        self.erase_button = QPushButton()
        self.erase_button.setCheckable(True)
        self.erase_button.toggled.connect(lambda on: setattr(self.pad, "erasing", on))
        tools.addWidget(self.erase_button, 0, 1)
        layout.addLayout(tools)
        collect = QHBoxLayout()
        self.this_is = QLabel()
        collect.addWidget(self.this_is)
        self.label_box = QSpinBox()
        self.label_box.setRange(0, 9)
        collect.addWidget(self.label_box)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_to_test_set)
        collect.addWidget(self.add_button, 1)
        layout.addLayout(collect)
        mine = QHBoxLayout()
        self.score_button = QPushButton()
        self.score_button.clicked.connect(self.score_my_digits)
        self.save_set_button = QPushButton()
        self.save_set_button.clicked.connect(self.save_my_digits)
        mine.addWidget(self.score_button)
        mine.addWidget(self.save_set_button)
        layout.addLayout(mine)
        self.collected = QLabel()
        self.collected.setWordWrap(True)
        layout.addWidget(self.collected)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sketch a digit"))
        self.answer.setAccessibleName(self.tr("The network's answer"))
        self.seen_title.setText(self.tr("<b>What the network sees</b>"))
        self.answer_title.setText(self.tr("<b>Its answer</b>"))
        texts = (
            (self.tr("Undo stroke"), self.tr("Take back the last stroke")),
            (self.tr("Clear"), self.tr("Wipe the pad")),
            (self.tr("Load image…"), self.tr("Put a picture of a digit on the pad (any size, dark-on-light works)")),
            (self.tr("Save PNG…"), self.tr("Save the 28x28 digit the network sees")),
        )
        for button, (text, tip) in zip(self.tool_buttons, texts, strict=True):
            button.setText(text)
            button.setToolTip(tip)
        self.erase_button.setText(self.tr("Eraser"))
        self.erase_button.setToolTip(self.tr("Rub out with black ink"))
        self.this_is.setText(self.tr("This is a"))
        self.label_box.setAccessibleName(self.tr("True digit"))
        self.add_button.setText(self.tr("Add to my test set"))
        self.add_button.setToolTip(
            self.tr("Keep this digit with the label you give, to test the model on your handwriting")
        )
        self.score_button.setText(self.tr("Test on my digits"))
        self.score_button.setToolTip(self.tr("See how many of your digits the trained network gets right"))
        self.save_set_button.setText(self.tr("Save my digits…"))
        self.save_set_button.setToolTip(
            self.tr("Save them as an .npz dataset (x, y) that NetDesigner can train or test on")
        )
        self._update_collection()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update_prediction()  # the hint under the answer
        super().changeEvent(event)

    # -- prediction --------------------------------------------------------------------------

    def update_prediction(self) -> None:
        """Preprocess the pad and ask the model; never while it trains (it is busy)."""
        self._timer.stop()
        try:
            self.digit = mnist_style(self.pad.pixels())
        except EmptyImageError:
            self.digit = None
        self.view.set_digit(self.digit)
        self.digit_changed.emit(self.digit)
        self.probabilities = None
        if self.digit is None:
            self._say("", self.tr("Draw a digit on the pad, or load a picture of one."))
        elif self.session.busy:
            self._say("…", self.tr("The network is training; its answer comes when the run ends."))
        elif self.session.model is None:
            self._say("?", self.tr("The network is not trained yet: train it (F5) to see what it answers."))
        else:
            from netdesigner.engine.inference import classify

            try:
                self.probabilities = classify(self.session.model, self.digit[None])[0]
            except ValueError as error:
                self._say("?", self.tr("This model cannot read digits: {error}").format(error=error))
            else:
                if np.isfinite(self.probabilities).all():
                    best = int(np.argmax(self.probabilities))
                    sure = self.tr("{share} sure.").format(share=f"{self.probabilities[best]:.0%}")
                    self._say(str(best), sure)
                else:
                    self.probabilities = None
                    self._say("?", self.tr("The model's answer is not a number; train it again."))
        self.bars.set_probabilities(self.probabilities)
        self.add_button.setEnabled(self.digit is not None)

    def _say(self, answer: str, hint: str) -> None:
        self.answer.setText(answer)
        self.hint.setText(hint)

    # -- files -------------------------------------------------------------------------------

    def load_image(self, path: Path | None = None) -> bool:
        if path is None:
            path = dialogs.open_path(self, self.tr("Load a Digit"), self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
            if path is None:
                return False
        try:
            gray = read_gray(Path(path))
        except (ImageError, OSError) as error:
            dialogs.error(self, self.tr("Cannot load image"), str(error))
            return False
        self.pad.set_image(gray)
        return True

    def save_png(self, path: Path | None = None) -> bool:
        if self.digit is None:
            dialogs.error(self, self.tr("Nothing to save"), self.tr("The pad is empty: draw a digit first."))
            return False
        if path is None:
            suggested, suffix = "digit.png", ".png"
            path = dialogs.save_path(self, self.tr("Save Digit"), self.tr("PNG images (*.png)"), suggested, suffix)
            if path is None:
                return False
        if not gray_image(self.digit).save(str(path)):
            text = self.tr("“{path}” could not be written.").format(path=path)
            dialogs.error(self, self.tr("Cannot save image"), text)
            return False
        return True

    # -- my test set -------------------------------------------------------------------------

    def add_to_test_set(self) -> None:
        if self.digit is not None:
            self.my_digits.append(self.digit.copy())
            self.my_labels.append(self.label_box.value())
            self.pad.clear()
            self._update_collection()

    def score_my_digits(self) -> None:
        if not self.my_digits or self.session.model is None or self.session.busy:
            return
        from netdesigner.engine.inference import classify

        predictions = classify(self.session.model, np.stack(self.my_digits)).argmax(axis=1)
        right = int((predictions == np.array(self.my_labels)).sum())
        text = self.tr("{count} digits of yours; the network gets {right} right ({share}).").format(
            count=len(self.my_digits), right=right, share=f"{right / len(self.my_digits):.0%}"
        )
        self.collected.setText(text)

    def save_my_digits(self, path: Path | None = None) -> bool:
        if not self.my_digits:
            return False
        if path is None:
            suggested, suffix = "my-digits.npz", ".npz"
            path = dialogs.save_path(
                self, self.tr("Save My Digits"), self.tr("NumPy arrays (*.npz)"), suggested, suffix
            )
            if path is None:
                return False
        try:
            np.savez_compressed(path, x=np.stack(self.my_digits), y=np.array(self.my_labels, dtype=np.int64))
        except OSError as error:
            text = self.tr("“{path}” could not be written: {error}.").format(path=path, error=error.strerror or error)
            dialogs.error(self, self.tr("Cannot save digits"), text)
            return False
        return True

    def _update_collection(self) -> None:
        count = len(self.my_digits)
        if count == 1:
            text = self.tr("My test set: 1 digit.")
        else:
            text = self.tr("My test set: {count} digits.").format(count=count) if count else ""
        self.collected.setText(text)
        self.score_button.setEnabled(count > 0)
        self.save_set_button.setEnabled(count > 0)
