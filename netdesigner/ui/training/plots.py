"""Live training curves (pyqtgraph): loss per batch, loss and accuracy per epoch, learning rate.

Batches arrive in chunks and go into growing numpy buffers; a timer redraws at most ten times
a second with ``setData``, downsampling (peak) and clipping to the view, so hundreds of
thousands of points stay smooth. Earlier runs can be overlaid: the current run is solid and
drawn on top; each earlier run has its own color and also its own dash pattern and point
shape, so runs are told apart without relying on hue.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from netdesigner.core.spec import RunRecord
from netdesigner.ui import theme
from netdesigner.ui.training.metric_plot import SYMBOLS, MetricPlot, dash

REDRAW_MS = 200
SMOOTHING = 0.95  # exponential moving average of the batch loss
RUN_COLORS = ("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#db2777", "#65a30d")
CURRENT = "#2563eb"
CURRENT_Z = 10  # the current run is drawn over the ticked runs


def smooth(
    values: np.ndarray, weight: float = SMOOTHING, state: tuple[float, float] = (0.0, 0.0)
) -> tuple[np.ndarray, tuple[float, float]]:
    """TensorBoard-style exponential moving average, debiased at the start; values that are not
    finite are skipped. ``state`` carries the average on from an earlier call; returns the
    smoothed values and the state to carry on with."""
    out = np.empty(len(values), dtype=np.float64)
    last, norm = state
    for i, value in enumerate(values):
        if np.isfinite(value):
            last = weight * last + (1 - weight) * value
            norm = weight * norm + (1 - weight)
        out[i] = last / norm if norm else np.nan
    return out, (last, norm)


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


LONE_POINT = "o"  # how a curve of a single epoch shows


class TrainingPlots(QWidget):
    """The four plots, fed by ``start_run``/``add_batches``/``add_epoch``; ``overlay`` shows earlier runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, foreground=theme.text_color())
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.batch_plot = MetricPlot("", "", "")
        # One legend (run names, on the batch plot); the titles say which line is which.
        self.loss_plot = MetricPlot("", "", "", False, whole_x=True)
        self.accuracy_plot = MetricPlot("", "", "", False, whole_x=True)
        self.rate_plot = MetricPlot("", "", "", False, whole_x=True)
        self.plots = {
            "batch": self.batch_plot,
            "loss": self.loss_plot,
            "accuracy": self.accuracy_plot,
            "rate": self.rate_plot,
        }
        for column, plot in enumerate(self.plots.values()):
            plot.setMinimumSize(150, 140)
            layout.addWidget(plot, 0, column)
            layout.setColumnStretch(column, 1)
        self.key = QLabel()
        self.key.setWordWrap(True)
        layout.addWidget(self.key, 1, 0, 1, 4)
        self.raw = Buffer()
        self.smoothed = Buffer()
        self._current_curves()  # created before any overlay, so the current run comes first in the legend
        self._retranslate()
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()
        self.start_run()

    def _retranslate(self) -> None:
        epoch, loss = self.tr("epoch"), self.tr("loss")
        self.batch_plot.set_texts(self.tr("Training loss per batch"), self.tr("batch"), loss)
        self.loss_plot.set_texts(self.tr("Loss per epoch"), epoch, loss)
        self.accuracy_plot.set_texts(self.tr("Accuracy per epoch"), epoch, self.tr("accuracy"))
        self.rate_plot.set_texts(self.tr("Learning rate"), epoch, self.tr("learning rate"))
        self.key.setText(
            self.tr(
                "Solid: this run's training · dotted with points: validation · the runs ticked in Runs: "
                "each its own dash pattern, point shape and colour"
            )
        )
        this_run = self.tr("this run")
        self.batch_plot.rename("smooth", self.tr("this run (smoothed)"))
        self.rate_plot.rename("now:rate", this_run)
        for plot, metric in self._metrics():
            plot.rename(f"now:{metric}", self.tr("{run} training").format(run=this_run))
            plot.rename(f"now:val_{metric}", self.tr("{run} validation").format(run=this_run))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- the live run ------------------------------------------------------------------------

    def _current_curves(self) -> None:
        curves = [
            self.batch_plot.curve("raw", "", CURRENT, width=1, alpha=60),
            self.batch_plot.curve("smooth", self.tr("this run (smoothed)"), CURRENT),
        ]
        curves += self._epoch_curves("now", self.tr("this run"), CURRENT, None, validation=True)
        for curve in curves:
            curve.setZValue(CURRENT_Z)

    def start_run(self, total_steps: int = 0) -> None:
        """Forget the live curves; with ``total_steps``, the batch plot spans the whole run from
        its start (progress at a glance, and no new ticks to lay out at every redraw)."""
        self.raw.clear()
        self.smoothed.clear()
        self.epochs = []
        self._epochs_drawn = -1
        self._epoch_plots_due: list[str] = []
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
        steps = steps.astype(np.float64)
        self.raw.extend(steps, losses.astype(np.float64))
        smoothed, self._ema = smooth(losses, state=self._ema)
        self.smoothed.extend(steps, smoothed)
        self._dirty = True

    def add_epoch(self, epoch: int, logs: dict[str, float]) -> None:
        self.epochs.append({"epoch": epoch + 1, **logs})
        self._dirty = True

    def redraw(self, everything: bool = False) -> None:
        """Push the buffers to the curves; called by the timer, never per batch. A tick that
        draws one plot: a tick that painted all four after each epoch held the window still for a
        tenth of a second. ``everything`` draws all that is new at once (before an export)."""
        if not self._dirty:
            return
        if len(self.epochs) != self._epochs_drawn:  # the epoch plots change once an epoch, not per batch
            self._epochs_drawn = len(self.epochs)
            self._epoch_plots_due = ["loss", "accuracy", "rate"]
        while self._epoch_plots_due:
            self._draw_epochs("now", self.tr("this run"), self.epochs, CURRENT, None, self._epoch_plots_due.pop(0))
            if not everything:
                return
        self._dirty = False
        self.batch_plot.curve("raw", "", CURRENT).setData(*self.raw.data())
        self.batch_plot.curve("smooth", "", CURRENT).setData(*self.smoothed.data())

    def _epoch_curves(
        self, key: str, name: str, color: str, index: int | None, validation: bool
    ) -> list[pg.PlotDataItem]:
        """The epoch plots' curves of one run: the current one (``index`` None) solid with round
        points, the ``index``-th ticked run with its own dash pattern and point shape."""
        style = Qt.PenStyle.SolidLine if index is None else dash(index)
        symbol = "o" if index is None else SYMBOLS[index % len(SYMBOLS)]
        curves = []
        for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            training = self.tr("{run} training").format(run=name)
            curves.append(plot.curve(f"{key}:{metric}", training, color, style=style))
            if validation:
                checked = self.tr("{run} validation").format(run=name)
                dotted = Qt.PenStyle.DotLine
                curves.append(plot.curve(f"{key}:val_{metric}", checked, color, 1.5, dotted, symbol=symbol))
        curves.append(self.rate_plot.curve(f"{key}:rate", name, color, style=style))
        return curves

    def _draw_epochs(
        self, key: str, name: str, epochs: list[dict[str, float]], color: str, index: int | None, only: str = ""
    ) -> None:
        """One run's curves on the epoch plots, or on the one named ``only`` (loss, accuracy, rate)."""
        ex = np.array([e["epoch"] for e in epochs], dtype=float)

        def series(metric: str) -> np.ndarray:
            return np.array([e.get(metric, np.nan) for e in epochs], dtype=float)

        validated = any(np.isfinite(series(f"val_{m}")).any() for m in ("loss", "accuracy"))
        self._epoch_curves(key, name, color, index, validated or key == "now")
        # (plot, curve, values, whether it is a plain line, which shows no lone point without a mark)
        shown = [(metric, plot.curves.get(f"{key}:{metric}"), series(metric), True) for plot, metric in self._metrics()]
        shown += [
            (metric, plot.curves.get(f"{key}:val_{metric}"), series(f"val_{metric}"), False)
            for plot, metric in self._metrics()
        ]
        shown.append(("rate", self.rate_plot.curves.get(f"{key}:rate"), series("learning_rate"), True))
        for plot_name, curve, values, line in shown:
            if curve is not None and only in ("", plot_name):
                curve.setData(ex, values) if np.isfinite(values).any() else curve.setData([], [])
                wanted = LONE_POINT if len(ex) == 1 else None
                if line and curve.opts["symbol"] != wanted:
                    color = curve.opts["pen"].color()
                    curve.setSymbolPen(color)
                    curve.setSymbolBrush(color)
                    curve.setSymbol(wanted)
        if only in ("", "rate"):
            self._fit_rate_axis()

    def _fit_rate_axis(self) -> None:
        """From zero to the highest rate: a constant rate would otherwise sit in a range of ±0.5."""
        values = [c.getOriginalDataset()[1] for c in self.rate_plot.curves.values()]
        finite = [v[np.isfinite(v)] for v in values if v is not None]
        highest = max((float(v.max()) for v in finite if v.size), default=0.0)
        if highest > 0:
            self.rate_plot.getPlotItem().setYRange(0, highest * 1.1, padding=0)

    def _metrics(self) -> tuple[tuple[MetricPlot, str], ...]:
        return (self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")

    # -- earlier runs --------------------------------------------------------------------------

    def overlay(self, records: list[RunRecord]) -> None:
        """Draw these earlier runs under the current one, each in its own color, dashes and points."""
        self.batch_plot.getPlotItem().enableAutoRange(x=True)
        keep = {"raw", "smooth", "now:loss", "now:val_loss", "now:accuracy", "now:val_accuracy", "now:rate"}
        for index, record in enumerate(records):
            color = RUN_COLORS[(index + 1) % len(RUN_COLORS)]
            style = dash(index)
            key = f"run:{record.id}"
            label = record.name or record.id
            keep |= {f"{key}:{m}" for m in ("loss", "val_loss", "accuracy", "val_accuracy", "rate", "batch")}
            if record.batch_loss:
                steps = np.arange(1, len(record.batch_loss) + 1) * record.batch_loss_stride
                values, _ = smooth(np.array(record.batch_loss))
                self.batch_plot.curve(f"{key}:batch", label, color, style=style).setData(steps, values)
            self._draw_epochs(key, label, record.epochs, color, index)
        for plot in self.plots.values():
            plot.drop_curves(keep)

    def set_log_loss(self, on: bool) -> None:
        for plot in (self.batch_plot, self.loss_plot):
            plot.getPlotItem().setLogMode(y=on)
