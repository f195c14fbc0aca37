"""The properties panel edits the document through undo steps and follows it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesigner.ui.document import Document
from netdesigner.ui.properties import PropertiesPanel


@pytest.fixture
def panel(qtbot: QtBot, mlp_doc: Document) -> PropertiesPanel:
    widget = PropertiesPanel(mlp_doc)
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    return widget


def test_changing_units_updates_the_document_and_undo_brings_the_editor_back(
    panel: PropertiesPanel, qtbot: QtBot
) -> None:
    doc = panel.doc
    panel.show_nodes(["dense_1"])
    box = panel.node_form.editors["units"].box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "64")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.node("dense_1")["units"] == 64
    assert doc.analysis.shapes["dense_1"] == (64,)
    assert "Output shape: <b>(64,)</b>" in panel.node_form.summary.text()
    doc.undo_stack.undo()
    assert box.value() == 128


def test_gaussian_std_shows_only_for_the_gaussian_initializer(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_1"])
    form = panel.node_form
    label, field = form.rows["init_std"]
    assert field.isHidden()
    combo = form.editors["initializer"].box
    combo.setCurrentIndex(combo.findData("random_normal"))
    combo.activated.emit(combo.currentIndex())
    assert panel.doc.node("dense_1")["initializer"] == "random_normal"
    assert not field.isHidden() and not label.isHidden()


def test_a_bad_shape_is_refused_inline_and_the_document_is_unchanged(qtbot: QtBot, doc: Document) -> None:
    node = doc.add_node("Reshape")
    panel = PropertiesPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_nodes([node])
    count = doc.undo_stack.count()
    line = panel.node_form.editors["target_shape"].box
    line.selectAll()
    qtbot.keyClicks(line, "28, zero")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    error = panel.node_form.errors["target_shape"]
    assert not error.isHidden() and "target_shape" in error.text()
    assert doc.undo_stack.count() == count
    assert line.text() == "28, 28, 1"
    line.selectAll()
    qtbot.keyClicks(line, "784")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert doc.node(node)["target_shape"] == (784,)
    assert error.isHidden()


def test_training_form_edits_reach_the_document(panel: PropertiesPanel, qtbot: QtBot) -> None:
    doc = panel.doc
    panel.show_nodes([])
    form = panel.training
    optimizer = form.editors["optimizer"].box
    optimizer.setCurrentIndex(optimizer.findData("momentum"))
    optimizer.activated.emit(optimizer.currentIndex())
    assert doc.training.optimizer == "momentum"
    assert form.editors["momentum"].isEnabled()
    qtbot.mouseClick(form.full_batch, Qt.MouseButton.LeftButton)
    assert doc.training.batch_size == "full"
    assert not form.editors["batch_size"].isEnabled()
    rate = form.editors["learning_rate"].box
    rate.lineEdit().selectAll()
    qtbot.keyClicks(rate, "0.05")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    assert doc.training.learning_rate == pytest.approx(0.05)
    doc.undo_stack.undo()
    assert rate.value() == pytest.approx(doc.training.learning_rate)


def test_project_name_is_one_undo_step(panel: PropertiesPanel, qtbot: QtBot) -> None:
    panel.show_nodes([])
    name = panel.training.name
    name.selectAll()
    qtbot.keyClicks(name, "My digits")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert panel.doc.project.metadata.name == "My digits"
    panel.doc.undo_stack.undo()
    assert name.text() == "first-mlp"


def test_read_only_disables_the_editors(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_1"])
    panel.doc.set_read_only(True)
    assert not panel.node_form.isEnabled()
    assert not panel.locked.isHidden()
    panel.show_nodes([])
    assert not panel.training.isEnabled()
    panel.doc.set_read_only(False)
    assert panel.training.isEnabled()


def test_several_selected_layers_are_named(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_1", "dense_2"])
    assert "2 layers selected" in panel.multi.text()
    assert panel.stack.currentWidget() is panel.multi


def test_deleting_the_shown_node_falls_back_to_training(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_2"])
    panel.doc.remove(["dense_2"])
    assert panel.stack.currentWidget() is panel.training
