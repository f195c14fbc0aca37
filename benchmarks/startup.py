"""Start-up: launch to the designer window shown and accepting input, against a bare
``import tensorflow``, each in fresh processes (offscreen), median of several runs.

The window process prints ``ready`` from the event loop's first turn after ``show()``, so
the window is up and input events are being processed. Interleaving the two kinds of runs
keeps the ratio fair on a noisy machine. Last lines: ``startup_s: X`` and
``startup_ratio: Y`` (window time over TensorFlow import time). Target: Y <= 0.25.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5

WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
from netdesigner.ui.app import run

def ready(window):
    print("ready", flush=True)
    window.close()
    QApplication.quit()

sys.exit(run([], on_ready=ready))
"""


def _timed(code: str, env: dict[str, str], until_line: str | None) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert process.stdout is not None
    elapsed = None
    if until_line is not None:
        for line in process.stdout:
            if line.strip() == until_line:
                elapsed = time.perf_counter() - start
                break
    process.stdout.read()
    if process.wait() != 0:
        raise SystemExit(f"the process failed: {code[:60]!r}")
    return elapsed if elapsed is not None else time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home, "TF_CPP_MIN_LOG_LEVEL": "2"}
        window_times, tf_times = [], []
        _timed(WINDOW, env, "ready")  # warm the file cache for both
        _timed("import tensorflow", env, None)
        for _ in range(RUNS):
            window_times.append(_timed(WINDOW, env, "ready"))
            tf_times.append(_timed("import tensorflow", env, None))
    window, tensorflow = statistics.median(window_times), statistics.median(tf_times)
    print(f"window runs: {', '.join(f'{t:.2f}' for t in window_times)} s")
    print(f"import tensorflow runs: {', '.join(f'{t:.2f}' for t in tf_times)} s")
    print(f"import_tensorflow_s: {tensorflow:.2f}")
    print(f"startup_s: {window:.3f}")
    print(f"startup_ratio: {window / tensorflow:.3f}")


if __name__ == "__main__":
    main()
