"""Faults during training end the run cleanly, say what happened and leave the window usable:
an exception inside training, a dataset that breaks while it is read, a network too large for
memory, bad settings, and quitting the application mid-run."""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

pytest.importorskip("keras")

from netdesigner.core import memory  # noqa: E402
from netdesigner.core.templates import load_template  # noqa: E402
from netdesigner.engine import training  # noqa: E402
from netdesigner.ui import dialogs  # noqa: E402
from netdesigner.ui.main_window import MainWindow  # noqa: E402
from netdesigner.ui.training.session import IDLE  # noqa: E402

TIMEOUT = 90_000
ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> str:
    data = np.load(ROOT / "resources" / "data" / "mnist_5k.npz", allow_pickle=False)
    path = tmp_path_factory.mktemp("data") / "tiny.npz"
    np.savez(
        path, x=data["x"][0:4000:20], y=data["y"][0:4000:20], x_test=data["x"][4001::20], y_test=data["y"][4001::20]
    )
    return f"npz:{path}"


@pytest.fixture
def window(qtbot: QtBot, tiny_data: str, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append(text))
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    win = MainWindow(remember_layout=False)
    win.errors = said  # type: ignore[attr-defined]
    win.session.probe_every = 0
    qtbot.addWidget(win)
    win.show()
    win.files.new(load_template("first-mlp"))
    win.doc.set_training(dataset=tiny_data, epochs=1, batch_size=50)
    return win


def assert_usable(window: MainWindow, qtbot: QtBot) -> None:
    """Idle, editable, and a new run trains to the end."""
    assert window.session.state == IDLE and not window.doc.read_only and window.train_action.isEnabled()
    window.doc.set_param("dense_1", "units", 16)
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT) as finished:
        window.train_action.trigger()
    assert finished.args[0].outcome == "completed"


def test_an_exception_inside_training_ends_the_run_with_a_message(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_train = training.train

    def failing_train(project, dataset, *, listener=None, **kwargs):  # noqa: ANN001, ANN202
        for batch in range(3):
            listener.on_batch_end(0, batch, 4, {"loss": 2.0 - batch / 10, "accuracy": 0.1})
        raise RuntimeError("a fault in the middle of an epoch")

    monkeypatch.setattr(training, "train", failing_train)
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT) as finished:
        window.train_action.trigger()
    record, run = finished.args
    assert run is None and record.outcome == "failed"
    assert "RuntimeError: a fault in the middle of an epoch" in window.errors[-1]
    assert window.doc.runs[-1].outcome == "failed" and window.doc.runs[-1].batch_loss
    monkeypatch.setattr(training, "train", real_train)
    assert_usable(window, qtbot)


def test_running_out_of_memory_inside_training_says_so(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def out_of_memory(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise MemoryError

    monkeypatch.setattr(training, "train", out_of_memory)
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    assert "ran out of memory" in window.errors[-1]
    assert window.session.state == IDLE and not window.doc.read_only


def test_a_dataset_that_breaks_while_it_is_read(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, x=np.zeros((100, 28, 28), np.uint8), y=np.arange(100) % 10)
    raw = bytearray(buffer.getvalue())
    raw[2000:2100] = b"\xff" * 100  # inside x's data: the archive opens, reading x fails
    broken = tmp_path / "broken.npz"
    broken.write_bytes(bytes(raw))
    window.doc.set_training(dataset=f"npz:{broken}")
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    assert "broken.npz" in window.errors[-1] and "Training could not run" in window.errors[-1]
    assert window.session.state == IDLE and not window.doc.read_only


def test_a_network_too_large_for_memory_is_refused_before_training(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory, "available_memory", lambda: 64 << 20)
    window.doc.set_param("dense_1", "units", 100_000)
    window.train_action.trigger()
    assert window.session.thread is None and window.session.state == IDLE
    message = window.errors[-1]
    assert "too large for this computer" in message and "64.0 MB" in message and "GB" not in message.split("needs")[0]


def test_bad_training_settings_are_refused_in_place(window: MainWindow) -> None:
    form = window.properties.training
    window.properties.show_nodes([])
    before = window.doc.training
    for name, value in (("learning_rate", math.nan), ("learning_rate", -1.0), ("batch_size", 0), ("epochs", 10**9)):
        form._commit(name, value)
        assert "Not changed" in form.editors[name].error.text(), name
    assert window.doc.training == before


def test_quitting_the_application_mid_run_stops_the_worker(window: MainWindow, qtbot: QtBot) -> None:
    window.doc.set_training(epochs=500)
    with qtbot.waitSignal(window.session.batches, timeout=TIMEOUT):
        window.train_action.trigger()
    thread = window.session.thread
    assert thread is not None and thread.isRunning()
    app = QApplication.instance()
    app.aboutToQuit.connect(window.session.shutdown)  # as ui.app.run does
    try:
        app.aboutToQuit.emit()
    finally:
        app.aboutToQuit.disconnect(window.session.shutdown)
    assert not thread.isRunning()
