"""Qt test fixtures and guards: no settings written, no windows or threads left behind."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths, QThread
from PySide6.QtWidgets import QApplication

from netdesigner.core.templates import load_template
from netdesigner.ui.document import Document
from netdesigner.ui.gc_guard import GuiThreadCollector
from netdesigner.ui.settings import DATA_DIR_ENV


@pytest.fixture(scope="session", autouse=True)
def _test_settings(qapp: QApplication) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("NetDesignerTests")
    QCoreApplication.setApplicationName("NetDesignerTests")
    collector = GuiThreadCollector(qapp)  # as the app does: never collect Qt objects in a worker thread
    yield
    collector.stop()
    # Data we put on the clipboard is freed by Qt's exit handlers after Python is gone,
    # which crashes the process; hand it back while Python still runs (the app does the same).
    QApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def _data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Autosaves and crash logs go to a fresh temporary folder, never the user's data folder."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _no_leftovers(qapp: QApplication) -> Iterator[None]:
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    QApplication.processEvents()
    gc.collect()  # here, in the GUI thread, not later in some training thread
    left = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    for widget in left:
        widget.close()
    threads = [t for t in qapp.findChildren(QThread) if t.isRunning()]
    assert not left, f"test left windows open: {[type(w).__name__ for w in left]}"
    assert not threads, f"test left threads running: {threads}"


@pytest.fixture
def doc() -> Document:
    return Document()


@pytest.fixture
def mlp_doc() -> Document:
    return Document(load_template("first-mlp"))
