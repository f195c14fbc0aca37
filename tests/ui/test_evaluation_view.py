"""The evaluation view: header, clickable confusion matrix, tooltips and the image gallery."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from netdesigner.engine.evaluation import Evaluation
from netdesigner.ui.training.evaluation_view import GALLERY_LIMIT, HINT, EvaluationView

NAMES = tuple(str(i) for i in range(10))


def make_evaluation() -> tuple[Evaluation, np.ndarray]:
    """Every class has 10 images, all right except: 3 fours read as 9, 2 sevens as 1, 1 nine as 4.

    Each image's pixel (0, 0) holds its index so the gallery's thumbnails can be traced back."""
    labels = np.repeat(np.arange(10), 10)
    predicted = labels.copy()
    predicted[[40, 41, 42]] = 9
    predicted[[70, 71]] = 1
    predicted[90] = 4
    confidence = np.full(100, 0.95)
    confidence[[40, 41, 42, 70, 71, 90]] = [0.6, 0.9, 0.75, 0.55, 0.8, 0.99]
    probabilities = np.full((100, 10), 0.0, dtype=np.float32)
    probabilities[:] = ((1 - confidence) / 9)[:, None]
    probabilities[np.arange(100), predicted] = confidence
    images = np.zeros((100, 28, 28), dtype=np.uint8)
    images[:, 0, 0] = np.arange(100)
    images[:, 10:18, 12:16] = 255
    return Evaluation(labels, probabilities, NAMES), images


@pytest.fixture
def view(qtbot: QtBot) -> EvaluationView:
    widget = EvaluationView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def shown(view: EvaluationView) -> EvaluationView:
    view.show_evaluation(*make_evaluation(), loss=0.1234)
    return view


def test_starts_with_the_hint(view: EvaluationView) -> None:
    assert view.hint.isVisible()
    assert view.hint.text() == HINT
    assert not view.matrix.isVisible()
    assert view.gallery_count() == 0


def test_header_shows_accuracy_and_loss(shown: EvaluationView) -> None:
    assert "94.0%" in shown.header.text()
    assert "0.1234" in shown.header.text()
    assert shown.header.isVisible() and not shown.hint.isVisible()


def test_default_gallery_shows_mistakes_most_confident_first(shown: EvaluationView) -> None:
    assert shown.gallery_count() == 6
    assert shown.gallery_indices() == [90, 41, 71, 42, 40, 70]
    assert "mistakes" in shown.gallery_title().lower()
    assert shown.gallery.item(0).text() == "✗ true 9 → 4 (99%)"
    assert shown.gallery.item(1).text() == "✗ true 4 → 9 (90%)"


def test_clicking_a_cell_shows_its_images(qtbot: QtBot, shown: EvaluationView) -> None:
    with qtbot.waitSignal(shown.cell_selected) as blocker:
        qtbot.mouseClick(shown.matrix, Qt.MouseButton.LeftButton, pos=shown.cell_rect(4, 9).center())
    assert blocker.args == [4, 9]
    assert shown.gallery_indices() == [41, 42, 40]
    assert shown.gallery_count() == 3
    assert shown.gallery_title() == "True 4, predicted 9: 3 images"
    assert all(shown.gallery.item(i).text().startswith("✗ true 4 → 9") for i in range(3))
    assert shown.mistakes_button.isEnabled()


def test_thumbnails_are_the_clicked_images(qtbot: QtBot, shown: EvaluationView) -> None:
    qtbot.mouseClick(shown.matrix, Qt.MouseButton.LeftButton, pos=shown.cell_rect(7, 1).center())
    assert shown.gallery_count() == 2
    for row, index in enumerate([71, 70]):
        image = shown.gallery.item(row).icon().pixmap(84, 84).toImage()
        assert image.width() == 84
        assert image.pixelColor(1, 1).red() == index  # the 3×-scaled pixel (0, 0)
        assert image.pixelColor(42, 42).red() == 255  # the stroke: white ink on black


def test_clicking_the_diagonal_and_back_to_mistakes(qtbot: QtBot, shown: EvaluationView) -> None:
    qtbot.mouseClick(shown.matrix, Qt.MouseButton.LeftButton, pos=shown.cell_rect(4, 4).center())
    assert shown.gallery_count() == 7
    assert shown.gallery_title() == "True 4, predicted 4: 7 images"
    assert shown.gallery.item(0).text().startswith("✓ true 4 → 4")  # right and wrong differ by more than color
    qtbot.mouseClick(shown.mistakes_button, Qt.MouseButton.LeftButton)
    assert shown.gallery_count() == 6
    assert not shown.mistakes_button.isEnabled()


def test_empty_cell_and_outside_clicks(qtbot: QtBot, shown: EvaluationView) -> None:
    qtbot.mouseClick(shown.matrix, Qt.MouseButton.LeftButton, pos=shown.cell_rect(0, 5).center())
    assert shown.gallery_count() == 0
    assert shown.gallery_title() == "True 0, predicted 5: 0 images"
    qtbot.mouseClick(shown.matrix, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))  # the margin: no cell
    assert shown.gallery_title() == "True 0, predicted 5: 0 images"


def test_cells_tile_the_matrix(shown: EvaluationView) -> None:
    first, last = shown.cell_rect(0, 0), shown.cell_rect(9, 9)
    assert first.width() >= 20 and first.width() == first.height()
    assert shown.matrix.rect().contains(first) and shown.matrix.rect().contains(last)
    assert shown.cell_rect(4, 9).top() == first.top() + 4 * first.height()
    assert shown.cell_rect(4, 9).left() == first.left() + 9 * first.width()
    assert shown.matrix.cell_at(shown.cell_rect(3, 6).center()) == (3, 6)


def test_tooltip_names_the_cell(shown: EvaluationView, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown.matrix.tooltip_text(4, 9) == "true 4, predicted 9: 3 images"
    assert shown.matrix.tooltip_text(9, 4) == "true 9, predicted 4: 1 image"
    shown_texts: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *args: shown_texts.append(text))
    monkeypatch.setattr(QToolTip, "hideText", lambda: shown_texts.append(""))
    for pos in (shown.cell_rect(4, 9).center(), QPoint(1, 1)):
        event = QHelpEvent(QEvent.Type.ToolTip, pos, shown.matrix.mapToGlobal(pos))
        assert QApplication.sendEvent(shown.matrix, event)
    assert shown_texts == ["true 4, predicted 9: 3 images", ""]


def test_arrow_keys_move_the_selection(qtbot: QtBot, shown: EvaluationView) -> None:
    qtbot.mouseClick(shown.matrix, Qt.MouseButton.LeftButton, pos=shown.cell_rect(4, 8).center())
    qtbot.keyClick(shown.matrix, Qt.Key.Key_Right)
    assert shown.matrix.selected == (4, 9)
    assert shown.gallery_count() == 3


def test_gallery_is_capped(view: EvaluationView) -> None:
    labels = np.zeros(250, dtype=np.int64)
    probabilities = np.tile(np.array([[0.2, 0.8]], dtype=np.float32), (250, 1))
    view.show_evaluation(Evaluation(labels, probabilities, ("a", "b")), np.zeros((250, 28, 28), np.uint8))
    assert view.gallery_count() == GALLERY_LIMIT
    assert f"{GALLERY_LIMIT}" in view.gallery_title() and "250" in view.gallery_title()


def test_no_mistakes(view: EvaluationView) -> None:
    probabilities = np.array([[0.9, 0.1], [0.3, 0.7]], dtype=np.float32)
    view.show_evaluation(Evaluation(np.array([0, 1]), probabilities, ("a", "b")), np.zeros((2, 28, 28), np.uint8))
    assert view.gallery_count() == 0
    assert "no mistakes" in view.gallery_title().lower()
    assert "loss" not in view.header.text()


def test_clear_shows_the_hint(qtbot: QtBot, shown: EvaluationView) -> None:
    shown.clear()
    assert shown.hint.isVisible() and shown.hint.text() == HINT
    assert not shown.matrix.isVisible()
    assert shown.gallery_count() == 0
    qtbot.mouseClick(shown, Qt.MouseButton.LeftButton)  # nothing to click: no error


def test_wrong_number_of_images_is_refused(view: EvaluationView) -> None:
    evaluation, images = make_evaluation()
    with pytest.raises(ValueError, match="100 test images"):
        view.show_evaluation(evaluation, images[:50])


def test_accessible_names(shown: EvaluationView) -> None:
    for widget in (shown, shown.matrix, shown.gallery, shown.header, shown.hint, shown.mistakes_button):
        assert widget.accessibleName()
