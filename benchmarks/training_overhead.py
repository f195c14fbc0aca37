"""Training through the app (worker on a QThread, live plots and progress, offscreen window)
against plain ``model.fit(verbose=0)`` on the same model, data and batch size, in one process.

Both times run from building the model to the end of the last epoch; the app's evaluation on
the test set afterwards (which plain ``fit`` does not do) is reported but not counted.

Rounds alternate the two so that machine noise hits both alike; TensorFlow is imported and
warmed up first. Last line: ``overhead_ratio: X`` (app time over plain time). Target: X <= 1.10.
``--quick`` trains fewer epochs and finishes in well under 40 s. ``--probes`` turns the
gradient probes on at the window's cadence (every 50 steps, at most one a second); target then
X <= 1.20.
"""

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QStandardPaths, QTimer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--probes", action="store_true", help="with the gradient probes on and all panels built")
    args = parser.parse_args()
    epochs, rounds = (2, 2) if args.quick else (8, 5)  # enough rounds for a steady median

    from netdesigner.ui.app import make_application

    QStandardPaths.setTestModeEnabled(True)
    app = make_application()
    from netdesigner.core.analysis import analyze
    from netdesigner.core.catalog import INPUT_FORMATS
    from netdesigner.core.templates import load_template
    from netdesigner.engine.backend import load_keras

    load_keras()
    import keras

    from netdesigner.engine.builder import build_compiled
    from netdesigner.engine.datasets import load_dataset
    from netdesigner.engine.training import prepare
    from netdesigner.ui.main_window import MainWindow

    project = load_template("first-mlp")
    project.training.epochs = epochs
    dataset = load_dataset("mnist-5k")
    analysis = analyze(project.network, project.training)
    shape = INPUT_FORMATS[project.network.node(analysis.input_id).params["format"]]
    x, y = prepare(dataset.x_train, dataset.y_train, shape, 10)

    def plain() -> float:
        keras.utils.set_random_seed(project.training.seed)
        start = time.perf_counter()
        model = build_compiled(project.network, project.training)
        model.fit(x, y, batch_size=32, epochs=epochs, validation_split=0.1, shuffle=True, verbose=0)
        return time.perf_counter() - start

    window = MainWindow(remember_layout=False)
    window.resize(1440, 900)
    window.show()
    window.files.new(project.model_copy(deep=True))
    window.training_panel.ensure_plots()
    window.insight.build()
    if not args.probes:
        window.session.probe_every = 0

    last_epoch: list[float] = []

    def on_epoch(epoch: int, _logs: object) -> None:
        if epoch == epochs - 1:
            last_epoch.append(time.perf_counter())

    window.session.epoch_ended.connect(on_epoch)

    def through_app() -> tuple[float, float]:
        loop = QEventLoop()
        window.session.run_finished.connect(loop.quit)
        last_epoch.clear()
        start = time.perf_counter()
        window.session.start()
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
        window.session.run_finished.disconnect(loop.quit)
        finished = time.perf_counter()
        assert window.doc.runs[-1].outcome == "completed", window.doc.runs[-1].message
        return last_epoch[0] - start, finished - last_epoch[0]

    plain()  # warm up graph tracing and caches
    plain_times, app_times, evaluation_times = [], [], []
    for _ in range(rounds):
        plain_times.append(plain())
        training, evaluation = through_app()
        app_times.append(training)
        evaluation_times.append(evaluation)
    window.doc.undo_stack.setClean()
    window.doc.load(window.doc.snapshot())
    window.close()
    app.processEvents()
    plain_s, app_s = statistics.median(plain_times), statistics.median(app_times)
    print(f"epochs: {epochs}, rounds: {rounds}, probes: {window.session.probe_every or 'off'}")
    print(f"plain fit: {', '.join(f'{t:.2f}' for t in plain_times)} s")
    print(f"through the app: {', '.join(f'{t:.2f}' for t in app_times)} s")
    print(f"then evaluation on the test set: {statistics.median(evaluation_times):.2f} s")
    print(f"overhead_ratio: {app_s / plain_s:.3f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
