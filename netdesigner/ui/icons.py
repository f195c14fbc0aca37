"""Layer and app icons, drawn with QPainter at run time so they are sharp at any scale.

Each layer type has its own pictogram (so types differ by shape, not only by color) on a
tile tinted with its group's color.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from netdesigner.ui import theme

SIZES = (16, 24, 32, 48, 64)


def _dots(p: QPainter, points: list[tuple[float, float]], radius: float = 2.4) -> None:
    for x, y in points:
        p.drawEllipse(QPointF(x, y), radius, radius)


def _grid(p: QPainter, x: float, y: float, cells: int, size: float) -> None:
    step = size / cells
    for i in range(cells + 1):
        p.drawLine(QPointF(x + i * step, y), QPointF(x + i * step, y + size))
        p.drawLine(QPointF(x, y + i * step), QPointF(x + size, y + i * step))


def _draw_input(p: QPainter) -> None:
    _grid(p, 12, 6, 3, 14)
    p.drawLine(QPointF(3, 13), QPointF(10, 13))
    p.drawPolyline([QPointF(7, 10), QPointF(10, 13), QPointF(7, 16)])
    p.drawLine(QPointF(19, 22), QPointF(19, 28))


def _draw_dense(p: QPainter) -> None:
    top = [(8, 8), (16, 8), (24, 8)]
    bottom = [(11, 24), (21, 24)]
    for a in top:
        for b in bottom:
            p.drawLine(QPointF(*a), QPointF(*b))
    _dots(p, top + bottom)


def _draw_flatten(p: QPainter) -> None:
    _grid(p, 5, 5, 2, 10)
    p.drawLine(QPointF(17, 10), QPointF(22, 15))
    p.drawRect(QRectF(5, 22, 22, 5))
    for x in (10.5, 16, 21.5):
        p.drawLine(QPointF(x, 22), QPointF(x, 27))


def _draw_reshape(p: QPainter) -> None:
    p.drawRect(QRectF(5, 5, 22, 5))
    for x in (10.5, 16, 21.5):
        p.drawLine(QPointF(x, 5), QPointF(x, 10))
    p.drawLine(QPointF(16, 12), QPointF(16, 16))
    _grid(p, 10, 17, 2, 11)


def _draw_conv(p: QPainter) -> None:
    _grid(p, 5, 5, 4, 22)
    pen = QPen(p.pen())
    pen.setWidthF(pen.widthF() * 1.8)
    p.save()
    p.setPen(pen)
    p.drawRect(QRectF(5, 5, 16.5, 16.5))
    p.restore()


def _draw_pool(p: QPainter, kind: str) -> None:
    _grid(p, 4, 6, 2, 12)
    p.drawLine(QPointF(18, 12), QPointF(21, 12))
    p.drawPolyline([QPointF(19.5, 10.5), QPointF(21, 12), QPointF(19.5, 13.5)])
    p.drawRect(QRectF(22, 9, 6, 6))
    if kind == "max":
        p.drawPolyline([QPointF(6, 27), QPointF(10, 20), QPointF(14, 27)])
        p.drawLine(QPointF(10, 20), QPointF(10, 18))
    else:
        p.drawLine(QPointF(5, 24), QPointF(15, 24))
    if kind == "global":
        p.drawRect(QRectF(19, 20, 9, 7))


def _draw_dropout(p: QPainter) -> None:
    dots = [(8, 8), (16, 8), (24, 8), (8, 16), (16, 16), (24, 16), (8, 24), (16, 24), (24, 24)]
    dropped = {1, 3, 8}
    _dots(p, [d for i, d in enumerate(dots) if i not in dropped])
    for i in dropped:
        x, y = dots[i]
        p.drawLine(QPointF(x - 3, y - 3), QPointF(x + 3, y + 3))
        p.drawLine(QPointF(x - 3, y + 3), QPointF(x + 3, y - 3))


def _draw_batchnorm(p: QPainter) -> None:
    path = QPainterPath(QPointF(3, 25))
    for i in range(1, 27):
        x = 3 + i
        path.lineTo(QPointF(x, 25 - 17 * math.exp(-(((x - 16) / 5.0) ** 2))))
    p.drawPath(path)
    p.drawLine(QPointF(3, 27), QPointF(29, 27))


def _draw_activation(p: QPainter) -> None:
    p.drawLine(QPointF(4, 22), QPointF(28, 22))
    p.drawPolyline([QPointF(4, 22), QPointF(16, 22), QPointF(27, 6)])


def _draw_add(p: QPainter) -> None:
    p.drawEllipse(QPointF(16, 16), 10, 10)
    p.drawLine(QPointF(16, 10), QPointF(16, 22))
    p.drawLine(QPointF(10, 16), QPointF(22, 16))


def _draw_concat(p: QPainter) -> None:
    p.drawRect(QRectF(5, 6, 7, 20))
    p.drawRect(QRectF(20, 6, 7, 20))
    p.drawLine(QPointF(12, 16), QPointF(20, 16))


_PICTOGRAMS = {
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


def _pixmap(type_name: str, color: QColor, size: int) -> QPixmap:
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 32.0, size / 32.0)
    tile = QColor(color)
    tile.setAlphaF(0.16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(tile)
    p.drawRoundedRect(QRectF(0.5, 0.5, 31, 31), 7, 7)
    pen = QPen(color.darker(115), 1.7)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    draw = _PICTOGRAMS.get(type_name)
    if draw is not None:
        if type_name in ("Dense", "Dropout"):
            p.setBrush(color)
        draw(p)
    p.end()
    return pixmap


@functools.cache
def layer_icon(type_name: str) -> QIcon:
    """The palette and card icon for a layer type (any name gets at least its tile)."""
    from netdesigner.core.catalog import CATALOG

    group = CATALOG[type_name].group if type_name in CATALOG else ""
    color = theme.group_color(group)
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_pixmap(type_name, color, size))
    return icon


@functools.cache
def app_icon() -> QIcon:
    """Three layers of units, fully connected: the app's icon."""
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(size / 64.0, size / 64.0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#1e3a8a"))
        p.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14)
        layers = [[(16, 14), (32, 14), (48, 14)], [(22, 32), (42, 32)], [(32, 50)]]
        p.setPen(QPen(QColor(255, 255, 255, 150), 2.2))
        for upper, lower in zip(layers, layers[1:], strict=False):
            for a in upper:
                for b in lower:
                    p.drawLine(QPointF(*a), QPointF(*b))
        p.setPen(Qt.PenStyle.NoPen)
        for color, layer in zip(("#93c5fd", "#c4b5fd", "#fcd34d"), layers, strict=True):
            p.setBrush(QColor(color))
            for x, y in layer:
                p.drawEllipse(QPointF(x, y), 5.5, 5.5)
        p.end()
        icon.addPixmap(pixmap)
    return icon
