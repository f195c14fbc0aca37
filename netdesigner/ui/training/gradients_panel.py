"""The Gradients panel: how strongly each layer learns while the network trains.

Per layer (colored from input, blue, to output, red, and with its own dash pattern and point
shape, so the lines are told apart without color): the norm of dL/dW on a fixed probe batch
over the training steps, on a log scale, and the size of a plain gradient step relative to the
weights. Below, the diagnosis in words, with what to try.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from netdesigner.core.diagnosis import LayerHealth, diagnose
from netdesigner.ui import settings, theme
from netdesigner.ui.training.metric_plot import DASHES, SYMBOLS, MetricPlot
from netdesigner.ui.training.session import PROBE_EVERY_KEY, TrainingSession
from netdesigner.ui.training.worker import PROBE_EVERY

HINT = QT_TRANSLATE_NOOP("GradientsPanel", "Train the network to see the gradient reaching each layer.")
LAYER_STYLES = (Qt.PenStyle.SolidLine, *DASHES)  # the first layer solid, then a pattern for each


def layer_style(index: int) -> Qt.PenStyle | tuple[float, ...]:
    return LAYER_STYLES[index % len(LAYER_STYLES)]


def layer_symbol(index: int) -> str:
    return ("o", *SYMBOLS)[index % (len(SYMBOLS) + 1)]


def layer_color(index: int, count: int) -> str:
    """Blue for the first layer through to red for the last."""
    t = index / max(1, count - 1)
    return pg.mkColor(int(40 + 200 * t), int(90 + 40 * (1 - abs(2 * t - 1))), int(230 - 190 * t)).name()


class GradientsPanel(QWidget):
    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.steps: list[int] = []
        self.history: list[list[LayerHealth]] = []
        # Per layer, one value per probe (nan where the layer was missing): the gradient norm and
        # the step size relative to the weights at a learning rate of 1. Kept as the probes come, so a
        # probe appends to them instead of reading the whole history again.
        self._norms: dict[str, list[float]] = {}
        self._ratios: dict[str, list[float]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.norm_plot = MetricPlot("", "", "")
        self.ratio_plot = MetricPlot("", "", "", legend=False)
        self.histogram_plot = MetricPlot("", "", "", legend=False)
        for plot in (self.norm_plot, self.ratio_plot, self.histogram_plot):
            if plot is not self.histogram_plot:
                plot.getPlotItem().setLogMode(y=True)
            plot.setMinimumSize(200, 150)
            row.addWidget(plot)
        layout.addLayout(row, 1)
        layout.addLayout(self._cadence_row())
        self.diagnosis = QLabel()
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.diagnosis)
        self._retranslate()
        session.probed.connect(self.add_probe)
        session.inspected.connect(self.show_gradients)

    def _cadence_row(self) -> QHBoxLayout:
        """How often the probes look inside: every N training steps (the next run uses it)."""
        row = QHBoxLayout()
        self.cadence_label = QLabel()
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 5000)
        self.cadence.setValue(self.session.probe_every or PROBE_EVERY)
        self.cadence.valueChanged.connect(self._on_cadence_changed)
        self.cadence_label.setBuddy(self.cadence)
        self.cadence_note = QLabel()
        for widget in (self.cadence_label, self.cadence, self.cadence_note):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _on_cadence_changed(self, steps: int) -> None:
        self.session.probe_every = steps
        settings.settings().setValue(PROBE_EVERY_KEY, steps)

    def _retranslate(self) -> None:
        self.cadence_label.setText(self.tr("&Measure every"))
        self.cadence.setSuffix(self.tr(" steps"))
        self.cadence.setAccessibleName(self.tr("Steps between two measurements"))
        self.cadence_note.setText(
            self.tr("and at most once a second; fewer measurements leave more time to training (next run)")
        )
        step = self.tr("step")
        self.norm_plot.set_texts(self.tr("Gradient norm per layer, ||dL/dW||"), step, self.tr("norm"))
        self.ratio_plot.set_texts(self.tr("Step size / weight size (η·||dL/dW|| / ||W||)"), step, self.tr("ratio"))
        self.histogram_plot.set_texts(
            self.tr("Current gradients: how many weights have each |dL/dw|"), "log₁₀ |dL/dw|", self.tr("weights")
        )
        self.diagnosis.setAccessibleName(self.tr("Diagnosis"))
        if self.history:
            self.show_diagnosis(self.history[-1])
        else:
            self.diagnosis.setText(self.tr(HINT))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.steps, self.history = [], []
        self._norms, self._ratios = {}, {}
        for plot in (self.norm_plot, self.ratio_plot, self.histogram_plot):
            plot.drop_curves(set())

    def add_probe(self, step: int, health: list[LayerHealth]) -> None:
        if self.steps and step <= self.steps[-1]:
            self.clear()  # a new run
        self.steps.append(step)
        self.history.append(health)
        by_layer = {h.layer: h for h in health}
        for name in by_layer.keys() - self._norms.keys():  # a layer first seen now: nothing before
            self._norms[name] = [float("nan")] * (len(self.steps) - 1)
            self._ratios[name] = [float("nan")] * (len(self.steps) - 1)
        for name, norms in self._norms.items():
            h = by_layer.get(name)
            norms.append(float(h.gradient_norm) if h else float("nan"))
            self._ratios[name].append(float(h.update_ratio(1.0)) if h else float("nan"))
        self._redraw()
        self.show_diagnosis(health)

    def _redraw(self) -> None:
        steps = np.array(self.steps, dtype=float)
        names = [h.layer for h in self.history[-1]]
        rate = self.session.project.training.learning_rate if self.session.project else 0.001
        for index, name in enumerate(names):
            norms = np.array(self._norms[name])
            ratios = np.array(self._ratios[name]) * rate
            look = {"style": layer_style(index), "symbol": layer_symbol(index)}
            color = layer_color(index, len(names))
            self.norm_plot.curve(f"norm:{name}", name, color, **look).setData(steps, np.maximum(norms, 1e-30))
            self.ratio_plot.curve(f"ratio:{name}", name, color, **look).setData(steps, np.maximum(ratios, 1e-30))

    def show_gradients(self, report: object) -> None:
        """Histograms of log10 |dL/dw| per layer from the latest probe: a layer whose gradient
        vanishes sits orders of magnitude to the left of the others."""
        gradients: dict[str, np.ndarray] = getattr(report, "gradients", {}) or {}
        logs = {}
        for name, values in gradients.items():
            magnitude = np.abs(np.asarray(values, dtype=np.float64)).ravel()
            magnitude = magnitude[np.isfinite(magnitude) & (magnitude > 0)]
            if magnitude.size:
                logs[name] = np.log10(magnitude)
        self.histogram_plot.drop_curves({f"hist:{name}" for name in logs})
        if not logs:
            return
        low = min(float(v.min()) for v in logs.values())
        high = max(float(v.max()) for v in logs.values())
        edges = np.linspace(np.floor(low), np.ceil(high) + 1e-9, 61)
        for index, (name, values) in enumerate(logs.items()):
            counts, _ = np.histogram(values, bins=edges)
            color, style = layer_color(index, len(logs)), layer_style(index)
            curve = self.histogram_plot.curve(f"hist:{name}", name, color, style=style)
            curve.setData(edges, counts.astype(float), stepMode="center")

    def show_diagnosis(self, health: list[LayerHealth]) -> None:
        rate = self.session.project.training.learning_rate if self.session.project else 0.001
        findings = diagnose(health, rate)
        if not findings:
            healthy = self.tr("The gradients look healthy: every layer is learning.")
            text = f"<span style='color:{theme.OK_COLOR.name()}'>✓ {html.escape(healthy)}</span>"
            self.diagnosis.setText(text)
            return
        lines = [
            f"<span style='color:{theme.WARNING_COLOR.name()}'><b>⚠ {html.escape(f.message)}</b></span> "
            f"{html.escape(f.advice)}"
            for f in findings
        ]
        text = "<br>".join(lines)
        self.diagnosis.setText(text)

    def findings_text(self) -> str:
        return self.diagnosis.text()
