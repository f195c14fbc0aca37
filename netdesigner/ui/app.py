"""Start the designer: the Qt application, the window, and the screenshot mode.

Nothing here imports TensorFlow; the window asks for it in the background once it is shown.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from netdesigner import __version__
from netdesigner.ui import crash, i18n
from netdesigner.ui.gc_guard import GuiThreadCollector

SCREENSHOT_SIZE = (1440, 900)


def make_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("NetDesigner")
    QCoreApplication.setOrganizationDomain("netdesigner.app")
    QCoreApplication.setApplicationName("NetDesigner")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(["netdesigner", *argv])
    app.setStyle("Fusion")
    i18n.install(i18n.resolve(i18n.chosen_language()))
    app.setApplicationDisplayName("NetDesigner")
    app.setDesktopFileName("netdesigner")
    # Layers copied to the clipboard are Python-made data; Qt would free them in its exit
    # handlers after Python has shut down, which crashes. Clear them while Python still runs.
    app.aboutToQuit.connect(_release_clipboard)
    app.gc_guard = GuiThreadCollector(app)  # type: ignore[attr-defined]
    app.crash_handler = crash.install(app)  # type: ignore[attr-defined]
    return app


def _release_clipboard() -> None:
    from netdesigner.ui.mime import SELECTION_MIME

    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(SELECTION_MIME):
        clipboard.clear()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netdesigner", description="Open the NetDesigner window.")
    parser.add_argument("file", nargs="?", help="a project (.ndproj) to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    return parser


def no_display() -> bool:
    """On Linux, whether there is no desktop to open a window on (and no platform was chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: Sequence[str] = (), on_ready: Callable[[object], None] | None = None) -> int:
    """Open the window (optionally on a file) and run until it closes.

    ``on_ready(window)`` is called once the window is shown and the event loop runs; the
    start-up benchmark uses it.
    """
    args = _parser().parse_args(list(argv))
    if args.screenshot is not None and no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if no_display():
        print(
            "netdesigner: error: no display to open the window on; run it in a desktop session "
            "(or use QT_QPA_PLATFORM=offscreen or xvfb-run for a headless check)",
            file=sys.stderr,
        )
        return 2
    app = make_application()
    from netdesigner.ui.main_window import MainWindow

    screenshot = args.screenshot is not None
    window = MainWindow(preload_engine=not screenshot, remember_layout=not screenshot)
    app.aboutToQuit.connect(window.session.shutdown)  # however the app quits, no training thread is left
    if args.file:
        path = Path(args.file)
        if not window.open_path(path):
            if screenshot:
                print(f"netdesigner: error: cannot open {path}", file=sys.stderr)
                return 2
    if screenshot:
        return _screenshot(app, window, Path(args.screenshot))
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    if on_ready is not None:
        QTimer.singleShot(0, lambda: on_ready(window))
    return app.exec()


def _screenshot(app: QApplication, window: object, out: Path) -> int:
    from netdesigner.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*SCREENSHOT_SIZE)
    window.training_panel.ensure_plots()  # normally built just after the window appears
    window.insight.build()
    window.show()
    for _ in range(3):
        app.processEvents()
    window.view.fit()
    app.processEvents()
    image = window.grab()
    window.doc.undo_stack.setClean()
    window.close()
    if not image.save(str(out)):
        print(f"netdesigner: error: cannot write the screenshot to {out}", file=sys.stderr)
        return 2
    print(f"wrote {out}", file=sys.stderr)
    return 0
