"""Guided First Model in the window: Next waits for each check, Do it for me is one undo step,
progress survives closing, and the highlight points at the widget to use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from netdesigner.core.spec import RunRecord
from netdesigner.ui import dialogs, settings
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.walkthrough import Walkthrough, actions
from netdesigner.ui.walkthrough import progress as stored
from netdesigner.ui.walkthrough.roles import find_roles
from netdesigner.ui.walkthrough.targets import in_window

HIDDEN, CONNECT, TRAIN, INSIDE = 3, 7, 10, 11  # step indexes


@pytest.fixture(autouse=True)
def _fresh_progress() -> Iterator[None]:
    stored.clear_progress()
    yield
    stored.clear_progress()


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append(text))
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    return said


def make_window(qtbot: QtBot) -> MainWindow:
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot)


@pytest.fixture
def guide(window: MainWindow) -> Walkthrough:
    window.walkthrough.open()
    return window.walkthrough


def advance(guide: Walkthrough, to: int) -> None:
    """Do it for me and Next until step index ``to`` is open."""
    while guide.index < to:
        if not guide.panel.next_button.isEnabled():
            guide.do_it()
        assert guide.panel.next_button.isEnabled(), guide.panel.status.text()
        index = guide.index
        guide.next()
        assert guide.index == index + 1, guide.panel.status.text()


def fake_run(window: MainWindow, accuracy: float) -> RunRecord:
    doc = window.doc
    return RunRecord(
        id=doc.new_run_id(),
        network=doc.project.network.model_copy(deep=True),
        training=doc.training,
        test={"accuracy": accuracy, "loss": 0.3},
    )


def test_help_menu_opens_the_walkthrough_at_step_one(window: MainWindow) -> None:
    guide = window.walkthrough
    assert not guide.dock.isVisible()
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_actions = menus["&Help"].actions()
    assert help_actions[0] is guide.action and "Guided First Model" in guide.action.text()
    guide.action.trigger()
    assert guide.dock.isVisible() and guide.highlight.active
    assert guide.panel.counter.text() == "Step 1 of 13"
    assert guide.panel.next_button.isEnabled()  # the window starts with an empty canvas


def test_next_waits_until_the_dense_layer_has_128_units(guide: Walkthrough, qtbot: QtBot) -> None:
    advance(guide, HIDDEN)
    panel, doc = guide.panel, guide.window.doc
    assert panel.counter.text() == "Step 4 of 13"
    assert not panel.next_button.isEnabled()
    dense = doc.add_node("Dense", params={"units": 64})
    assert not panel.next_button.isEnabled()
    assert "128" in panel.status.text() and "64" in panel.status.text()
    guide.next()  # refused while the check fails
    assert guide.index == HIDDEN
    doc.set_param(dense, "units", 128)
    assert panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.counter.text() == "Step 5 of 13"


def test_do_it_for_me_completes_the_step_and_one_undo_reverts_it(guide: Walkthrough, qtbot: QtBot) -> None:
    advance(guide, HIDDEN)
    panel, stack = guide.panel, guide.window.doc.undo_stack
    assert panel.do_button.isVisible() and panel.do_button.isEnabled()
    depth = stack.index()
    qtbot.mouseClick(panel.do_button, Qt.MouseButton.LeftButton)
    assert panel.next_button.isEnabled() and not panel.do_button.isEnabled()
    assert stack.index() == depth + 1
    hidden = find_roles(guide.window.doc.project.network).hidden
    assert guide.window.scene.selected_node_ids() == [hidden.id]  # shown, as a palette add shows it
    stack.undo()
    assert not panel.next_button.isEnabled() and panel.do_button.isEnabled()
    assert find_roles(guide.window.doc.project.network).hidden is None


def test_do_it_for_me_through_the_structure_steps_builds_784_128_10(guide: Walkthrough) -> None:
    window = guide.window
    window.doc.add_node("Input", params={"format": "flat"})  # a wrong start is repaired too
    advance(guide, TRAIN)
    analysis, roles = window.doc.analysis, find_roles(window.doc.project.network)
    assert analysis.valid
    assert [analysis.shapes[n.id] for n in roles.chain()] == [(28, 28, 1), (784,), (128,), (10,)]
    assert analysis.trainable_params == 101_770
    training = window.doc.training
    assert (training.loss, training.optimizer, training.batch_size) == ("cross_entropy", "sgd", 32)
    assert guide.panel.counter.text() == "Step 11 of 13"
    assert window.training_panel.train_button.isEnabled()


def test_the_training_step_ticks_when_a_run_passes_80_percent(guide: Walkthrough) -> None:
    advance(guide, TRAIN)
    window, panel = guide.window, guide.panel
    assert not panel.next_button.isEnabled()
    window.doc.add_run(fake_run(window, 0.55))
    assert not panel.next_button.isEnabled() and "55.0%" in panel.status.text()
    window.doc.add_run(fake_run(window, 0.88))
    assert panel.next_button.isEnabled() and "88.0%" in panel.status.text()


def test_an_earlier_step_that_breaks_holds_next_back_and_links_to_it(guide: Walkthrough) -> None:
    advance(guide, CONNECT + 1)
    doc, panel = guide.window.doc, guide.panel
    assert panel.next_button.isEnabled()
    hidden = find_roles(doc.project.network).hidden
    doc.set_param(hidden.id, "units", 32)
    assert not panel.next_button.isEnabled()
    assert "Step 4 is no longer done" in panel.status.text()
    panel.status.linkActivated.emit("step:3")
    assert guide.index == HIDDEN and panel.counter.text() == "Step 4 of 13"


def test_progress_survives_closing_and_reopening(guide: Walkthrough, qtbot: QtBot) -> None:
    advance(guide, HIDDEN + 2)
    qtbot.mouseClick(guide.panel.close_button, Qt.MouseButton.LeftButton)
    assert not guide.dock.isVisible() and not guide.highlight.active
    guide.action.trigger()
    assert guide.index == HIDDEN + 2 and guide.dock.isVisible()
    project = guide.window.doc.snapshot()
    guide.window.doc.undo_stack.setClean()
    guide.window.close()
    # A new window (NetDesigner started again) with the same project resumes at step 6 ...
    again = make_window(qtbot)
    again.files.new(project)
    again.walkthrough.action.trigger()
    assert again.walkthrough.panel.counter.text() == "Step 6 of 13"
    # ... and with an empty canvas it goes back to the first step that no longer holds.
    again.files.new(project.model_copy(update={"network": type(project.network)()}))
    again.walkthrough.open()
    assert again.walkthrough.panel.counter.text() == "Step 2 of 13"
    assert stored.load_progress(13).reached == HIDDEN + 2


def test_looking_at_the_weights_and_gradients_is_noticed(guide: Walkthrough) -> None:
    advance(guide, TRAIN)
    window = guide.window
    window.doc.add_run(fake_run(window, 0.9))
    guide.next()
    assert guide.index == INSIDE and not guide.panel.next_button.isEnabled()
    assert not guide.panel.do_button.isEnabled()  # no trained model yet: nothing to look at
    window.session.model = object()  # stands in for a trained model, unannounced: no panel reads it
    guide.refresh()
    assert "Weights" in guide.panel.status.text()
    window.insight.docks["weights"].raise_()
    assert "Gradients" in guide.panel.status.text()
    window.insight.docks["gradients"].raise_()
    assert guide.panel.next_button.isEnabled()
    window.session.model = None


def test_the_highlight_outlines_the_palette_entry_then_the_field_then_next(
    guide: Walkthrough, qtbot: QtBot, tmp_path: Path
) -> None:
    advance(guide, HIDDEN)
    window = guide.window
    tree = window.palette.tree
    entry = tree.visualItemRect(window.palette.item_for("Dense"))
    assert guide.highlight.rects == [in_window(tree.viewport(), entry)]
    window.edits.add_layer("Dense")  # double-click in the palette: added after the selected Flatten
    dense = find_roles(window.doc.project.network).hidden
    window.doc.set_param(dense.id, "units", 100)
    qtbot.waitUntil(lambda: window.properties.node_form is not None and window.properties.node_form.node_id == dense.id)
    editor = window.properties.node_form.editors["units"]
    qtbot.waitUntil(lambda: any(r.contains(in_window(editor, editor.rect()).center()) for r in guide.highlight.rects))
    path = tmp_path / "walkthrough.png"
    image = window.grab().toImage()
    assert image.save(str(path))
    rect = guide.highlight.rects[0]
    outline = QColor(image.pixel(QPoint(rect.left() - 4, rect.center().y())))
    assert outline.red() - outline.blue() > 90, outline.name()  # orange, not the panel's gray
    window.doc.set_param(dense.id, "units", 128)
    next_button = guide.panel.next_button
    assert guide.highlight.rects == [in_window(next_button, next_button.rect())]


def test_finishing_shows_the_closing_page_and_start_over_begins_again(guide: Walkthrough) -> None:
    guide.progress.seen = {"weights", "gradients", "sketch"}
    advance(guide, TRAIN)
    guide.window.doc.add_run(fake_run(guide.window, 0.9))
    advance(guide, 12)
    guide.next()
    assert guide.finished_page and stored.load_progress(13).finished
    assert "All 13 steps done" in guide.panel.counter.text()
    assert not guide.panel.next_button.isVisible() and not guide.highlight.active
    guide.close()
    guide.open()
    assert guide.finished_page
    guide.back()
    assert guide.index == 12 and not guide.finished_page
    guide.start_over()
    assert guide.index == 0 and stored.load_progress(13).reached == 0 and not guide.progress.seen


def test_the_sketch_step_does_it_with_a_bundled_digit(window: MainWindow) -> None:
    actions.sketch_digit(window)
    assert window.sketch.digit is not None and window.sketch_dock.isVisible()


def test_a_walkthrough_left_open_comes_back_with_the_window(qtbot: QtBot) -> None:
    store = settings.settings()
    try:
        first = MainWindow(remember_layout=True)
        qtbot.addWidget(first)
        first.show()
        first.walkthrough.open()
        advance(first.walkthrough, 2)
        first.doc.undo_stack.setClean()
        first.close()
        again = MainWindow(remember_layout=True)  # NetDesigner started again, with an empty canvas
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        qtbot.waitUntil(again.walkthrough.dock.isVisible)
        assert again.walkthrough.panel.counter.text() == "Step 2 of 13"  # the Input is gone again
        assert again.walkthrough.highlight.active
    finally:
        store.remove("window")
