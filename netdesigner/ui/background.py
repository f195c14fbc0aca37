"""Run one slow call (loading TensorFlow, building and saving a model) off the GUI thread.

The result or the error comes back through queued signals to slots of an object living in
the GUI thread; the thread quits and is cleaned up when the call returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self._call = call
        self.returned = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._call()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which reports it
            self.failed.emit(error)
        else:
            self.done.emit(result)
        finally:
            self.returned.set()


class _Receiver(QObject):
    """Lives in the GUI thread, so its slots (and the callbacks they call) run there."""

    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.task = task

    @Slot(object)
    def on_done(self, result: object) -> None:
        self.task._finish(self.task._on_done, result)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self.task._finish(self.task._on_error, error)


class BackgroundTask(QObject):
    """``BackgroundTask(call, on_done, on_error, parent).start()``; ``wait()`` blocks until it ends."""

    finished = Signal()

    def __init__(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error
        self._thread = QThread()
        self._worker = _Worker(call)
        self._worker.moveToThread(self._thread)
        self._receiver = _Receiver(self)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._receiver.on_done)
        self._worker.failed.connect(self._receiver.on_failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False
        try:
            callback(value)
        finally:
            self.finished.emit()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the call has returned (when quitting); True if it did. Callbacks run later."""
        if self.running and not self._worker.returned.wait(timeout):
            return False
        self._thread.quit()
        self._thread.wait()
        return True
