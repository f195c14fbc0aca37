"""Run Python's garbage collector only in the GUI thread.

Automatic collection runs in whichever thread happens to allocate; if that is the training
thread and the garbage holds Qt objects, their destructors run there and can deadlock with
the GUI thread (seen: the worker deleting a widget while the GUI thread waited on Qt's lock).
So automatic collection is off, and a timer in the GUI thread collects instead, generation
by generation as the counts pass the usual thresholds (as pyqtgraph's GarbageCollector does).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                break

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
