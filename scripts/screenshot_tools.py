"""Small tools for scripts/screenshots.py: waiting for the event loop, training a design in the
real window, drawing on the sketch pad and saving pictures of widgets."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from netdesigner.paths import resource

TIMEOUT_S = 300.0


def pump(ms: int = 50) -> None:
    """Let Qt handle events for about ``ms`` milliseconds (layouts, timers, repaints)."""
    end = time.monotonic() + ms / 1000
    while True:
        QApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"gave up waiting for {what} after {timeout_s:.0f} s")
        QApplication.processEvents()
        time.sleep(0.01)


def small_dataset(folder: Path, every: int) -> str:
    """Every ``every``-th digit of the bundled set (all ten classes alike) as an npz dataset,
    for a quick real run; the app splits it 80/20 into training and test digits."""
    data = np.load(resource("data", "mnist_5k.npz"), allow_pickle=False)
    path = folder / f"mnist-every-{every}.npz"
    np.savez(path, x=data["x"][::every], y=data["y"][::every])
    return f"npz:{path}"


def quiet_dialogs() -> list[str]:
    """Message boxes would wait for a click that never comes: collect what they say instead,
    and let New discard the design it replaces."""
    from netdesigner.ui import dialogs

    said: list[str] = []
    dialogs.error = lambda parent, title, text, details="": said.append(text)  # type: ignore[assignment]
    dialogs.ask_save = lambda parent, name: "discard"  # type: ignore[assignment]
    return said


def train(window, probe_every: int, said: list[str]) -> None:  # noqa: ANN001 - the MainWindow
    """Train the design on the canvas to the end, as Training › Train does, and wait for the
    evaluation and the insight panels' first report."""
    session = window.session
    finished: list[object] = []
    session.run_finished.connect(lambda record, run: finished.append(run))
    session.probe_every = probe_every
    session.probe_seconds = 0.0  # a run of seconds would otherwise give the plots two or three points
    said.clear()
    if not session.start():
        raise RuntimeError(f"training refused: {said}")
    wait_until(lambda: bool(finished) or bool(said), "the training run")
    if said:
        raise RuntimeError(f"training failed: {said[0]}")
    wait_until(lambda: window.insight.inspector.probe is not None, "the first probe of the trained model")
    pump(300)


def stroke(pad: QWidget, points: list[tuple[float, float]], side: int) -> None:
    """A mouse stroke on the sketch pad through points in pad image coordinates (0..side)."""
    square = min(pad.width(), pad.height())
    left, top = (pad.width() - square) / 2, (pad.height() - square) / 2

    def send(kind: QEvent.Type, x: float, y: float, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
        point = QPointF(left + x * square / side, top + y * square / side)
        global_point = QPointF(pad.mapToGlobal(point.toPoint()))
        QApplication.sendEvent(
            pad, QMouseEvent(kind, point, global_point, button, held, Qt.KeyboardModifier.NoModifier)
        )

    press, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, *points[0], press, press)
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        for t in np.linspace(0, 1, 10)[1:]:
            send(QEvent.Type.MouseMove, ax + (bx - ax) * t, ay + (by - ay) * t, none, press)
    send(QEvent.Type.MouseButtonRelease, *points[-1], press, none)


def save_small_png(image: QImage, path: Path) -> None:
    """A PNG of at most 256 colors: a third of the size, and screenshots hardly have more."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"cannot encode {path}")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


class Camera:
    """Saves pictures of widgets as PNG files into one folder and remembers what it wrote."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.written: list[Path] = []

    def save(self, name: str, widget: QWidget, area: QRect | None = None) -> Path:
        pump(150)
        picture = widget.grab(area) if area is not None else widget.grab()
        path = self.out / f"{name}.png"
        if picture.isNull():
            raise OSError(f"nothing to picture for {path}")
        save_small_png(picture.toImage(), path)
        self.written.append(path)
        print(f"wrote {path} ({picture.width()}x{picture.height()})", flush=True)
        return path

    def dock(self, name: str, dock: QDockWidget) -> Path:
        """A docked panel with its title bar, brought to the front of its tab group first."""
        dock.show()
        dock.raise_()
        return self.save(name, dock)

    def around(self, name: str, window: QWidget, widgets: list[QWidget], margin: int = 8) -> Path:
        """The part of the window that holds ``widgets`` (a popup with what it points at)."""
        area = QRect()
        for widget in widgets:
            top_left = widget.mapTo(window, widget.rect().topLeft())
            area = area.united(QRect(top_left, widget.size()))
        area = area.adjusted(-margin, -margin, margin, margin).intersected(window.rect())
        return self.save(name, window, area)
