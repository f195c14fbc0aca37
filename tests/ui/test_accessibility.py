"""Accessibility of the whole window: every control has a name a screen reader can say, text
grows with the system font, and right and wrong are never told apart by hue alone."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QStyleOptionGraphicsItem, QVBoxLayout
from pytestqt.qtbot import QtBot

from netdesigner.core.problems import Problem
from netdesigner.core.spec import LayerNode, Project
from netdesigner.core.templates import load_template
from netdesigner.engine.evaluation import Evaluation
from netdesigner.ui import dialogs, settings, theme
from netdesigner.ui.accessibility import describe, is_control, unnamed_controls
from netdesigner.ui.keyboard_marks import TargetMark
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.node_item import NodeItem


@pytest.fixture
def make_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    settings.clear_recent_files()

    def make() -> MainWindow:
        win = MainWindow(remember_layout=False)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make


def broken_project() -> Project:
    """A Dense straight after an image Input: a problem whose fix button the panel shows."""
    project = load_template("first-mlp")
    project.network.nodes[0].params["format"] = "image"
    return project


def show_an_evaluation(window: MainWindow) -> None:
    labels = np.repeat(np.arange(10), 3)
    predicted = labels.copy()
    predicted[[0, 4]] = 7
    probabilities = np.full((30, 10), 0.01, dtype=np.float32)
    probabilities[np.arange(30), predicted] = 0.91
    images = np.zeros((30, 28, 28), dtype=np.uint8)
    window.evaluation.show_evaluation(Evaluation(labels, probabilities, tuple("0123456789")), images)


def unnamed(window: MainWindow) -> list[str]:
    return [describe(w) for w in unnamed_controls(window)]


def test_every_control_of_the_built_window_has_a_name(make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.insight.build()
    window.training_panel.ensure_plots()
    window.files.new(broken_project())
    show_an_evaluation(window)
    assert window.problems.rows and window.problems.rows[0].fix_button is not None
    controls = [w for w in window.findChildren(QPushButton) if is_control(w)]
    assert len(controls) > 10  # the walk does see the panels' buttons
    assert unnamed(window) == []  # the training settings
    window.scene.select_nodes(["dense_1"])
    assert unnamed(window) == []  # one layer's settings
    window.scene.select_nodes(["input", "dense_1"])
    assert unnamed(window) == []  # a multiple selection
    window.keyboard.open_palette()
    assert unnamed(window) == []
    window.keyboard.palette.close_palette()


def test_the_walk_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    icon_only = QPushButton()
    spin_with_label, spin_alone = QSpinBox(), QSpinBox()
    label = QLabel("&Units")
    label.setBuddy(spin_with_label)
    for widget in (icon_only, label, spin_with_label, spin_alone, QPushButton("Train")):
        layout.addWidget(widget)
    assert unnamed_controls(panel) == [icon_only, spin_alone]
    icon_only.setAccessibleName("Export")
    assert unnamed_controls(panel) == [spin_alone]


# -- text follows the system font size ------------------------------------------------------


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[float]:
    """The application font at one and a half times its size, restored afterwards."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield 1.5
    qapp.setFont(before)


def needed_card_height(font: QFont) -> float:
    """Title, summary and shape lines of a card, as NodeItem paints them, with their margins."""
    title, body, small = QFont(font), QFont(font), QFont(font)
    title.setBold(True)
    title.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.05)
    small.setPointSizeF(max(font.pointSizeF(), 9.0) * 0.88)
    body.setPointSizeF(max(font.pointSizeF(), 9.0))
    lines = sum(QFontMetricsF(f).height() for f in (title, body, small))
    return lines + 8 + 2 + 6


def test_cards_and_labels_grow_with_the_system_font(make_window, large_font: float) -> None:  # noqa: ANN001
    base_width, base_height = theme.CARD_WIDTH, theme.CARD_HEIGHT
    window = make_window()
    window.files.new(load_template("lenet5"))
    window.view.fit()
    item = window.scene.node_items["conv2d_1"]
    card = item.card_rect()
    assert card.width() >= base_width * large_font - 0.5 and card.height() > base_height
    assert card.height() >= needed_card_height(window.view.font())
    assert card.height() < 110  # the templates' row spacing: cards in a column keep a gap for the edge
    title = QFontMetricsF(window.view.font())
    assert title.horizontalAdvance("GlobalAveragePooling2D") * 1.1 < card.width() - 26
    summary = window.problems.summary
    assert summary.sizeHint().height() >= QFontMetricsF(summary.font()).height()
    assert summary.font().pointSizeF() >= 9.0 * large_font - 0.01
    window.grab().save(str(_shot_path("large_font.png")))


def test_confusion_counts_take_the_system_font_where_cells_allow(make_window, large_font: float) -> None:  # noqa: ANN001
    window = make_window()
    show_an_evaluation(window)
    matrix = window.evaluation.matrix
    matrix.resize(matrix.sizeHint())
    cell = matrix._grid()[2]
    assert cell >= 2 * matrix.fontMetrics().height()  # room for the counts at the full system size


def _shot_path(name: str):  # noqa: ANN202
    import tempfile
    from pathlib import Path

    return Path(tempfile.gettempdir()) / f"netdesigner-{name}"


# -- states are not told apart by hue alone -----------------------------------------------


def render_gray(item: NodeItem) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left() + 1, -rect.top() + 1)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def badge_only(image: QImage, item: NodeItem) -> QImage:
    rect = item.boundingRect()
    card = item.card_rect()
    corner = QPointF(card.right() - rect.left() + 1, card.top() - rect.top() + 1)
    return image.copy(QRectF(corner.x() - 14, corner.y() - 16, 30, 30).toRect())


def test_error_and_warning_badges_differ_without_their_colors(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "WARNING_COLOR", theme.ERROR_COLOR)  # take the hue away
    node = LayerNode(id="dense_1", type="Dense", params={}, position={"x": 0, "y": 0})
    error, warning = NodeItem(node), NodeItem(node)
    error.update_analysis(
        (10,), (100, 0), [Problem("shape", "Dense expects a flat input", node="dense_1", severity="error")]
    )
    warning.update_analysis(
        (10,), (100, 0), [Problem("activation", "No activation", node="dense_1", severity="warning")]
    )
    a, b = badge_only(render_gray(error), error), badge_only(render_gray(warning), warning)
    differing = sum(a.pixelColor(x, y) != b.pixelColor(x, y) for x in range(a.width()) for y in range(a.height()))
    assert differing > 40  # shape and sign still tell them apart


def test_connection_marks_say_yes_or_no_in_words(qapp: QApplication) -> None:
    node = NodeItem(LayerNode(id="dense_1", type="Dense", params={}, position={"x": 0, "y": 0}))
    yes, no = TargetMark(node, True), TargetMark(node, False)
    assert yes.text().startswith("✓") and no.text().startswith("✗")


def test_gallery_marks_right_and_wrong(make_window) -> None:  # noqa: ANN001
    window = make_window()
    show_an_evaluation(window)
    gallery = window.evaluation.gallery
    assert gallery.count() == 2 and all(gallery.item(i).text().startswith("✗") for i in range(2))
    window.evaluation.show_cell(1, 1)
    assert all(gallery.item(i).text().startswith("✓") for i in range(gallery.count()))
    assert "right" in gallery.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
