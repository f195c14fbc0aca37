"""The Activations panel: every layer's output for one input.

Dense layers as bars (units that never fired on the probe batch — dead ReLUs — in grey, and
said in words), convolution and pooling outputs as feature-map grids, and the class
probabilities at the end. Clicking a layer on the canvas brings its row into view.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from netdesigner.ui import theme
from netdesigner.ui.insight.heatmap import ExportButton, Heatmap, grid_columns
from netdesigner.ui.insight.input_picker import InputPicker
from netdesigner.ui.insight.inspector import Inspector
from netdesigner.ui.training.metric_plot import MetricPlot

HINT = QT_TRANSLATE_NOOP(
    "ActivationsPanel",
    "Train the network, or load a trained model, then pick an input to see every layer's output for it.",
)
PASS_THROUGH = {  # layers whose output is their input, and what to say about them
    "Flatten": QT_TRANSLATE_NOOP("LayerRow", "the same values in one row"),
    "Reshape": QT_TRANSLATE_NOOP("LayerRow", "the same values, reshaped"),
    "Dropout": QT_TRANSLATE_NOOP("LayerRow", "passes values through unchanged (it only drops units while training)"),
}
DEAD_COLOR = "#9ca3af"
ROW_HEIGHT = 150


class LayerRow(QFrame):
    """One layer's output: a caption and bars or a grid of feature maps."""

    def __init__(self, name: str, kind: str, shape: tuple[int, ...], last: bool) -> None:
        super().__init__()
        self.name, self.kind, self.last, self.shape = name, kind, last, shape
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Output of {layer}").format(layer=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.plot: MetricPlot | None = None
        self.maps: Heatmap | None = None
        self.bars: pg.BarGraphItem | None = None
        if kind in PASS_THROUGH:
            return
        if len(shape) == 1:
            title = self.tr("Class probabilities") if last else self.tr("Output of each unit")
            x_label = self.tr("class") if last else self.tr("unit")
            self.plot = MetricPlot(title, x_label, self.tr("value"), legend=False)
            self.plot.setMinimumHeight(ROW_HEIGHT)
            self.bars = pg.BarGraphItem(x=[], height=[], width=0.8)
            self.plot.addItem(self.bars)
            layout.addWidget(self.plot)
        else:
            self.maps = Heatmap(self.tr("Feature maps, one per channel"), diverging=False)
            self.maps.setMinimumHeight(ROW_HEIGHT + 40)
            layout.addWidget(self.maps)

    def set_selected(self, selected: bool) -> None:
        self.setStyleSheet(f"LayerRow {{ border: 2px solid {theme.accent().name()}; }}" if selected else "")

    def show_output(self, values: np.ndarray, dead: np.ndarray | None, names: tuple[str, ...]) -> None:
        shape = "×".join(str(s) for s in values.shape)
        head = f"<b>{self.name}</b> · {self.kind} · {shape}"
        if self.kind in PASS_THROUGH:
            text = f"{head} — {self.tr(PASS_THROUGH[self.kind])}"
            self.caption.setText(text)
            return
        if self.bars is not None and self.plot is not None:
            self._show_bars(values, dead, names, head)
        elif self.maps is not None:
            maps = np.moveaxis(values.reshape(values.shape[-3:]), -1, 0)
            self.maps.show_tiles(maps, grid_columns(len(maps), aspect=2.5))
            active = float((values > 0).mean())
            text = f"{head} — " + self.tr("{share} of the values are above zero").format(share=f"{active:.0%}")
            self.caption.setText(text)

    def _show_bars(self, values: np.ndarray, dead: np.ndarray | None, names: tuple[str, ...], head: str) -> None:
        assert self.bars is not None and self.plot is not None
        values = values.reshape(-1)
        colors = [theme.accent()] * len(values)
        pens: list[object] = [None] * len(values)  # outlines: states differ by more than color
        if self.last and len(values):
            best = int(np.argmax(values))
            colors[best] = theme.OK_COLOR
            pens[best] = pg.mkPen(theme.text_color(), width=2)
            ticks = [(i, names[i] if i < len(names) else str(i)) for i in range(len(values))]
            self.plot.getPlotItem().getAxis("bottom").setTicks([ticks])
            winner = names[best] if best < len(names) else str(best)
            answer = self.tr("the answer is <b>{winner}</b> ({share}, the outlined green bar)")
            text = f"{head} — " + answer.format(winner=winner, share=f"{values[best]:.1%}")
            self.caption.setText(text)
        else:
            fired = int((values > 0).sum())
            active = self.tr("{active} of {count} units are active for this input")
            text = f"{head} — " + active.format(active=fired, count=len(values))
            if dead is not None and dead.shape == values.shape and dead.any():
                for i in np.flatnonzero(dead):
                    colors[i] = pg.mkColor(DEAD_COLOR)
                    pens[i] = pg.mkPen(theme.text_color(muted=True), width=1, style=Qt.PenStyle.DotLine)
                dead_text = self.tr("<b>{count} never fire</b> on the probe images (dead ReLUs, grey, dotted outline)")
                text = self.tr("{first}; {second}").format(first=text, second=dead_text.format(count=int(dead.sum())))
            self.caption.setText(text)
        self.bars.setOpts(x=np.arange(len(values)), height=values, width=0.8, brushes=colors, pens=pens)


class ActivationsPanel(QWidget):
    def __init__(self, inspector: Inspector, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspector = inspector
        self.rows: dict[str, LayerRow] = {}
        self.selected: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.picker = InputPicker(inspector)
        top.addWidget(self.picker, 1)
        top.addWidget(ExportButton(self, "activations.png"), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.hint = QLabel(self.tr(HINT))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.area = QScrollArea()
        self.area.setAccessibleName(self.tr("Every layer's output"))
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addStretch(1)
        self.area.setWidget(self.body)
        layout.addWidget(self.area, 1)
        inspector.changed.connect(self.redraw)
        inspector.layer_selected.connect(self.show_layer)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.hint.setText(self.tr(HINT))
            self.area.setAccessibleName(self.tr("Every layer's output"))
            report: Any = self.inspector.report
            if report is not None and report.activations:
                self._rebuild(report.activations)  # the rows' titles and captions, in the new language
                self.redraw()
        super().changeEvent(event)

    def _kind(self, name: str) -> str:
        try:
            return self.inspector.doc.project.network.node(name).type
        except (KeyError, ValueError, StopIteration):
            return self.tr("Layer")

    def _rebuild(self, activations: dict[str, np.ndarray]) -> None:
        for row in self.rows.values():
            self.column.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        names = list(activations)
        for index, name in enumerate(names):
            row = LayerRow(name, self._kind(name), activations[name].shape[1:], index == len(names) - 1)
            self.rows[name] = row
            self.column.insertWidget(index, row)
        if self.selected:
            self.show_layer(self.selected)

    def redraw(self) -> None:
        report: Any = self.inspector.report
        activations = report.activations if report is not None else None
        self.hint.setVisible(not activations)
        if not activations:
            if self.inspector.image is None and report is not None:
                self.picker.choose()  # the first time: look at the first test image
            return
        shapes = [(name, value.shape[1:]) for name, value in activations.items()]
        if shapes != self._row_shapes():
            self._rebuild(activations)
        names = self.picker.test_set()[2]
        for name, value in activations.items():
            self.rows[name].show_output(value[0], report.dead_units.get(name), names)

    def _row_shapes(self) -> list[tuple[str, Any]]:
        return [(name, row.shape) for name, row in self.rows.items()]

    def show_layer(self, name: str) -> None:
        self.selected = name
        for row_name, row in self.rows.items():
            row.set_selected(row_name == name)
        if name in self.rows:
            self.area.ensureWidgetVisible(self.rows[name])
