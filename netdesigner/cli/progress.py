"""Terminal progress for ``netdesigner train``: a live bar on a terminal, one line per epoch,
and the epoch records appended to a JSON-lines metrics file as they arrive."""

from __future__ import annotations

import json
import sys
import time
from typing import IO


def _metrics(logs: dict[str, float]) -> str:
    return "  ".join(f"{key} {value:.4f}" for key, value in logs.items())


class TerminalProgress:
    """A ``TrainingListener`` that draws on standard error, at most 10 times a second."""

    def __init__(
        self, epochs: int, batch_size: int, stream: IO[str] | None = None, metrics: IO[str] | None = None
    ) -> None:
        self.epochs = epochs
        self.batch_size = batch_size
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.metrics = metrics
        self.last_draw = 0.0
        self.epoch_start = time.perf_counter()

    def on_batch_end(self, epoch: int, batch: int, batches: int, logs: dict[str, float]) -> None:
        now = time.perf_counter()
        if batch == 0:
            self.epoch_start = now
        if not self.live or (now - self.last_draw < 0.1 and batch + 1 < batches):
            return
        self.last_draw = now
        done = (batch + 1) / batches
        bar = "#" * int(done * 30)
        rate = (batch + 1) * self.batch_size / max(now - self.epoch_start, 1e-6)
        self.stream.write(
            f"\repoch {epoch + 1}/{self.epochs} [{bar:<30}] {batch + 1}/{batches}  {_metrics(logs)}  {rate:,.0f} samples/s\x1b[K"
        )
        self.stream.flush()

    def on_epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        seconds = time.perf_counter() - self.epoch_start
        prefix = "\r\x1b[K" if self.live else ""
        self.stream.write(f"{prefix}epoch {epoch + 1}/{self.epochs}  {_metrics(logs)}  ({seconds:.1f} s)\n")
        self.stream.flush()
        if self.metrics is not None:
            self.metrics.write(json.dumps({"epoch": epoch + 1, **logs}) + "\n")
            self.metrics.flush()
