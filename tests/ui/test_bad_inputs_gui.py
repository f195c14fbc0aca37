"""The window's open paths with the bad-input corpus (tests/bad_inputs.py): each refusal is a
dialog naming the problem, the open project stays exactly as it was, and no file changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from bad_inputs import BAD_IMAGES, BAD_MODELS, FLAWED_PROJECTS, UNREADABLE_PROJECTS, fingerprint, write_cases
from pytestqt.qtbot import QtBot

from netdesigner.core.project_file import save_project
from netdesigner.core.templates import load_template
from netdesigner.ui import dialogs
from netdesigner.ui.main_window import MainWindow


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append(text))
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    return said


@pytest.fixture
def window(qtbot: QtBot, errors: list[str], tmp_path: Path) -> MainWindow:
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    mine = tmp_path / "mine.ndproj"
    save_project(load_template("lenet5"), mine)
    assert win.files.load(mine)
    win.doc.set_metadata(description="unsaved work in progress")
    return win


def test_every_unreadable_project_is_refused_and_the_work_stays(window: MainWindow, errors: list, tmp_path: Path):
    folder = tmp_path / "corpus"
    cases = write_cases(folder, UNREADABLE_PROJECTS, ".ndproj")
    before, project, path = fingerprint(tmp_path), window.doc.snapshot(), window.doc.path
    for case, words in cases:
        errors.clear()
        assert not window.files.load(case)
        assert len(errors) == 1 and words in errors[0] and case.name in errors[0], case.name
    assert window.doc.project == project and window.doc.path == path and window.doc.modified
    assert fingerprint(tmp_path) == before


def test_flawed_designs_open_with_their_problems_listed(window: MainWindow, errors: list, tmp_path: Path):
    for case, words in write_cases(tmp_path / "flawed", FLAWED_PROJECTS, ".ndproj"):
        before = case.read_bytes()
        assert window.files.load(case)
        assert not window.doc.analysis.valid
        assert any(words in problem.message for problem in window.doc.analysis.problems), case.name
        assert not window.train_action.isEnabled() or not window.session.start()
        assert case.read_bytes() == before
    assert errors == [m for m in errors if "problems" in m]


def test_bad_models_are_refused_on_import_and_on_load(window: MainWindow, errors: list, qtbot: QtBot, tmp_path):
    cases = write_cases(tmp_path / "models", BAD_MODELS, ".keras")
    before, project = fingerprint(tmp_path), window.doc.snapshot()
    for case, words in cases:
        errors.clear()
        window.doc.set_metadata(description="still unsaved")  # a second edit keeps it modified
        assert not window.files.import_keras(case)
        assert len(errors) == 1 and words in errors[0], case.name
        errors.clear()
        assert window.models.load_model(case)
        qtbot.waitUntil(lambda: not window.models.task.running, timeout=30_000)
        assert len(errors) == 1 and words in errors[0], case.name
    assert window.doc.project.network == project.network and window.doc.path is not None
    assert fingerprint(tmp_path) == before


def test_bad_images_are_refused_by_the_sketch_pad(window: MainWindow, errors: list, tmp_path: Path):
    for case, words in write_cases(tmp_path / "images", BAD_IMAGES, ".png"):
        errors.clear()
        assert not window.sketch.load_image(case)
        assert len(errors) == 1 and words in errors[0], case.name


def test_a_save_that_fails_says_so_and_keeps_the_old_file_and_the_work(
    window: MainWindow, errors: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    path = window.doc.path
    assert path is not None
    before, real_replace = path.read_bytes(), os.replace

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert not window.files.save()
    assert len(errors) == 1 and "No space left on device" in errors[0] and "previous file is unchanged" in errors[0]
    assert path.read_bytes() == before and window.doc.modified
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    monkeypatch.setattr(os, "replace", real_replace)
    assert window.files.save() and not window.doc.modified
