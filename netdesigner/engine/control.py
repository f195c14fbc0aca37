"""Stop, pause, resume and single-step a training run from another thread.

The training callback calls ``checkpoint()`` after every batch; it returns at once while the
run is going, blocks while it is paused, lets exactly one more batch through per ``step()``,
and returns False once ``stop()`` has been called.
"""

from __future__ import annotations

import threading


class TrainingControl:
    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._paused = False
        self._stopped = False
        self._steps = 0  # batches allowed through while paused

    # -- called from the GUI (any thread) --------------------------------------------------

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._lock.notify_all()

    def pause(self) -> None:
        with self._lock:
            self._paused = True

    def resume(self) -> None:
        with self._lock:
            self._paused = False
            self._steps = 0
            self._lock.notify_all()

    def step(self, batches: int = 1) -> None:
        """Let ``batches`` more batches run, then pause again."""
        with self._lock:
            self._paused = True
            self._steps += batches
            self._lock.notify_all()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stopped(self) -> bool:
        return self._stopped

    def is_set(self) -> bool:
        """Makes a control usable where a stop ``threading.Event`` is expected."""
        return self._stopped

    # -- called from the training thread ----------------------------------------------------

    def wait_before_batch(self) -> bool:
        """Block while paused with no steps granted; False means stop now."""
        with self._lock:
            while self._paused and self._steps == 0 and not self._stopped:
                self._lock.wait()
            if self._stopped:
                return False
            if self._paused:
                self._steps -= 1
            return True
