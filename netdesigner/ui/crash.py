"""The last line of defence: an exception nobody caught (in a slot, a timer, a thread) is written
to a log file in the user's data folder and shown in a dialog whose details can be copied into a
bug report. The app keeps running.

``install()`` replaces ``sys.excepthook`` and ``threading.excepthook``; ``uninstall()`` puts the
previous hooks back (tests use both, around pytest-qt's own capture).
"""

from __future__ import annotations

import datetime
import os
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication

from netdesigner import __version__
from netdesigner.ui import dialogs, settings

LOG_FOLDER = "logs"
KEEP_LOGS = 20


def log_folder() -> Path:
    return settings.data_folder() / LOG_FOLDER


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None, where: str) -> str:
    """What a bug report needs: versions, where it happened, and the traceback."""
    versions = [f"NetDesigner {__version__}", f"Python {platform.python_version()}", platform.platform()]
    for module in ("PySide6", "keras", "tensorflow", "numpy"):
        version = getattr(sys.modules.get(module), "__version__", None)
        if version:
            versions.append(f"{module} {version}")
    lines = traceback.format_exception(kind, error, tb)
    stamp = datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()
    return f"{stamp}  {where}\n" + "; ".join(versions) + "\n\n" + "".join(lines)


def write_log(text: str, folder: Path | None = None) -> Path | None:
    """Write one crash log; the oldest beyond KEEP_LOGS are removed. None if it cannot be written."""
    folder = log_folder() if folder is None else folder
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
        for old in sorted(folder.glob("crash-*.log"))[:-KEEP_LOGS]:
            old.unlink()
    except OSError:
        return None
    return path


class CrashHandler(QObject):
    """Receives uncaught exceptions from any thread; shows them in the GUI thread."""

    _report = Signal(str, str, str)  # summary, details, log path

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._showing = False
        self.count = 0
        self._report.connect(self._show)

    def install(self) -> CrashHandler:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, f"in thread {name}")

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None, where: str = ""
    ) -> None:
        """Log and report one uncaught exception; Ctrl+C still ends the app."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        self.count += 1
        where = where or (f"in thread {threading.current_thread().name}" if not _in_gui_thread() else "in the window")
        details = report_text(kind, error, tb, where)
        print(details, file=sys.stderr)
        log = write_log(details)
        summary = f"{kind.__name__}: {error}"[:500]
        self._report.emit(summary, details, str(log) if log else "")

    @Slot(str, str, str)
    def _show(self, summary: str, details: str, log: str) -> None:
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
            if log:
                where = self.tr("A report was written to {path}.").format(path=log)
            else:
                where = self.tr("No report could be written.")
            text = self.tr(
                "NetDesigner hit an error it did not expect. Your work is still open: save it under a new "
                "name to be safe.\n\n{summary}\n\n{where} Please include the details below in a bug report."
            ).format(summary=summary, where=where)
            dialogs.error(QApplication.activeWindow(), self.tr("Something went wrong"), text, details)
        finally:
            self._showing = False


def _in_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def install(parent: QObject | None = None) -> CrashHandler:
    """A handler for uncaught exceptions, installed; keep a reference (``parent`` does)."""
    return CrashHandler(parent).install()
