"""Activation functions and their derivatives, drawn as small pictures for the Learn pages.

The numbers come from the same NumPy formulas the pages state, so a test can check the
picture against them (sigmoid'(0) = 0.25). Pictures are painted with QPainter, which keeps
pyqtgraph out of the Learn panel and lets the plots sit in the text like figures in a book.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPalette, QPen

from netdesigner.ui import theme

SOFTMAX_OTHERS = 9  # the softmax plot: class 1's probability while the other nine scores stay 0
WIDTH, HEIGHT = 340, 210
MIN_WIDTH = 200
SAMPLES = 601


def activation(name: str, z: np.ndarray | float) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "softmax":
        return np.exp(z) / (np.exp(z) + SOFTMAX_OTHERS)
    raise KeyError(f"no activation plot for {name!r}")


def derivative(name: str, z: np.ndarray | float) -> np.ndarray:
    """The slope d(phi)/dz; for ReLU 0 at z = 0, as TensorFlow takes it."""
    z = np.asarray(z, dtype=float)
    if name in ("sigmoid", "softmax"):
        value = activation(name, z)
        return value * (1.0 - value)
    if name == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(float)
    raise KeyError(f"no activation plot for {name!r}")


@dataclass(frozen=True)
class Chart:
    """One activation with its derivative on fixed axes; ``to_pixel`` maps data to the picture."""

    name: str
    labels: tuple[str, str]
    z_range: tuple[float, float]
    y_range: tuple[float, float]
    marks: tuple[tuple[float, int], ...] = ()  # (z, 0 for the function or 1 for the slope): dots with their value
    width: int = WIDTH
    height: int = HEIGHT
    left: int = 34
    right: int = 14
    top: int = 12
    bottom: int = 26

    def to_pixel(self, z: float, y: float) -> QPointF:
        (z0, z1), (y0, y1) = self.z_range, self.y_range
        inner_w = self.width - self.left - self.right
        inner_h = self.height - self.top - self.bottom
        return QPointF(
            self.left + (z - z0) / (z1 - z0) * inner_w,
            self.top + (y1 - y) / (y1 - y0) * inner_h,
        )


CHARTS: dict[str, Chart] = {
    "sigmoid": Chart("sigmoid", ("σ(z)", "σ′(z)"), (-6, 6), (-0.2, 1.2), marks=((0.0, 1),)),
    "tanh": Chart("tanh", ("tanh(z)", "tanh′(z)"), (-4, 4), (-1.25, 1.25), marks=((0.0, 1),)),
    "relu": Chart("relu", ("ReLU(z)", "ReLU′(z)"), (-3, 3), (-0.5, 3.0)),
    "softmax": Chart("softmax", ("p₁", "∂p₁/∂z₁"), (-4, 8), (-0.15, 1.15), marks=((0.0, 0),)),
}


def colors() -> tuple[QColor, QColor]:
    """The function's and the derivative's colours (blue and orange: apart for colour-blind eyes too)."""
    if theme.is_dark():
        return QColor("#60a5fa"), QColor("#fb923c")
    return QColor("#2563eb"), QColor("#ea580c")


def _ticks(low: float, high: float) -> list[float]:
    step = 1.0 if high - low <= 8 else 2.0
    if high - low <= 3:
        step = 0.5
    first = np.ceil(low / step) * step
    return [float(v) for v in np.arange(first, high + 1e-9, step)]


def _curve(chart: Chart, z: np.ndarray, y: np.ndarray) -> QPainterPath:
    """A path through the points, broken where the curve jumps (ReLU's derivative at 0)."""
    path = QPainterPath()
    jump = 0.25 * (chart.y_range[1] - chart.y_range[0])
    for index, (zi, yi) in enumerate(zip(z, y, strict=True)):
        point = chart.to_pixel(float(zi), float(yi))
        if index == 0 or abs(yi - y[index - 1]) > jump:
            path.moveTo(point)
        else:
            path.lineTo(point)
    return path


def sized_chart(name: str, width: int = WIDTH) -> Chart:
    """The chart for ``name`` at ``width`` logical pixels (from MIN_WIDTH to WIDTH); narrower
    charts are also a little flatter."""
    width = max(MIN_WIDTH, min(WIDTH, width))
    return replace(CHARTS[name], width=width, height=round(HEIGHT * (0.4 + 0.6 * width / WIDTH)))


def render(name: str, device_pixel_ratio: float = 1.0, width: int = WIDTH) -> QImage:
    """The chart for ``name`` on the palette's base colour, sharp at the given pixel ratio."""
    chart = sized_chart(name, width)
    image = QImage(
        round(chart.width * device_pixel_ratio),
        round(chart.height * device_pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(device_pixel_ratio)
    palette = theme.palette()
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = palette.color(QPalette.ColorRole.Text)
    grid = QColor(text)
    grid.setAlphaF(0.12)
    axis = QColor(text)
    axis.setAlphaF(0.55)
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    (z0, z1), (y0, y1) = chart.z_range, chart.y_range
    for zt in _ticks(z0, z1):
        painter.setPen(QPen(axis if zt == 0 else grid, 1))
        painter.drawLine(chart.to_pixel(zt, y0), chart.to_pixel(zt, y1))
        painter.setPen(text)
        at = chart.to_pixel(zt, y0)
        painter.drawText(QRectF(at.x() - 15, at.y() + 3, 30, 16), Qt.AlignmentFlag.AlignHCenter, f"{zt + 0.0:g}")
    for yt in _ticks(y0, y1):
        painter.setPen(QPen(axis if yt == 0 else grid, 1))
        painter.drawLine(chart.to_pixel(z0, yt), chart.to_pixel(z1, yt))
        painter.setPen(text)
        at = chart.to_pixel(z0, yt)
        painter.drawText(
            QRectF(0, at.y() - 8, chart.left - 5, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{yt + 0.0:g}",
        )
    end = chart.to_pixel(z1, 0.0)
    italic = QFont(font)
    italic.setItalic(True)
    italic.setPointSizeF(10)
    painter.setFont(italic)
    painter.drawText(QRectF(end.x() - 24, end.y() - 20, 20, 18), Qt.AlignmentFlag.AlignRight, "z")
    painter.setFont(font)
    z = np.linspace(z0, z1, SAMPLES)
    main, slope = colors()
    painter.setPen(QPen(main, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(_curve(chart, z, activation(name, z)))
    dashed = QPen(slope, 2.2, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
    dashed.setDashPattern([4.0, 1.6])
    painter.setPen(dashed)
    painter.drawPath(_curve(chart, z, derivative(name, z)))
    for zm, curve in chart.marks:
        ym = float((derivative if curve else activation)(name, zm))
        point = chart.to_pixel(zm, ym)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(slope if curve else main)
        painter.drawEllipse(point, 3.5, 3.5)
        painter.setPen(text)
        label = f"{ym:.2g}"
        if curve:  # the slope's value up and to the right, the function's up and to the left
            painter.drawText(QRectF(point.x() + 6, point.y() - 18, 60, 16), Qt.AlignmentFlag.AlignLeft, label)
        else:
            painter.drawText(QRectF(point.x() - 66, point.y() - 18, 60, 16), Qt.AlignmentFlag.AlignRight, label)
    _legend(painter, chart, main, slope, text)
    painter.end()
    return image


def _legend(painter: QPainter, chart: Chart, main: QColor, slope: QColor, text: QColor) -> None:
    x, y = chart.left + 8, chart.top + 6
    for label, color, style in ((chart.labels[0], main, Qt.PenStyle.SolidLine), (chart.labels[1], slope, None)):
        pen = QPen(color, 2.4, style or Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
        if style is None:
            pen.setDashPattern([4.0, 1.6])
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y + 8), QPointF(x + 22, y + 8))
        painter.setPen(text)
        painter.drawText(QRectF(x + 28, y, 110, 16), Qt.AlignmentFlag.AlignVCenter, label)
        y += 18
