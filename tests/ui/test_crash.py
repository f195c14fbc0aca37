"""Uncaught exceptions: logged in the data folder, shown in a dialog with copyable details, and
the app keeps running."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from netdesigner.ui import crash, dialogs

ROOT = Path(__file__).parents[2]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    said: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append((title, text, details)))
    return said


@pytest.fixture
def handler(qtbot: QtBot) -> Iterator[crash.CrashHandler]:
    installed = crash.install()
    yield installed
    installed.uninstall()


def test_an_exception_is_logged_and_shown_with_details(handler, shown, qtbot: QtBot) -> None:
    try:
        raise ValueError("a value nobody expected")
    except ValueError as error:
        handler.handle(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    title, text, details = shown[0]
    assert "a value nobody expected" in text and "bug report" in text
    assert "Traceback" in details and "test_crash.py" in details and "NetDesigner" in details
    (log,) = crash.log_folder().glob("crash-*.log")
    assert str(log) in text and "a value nobody expected" in log.read_text()


def test_uninstall_puts_the_previous_hooks_back() -> None:
    before, thread_before = sys.excepthook, threading.excepthook
    installed = crash.install()
    assert sys.excepthook == installed.handle
    installed.uninstall()
    assert sys.excepthook is before and threading.excepthook is thread_before


def test_an_exception_in_a_thread_is_shown_in_the_gui_thread(handler, shown, qtbot: QtBot) -> None:
    def fail() -> None:
        raise RuntimeError("worker fell over")

    thread = threading.Thread(target=fail, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert "worker fell over" in shown[0][1] and "in thread helper" in shown[0][2]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_handler(handler, shown, qtbot: QtBot) -> None:
    def slot() -> None:
        raise KeyError("missing in a slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(shown))
    assert "missing in a slot" in shown[0][1]
    assert handler.count == 1


def test_many_errors_at_once_show_one_dialog_at_a_time(handler, monkeypatch, qtbot: QtBot) -> None:
    shown: list[str] = []

    def error(parent, title, text, details=""):  # noqa: ANN001, ANN202 - a dialog that is still open
        shown.append(text)
        for _ in range(3):
            handler.handle(OSError, OSError("again"), None)
        qtbot.wait(10)

    monkeypatch.setattr(dialogs, "error", error)
    handler.handle(OSError, OSError("first"), None)
    qtbot.wait(50)
    assert len(shown) == 1 and handler.count == 4
    assert len(list(crash.log_folder().glob("crash-*.log"))) >= 1


CRASHING_APP = """
import sys
from PySide6.QtCore import QTimer
from netdesigner.ui import dialogs
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.app import run

MainWindow.preload_engine = lambda self: None
dialogs.error = lambda parent, title, text, details="": print("DIALOG", title, "|", text.replace("\\n", " "), flush=True)


def broken_slot():
    raise ZeroDivisionError("a bug in a slot")


def ready(window):
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(300, lambda: (print("STILL RUNNING", window.isVisible(), flush=True), window.close()))


sys.exit(run([], on_ready=ready))
"""


@pytest.mark.slow
def test_the_app_catches_a_crash_in_a_slot_and_keeps_running(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETDESIGNER_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASHING_APP)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "DIALOG Something went wrong" in done.stdout and "a bug in a slot" in done.stdout
    assert "STILL RUNNING True" in done.stdout
    (log,) = (tmp_path / "logs").glob("crash-*.log")
    assert "ZeroDivisionError" in log.read_text()
