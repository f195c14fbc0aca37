"""Autosave and recovery: written only while modified, removed on a clean close, offered back
after a crash or a killed process, restored modified and with its original path."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesigner.core.project_file import load_project, save_project
from netdesigner.core.templates import load_template
from netdesigner.ui import autosave, dialogs
from netdesigner.ui.autosave import Autosave, find_orphans, offer_recovery
from netdesigner.ui.document import Document
from netdesigner.ui.main_window import MainWindow

ROOT = Path(__file__).parents[2]


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    answers: dict[str, list] = {"recover": [], "asked": [], "errors": []}

    def ask_recover(parent, name, saved):  # noqa: ANN001, ANN202
        answers["asked"].append((name, saved))
        return answers["recover"].pop(0) if answers["recover"] else True

    monkeypatch.setattr(dialogs, "ask_recover", ask_recover)
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": answers["errors"].append(text))
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    return answers


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def make_orphan(folder: Path, project_path: Path | None, name: str = "first-mlp") -> Path:
    """What a killed process leaves: the project and its info file, owned by a dead process."""
    folder.mkdir(parents=True, exist_ok=True)
    project = load_template("first-mlp")
    project.metadata.description = "autosaved edit"
    save_project(project, folder / "123-abc.ndproj")
    info = {
        "pid": dead_pid(),
        "path": str(project_path) if project_path else None,
        "name": name,
        "saved": "2030-01-01T10:00:00",
    }
    (folder / "123-abc.json").write_text(json.dumps(info))
    return folder / "123-abc.ndproj"


def test_writes_only_when_modified_and_changed_and_removes_when_saved(doc: Document, tmp_path: Path) -> None:
    saver = Autosave(doc, interval_ms=60_000)
    assert not saver.save_now() and not saver.project_file.exists()
    doc.add_node("Dense")
    assert saver.save_now()
    assert load_project(saver.project_file) == doc.project
    info = json.loads(saver.info_file.read_text())
    assert info["pid"] == os.getpid() and info["path"] is None
    assert not saver.save_now(), "nothing changed since the last autosave"
    doc.mark_saved(tmp_path / "mine.ndproj")
    assert not saver.project_file.exists() and not saver.info_file.exists()
    doc.add_node("Dense")
    assert saver.save_now()
    saver.finish()
    assert not saver.project_file.exists() and not saver.timer.isActive()


def test_the_timer_autosaves_every_few_seconds(doc: Document, qtbot: QtBot) -> None:
    saver = Autosave(doc, interval_ms=50)
    doc.add_node("Dense")
    qtbot.waitUntil(saver.project_file.exists, timeout=5000)
    saver.finish()


def test_our_own_autosaves_are_not_orphans(doc: Document, said: dict) -> None:
    saver = Autosave(doc, interval_ms=60_000)
    doc.add_node("Dense")
    saver.save_now()
    assert find_orphans() == []
    assert not offer_recovery(None, Document())
    assert said["asked"] == []
    saver.finish()


def test_an_orphan_is_restored_modified_with_its_original_path(said: dict, tmp_path: Path) -> None:
    original = tmp_path / "work.ndproj"
    autosaved = make_orphan(autosave.autosave_folder(), original, "work.ndproj")
    expected = load_project(autosaved)
    doc = Document()
    assert offer_recovery(None, doc)
    assert said["asked"][0][0] == "work.ndproj"
    assert doc.project == expected and doc.modified and doc.path == original
    assert find_orphans() == [] and not autosaved.exists()


def test_a_refused_orphan_is_deleted_and_nothing_changes(said: dict) -> None:
    autosaved = make_orphan(autosave.autosave_folder(), None)
    said["recover"].append(False)
    doc = Document()
    assert not offer_recovery(None, doc)
    assert not doc.modified and not doc.nodes and not autosaved.exists()


def test_an_unreadable_orphan_says_so_and_is_removed(said: dict) -> None:
    autosaved = make_orphan(autosave.autosave_folder(), None)
    autosaved.write_text('{"format": "netdesigner-project", "vers')
    doc = Document()
    assert not offer_recovery(None, doc)
    assert said["errors"] and "could not be read" in said["errors"][0]
    assert not doc.nodes and not autosaved.exists()


def test_a_failing_autosave_says_so_once_and_keeps_working(doc: Document, qtbot: QtBot) -> None:
    saver = Autosave(doc, interval_ms=60_000)
    messages: list[str] = []
    saver.failed.connect(messages.append)
    folder = autosave.autosave_folder()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    doc.add_node("Dense")
    assert not saver.save_now()
    doc.add_node("Dense")
    assert not saver.save_now()
    assert len(messages) == 1 and "Autosave failed" in messages[0]
    folder.unlink()
    assert saver.save_now()
    saver.finish()


def test_a_clean_close_removes_the_autosave(qtbot: QtBot, said: dict) -> None:
    window = MainWindow(remember_layout=False)
    window.doc.add_node("Dense")
    assert window.autosave.save_now()
    window.close()  # unsaved changes discarded: a clean close
    assert not window.autosave.project_file.exists()


KILLED_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from netdesigner.ui import autosave
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.app import run

autosave.INTERVAL_MS = 200
MainWindow.preload_engine = lambda self: None  # no TensorFlow needed to edit


def edit(window):
    window.doc.add_node("Dense", (0.0, 400.0), after="dense_2")
    window.doc.set_metadata(description="edited, then killed")

    def report():
        if window.autosave.project_file.exists():
            print("AUTOSAVED", window.autosave.project_file, flush=True)
        else:
            QTimer.singleShot(50, report)

    QTimer.singleShot(50, report)


sys.exit(run([sys.argv[1]], on_ready=edit))
"""


@pytest.mark.slow
def test_work_survives_a_killed_process(tmp_path: Path, qtbot: QtBot, said: dict, _data_folder: Path) -> None:
    original = tmp_path / "mine.ndproj"
    save_project(load_template("first-mlp"), original)
    before = original.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETDESIGNER_DATA_DIR": str(_data_folder)}
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_APP), str(original)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.startswith("AUTOSAVED"), process.stderr.read() if process.stderr else line
        time.sleep(0.3)  # let a second autosave race the kill: the file must stay whole either way
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert process.returncode == -signal.SIGKILL
    autosaved = Path(line.split(maxsplit=1)[1].strip())
    kept = tmp_path / "autosaved-copy.ndproj"
    shutil.copy(autosaved, kept)
    assert original.read_bytes() == before, "the project file itself is untouched"

    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    assert window.offer_recovery()
    doc = window.doc
    assert doc.project == load_project(kept)
    assert doc.project.metadata.description == "edited, then killed" and len(doc.nodes) == 4
    assert doc.modified and doc.path == original.resolve()
    assert window.isWindowModified()
    assert find_orphans() == []
