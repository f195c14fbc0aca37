"""Sketch pad latency: from the end of a stroke (mouse release) to the new probabilities
painted, with a trained first-mlp, offscreen. The release runs the MNIST-style preprocessing
and one direct model call; the bars are then repainted synchronously.

Last line: ``sketch_ms_median: X``. Target: under 30 ms.
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QPointF, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

STROKES = 40


def main() -> None:
    from netdesigner.ui.app import make_application

    QStandardPaths.setTestModeEnabled(True)
    app = make_application()
    from netdesigner.core.templates import load_template
    from netdesigner.engine.backend import load_keras

    load_keras()
    from netdesigner.engine.datasets import load_dataset
    from netdesigner.engine.training import train
    from netdesigner.ui.document import Document
    from netdesigner.ui.sketch.panel import SketchPanel
    from netdesigner.ui.training.session import TrainingSession

    project = load_template("first-mlp")
    project.training.epochs = 2
    model = train(project, load_dataset("mnist-5k")).model
    doc = Document(project)
    session = TrainingSession(doc)
    session.attach_model(model, project.network)
    panel = SketchPanel(session)
    panel.resize(340, 760)
    panel.show()
    app.processEvents()
    pad = panel.pad
    rng = np.random.default_rng(0)

    def send(kind: QEvent.Type, x: float, y: float, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
        point = QPointF(x, y)
        event = QMouseEvent(
            kind, point, QPointF(pad.mapToGlobal(point.toPoint())), button, held, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    times = []
    for i in range(STROKES + 3):
        pad.clear()
        points = rng.uniform(0.2, 0.8, size=(6, 2)) * min(pad.width(), pad.height())
        send(QEvent.Type.MouseButtonPress, *points[0], left, left)
        for x, y in points[1:]:
            send(QEvent.Type.MouseMove, x, y, none, left)
        start = time.perf_counter()
        send(QEvent.Type.MouseButtonRelease, *points[-1], left, none)
        panel.bars.repaint()
        panel.view.repaint()
        if i >= 3:  # the first calls warm up the model
            times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    panel.close()
    print(f"strokes: {len(times)}, p90: {statistics.quantiles(times, n=10)[-1]:.1f} ms")
    print(f"sketch_ms_median: {statistics.median(times):.1f}")


if __name__ == "__main__":
    main()
