"""Layer icons, drawn with QPainter at run time so they stay sharp at any scale, and the app icon.

Each layer type has its own pictogram (types differ by shape, not only by color) drawn on a
32-unit canvas over a tile tinted with its group's color.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from netdesigner.core.catalog import CATALOG
from netdesigner.paths import resource
from netdesigner.ui import theme

SIZES = (16, 24, 32)  # larger requests are scaled down from 32 px at ratio 2
RATIOS = (1.0, 2.0)


def group_color(group: str) -> QColor:
    """The color of a catalog group, the same one the canvas cards use."""
    return QColor(theme.group_color(group))


def _line(p: QPainter, x1: float, y1: float, x2: float, y2: float) -> None:
    p.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def _arrow(p: QPainter, x1: float, y1: float, x2: float, y2: float, head: float = 3.5) -> None:
    """A line from (x1, y1) with an open head at (x2, y2)."""
    _line(p, x1, y1, x2, y2)
    angle = math.atan2(y2 - y1, x2 - x1)
    for side in (-1, 1):
        a = angle + math.pi + side * math.pi / 4
        _line(p, x2, y2, x2 + head * math.cos(a), y2 + head * math.sin(a))


def _grid(
    p: QPainter, x: float, y: float, cols: int, rows: int, step: float, fill: dict[tuple[int, int], float]
) -> None:
    """A grid of cells at (x, y); ``fill`` maps (col, row) to the opacity of that cell's fill."""
    for (col, row), alpha in fill.items():
        p.save()
        p.setOpacity(alpha)
        p.fillRect(QRectF(x + col * step, y + row * step, step, step), p.pen().color())
        p.restore()
    p.drawRect(QRectF(x, y, cols * step, rows * step))
    p.save()
    _thin(p, 0.6, 0.85)
    for i in range(1, cols):
        _line(p, x + i * step, y, x + i * step, y + rows * step)
    for j in range(1, rows):
        _line(p, x, y + j * step, x + cols * step, y + j * step)
    p.restore()


def _dots(p: QPainter, points: list[tuple[float, float]], radius: float = 2.7) -> None:
    p.save()
    p.setBrush(p.pen().color())
    for x, y in points:
        p.drawEllipse(QPointF(x, y), radius, radius)
    p.restore()


def _thin(p: QPainter, factor: float = 0.55, alpha: float = 0.75) -> None:
    pen = QPen(p.pen())
    pen.setWidthF(pen.widthF() * factor)
    color = QColor(pen.color())
    color.setAlphaF(alpha)
    pen.setColor(color)
    p.setPen(pen)


def _draw_input(p: QPainter) -> None:
    _arrow(p, 3, 16, 11, 16)
    _grid(p, 14, 8.5, 3, 3, 5, {(1, 1): 0.35})


def _draw_dense(p: QPainter) -> None:
    left = [(8.0, 8.0), (8.0, 16.0), (8.0, 24.0)]
    right = [(24.0, 10.0), (24.0, 22.0)]
    p.save()
    _thin(p)
    for a in left:
        for b in right:
            _line(p, *a, *b)
    p.restore()
    _dots(p, left + right)


def _draw_flatten(p: QPainter) -> None:
    _grid(p, 10, 3, 3, 3, 4, {})
    _arrow(p, 16, 16.5, 16, 21.5, head=3)
    _grid(p, 4, 24, 4, 1, 6, {})


def _draw_reshape(p: QPainter) -> None:
    _grid(p, 4, 3, 4, 1, 6, {})
    _arrow(p, 16, 10.5, 16, 15.5, head=3)
    _grid(p, 10, 17, 3, 3, 4, {})


def _draw_conv(p: QPainter) -> None:
    _grid(p, 4, 4, 4, 4, 6, {(c, r): 0.38 for c in range(3) for r in range(3)})
    p.save()
    pen = QPen(p.pen())
    pen.setWidthF(pen.widthF() * 1.6)
    p.setPen(pen)
    p.drawRect(QRectF(4, 4, 18, 18))
    p.restore()


def _draw_pool(p: QPainter, kind: str) -> None:
    if kind == "global":  # the whole feature map, averaged to one number
        _grid(p, 3, 8.5, 3, 3, 5, {(c, r): 0.35 for c in range(3) for r in range(3)})
    else:  # a 2x2 window: max keeps one cell, average blends all four
        fill = {(1, 0): 1.0} if kind == "max" else {(c, r): 0.35 for c in range(2) for r in range(2)}
        _grid(p, 3, 10, 2, 2, 6, fill)
    _arrow(p, 19, 16, 23.5, 16, head=2.5)
    _grid(p, 25, 13, 1, 1, 6, {(0, 0): 1.0 if kind == "max" else 0.35})


def _draw_dropout(p: QPainter) -> None:
    dots = [(x, y) for y in (8.0, 16.0, 24.0) for x in (8.0, 16.0, 24.0)]
    dropped = {1, 3, 8}
    _dots(p, [d for i, d in enumerate(dots) if i not in dropped])
    for i in dropped:
        x, y = dots[i]
        _line(p, x - 2.6, y - 2.6, x + 2.6, y + 2.6)
        _line(p, x - 2.6, y + 2.6, x + 2.6, y - 2.6)


def _draw_batchnorm(p: QPainter) -> None:
    path = QPainterPath(QPointF(3, 25))
    for i in range(1, 53):
        x = 3 + i / 2
        path.lineTo(QPointF(x, 25 - 18 * math.exp(-(((x - 16) / 5.0) ** 2))))
    p.save()
    p.setOpacity(0.3)
    p.fillPath(path, p.pen().color())
    p.restore()
    p.drawPath(path)
    _line(p, 3, 27, 29, 27)


def _draw_activation(p: QPainter) -> None:
    p.save()
    _thin(p, 0.6, 0.6)
    _line(p, 3, 22, 29, 22)
    _line(p, 16, 4, 16, 28)
    p.restore()
    p.drawPolyline([QPointF(4, 22), QPointF(16, 22), QPointF(27, 6)])


def _draw_add(p: QPainter) -> None:
    p.drawEllipse(QPointF(16, 16), 11, 11)
    _line(p, 16, 10, 16, 22)
    _line(p, 10, 16, 22, 16)


def _draw_concat(p: QPainter) -> None:
    color = p.pen().color()
    p.fillRect(QRectF(4, 5, 5, 9), color)
    p.drawRect(QRectF(4, 18, 5, 9))
    _arrow(p, 12, 16, 18, 16, head=3)
    p.fillRect(QRectF(21, 5, 7, 11), color)
    p.drawRect(QRectF(21, 5, 7, 22))


_PICTOGRAMS: dict[str, Callable[[QPainter], None]] = {
    "Input": _draw_input,
    "Dense": _draw_dense,
    "Flatten": _draw_flatten,
    "Reshape": _draw_reshape,
    "Conv2D": _draw_conv,
    "MaxPooling2D": lambda p: _draw_pool(p, "max"),
    "AveragePooling2D": lambda p: _draw_pool(p, "avg"),
    "GlobalAveragePooling2D": lambda p: _draw_pool(p, "global"),
    "Dropout": _draw_dropout,
    "BatchNormalization": _draw_batchnorm,
    "Activation": _draw_activation,
    "Add": _draw_add,
    "Concatenate": _draw_concat,
}


def _pixmap(type_name: str, color: QColor, dark: bool, size: int, ratio: float) -> QPixmap:
    """One rendering of a layer icon, ``size`` logical pixels at device pixel ratio ``ratio``."""
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 32.0, size / 32.0)
    tile = QColor(color)
    tile.setAlphaF(0.24 if dark else 0.15)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(tile)
    p.drawRoundedRect(QRectF(0.5, 0.5, 31, 31), 7, 7)
    ink = color.lighter(125) if dark else color.darker(125)
    # At least one device pixel wide, so the 16 px icons do not fade out.
    pen = QPen(ink, max(1.8, 32.0 / pixels * 1.05))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    draw = _PICTOGRAMS.get(type_name)
    if draw is not None:
        draw(p)
    p.end()
    return pixmap


@functools.cache
def _layer_icon(type_name: str, dark: bool) -> QIcon:
    group = CATALOG[type_name].group if type_name in CATALOG else ""
    color = group_color(group)
    icon = QIcon()
    for size in SIZES:
        for ratio in RATIOS:
            icon.addPixmap(_pixmap(type_name, color, dark, size, ratio))
    return icon


def layer_icon(type_name: str) -> QIcon:
    """The palette and card icon for a layer type, for the current light or dark theme (cached).

    An unknown type name gets the plain gray tile.
    """
    return _layer_icon(type_name, theme.is_dark())


@functools.cache
def app_icon() -> QIcon:
    """The app's icon (three layers of units, fully connected), from the PNGs rendered from
    ``resources/icons/netdesigner.svg``; the installers use the same files."""
    icon = QIcon()
    for path in sorted(resource("icons").glob("netdesigner-*.png")):
        icon.addFile(str(path))
    return icon
