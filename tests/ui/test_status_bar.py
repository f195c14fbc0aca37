"""The status bar with a large font: labels shorten with … instead of being cut off, and a
message keeps room to be read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesigner.core.templates import load_template
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.status import MESSAGE_SHARE, ElidingLabel, StatusBar

MESSAGE = "Exported first-mlp.py: run it with python first-mlp.py"


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """1.5 times the system font, as a student with a larger desktop font has it."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def _dark_columns(bar: StatusBar, left: int, right: int) -> int:
    """How many pixel columns between ``left`` and ``right`` hold text (darker than the background)."""
    image = bar.grab().toImage()
    background = bar.palette().window().color().lightness()
    return sum(
        any(QColor(image.pixel(x, y)).lightness() < background - 60 for y in range(image.height()))
        for x in range(max(left, 0), min(right, image.width()))
    )


@pytest.mark.parametrize("width", [1440, 1000])
def test_labels_shorten_and_the_message_stays_readable(qtbot: QtBot, large_font: None, width: int) -> None:
    window = MainWindow(doc=None, remember_layout=False)
    qtbot.addWidget(window)
    window.doc.load(load_template("first-mlp"))
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    labels = window.status_labels
    labels.set_locked(True)
    labels.show_training(0.1234, 0.9512)
    labels.show_engine("ready", "3.10.0")
    window.show_message(MESSAGE)
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    qtbot.waitUntil(lambda: all(label.width() <= label.maximumWidth() for label in bar.labels))
    QApplication.processEvents()

    shown = [label for label in (labels.lock, labels.params, labels.memory, labels.engine, labels.zoom)]
    for label in shown:
        assert label.geometry().right() <= bar.width(), f"{label.text()!r} runs off the bar"
    for one, other in zip(shown, shown[1:], strict=False):
        assert one.geometry().right() < other.geometry().left(), "labels overlap"
    message_room = bar.message_rect().width()
    assert message_room >= min(bar.fontMetrics().horizontalAdvance(MESSAGE), width * MESSAGE_SHARE) - 40
    assert _dark_columns(bar, bar.message_rect().left(), bar.message_rect().right()) > 50  # the message is drawn
    shortened = [label for label in bar.labels if isinstance(label, ElidingLabel) and label.elided()]
    for label in shortened:
        assert label.text() in label.toolTip()  # the whole text is a hover away
    if width == 1000:
        assert shortened and shortened[0] is labels.engine  # the least important goes first
    assert labels.params not in shortened or width < 800  # the parameter count is the last to shorten


def test_without_a_large_font_nothing_is_shortened(qtbot: QtBot) -> None:
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.resize(1440, 800)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    qtbot.waitUntil(lambda: not [label for label in bar.labels if not label.isHidden() and label.elided()])


def test_training_values_are_spaced_out_but_the_newest_is_shown(qtbot: QtBot) -> None:
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    labels = window.status_labels
    labels.set_locked(True)
    labels.show_training(0.5, 0.5)
    assert "0.5000" in labels.lock.text()  # the first values at once
    labels.show_training(0.4, 0.6)
    labels.show_training(0.3, 0.7)
    assert "0.5000" in labels.lock.text()  # not at every batch
    qtbot.waitUntil(lambda: "0.3000" in labels.lock.text(), timeout=2000)  # the newest, not a dropped one
    assert "70.0%" in labels.lock.text()
