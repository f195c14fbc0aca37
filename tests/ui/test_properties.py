"""The properties panel edits the document through undo steps and follows it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QFileDialog
from pytestqt.qtbot import QtBot

from netdesigner.ui.document import Document
from netdesigner.ui.param_editors import DatasetEditor
from netdesigner.ui.properties import PropertiesPanel


def _panel(qtbot: QtBot, doc: Document) -> PropertiesPanel:
    widget = PropertiesPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    return widget


@pytest.fixture
def panel(qtbot: QtBot, mlp_doc: Document) -> PropertiesPanel:
    return _panel(qtbot, mlp_doc)


def _type(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    """Replace a spin box's text as a user would, then press Return."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_changing_units_updates_the_document_and_undo_brings_the_editor_back(
    panel: PropertiesPanel, qtbot: QtBot
) -> None:
    doc = panel.doc
    panel.show_nodes(["dense_1"])
    box = panel.node_form.editors["units"].box
    assert box.value() == 128
    _type(qtbot, box, "64")
    assert doc.node("dense_1")["units"] == 64
    assert doc.analysis.shapes["dense_1"] == (64,)
    assert "(64,)" in panel.node_form.summary.text()
    assert "50,240</b> trainable" in panel.node_form.summary.text()  # 784 * 64 + 64
    steps = doc.undo_stack.count()
    with qtbot.assertNotEmitted(panel.node_form.editors["units"].committed):  # syncing is not an edit
        doc.undo_stack.undo()
    assert doc.node("dense_1")["units"] == 128
    assert box.value() == 128
    assert doc.undo_stack.count() == steps and doc.undo_stack.canRedo()
    doc.undo_stack.redo()
    assert box.value() == 64


def test_stepping_a_spin_box_is_one_undo_step(panel: PropertiesPanel, qtbot: QtBot) -> None:
    doc = panel.doc
    panel.show_nodes(["dense_1"])
    box = panel.node_form.editors["units"].box
    box.setFocus()
    before = doc.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Up)
    assert doc.node("dense_1")["units"] == 131
    assert doc.undo_stack.count() == before + 1


def test_gaussian_std_shows_only_for_the_gaussian_initializer(panel: PropertiesPanel, qtbot: QtBot) -> None:
    doc = panel.doc
    panel.show_nodes(["dense_1"])
    form = panel.node_form
    label, std = form.rows["init_std"]
    assert std.isHidden() and label.isHidden()
    combo = form.editors["initializer"].box
    assert combo.currentText() == "Xavier / Glorot uniform"
    combo.setFocus()
    qtbot.keyClicks(combo, "Gaussian")
    assert doc.node("dense_1")["initializer"] == "random_normal"
    assert not std.isHidden() and not label.isHidden()
    _type(qtbot, std.box, "0.01")
    assert doc.node("dense_1")["init_std"] == pytest.approx(0.01)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.node("dense_1")["initializer"] == "glorot_uniform"
    assert combo.currentText() == "Xavier / Glorot uniform"
    assert std.isHidden()


def test_a_bad_shape_is_refused_inline_and_the_document_is_unchanged(qtbot: QtBot, doc: Document) -> None:
    node = doc.add_node("Reshape")
    panel = _panel(qtbot, doc)
    panel.show_nodes([node])
    steps = doc.undo_stack.count()
    editor = panel.node_form.editors["target_shape"]
    line = editor.box
    assert line.text() == "28, 28, 1"
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "28, zero")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert not editor.error.isHidden()
    assert "target_shape" in editor.error.text() and "separated by commas" in editor.error.text()
    assert doc.undo_stack.count() == steps
    assert doc.node(node)["target_shape"] == (28, 28, 1)
    assert line.text() == "28, 28, 1"
    line.selectAll()
    qtbot.keyClicks(line, "784")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert doc.node(node)["target_shape"] == (784,)
    assert editor.error.isHidden()


def test_a_refused_edit_reverts_the_editor_and_explains(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_1"])
    editor = panel.node_form.editors["units"]
    panel.doc.set_read_only(True)
    editor.committed.emit(7)  # an edit arriving just as training starts
    assert panel.doc.node("dense_1")["units"] == 128
    assert editor.box.value() == 128
    assert "locked" in editor.error.text() and not editor.error.isHidden()


def test_problems_are_listed_with_words_not_only_color(qtbot: QtBot, mlp_doc: Document) -> None:
    conv = mlp_doc.add_node("Conv2D", after="input")  # the first MLP's input is flat
    panel = _panel(qtbot, mlp_doc)
    panel.show_nodes([conv])
    assert any(t.startswith("Error:") and "Reshape" in t for t in panel.node_form.problem_texts)
    assert "unknown" in panel.node_form.summary.text()
    mlp_doc.set_param("input", "format", "image")
    assert not any("Reshape" in t for t in panel.node_form.problem_texts)
    assert "(26, 26, 32)" in panel.node_form.summary.text()


def test_training_form_edits_reach_the_document(panel: PropertiesPanel, qtbot: QtBot) -> None:
    doc = panel.doc
    panel.show_nodes([])
    assert panel.stack.currentWidget() is panel.training
    form = panel.training
    assert not form.editors["momentum"].isEnabled()
    optimizer = form.editors["optimizer"].box
    optimizer.setFocus()
    qtbot.keyClick(optimizer, Qt.Key.Key_Up)  # Adam -> RMSprop
    qtbot.keyClick(optimizer, Qt.Key.Key_Up)  # -> SGD with momentum
    assert doc.training.optimizer == "momentum"
    assert form.editors["momentum"].isEnabled()
    qtbot.mouseClick(form.full_batch, Qt.MouseButton.LeftButton)
    assert doc.training.batch_size == "full"
    assert not form.editors["batch_size"].box.isEnabled()
    qtbot.mouseClick(form.full_batch, Qt.MouseButton.LeftButton)
    assert doc.training.batch_size == 32
    rate = form.editors["learning_rate"].box
    _type(qtbot, rate, "1e-4")
    assert doc.training.learning_rate == pytest.approx(1e-4)
    assert rate.text() == "0.0001"
    with qtbot.assertNotEmitted(form.editors["learning_rate"].committed):
        doc.undo_stack.undo()
    assert doc.training.learning_rate == pytest.approx(0.001)
    assert rate.value() == pytest.approx(0.001)


def test_out_of_range_numbers_are_not_accepted(panel: PropertiesPanel, qtbot: QtBot) -> None:
    panel.show_nodes([])
    rate = panel.training.editors["learning_rate"].box
    steps = panel.doc.undo_stack.count()
    _type(qtbot, rate, "20")
    rate.clearFocus()
    assert panel.doc.training.learning_rate == pytest.approx(0.001)
    assert panel.doc.undo_stack.count() == steps


def test_validation_split_is_shown_in_percent(panel: PropertiesPanel, qtbot: QtBot) -> None:
    panel.show_nodes([])
    split = panel.training.editors["validation_split"].box
    assert split.text() == "10 %"
    _type(qtbot, split, "25")
    assert panel.doc.training.validation_split == pytest.approx(0.25)


def test_project_name_and_description_are_undo_steps(panel: PropertiesPanel, qtbot: QtBot) -> None:
    doc = panel.doc
    panel.show_nodes([])
    name, description = panel.training.name, panel.training.description
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "My digits")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert doc.project.metadata.name == "My digits"
    doc.undo_stack.undo()
    assert name.text() == "first-mlp"
    description.setFocus()
    description.selectAll()
    qtbot.keyClicks(description, "Two hidden layers")
    assert doc.project.metadata.description != "Two hidden layers"  # not while typing
    name.setFocus()
    qtbot.waitUntil(lambda: doc.project.metadata.description == "Two hidden layers")


def test_another_dataset_folder_with_idx_files_becomes_idx(
    panel: PropertiesPanel, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(b"")
    monkeypatch.setattr(DatasetEditor, "ask_kind", lambda _self: "folder")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_: str(tmp_path))
    panel.show_nodes([])
    combo = panel.training.editors["dataset"].box
    assert combo.currentText() == "MNIST, 5,000 bundled digits"
    combo.setFocus()
    qtbot.keyClicks(combo, "Other")
    assert panel.doc.training.dataset == f"idx:{tmp_path}"
    assert combo.currentText() == f"{tmp_path.name} (IDX files)"
    monkeypatch.setattr(DatasetEditor, "ask_kind", lambda _self: None)  # menu dismissed: nothing changes
    qtbot.keyClicks(combo, "Other")
    assert panel.doc.training.dataset == f"idx:{tmp_path}"
    assert combo.currentText() == f"{tmp_path.name} (IDX files)"
    panel.doc.undo_stack.undo()
    assert combo.currentText() == "MNIST, 5,000 bundled digits"
    assert combo.findText(f"{tmp_path.name} (IDX files)") == -1


def test_read_only_disables_the_editors(panel: PropertiesPanel, qtbot: QtBot, mlp_doc: Document) -> None:
    panel.show_nodes(["dense_1"])
    assert panel.locked.isHidden()
    panel.doc.set_read_only(True)
    assert not panel.node_form.fields.isEnabled()
    assert not panel.node_form.editors["units"].box.isEnabled()
    assert panel.node_form.summary.isEnabled()  # what the layer computes stays readable
    assert not panel.locked.isHidden() and "Training is running" in panel.locked_text.text()
    panel.show_nodes([])
    assert not panel.training.editors["learning_rate"].box.isEnabled()
    assert not panel.training.name.isEnabled()
    panel.doc.set_read_only(False)
    assert panel.training.name.isEnabled() and panel.locked.isHidden()


def test_a_panel_made_during_training_starts_locked(qtbot: QtBot, mlp_doc: Document) -> None:
    mlp_doc.set_read_only(True)
    panel = _panel(qtbot, mlp_doc)
    assert not panel.locked.isHidden()
    assert not panel.training.isEnabled()


def test_several_selected_layers_are_named(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_1", "dense_2", "input"])
    assert panel.stack.currentWidget() is panel.multi
    text = panel.multi.text()
    assert "3 layers selected" in text
    assert "Dense <i>dense_1</i>" in text and "Input <i>input</i>" in text


def test_deleting_the_shown_node_falls_back_to_training(panel: PropertiesPanel) -> None:
    panel.show_nodes(["dense_2"])
    panel.doc.remove(["dense_2"])
    assert panel.stack.currentWidget() is panel.training
    assert panel.node_form is None


def test_a_description_being_typed_is_kept_when_training_locks(panel: PropertiesPanel, qtbot: QtBot) -> None:
    panel.show_nodes([])
    box = panel.training.description
    box.setFocus()
    box.setPlainText("Trying ReLU")
    panel.doc.set_read_only(True)
    assert panel.doc.project.metadata.description == "Trying ReLU"
    panel.doc.set_read_only(False)
