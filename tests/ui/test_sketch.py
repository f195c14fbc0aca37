"""The sketch pad: mouse strokes become an MNIST-style digit and a live answer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesigner.ui.document import Document
from netdesigner.ui.sketch.pad import SIDE
from netdesigner.ui.sketch.panel import SketchPanel
from netdesigner.ui.training.session import TrainingSession

keras = pytest.importorskip("keras")


@pytest.fixture(scope="module")
def trained():
    from netdesigner.core.templates import load_template
    from netdesigner.engine.datasets import load_dataset
    from netdesigner.engine.training import train

    project = load_template("first-mlp")
    project.training.epochs = 4
    data = load_dataset("mnist-5k")
    return train(project, data).model, data


@pytest.fixture
def panel(qtbot: QtBot) -> SketchPanel:
    session = TrainingSession(Document())
    widget = SketchPanel(session)
    widget.session_owner = session
    qtbot.addWidget(widget)
    widget.resize(800, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stroke(widget: QWidget, points: list[tuple[float, float]]) -> None:
    """A mouse stroke through points given in pad image coordinates (0..SIDE)."""
    pad = widget
    side = min(pad.width(), pad.height())
    left, top = (pad.width() - side) / 2, (pad.height() - side) / 2

    def at(x: float, y: float) -> QPointF:
        return QPointF(left + x * side / SIDE, top + y * side / SIDE)

    def send(kind: QEvent.Type, point: QPointF, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
        global_point = QPointF(pad.mapToGlobal(point.toPoint()))
        QApplication.sendEvent(
            pad, QMouseEvent(kind, point, global_point, button, held, Qt.KeyboardModifier.NoModifier)
        )

    left_button, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, at(*points[0]), left_button, left_button)
    for a, b in zip(points, points[1:], strict=False):
        for t in np.linspace(0, 1, 8)[1:]:
            send(QEvent.Type.MouseMove, at(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), none, left_button)
    send(QEvent.Type.MouseButtonRelease, at(*points[-1]), left_button, none)


SEVEN = [(70, 60), (210, 60), (190, 110), (150, 170), (120, 235)]


def test_an_empty_pad_gives_a_hint_and_no_answer(panel: SketchPanel) -> None:
    assert panel.digit is None and panel.probabilities is None
    assert "Draw a digit" in panel.hint.text()


def test_strokes_become_an_mnist_style_digit(panel: SketchPanel) -> None:
    stroke(panel.pad, SEVEN)
    digit = panel.digit
    assert digit is not None and digit.shape == (28, 28)
    rows, cols = np.nonzero(digit > 25)
    assert max(rows.max() - rows.min(), cols.max() - cols.min()) + 1 in (19, 20, 21)
    mass = digit.astype(float) / digit.sum()
    centre = (float((mass.sum(axis=1) * np.arange(28)).sum()), float((mass.sum(axis=0) * np.arange(28)).sum()))
    assert abs(centre[0] - 14) <= 1 and abs(centre[1] - 14) <= 1
    assert "not trained" in panel.hint.text()
    panel.pad.undo_stroke()
    assert panel.digit is None


def test_a_trained_network_reads_a_drawn_seven(panel: SketchPanel, trained) -> None:  # noqa: ANN001
    model, _data = trained
    panel.session.attach_model(model, panel.session.doc.project.network)
    stroke(panel.pad, SEVEN)
    assert panel.answer.text() == "7"
    assert panel.probabilities is not None and abs(float(panel.probabilities.sum()) - 1) < 1e-4
    assert panel.bars.probabilities is panel.probabilities


def test_a_loaded_picture_is_read_like_a_drawing(panel: SketchPanel, trained, tmp_path: Path) -> None:  # noqa: ANN001
    model, data = trained
    panel.session.attach_model(model, panel.session.doc.project.network)
    from PIL import Image

    index = int(np.nonzero(data.y_test == 3)[0][0])
    big = Image.fromarray(255 - data.x_test[index]).resize((300, 300))  # dark ink on white paper
    big.save(tmp_path / "three.png")
    assert panel.load_image(tmp_path / "three.png")
    assert panel.answer.text() == "3"
    assert panel.save_png(tmp_path / "seen.png")
    assert Image.open(tmp_path / "seen.png").size == (28, 28)


def test_my_test_set_collects_labelled_digits(panel: SketchPanel, trained, tmp_path: Path) -> None:  # noqa: ANN001
    model, _data = trained
    panel.session.attach_model(model, panel.session.doc.project.network)
    stroke(panel.pad, SEVEN)
    panel.label_box.setValue(7)
    panel.add_button.click()
    assert panel.pad.is_empty() and len(panel.my_digits) == 1
    panel.score_button.click()
    assert "1 digits of yours" in panel.collected.text() or "gets 1 right" in panel.collected.text()
    assert panel.save_my_digits(tmp_path / "mine.npz")
    with np.load(tmp_path / "mine.npz", allow_pickle=False) as saved:
        assert saved["x"].shape == (1, 28, 28) and list(saved["y"]) == [7]


def test_a_file_that_is_not_an_image_is_refused(panel: SketchPanel, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from netdesigner.ui import dialogs

    said = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append(text))
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    assert not panel.load_image(bad)
    assert said and "notes.png" in said[0]
