"""The designer without a mouse: the command palette, moving between layers, connecting,
moving and editing layers, and a whole network built from key presses alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from netdesigner.core.templates import load_template
from netdesigner.ui import dialogs, settings
from netdesigner.ui.command_palette import Command, matches
from netdesigner.ui.keyboard_nav import flow_order, nearest
from netdesigner.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": None)
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    settings.clear_recent_files()
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.keyboard.canvas.focus_canvas()
    qtbot.waitUntil(win.view.hasFocus)
    return win


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard focus is, as a real keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifiers)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def run_command(text: str, key: Qt.Key = Qt.Key.Key_K, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    press(key, modifiers)
    type_text(text)
    press(Qt.Key.Key_Return)


def test_first_mlp_from_the_keyboard_alone(window: MainWindow) -> None:
    doc, canvas = window.doc, window.keyboard.canvas
    assert not doc.nodes
    run_command("add input", Qt.Key.Key_P, CTRL | SHIFT)
    assert [n.id for n in doc.nodes] == ["input"]
    assert canvas.ring_node() == "input" and window.view.hasFocus()
    press(Qt.Key.Key_Return)  # edit its settings: the cursor lands in Format
    assert isinstance(QApplication.focusWidget(), QComboBox)
    type_text("flat")
    press(Qt.Key.Key_Escape)  # back to the canvas
    assert window.view.hasFocus()
    assert doc.node("input").params["format"] == "flat"

    press(Qt.Key.Key_Escape)  # nothing selected: the next layer stands alone
    run_command("add dense")
    assert not doc.edges and canvas.ring_node() == "dense_1"
    press(Qt.Key.Key_Tab, SHIFT)  # back up the flow to the Input
    assert canvas.ring_node() == "input"
    press(Qt.Key.Key_C)  # connect from the Input: the nearest layer below is offered
    assert "Enter connects it to dense_1" in window.statusBar().currentMessage()
    press(Qt.Key.Key_Return)
    assert [(e.source, e.target) for e in doc.edges] == [("input", "dense_1")]

    press(Qt.Key.Key_Tab)
    assert canvas.ring_node() == "dense_1"
    run_command("add dense")  # added below the focused layer and connected from it
    assert canvas.ring_node() == "dense_2"
    press(Qt.Key.Key_Return)
    units = QApplication.focusWidget()
    assert isinstance(units, QSpinBox) and units.accessibleName() == "Units"
    type_text("10")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget().accessibleName() == "Activation"
    type_text("softmax")
    press(Qt.Key.Key_Escape)

    template = load_template("first-mlp").network
    assert not [p for p in doc.analysis.problems if p.severity == "error"]
    assert [(n.id, n.type, n.params) for n in doc.nodes] == [(n.id, n.type, n.params) for n in template.nodes]
    assert doc.edges == template.edges
    assert window.view.hasFocus()


def test_palette_filters_runs_actions_and_closes(window: MainWindow) -> None:
    window.files.new(load_template("first-mlp"))
    palette = window.keyboard.palette
    press(Qt.Key.Key_K, CTRL)
    assert palette.isVisible() and palette.search.hasFocus()
    everything = palette.titles()
    assert "Add Conv2D" in everything and "Arrange Top to Bottom" in everything and "Save As…" in everything
    type_text("arrange")
    assert palette.titles()[0] == "Arrange Top to Bottom" == palette.current_title()
    assert "Add Conv2D" not in palette.titles()
    window.doc.move_nodes({"dense_2": (300.0, 500.0)})
    press(Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.doc.undo_stack.undoText() == "Move"  # the layout ran, as one undo step
    press(Qt.Key.Key_K, CTRL)
    type_text("zzz no such thing")
    assert palette.titles() == []
    press(Qt.Key.Key_Return)  # nothing to run: the palette stays
    assert palette.isVisible()
    press(Qt.Key.Key_Escape)
    assert not palette.isVisible() and window.view.hasFocus()


def test_palette_skips_commands_that_are_not_available(window: MainWindow) -> None:
    press(Qt.Key.Key_P, CTRL | SHIFT)
    type_text("stop")
    palette = window.keyboard.palette
    assert palette.titles() == ["Stop"]  # listed, but not runnable before training
    assert palette.current_title() == ""
    press(Qt.Key.Key_Escape)


def test_matching_ranks_title_prefixes_first() -> None:
    def noop() -> None:
        return None

    commands = [Command("Add Flatten", "before a Dense layer", noop), Command("Add Dense", "Core layer", noop)]
    assert [c.title for c in matches(commands, "add dense")] == ["Add Dense", "Add Flatten"]
    assert [c.title for c in matches(commands, "FLATTEN")] == ["Add Flatten"]
    assert [c.title for c in matches(commands, "dense")] == ["Add Dense", "Add Flatten"]
    assert matches(commands, "") == commands


def test_tab_follows_the_flow_and_then_leaves_the_canvas(window: MainWindow) -> None:
    window.files.new(load_template("lenet5"))
    canvas = window.keyboard.canvas
    window.keyboard.canvas.focus_canvas()
    order = flow_order(window.doc)
    assert order[0] == "input" and len(order) == len(window.doc.nodes)
    seen = [canvas.ring_node()]
    for _ in order[1:]:
        press(Qt.Key.Key_Tab)
        seen.append(canvas.ring_node())
    assert seen == order
    press(Qt.Key.Key_Tab)  # past the last layer the focus moves on to the next panel
    assert not window.view.hasFocus() and canvas.ring_node() is None
    press(Qt.Key.Key_Escape)
    assert window.view.hasFocus()


def test_arrows_pick_the_nearest_layer_in_that_direction(window: MainWindow) -> None:
    doc = window.doc
    window.files.new(load_template("first-mlp"))
    doc.move_nodes({"dense_1": (0.0, 200.0), "dense_2": (300.0, 200.0)})
    canvas = window.keyboard.canvas
    canvas.focus_node("input")
    press(Qt.Key.Key_Down)
    assert canvas.ring_node() == "dense_1"
    press(Qt.Key.Key_Right)
    assert canvas.ring_node() == "dense_2"
    press(Qt.Key.Key_Right)  # nothing further right: the focus stays
    assert canvas.ring_node() == "dense_2"
    press(Qt.Key.Key_Up)
    assert canvas.ring_node() == "input"


def test_nearest_prefers_straight_ahead() -> None:
    from PySide6.QtCore import QPointF

    points = {"far_ahead": QPointF(0, 300), "near_aside": QPointF(200, 120), "behind": QPointF(0, -50)}
    assert nearest(points, QPointF(0, 0), (0.0, 1.0)) == "far_ahead"
    assert nearest(points, QPointF(0, 0), (-1.0, 0.0)) is None


def test_ctrl_arrows_move_as_one_undo_step_and_delete_removes(window: MainWindow) -> None:
    doc = window.doc
    window.files.new(load_template("first-mlp"))
    window.keyboard.canvas.focus_node("dense_1")
    start = doc.node("dense_1").position
    for _ in range(3):
        press(Qt.Key.Key_Right, CTRL)
    press(Qt.Key.Key_Down, CTRL)
    moved = doc.node("dense_1").position
    assert (moved.x - start.x, moved.y - start.y) == (60.0, 20.0)
    assert doc.undo_stack.count() == 1
    press(Qt.Key.Key_Z, CTRL)
    assert doc.node("dense_1").position == start
    press(Qt.Key.Key_Delete)
    assert not doc.has_node("dense_1") and len(doc.edges) == 0


def test_connecting_to_a_refused_target_says_why(window: MainWindow) -> None:
    doc = window.doc
    window.files.new(load_template("first-mlp"))
    canvas = window.keyboard.canvas
    canvas.focus_node("dense_2")
    press(Qt.Key.Key_E, CTRL)
    connection = canvas.connection
    assert connection is not None
    connection.choose("dense_1")
    assert "✗" in connection.describe() and "loop" in connection.describe()
    press(Qt.Key.Key_Return)  # refused: nothing changes, the reason is shown
    assert len(doc.edges) == 2 and canvas.connection is not None
    assert "loop" in window.statusBar().currentMessage()
    press(Qt.Key.Key_Escape)
    assert canvas.connection is None and len(doc.edges) == 2
    assert connection.edge.scene() is None


def test_enter_on_a_layer_without_settings_says_so(window: MainWindow) -> None:
    window.files.new(load_template("lenet5"))
    flatten = next(n.id for n in window.doc.nodes if n.type == "Flatten")
    window.keyboard.canvas.focus_node(flatten)
    press(Qt.Key.Key_Return)
    assert "no settings" in window.statusBar().currentMessage()


def test_a_layer_added_after_another_does_not_cover_its_neighbour(window: MainWindow) -> None:
    doc = window.doc
    window.files.new(load_template("first-mlp"))
    window.keyboard.canvas.focus_node("dense_1")
    run_command("add dropout")
    dropout = doc.node("dropout_1")
    assert ("dense_1", "dropout_1") in [(e.source, e.target) for e in doc.edges]
    below = doc.node("dense_2").position
    assert abs(dropout.position.x - below.x) > 200  # beside dense_2, not on top of it
    assert window.keyboard.canvas.ring_node() == "dropout_1"
    press(Qt.Key.Key_Z, CTRL)  # one undo step takes the layer and its connection away
    assert not doc.has_node("dropout_1") and len(doc.edges) == 2
