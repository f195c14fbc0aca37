"""``netdesigner --self-test``: check, headless, what matters on a student's machine.

Run inside an installed (frozen) app it proves the bundle is complete: Qt draws the window
with its icon, the bundled digits, templates and licence texts are there, TensorFlow trains the ``first-mlp`` template for one
short epoch, a digit drawn on the sketch pad is classified, and a ``.keras`` file survives a
save and a safe load. One line per check, then ``SELFTEST OK`` (exit 0) or what failed (exit 1).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from netdesigner import __version__

TRAIN_SAMPLES = 2000  # one short epoch: a second or two on any machine
DRAWN_DIGIT = 1


@dataclass
class SelfTestState:
    """What the checks hand on to each other, and a scratch folder for the files they write."""

    scratch: Path
    found: dict[str, Any] = field(default_factory=dict)

    def need(self, key: str, check: str) -> Any:
        if key not in self.found:
            raise RuntimeError(f"needs the result of the '{check}' check, which did not pass")
        return self.found[key]


Check = tuple[str, Callable[[SelfTestState], str]]


def check_window(state: SelfTestState) -> str:
    """Qt's platform plugin, styles and fonts load, and the designer window paints."""
    from PySide6.QtCore import QStandardPaths, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from netdesigner.paths import resource
    from netdesigner.ui.app import make_application

    QStandardPaths.setTestModeEnabled(True)  # never touch the student's settings or recent files
    qInstallMessageHandler(_quiet_offscreen)
    app = make_application()
    from netdesigner.ui.main_window import MainWindow

    window = MainWindow(preload_engine=False, remember_layout=False)
    try:
        window.resize(1024, 700)
        window.show()
        for _ in range(3):
            app.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the window did not paint")
        if window.windowIcon().isNull():
            raise RuntimeError(f"the app icon is missing from {resource('icons')}")
        platform = QApplication.platformName()
        state.found["app"] = app
        state.found["window"] = window
        return f"Qt {_qt_version()} on '{platform}', window painted at {image.width()}x{image.height()}"
    except BaseException:
        _close(window)
        raise


def check_data(state: SelfTestState) -> str:
    """The bundled digits and every template are where the app looks for them."""
    from netdesigner.core.templates import load_template, template_names
    from netdesigner.engine.datasets import load_dataset
    from netdesigner.paths import resource, resources_dir

    dataset = load_dataset("mnist-5k")
    if dataset.x_train.shape[1:] != (28, 28) or dataset.num_classes != 10 or not len(dataset.x_test):
        raise RuntimeError(f"the bundled digits have an unexpected shape {dataset.x_train.shape}")
    names = template_names()
    if "first-mlp" not in names:
        raise RuntimeError(f"the first-mlp template is missing from {resources_dir()}")
    for name in names:
        load_template(name)
    licences = sorted(resource("licenses").glob("*.txt"))
    if len(licences) < 5:
        raise RuntimeError(f"the licence texts are missing from {resource('licenses')}")
    state.found["dataset"] = dataset
    return (
        f"{len(dataset.x_train):,} training and {len(dataset.x_test):,} test digits, "
        f"{len(names)} templates, {len(licences)} licence texts"
    )


def check_training(state: SelfTestState) -> str:
    """TensorFlow imports and trains the first-mlp template for one short epoch."""
    dataset = state.need("dataset", "bundled data")
    from netdesigner.core.templates import load_template
    from netdesigner.engine.backend import load_keras

    load_keras()
    from netdesigner.engine.training import train

    small = dataclasses.replace(
        dataset,
        x_train=dataset.x_train[:TRAIN_SAMPLES],
        y_train=dataset.y_train[:TRAIN_SAMPLES],
        x_test=dataset.x_test[: TRAIN_SAMPLES // 4],
        y_test=dataset.y_test[: TRAIN_SAMPLES // 4],
    )
    project = load_template("first-mlp")
    project = project.model_copy(
        update={"training": project.training.model_copy(update={"epochs": 1, "validation_split": 0.0})}
    )
    result = train(project, small)
    if result.outcome != "completed" or result.test is None:
        raise RuntimeError(f"training ended '{result.outcome}': {result.message}")
    loss = result.history[-1]["loss"]
    if not np.isfinite(loss) or result.test["accuracy"] < 0.5:
        raise RuntimeError(f"training did not learn: loss {loss:.3f}, test accuracy {result.test['accuracy']:.2f}")
    import keras

    state.found["model"] = result.model
    return f"Keras {keras.__version__}, loss {loss:.3f}, test accuracy {result.test['accuracy']:.2f}"


def check_drawn_digit(state: SelfTestState) -> str:
    """A 1 drawn on the sketch pad, prepared as MNIST's digits were, is read by the network."""
    state.need("window", "window")
    model = state.need("model", "training")
    from netdesigner.engine.inference import classify
    from netdesigner.engine.preprocess import mnist_style

    pixels = _draw_one()
    probabilities = classify(model, mnist_style(pixels)[np.newaxis])[0]
    if probabilities.shape != (10,) or not np.isclose(float(probabilities.sum()), 1.0, atol=1e-3):
        raise RuntimeError(f"the network gave no probabilities for ten digits: {probabilities}")
    answer = int(np.argmax(probabilities))
    if answer != DRAWN_DIGIT:
        raise RuntimeError(f"a drawn {DRAWN_DIGIT} was read as {answer} ({probabilities[answer]:.0%})")
    return f"a drawn {DRAWN_DIGIT} was read as {answer} ({probabilities[answer]:.0%})"


def check_keras_file(state: SelfTestState) -> str:
    """The trained model saves to a .keras file and loads back (safe mode) with the same answers."""
    model = state.need("model", "training")
    dataset = state.need("dataset", "bundled data")
    from netdesigner.engine.inference import classify
    from netdesigner.engine.model_io import load_model, save_model

    path = save_model(model, state.scratch / "self-test.keras")
    loaded, project = load_model(path)
    digits = np.asarray(dataset.x_test[:32])
    if not np.allclose(classify(model, digits), classify(loaded, digits), atol=1e-5):
        raise RuntimeError("the loaded model answers differently from the saved one")
    return f"{path.stat().st_size / 1024:.0f} KiB saved and loaded, {len(project.network.nodes)} layers, same answers"


CHECKS: tuple[Check, ...] = (
    ("window", check_window),
    ("bundled data", check_data),
    ("training", check_training),
    ("drawn digit", check_drawn_digit),
    (".keras file", check_keras_file),
)


def run_self_test(checks: Sequence[Check] = CHECKS, out: TextIO | None = None) -> int:
    """Run every check, print one line each and the verdict; 0 if all passed, else 1."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a check, not a session: never needs a screen
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    frozen = "installed bundle" if getattr(sys, "frozen", False) else "source"
    print(f"NetDesigner {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})", file=out)
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="netdesigner-selftest-") as scratch:
        state = SelfTestState(Path(scratch))
        try:
            for name, check in checks:
                started = time.perf_counter()
                try:
                    detail = check(state)
                except Exception as error:  # noqa: BLE001 - every failure is reported, then the next check runs
                    failed.append(name)
                    print(f"FAIL {name}: {type(error).__name__}: {error}", file=out)
                    if os.environ.get("NETDESIGNER_DEBUG"):
                        traceback.print_exc(file=out)
                else:
                    print(f"ok   {name}: {detail} ({time.perf_counter() - started:.1f} s)", file=out)
                out.flush()
        finally:
            window = state.found.get("window")
            if window is not None:
                _close(window)
    if failed:
        print(f"SELFTEST FAILED: {len(failed)} of {len(checks)} checks failed ({', '.join(failed)})", file=out)
        return 1
    print("SELFTEST OK", file=out)
    return 0


def _draw_one() -> np.ndarray:
    """Draw a slightly slanted vertical stroke on the window's sketch pad with mouse events."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from netdesigner.ui.sketch.pad import SketchPad

    pad = SketchPad()
    try:
        pad.resize(280, 280)
        points = [QPointF(150 - i * 0.15 * 10, 50 + i * 10) for i in range(19)]
        kinds = [QMouseEvent.Type.MouseButtonPress] + [QMouseEvent.Type.MouseMove] * 17
        kinds.append(QMouseEvent.Type.MouseButtonRelease)
        for kind, point in zip(kinds, points, strict=True):
            buttons = (
                Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
            )
            event = QMouseEvent(kind, point, point, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(pad, event)
        if pad.is_empty():
            raise RuntimeError("the sketch pad took no ink from the mouse")
        return pad.pixels()
    finally:
        pad.deleteLater()


def _close(window: Any) -> None:
    window.doc.undo_stack.setClean()  # nothing to ask about
    window.close()
    window.deleteLater()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def _quiet_offscreen(kind: Any, context: Any, message: str) -> None:
    """Qt's messages on standard error, less the offscreen platform's note about every window."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()
