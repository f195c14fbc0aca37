"""Live training curves (pyqtgraph): loss per batch, loss and accuracy per epoch, learning rate.

Batches arrive in chunks and go into growing numpy buffers; a timer redraws at most ten times
a second with ``setData``, downsampling (peak) and clipping to the view, so hundreds of
thousands of points stay smooth. Earlier runs can be overlaid, dashed, in their own colors.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from netdesigner.core.spec import RunRecord
from netdesigner.ui import theme

REDRAW_MS = 200
SMOOTHING = 0.95  # exponential moving average of the batch loss
RUN_COLORS = ("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#db2777", "#65a30d")
CURRENT = "#2563eb"


def smooth(values: np.ndarray, weight: float = SMOOTHING) -> np.ndarray:
    """TensorBoard-style exponential moving average, debiased at the start."""
    out = np.empty_like(values, dtype=np.float64)
    last, norm = 0.0, 0.0
    for i, value in enumerate(values):
        last = weight * last + (1 - weight) * value
        norm = weight * norm + (1 - weight)
        out[i] = last / norm
    return out


class Buffer:
    """A growing pair of x and y arrays, doubling in place."""

    def __init__(self, capacity: int = 1024) -> None:
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.size = 0

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        needed = self.size + len(x)
        if needed > len(self.x):
            capacity = max(needed, 2 * len(self.x))
            self.x = np.resize(self.x, capacity)
            self.y = np.resize(self.y, capacity)
        self.x[self.size : needed] = x
        self.y[self.size : needed] = y
        self.size = needed

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x[: self.size], self.y[: self.size]

    def clear(self) -> None:
        self.size = 0


class MetricPlot(pg.PlotWidget):
    """A plot with a legend and a crosshair that reads out the values under the mouse."""

    def __init__(self, title: str, x_label: str, y_label: str, legend: bool = True) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self.setBackground(theme.palette().color(QPalette.ColorRole.Base))
        item = self.getPlotItem()
        item.setTitle(title, size="9pt")
        item.setLabel("bottom", x_label)
        item.setLabel("left", y_label)
        for axis in ("left", "bottom"):
            item.getAxis(axis).enableAutoSIPrefix(False)
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize="8pt") if legend else None
        color = theme.text_color(muted=True)
        self.v_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(color, style=Qt.PenStyle.DotLine))
        self.readout = pg.TextItem(anchor=(0, 1), color=theme.text_color())
        for extra in (self.v_line, self.readout):
            extra.setZValue(100)
            extra.hide()
            self.addItem(extra, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.curves: dict[str, pg.PlotDataItem] = {}

    def curve(
        self, key: str, name: str, color: str, width: float = 2.0, dashed: bool = False, alpha: int = 255, dotted=False
    ):
        """The curve called ``key``, created on first use."""
        if key not in self.curves:
            qcolor = pg.mkColor(color)
            qcolor.setAlpha(alpha)
            style = Qt.PenStyle.DotLine if dotted else Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            self.curves[key] = self.plot([], [], name=name or None, pen=pg.mkPen(qcolor, width=width, style=style))
        return self.curves[key]

    def drop_curves(self, keep: set[str]) -> None:
        for key in [k for k in self.curves if k not in keep]:
            self.removeItem(self.curves.pop(key))

    def _on_mouse_moved(self, position) -> None:  # noqa: ANN001 - a QPointF from pyqtgraph
        item = self.getPlotItem()
        if not item.sceneBoundingRect().contains(position):
            self.v_line.hide()
            self.readout.hide()
            return
        point = item.vb.mapSceneToView(position)
        lines = []
        for curve in self.curves.values():
            x, y = curve.getOriginalDataset()
            if x is None or len(x) == 0:
                continue
            i = int(np.clip(np.searchsorted(x, point.x()), 0, len(x) - 1))
            name = curve.name() or "value"
            lines.append(f"{name}: {y[i]:.4g} at {x[i]:g}")
        if not lines:
            return
        self.v_line.setPos(point.x())
        self.readout.setText("\n".join(lines[:6]))
        self.readout.setPos(point.x(), point.y())
        self.v_line.show()
        self.readout.show()

    def export_png(self, path: Path) -> None:
        exporter = ImageExporter(self.getPlotItem())
        exporter.parameters()["width"] = max(800, int(self.width() * 2))
        exporter.export(str(path))

    def export_csv(self, path: Path) -> None:
        """One row per point: curve name, x, y (every point, not the downsampled view)."""
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["curve", "x", "y"])
            for key, curve in self.curves.items():
                x, y = curve.getOriginalDataset()
                for xv, yv in zip(x if x is not None else [], y if y is not None else [], strict=False):
                    writer.writerow([curve.name() or key, f"{xv:g}", f"{yv:.6g}"])


class TrainingPlots(QWidget):
    """The four plots, fed by ``start_run``/``add_batches``/``add_epoch``; ``overlay`` shows earlier runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, foreground=theme.text_color())
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.batch_plot = MetricPlot("Training loss per batch", "batch", "loss")
        # One legend (run names, on the batch plot); the titles say which line is which.
        self.loss_plot = MetricPlot("Loss per epoch", "epoch", "loss", False)
        self.accuracy_plot = MetricPlot("Accuracy per epoch", "epoch", "accuracy", False)
        self.rate_plot = MetricPlot("Learning rate", "epoch", "learning rate", False)
        self.plots = {
            "batch": self.batch_plot,
            "loss": self.loss_plot,
            "accuracy": self.accuracy_plot,
            "rate": self.rate_plot,
        }
        for column, plot in enumerate(self.plots.values()):
            plot.setMinimumSize(120, 140)
            layout.addWidget(plot, 0, column)
            layout.setColumnStretch(column, 2 if column < 3 else 1)
        key = QLabel(
            "Solid: training · dotted with points: validation · dashed, in other colours: the runs ticked in Runs"
        )
        key.setWordWrap(True)
        layout.addWidget(key, 1, 0, 1, 4)
        self.raw = Buffer()
        self.epochs: list[dict[str, float]] = []
        self._epochs_drawn = -1
        self._dirty = False
        self._smoothed_upto = 0
        self._smoothed = np.empty(0)
        self._ema = (0.0, 0.0)
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()
        self.start_run()

    # -- the live run ------------------------------------------------------------------------

    def start_run(self, total_steps: int = 0) -> None:
        """Forget the live curves; with ``total_steps``, the batch plot spans the whole run from
        its start (progress at a glance, and no new ticks to lay out at every redraw)."""
        self.raw.clear()
        self.epochs = []
        self._epochs_drawn = -1
        self._smoothed = np.empty(0)
        self._ema = (0.0, 0.0)
        self._dirty = True
        view = self.batch_plot.getPlotItem()
        if total_steps > 0:
            overlaid = [c.getOriginalDataset()[0] for k, c in self.batch_plot.curves.items() if k.startswith("run:")]
            end = max([total_steps, *(float(x[-1]) for x in overlaid if x is not None and len(x))])
            view.setXRange(0, end, padding=0.02)
        else:
            view.enableAutoRange(x=True)

    def add_batches(self, steps: np.ndarray, losses: np.ndarray) -> None:
        self.raw.extend(steps.astype(np.float64), losses.astype(np.float64))
        last, norm = self._ema
        smoothed = np.empty(len(losses))
        for i, value in enumerate(losses):
            if np.isfinite(value):
                last = SMOOTHING * last + (1 - SMOOTHING) * value
                norm = SMOOTHING * norm + (1 - SMOOTHING)
            smoothed[i] = last / norm if norm else np.nan
        self._ema = (last, norm)
        self._smoothed = np.concatenate([self._smoothed, smoothed])
        self._dirty = True

    def add_epoch(self, epoch: int, logs: dict[str, float]) -> None:
        self.epochs.append({"epoch": epoch + 1, **logs})
        self._dirty = True

    def redraw(self, everything: bool = False) -> None:
        """Push the buffers to the curves; called by the timer, never per batch. A tick that
        draws the epoch plots leaves the batch plot to the next, so that no one tick paints all
        four; ``everything`` draws all that is new at once (before an export)."""
        if not self._dirty:
            return
        if len(self.epochs) != self._epochs_drawn:  # the epoch plots change once an epoch, not per batch
            self._epochs_drawn = len(self.epochs)
            self._draw_epochs("now", "this run", self.epochs, CURRENT, dashed=False)
            if not everything:
                return
        self._dirty = False
        x, y = self.raw.data()
        self.batch_plot.curve("raw", "", CURRENT, width=1, alpha=60).setData(x, y)
        self.batch_plot.curve("smooth", "this run (smoothed)", CURRENT).setData(x, self._smoothed[: len(x)])

    def _draw_epochs(self, key: str, name: str, epochs: list[dict[str, float]], color: str, dashed: bool) -> None:
        ex = np.array([e["epoch"] for e in epochs], dtype=float)

        def series(metric: str) -> np.ndarray:
            return np.array([e.get(metric, np.nan) for e in epochs], dtype=float)

        for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            plot.curve(f"{key}:{metric}", f"{name} training", color, dashed=dashed).setData(ex, series(metric))
            val = series(f"val_{metric}")
            if np.isfinite(val).any():
                curve = plot.curve(f"{key}:val_{metric}", f"{name} validation", color, width=1.5, dotted=True)
                curve.setSymbol("o")
                curve.setSymbolSize(5)
                curve.setSymbolBrush(pg.mkColor(color))
                curve.setData(ex, val)
        rate = series("learning_rate")
        if np.isfinite(rate).any():
            self.rate_plot.curve(f"{key}:rate", name, color, dashed=dashed).setData(ex, rate)

    # -- earlier runs --------------------------------------------------------------------------

    def overlay(self, records: list[RunRecord]) -> None:
        """Draw these earlier runs over the current one, each in its own color."""
        self.batch_plot.getPlotItem().enableAutoRange(x=True)
        keep = {"raw", "smooth", "now:loss", "now:val_loss", "now:accuracy", "now:val_accuracy", "now:rate"}
        for index, record in enumerate(records):
            color = RUN_COLORS[(index + 1) % len(RUN_COLORS)]
            key = f"run:{record.id}"
            label = record.name or record.id
            keep |= {f"{key}:{m}" for m in ("loss", "val_loss", "accuracy", "val_accuracy", "rate", "batch")}
            if record.batch_loss:
                steps = np.arange(1, len(record.batch_loss) + 1) * record.batch_loss_stride
                values = smooth(np.array(record.batch_loss))
                self.batch_plot.curve(f"{key}:batch", label, color, dashed=True).setData(steps, values)
            self._draw_epochs(key, label, record.epochs, color, dashed=True)
        for plot in self.plots.values():
            plot.drop_curves(keep)

    def set_log_loss(self, on: bool) -> None:
        for plot in (self.batch_plot, self.loss_plot):
            plot.getPlotItem().setLogMode(y=on)
