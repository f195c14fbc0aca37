"""The window: files, fixes from the problems list, palette additions, copy and paste."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from netdesigner.core.project_file import load_project, save_project
from netdesigner.core.templates import load_template
from netdesigner.ui import dialogs, settings
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.problems_panel import ProblemsPanel


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Record error dialogs and answer questions instead of blocking on them."""
    said: dict[str, list] = {"errors": [], "ask_save": [], "save_path": []}
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said["errors"].append(text))
    monkeypatch.setattr(
        dialogs, "ask_save", lambda parent, name: said["ask_save"].pop(0) if said["ask_save"] else "discard"
    )
    monkeypatch.setattr(dialogs, "save_path", lambda *args: said["save_path"].pop(0) if said["save_path"] else None)
    return said


@pytest.fixture
def window(qtbot: QtBot, answers: dict) -> MainWindow:
    settings.clear_recent_files()
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_save_reopen_and_compare(window: MainWindow, tmp_path: Path) -> None:
    window.files.new(load_template("keras-mnist-convnet"))
    window.doc.set_param("conv2d_1", "filters", 16)
    assert window.isWindowModified()
    path = tmp_path / "convnet.ndproj"
    window.files._save_to(path)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("convnet.ndproj")
    saved = window.doc.snapshot()
    window.files.new(load_template("first-mlp"))
    assert window.files.open(path)
    reopened = window.doc.project
    assert reopened.network == saved.network and reopened.training == saved.training
    assert settings.recent_files()[0] == path.resolve()


def test_a_corrupt_file_leaves_the_current_project_untouched(window: MainWindow, tmp_path: Path, answers: dict) -> None:
    window.files.new(load_template("lenet5"))
    window.doc.set_param("dense_1", "units", 99)
    before = window.doc.snapshot()
    broken = tmp_path / "broken.ndproj"
    broken.write_text('{"format": "netdesigner-project", "version": 2, "network": {"nodes": [')
    answers["ask_save"] = ["discard"]
    assert not window.files.open(broken)
    assert answers["errors"] and "broken.ndproj" in answers["errors"][0]
    assert window.doc.project == before
    assert window.doc.modified
    assert window.doc.undo_stack.canUndo()


def test_unsaved_changes_are_asked_about_and_cancel_keeps_them(window: MainWindow, answers: dict) -> None:
    window.doc.add_node("Input")
    answers["ask_save"] = ["cancel"]
    assert not window.files.new(load_template("first-mlp"))
    assert [n.type for n in window.doc.nodes] == ["Input"]


def test_saving_into_a_missing_folder_says_so_and_keeps_the_work(
    window: MainWindow, tmp_path: Path, answers: dict
) -> None:
    window.doc.add_node("Input")
    answers["save_path"] = [tmp_path / "no" / "such" / "folder" / "x.ndproj"]
    assert not window.files.save()
    assert "could not be written" in answers["errors"][0]
    assert window.doc.modified and window.doc.path is None


def test_a_fix_button_repairs_the_graph_and_undo_takes_it_back(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    inp = doc.add_node("Input", (0, 0))
    doc.add_node("Dense", (0, 120), after=inp, params={"units": 10, "activation": "softmax"})
    panel: ProblemsPanel = window.problems
    buttons = [row.fix_button for row in panel.rows if row.fix_button is not None]
    assert buttons and buttons[0].text() == "Insert Flatten"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert doc.analysis.valid
    assert "No problems" in panel.summary.text()
    window.undo_action.trigger()
    assert not doc.analysis.valid


def test_clicking_a_problem_selects_its_node(window: MainWindow, qtbot: QtBot) -> None:
    window.files.new(load_template("first-mlp"))
    window.doc.set_param("dense_2", "units", 3)
    row = window.problems.rows[0]
    qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)
    assert window.scene.selected_node_ids() == ["dense_2"]


def test_palette_double_click_adds_after_the_selection_and_connects(window: MainWindow) -> None:
    window.files.new(load_template("first-mlp"))
    window.scene.select_nodes(["dense_1"])
    window.palette.add_requested.emit("Dropout")
    assert ("dense_1", "dropout_1") in [(e.source, e.target) for e in window.doc.edges]
    assert window.scene.selected_node_ids() == ["dropout_1"]


def test_copy_paste_and_delete(window: MainWindow) -> None:
    window.files.new(load_template("first-mlp"))
    window.scene.select_nodes(["dense_1", "dense_2"])
    window.copy_action.trigger()
    window.paste_action.trigger()
    ids = [n.id for n in window.doc.nodes]
    assert ids[-2:] == ["dense_3", "dense_4"]
    assert ("dense_3", "dense_4") in [(e.source, e.target) for e in window.doc.edges]
    window.delete_action.trigger()
    assert [n.id for n in window.doc.nodes] == ["input", "dense_1", "dense_2"]
    window.undo_action.trigger()
    assert len(window.doc.nodes) == 5


def test_status_bar_shows_parameters_and_memory(window: MainWindow) -> None:
    window.files.new(load_template("first-mlp"))
    assert window.params_label.text() == "Parameters: 101,770"
    assert "MB" in window.memory_label.text() or "KB" in window.memory_label.text()


def test_editing_is_refused_with_a_message_while_locked(window: MainWindow) -> None:
    window.files.new(load_template("first-mlp"))
    window.doc.set_read_only(True)
    window.scene.select_nodes(["dense_1"])
    window.delete_action.trigger()
    assert "locked" in window.statusBar().currentMessage()
    assert len(window.doc.nodes) == 3
    window.doc.set_read_only(False)


def test_import_keras_opens_an_unsaved_project(window: MainWindow, tmp_path: Path, answers: dict) -> None:
    bad = tmp_path / "model.keras"
    bad.write_bytes(b"not a zip")
    assert not window.files.import_keras(bad)
    assert answers["errors"]


def test_export_python_writes_a_script(window: MainWindow, tmp_path: Path) -> None:
    window.files.new(load_template("first-mlp"))
    out = tmp_path / "net.py"
    assert window.files.export_python(out)
    compile(out.read_text(), str(out), "exec")


def test_window_starts_without_tensorflow(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from netdesigner.ui.app import make_application\n"
        "app = make_application()\n"
        "from netdesigner.ui.main_window import MainWindow\n"
        "w = MainWindow(remember_layout=False); w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('tensorflow', 'keras') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_screenshot_mode_writes_a_png(tmp_path: Path) -> None:
    project = tmp_path / "convnet.ndproj"
    save_project(load_template("keras-mnist-convnet"), project)
    out = tmp_path / "shot.png"
    env_home = {"XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "netdesigner", "--screenshot", str(out), str(project)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env_home},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 800
    assert load_project(project).network == load_template("keras-mnist-convnet").network


def test_window_size_and_docks_are_remembered(qtbot: QtBot, answers: dict) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(780, 540)  # inside the offscreen screen, which restoreGeometry keeps windows within
    first.show()
    first.problems_dock.hide()
    size = (first.width(), first.height())  # the docks may have made it a little wider
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert second.problems_dock.isHidden()
    second.close()


def test_export_keras_builds_and_saves_in_the_background(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    pytest.importorskip("keras")
    window.files.new(load_template("logistic-regression"))
    out = tmp_path / "model.keras"
    assert window.files.export_keras(out)
    with qtbot.waitSignal(window.files.export_task.finished, timeout=120_000):
        pass
    assert out.is_file() and out.stat().st_size > 1000
    assert not list(tmp_path.glob(".saving-*"))


def test_without_a_display_the_window_says_so_instead_of_crashing() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "netdesigner"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr
