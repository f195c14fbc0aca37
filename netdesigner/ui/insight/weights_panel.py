"""The Weights panel: what each layer has learned.

For the chosen layer: the kernel as a heatmap centred on zero (one 28x28 tile per unit for a
Dense layer fed by the image, the filter grid for a convolution), the bias as bars, and how
the distribution of its weights moved over training, one line per probe. Updates at the
probes' cadence, and only redraws while it is visible.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from netdesigner.ui import theme
from netdesigner.ui.insight.heatmap import ExportButton, Heatmap
from netdesigner.ui.insight.inspector import Inspector
from netdesigner.ui.training.metric_plot import TITLE_FONT, MetricPlot

HINT = QT_TRANSLATE_NOOP(
    "WeightsPanel", "Train the network, or load a trained model, to see what each layer's weights have learned."
)
SAMPLE = 4000  # weights kept per layer and probe for the histograms
HISTORY = 48  # probes kept per layer; older ones are thinned out
LINES = 8  # histogram lines drawn
MAX_CHANNELS = 8  # input channels shown per convolution filter


def kernel_tiles(kernel: np.ndarray) -> tuple[np.ndarray, int, str] | None:
    """Tiles, columns and a title for kernels that read as pictures; None for a plain matrix."""
    if kernel.ndim == 2 and kernel.shape[0] == 28 * 28:
        units = kernel.shape[1]
        title = QCoreApplication.translate(
            "WeightsPanel", "What each of the {units} units looks for (click one)"
        ).format(units=units)
        return kernel.T.reshape(units, 28, 28), 0, title
    if kernel.ndim == 4:
        height, width, channels, filters = kernel.shape
        shown = min(channels, MAX_CHANNELS)
        tiles = kernel[:, :, :shown, :].transpose(3, 2, 0, 1).reshape(filters * shown, height, width)
        if shown == 1:
            return (
                tiles,
                0,
                QCoreApplication.translate("WeightsPanel", "The {filters} filters, {height}×{width}").format(
                    filters=filters, height=height, width=width
                ),
            )
        if shown < channels:
            title = QCoreApplication.translate(
                "WeightsPanel", "{filters} filters (rows) × the first {shown} of {channels} input channels (columns)"
            )
        else:
            title = QCoreApplication.translate("WeightsPanel", "{filters} filters (rows) × input channels (columns)")
        return tiles, shown, title.format(filters=filters, shown=shown, channels=channels)

    return None


def ramp(index: int, count: int) -> str:
    """From light (early in training) to the theme's accent (latest)."""
    t = index / max(1, count - 1)
    accent = theme.accent()
    light = pg.mkColor("#cbd5e1")
    mix = [int(a * t + b * (1 - t)) for a, b in zip(accent.getRgb()[:3], light.getRgb()[:3], strict=True)]
    return pg.mkColor(*mix).name()


class WeightsPanel(QWidget):
    def __init__(self, inspector: Inspector, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspector = inspector
        self.history: dict[str, list[tuple[int, np.ndarray]]] = {}
        self._picks: dict[str, np.ndarray] = {}
        self._last_step = -1
        self._dirty = False
        self._build()
        inspector.changed.connect(self._on_changed)
        inspector.layer_selected.connect(self.show_layer)
        inspector.unit_selected.connect(lambda layer, unit: self._mark_unit())
        self.kernel_view.tile_clicked.connect(self._on_tile_clicked)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.layer_label = QLabel()
        bar.addWidget(self.layer_label)
        self.layer_box = QComboBox()
        self.layer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_box.currentTextChanged.connect(lambda _name: self.redraw())
        bar.addWidget(self.layer_box)
        self.info = QLabel()
        bar.addWidget(self.info, 1)
        bar.addWidget(ExportButton(self, "weights.png"))
        outer.addLayout(bar)
        self.stack = QStackedLayout()
        outer.addLayout(self.stack, 1)  # first: a page added to a layout without a widget opens as a window
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack.addWidget(self.hint)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        self.kernel_view = Heatmap()
        self.kernel_view.setMinimumSize(260, 180)
        row.addWidget(self.kernel_view, 3)
        side = QVBoxLayout()
        self.bias_plot = MetricPlot("", "", "", legend=False)
        self.histogram_plot = MetricPlot("", "", "")
        self.histogram_plot.legend.setColumnCount(2)  # the first and the latest step side by side: one row
        for plot in (self.bias_plot, self.histogram_plot):
            plot.setMinimumSize(200, 100)
            side.addWidget(plot)
        self.bias_bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=theme.accent())
        self.bias_plot.addItem(self.bias_bars)
        row.addLayout(side, 2)
        self.stack.addWidget(content)
        self._retranslate()

    def _retranslate(self) -> None:
        self.layer_label.setText(self.tr("Layer:"))
        self.layer_box.setAccessibleName(self.tr("Layer whose weights are shown"))
        self.hint.setText(self.tr(HINT))
        self.kernel_view.setAccessibleName(self.tr("Weights"))
        self.kernel_view.set_title(self.tr("Weights"))
        self.bias_plot.set_texts(self.tr("Bias of each unit"), self.tr("unit"), self.tr("bias"))
        self.histogram_plot.set_texts(
            self.tr("Weight distribution over training"), self.tr("weight"), self.tr("share of weights")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.redraw()  # the titles that say what is shown
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        report = self.inspector.report
        if report is None:
            self.history.clear()
            self.layer_box.clear()
            self.stack.setCurrentIndex(0)
            return
        if report.step < self._last_step:
            self.history.clear()  # a new run
        if report.step != self._last_step or not self.history:
            self._remember(report)
        self._last_step = report.step
        names = list(report.weights)
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != names:
            current = self.layer_box.currentText()
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(names)
            if current in names:
                self.layer_box.setCurrentText(current)
            self.layer_box.blockSignals(False)
        self.stack.setCurrentIndex(1)
        if self.isVisible():
            self.redraw()
        else:
            self._dirty = True

    def _remember(self, report: Any) -> None:
        for name, weights in report.weights.items():
            flat = weights[0].reshape(-1)
            if name not in self._picks or self._picks[name].max(initial=-1) >= flat.size:
                rng = np.random.default_rng(0)
                self._picks[name] = rng.choice(flat.size, size=min(SAMPLE, flat.size), replace=False)
            entries = self.history.setdefault(name, [])
            entries.append((report.step, flat[self._picks[name]].copy()))
            if len(entries) > HISTORY:
                del entries[1:-1:2]  # keep the first and the latest, thin the middle

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def show_layer(self, name: str) -> None:
        if self.layer_box.findText(name) >= 0:
            self.layer_box.setCurrentText(name)

    # -- drawing -----------------------------------------------------------------------------

    def redraw(self) -> None:
        self._dirty = False
        report, name = self.inspector.report, self.layer_box.currentText()
        if report is None or name not in report.weights:
            return
        weights = report.weights[name]
        kernel = weights[0]
        tiles = kernel_tiles(kernel)
        if tiles is not None:
            self.kernel_view.set_title(tiles[2])
            self.kernel_view.show_tiles(tiles[0], tiles[1] or None)
        else:
            title = self.tr("Kernel: {units} units (rows) × {inputs} inputs (columns)")
            self.kernel_view.set_title(title.format(units=kernel.shape[1], inputs=kernel.shape[0]))
            self.kernel_view.show_image(kernel.reshape(-1, kernel.shape[-1]).T)
        self._mark_unit()
        shape = "×".join(str(s) for s in kernel.shape)
        info = self.tr("kernel {shape}, {count} weights · step {step}")
        info = info.format(shape=shape, count=f"{kernel.size:,}", step=report.step)
        self.info.setText(info)
        bias = weights[1] if len(weights) > 1 else np.zeros(kernel.shape[-1])
        self.bias_bars.setOpts(x=np.arange(len(bias)), height=bias, width=0.8)
        title = self.tr("Bias of each unit") if len(weights) > 1 else self.tr("No bias")
        self.bias_plot.getPlotItem().setTitle(title, **TITLE_FONT)
        self._draw_histograms(name)

    def _draw_histograms(self, name: str) -> None:
        entries = self.history.get(name, [])
        self.histogram_plot.drop_curves(set())
        if self.histogram_plot.legend is not None:
            self.histogram_plot.legend.clear()
        if not entries:
            return
        indices = sorted({int(round(i)) for i in np.linspace(0, len(entries) - 1, min(LINES, len(entries)))})
        picked = [entries[i] for i in indices]
        values = np.concatenate([sample for _, sample in picked])
        limit = float(np.abs(values).max()) or 1.0
        edges = np.linspace(-limit, limit, 41)
        centres = (edges[:-1] + edges[1:]) / 2
        for index, (step, sample) in enumerate(picked):
            counts, _ = np.histogram(sample, bins=edges)
            share = counts / max(1, len(sample))
            label = self.tr("step {step}").format(step=step) if index in (0, len(picked) - 1) else ""
            width = 2.5 if index == len(picked) - 1 else 1.2
            self.histogram_plot.curve(f"h{index}", label, ramp(index, len(picked)), width=width).setData(centres, share)

    def _mark_unit(self) -> None:
        if self.inspector.layer == self.layer_box.currentText():
            self.kernel_view.mark_tile(self.inspector.unit)
        else:
            self.kernel_view.mark_tile(None)

    def _on_tile_clicked(self, index: int) -> None:
        name = self.layer_box.currentText()
        report = self.inspector.report
        if report is not None and name in report.weights and report.weights[name][0].ndim == 2:
            self.inspector.select_unit(name, index)
