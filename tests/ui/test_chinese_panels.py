"""With Simplified Chinese installed, the panels' labels and buttons are Chinese.

Every visible label and button whose text has a Latin letter must also have Chinese in it:
a string that missed tr() (or a translation) would stay all English. Names such as PNG or
Dense may stay inside a Chinese text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netdesigner.ui import i18n
from netdesigner.ui.document import Document
from netdesigner.ui.insight.activations_panel import ActivationsPanel
from netdesigner.ui.insight.inspector import Inspector
from netdesigner.ui.insight.neuron_panel import NeuronPanel
from netdesigner.ui.insight.weights_panel import WeightsPanel
from netdesigner.ui.sketch.panel import SketchPanel
from netdesigner.ui.training.gradients_panel import GradientsPanel
from netdesigner.ui.training.panel import TrainingPanel
from netdesigner.ui.training.session import TrainingSession


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def english_texts(panel: QWidget) -> list[str]:
    """Texts of the panel's visible labels, buttons and list boxes that have letters but no Chinese."""
    texts = [w.text() for w in panel.findChildren(QLabel) if w.isVisibleTo(panel)]
    texts += [w.text() for w in panel.findChildren(QAbstractButton) if w.isVisibleTo(panel)]
    for box in panel.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(box.count())]
    return [t for t in texts if any(ch.isascii() and ch.isalpha() for ch in t) and not chinese(t)]


@pytest.fixture
def zh() -> Iterator[None]:
    assert i18n.install("zh_CN") == "zh_CN"
    try:
        yield
    finally:
        i18n.install(i18n.ENGLISH)


@pytest.fixture
def session(mlp_doc: Document) -> TrainingSession:
    return TrainingSession(mlp_doc)


def test_the_training_panel_is_chinese(zh: None, qtbot: QtBot, mlp_doc: Document, session: TrainingSession) -> None:
    panel = TrainingPanel(mlp_doc, session)
    qtbot.addWidget(panel)
    panel.ensure_plots()
    for button in (panel.train_button, panel.pause_button, panel.step_button, panel.stop_button, panel.reset_button):
        assert chinese(button.text()) and chinese(button.accessibleName())
    assert chinese(panel.progress_label.text()) and chinese(panel.train_button.toolTip())
    assert all(chinese(plot.title) for plot in panel.plots.plots.values())
    assert chinese(panel.plots.loss_plot.getPlotItem().getAxis("bottom").labelText)
    assert english_texts(panel) == []


def test_the_insight_panels_are_chinese(zh: None, qtbot: QtBot, mlp_doc: Document, session: TrainingSession) -> None:
    inspector = Inspector(mlp_doc, session)
    panels = [WeightsPanel(inspector), ActivationsPanel(inspector), NeuronPanel(inspector), GradientsPanel(session)]
    for panel in panels:
        qtbot.addWidget(panel)
        assert english_texts(panel) == [], type(panel).__name__
    weights, activations, neuron, gradients = panels
    assert chinese(weights.hint.text()) and chinese(activations.hint.text())
    assert chinese(neuron.text.toPlainText()) and chinese(neuron.target_box.specialValueText())
    assert chinese(gradients.diagnosis.text()) and chinese(gradients.norm_plot.title)


def test_the_sketch_panel_is_chinese(zh: None, qtbot: QtBot, session: TrainingSession) -> None:
    panel = SketchPanel(session)
    qtbot.addWidget(panel)
    assert chinese(panel.hint.text()) and chinese(panel.erase_button.text()) and chinese(panel.pad.toolTip())
    assert english_texts(panel) == []


def test_english_is_back_afterwards(qtbot: QtBot, session: TrainingSession) -> None:
    panel = SketchPanel(session)
    qtbot.addWidget(panel)
    assert panel.erase_button.text() == "Eraser"


def test_the_panels_switch_language_while_open(qtbot: QtBot, mlp_doc: Document, session: TrainingSession) -> None:
    training = TrainingPanel(mlp_doc, session)
    inspector = Inspector(mlp_doc, session)
    panels = [training, SketchPanel(session), WeightsPanel(inspector), NeuronPanel(inspector), GradientsPanel(session)]
    for panel in panels:
        qtbot.addWidget(panel)
    training.ensure_plots()
    assert training.train_button.text() == "Train"
    try:
        i18n.install("zh_CN")
        qtbot.waitUntil(lambda: chinese(training.train_button.text()), timeout=5000)
        for panel in panels:
            assert english_texts(panel) == [], type(panel).__name__
        assert chinese(training.plots.batch_plot.title)
    finally:
        i18n.install(i18n.ENGLISH)
    qtbot.waitUntil(lambda: training.train_button.text() == "Train", timeout=5000)
    assert training.plots.batch_plot.title == "Training loss per batch"
    assert panels[1].erase_button.text() == "Eraser"


def test_the_insight_dock_titles_follow_the_language(qtbot: QtBot) -> None:
    from netdesigner.ui.main_window import MainWindow

    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.insight.build()
    docks = window.insight.docks
    assert docks["weights"].windowTitle() == "Weights"
    try:
        i18n.install("zh_CN")
        qtbot.waitUntil(lambda: chinese(docks["weights"].windowTitle()), timeout=5000)
        assert all(chinese(dock.windowTitle()) for dock in docks.values())
        assert chinese(docks["neuron"].widget().accessibleName())
    finally:
        i18n.install(i18n.ENGLISH)
    qtbot.waitUntil(lambda: docks["weights"].windowTitle() == "Weights", timeout=5000)
