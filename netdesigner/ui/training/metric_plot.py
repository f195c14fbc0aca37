"""A pyqtgraph plot with a legend and a read-out crosshair, and the line styles that tell
lines apart without color (dash patterns and point shapes).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen

from netdesigner.ui import theme

# Line patterns that tell lines apart without color: Qt's dashes first, then custom dash patterns
# (lengths in pen widths). Validation lines stay dotted; their points take the shapes below.
DASHES: tuple[Qt.PenStyle | tuple[float, ...], ...] = (
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
    (8.0, 3.0),
    (2.0, 2.0, 8.0, 2.0),
    (12.0, 3.0, 2.0, 3.0),
    (4.0, 4.0),
    (10.0, 2.0, 2.0, 2.0, 2.0, 2.0),
)
SYMBOLS = ("t", "s", "d", "star", "p", "h", "+", "x")  # the current run's points are circles ("o")
TITLE_FONT = {"size": "9pt"}


def line_pen(color: QColor | str, width: float = 2.0, style: Qt.PenStyle | tuple[float, ...] = Qt.PenStyle.SolidLine):
    """A cosmetic pen in ``color``, solid, one of Qt's styles or a custom dash pattern."""
    pen: QPen = pg.mkPen(color, width=width)
    if isinstance(style, tuple):
        pen.setDashPattern(list(style))
    else:
        pen.setStyle(style)
    return pen


def dash(index: int) -> Qt.PenStyle | tuple[float, ...]:
    """The ``index``-th line's pattern (0 is the first dashed one)."""
    return DASHES[index % len(DASHES)]


class WholeNumberAxis(pg.AxisItem):
    """An axis of whole things, such as epochs: no ticks at 0.5 or 1.2."""

    def tickValues(self, minVal, maxVal, size):  # noqa: ANN001, ANN201, N802, N803 - pyqtgraph's names
        levels = super().tickValues(minVal, maxVal, size)
        return [(max(spacing, 1.0), [v for v in values if float(v).is_integer()]) for spacing, values in levels]


class MetricPlot(pg.PlotWidget):
    """A plot with a legend and a crosshair that reads out the values under the mouse."""

    def __init__(self, title: str, x_label: str, y_label: str, legend: bool = True, whole_x: bool = False) -> None:
        super().__init__(axisItems={"bottom": WholeNumberAxis(orientation="bottom")} if whole_x else None)
        self.setBackground(theme.palette().color(QPalette.ColorRole.Base))
        item = self.getPlotItem()
        self.set_texts(title, x_label, y_label)
        for axis in ("left", "bottom"):
            item.getAxis(axis).enableAutoSIPrefix(False)
        # A grid of its own rather than the axes' (showGrid): an axis that draws the grid covers
        # the plot, so every new point re-drew its tick labels too, four times the cost.
        grid = pg.GridItem(textPen=None)
        grid.setTickSpacing(x=[None, None], y=[None, None])  # two levels of lines, not three
        grid_color = theme.text_color()
        grid_color.setAlpha(28)
        grid.setPen(pg.mkPen(grid_color))
        grid.setZValue(-100)
        item.getViewBox().addItem(grid, ignoreBounds=True)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize="8pt") if legend else None
        if self.legend is not None:  # readable over the lines it covers
            backdrop = theme.palette().color(QPalette.ColorRole.Base)
            backdrop.setAlpha(200)
            self.legend.setBrush(backdrop)
        color = theme.text_color(muted=True)
        self.v_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(color, style=Qt.PenStyle.DotLine))
        self.readout = pg.TextItem(anchor=(0, 1), color=theme.text_color())
        for extra in (self.v_line, self.readout):
            extra.setZValue(100)
            extra.hide()
            self.addItem(extra, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.curves: dict[str, pg.PlotDataItem] = {}

    def set_texts(self, title: str, x_label: str, y_label: str) -> None:
        self.title = title
        self.setAccessibleName(title)
        item = self.getPlotItem()
        item.setTitle(title, **TITLE_FONT)
        item.getAxis("bottom").setLabel(x_label)
        item.getAxis("left").setLabel(y_label)

    def rename(self, key: str, name: str) -> None:
        """Give the curve ``key`` another name, in the legend too."""
        curve = self.curves.get(key)
        if curve is None:
            return
        curve.opts["name"] = name
        label = self.legend.getLabel(curve) if self.legend is not None else None
        if label is not None:
            label.setText(name)

    def curve(
        self,
        key: str,
        name: str,
        color: str,
        width: float = 2.0,
        style: Qt.PenStyle | tuple[float, ...] = Qt.PenStyle.SolidLine,
        alpha: int = 255,
        symbol: str | None = None,
    ):
        """The curve called ``key``, created on first use (``symbol``: pyqtgraph's point shape)."""
        if key not in self.curves:
            qcolor = pg.mkColor(color)
            qcolor.setAlpha(alpha)
            curve = self.plot([], [], name=name or None, pen=line_pen(qcolor, width, style))
            if symbol:
                curve.setSymbol(symbol)
                curve.setSymbolSize(6)
                curve.setSymbolPen(pg.mkPen(qcolor))
                curve.setSymbolBrush(pg.mkBrush(qcolor))
            self.curves[key] = curve
            self._place_legend()
        return self.curves[key]

    def _place_legend(self) -> None:
        """Top right, where falling curves leave room; top left when it is wider than the plot,
        so its line samples are never cut off."""
        if getattr(self, "legend", None) is None:  # also called while the plot is being built
            return
        fits = self.legend.boundingRect().width() + 20 <= self.getPlotItem().vb.width()
        corner = (1, 0) if fits else (0, 0)
        self.legend.anchor(itemPos=corner, parentPos=corner, offset=(-10, 10) if fits else (10, 10))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name and event
        super().resizeEvent(event)
        self._place_legend()

    def drop_curves(self, keep: set[str]) -> None:
        for key in [k for k in self.curves if k not in keep]:
            self.removeItem(self.curves.pop(key))
        self._place_legend()

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
            name = curve.name() or self.tr("value")
            lines.append(self.tr("{name}: {value} at {x}").format(name=name, value=f"{y[i]:.4g}", x=f"{x[i]:g}"))
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
