"""Images of numbers: a heatmap with a color bar, and mosaics of many small tiles.

Signed values (weights, gradients) use a diverging map centred on zero (blue negative, white
zero, red positive); non-negative values (activations) use a sequential map. Gaps between
tiles are NaN, which pyqtgraph leaves transparent.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QWidget

from netdesigner.ui import dialogs, theme
from netdesigner.ui.training.metric_plot import TITLE_FONT  # the same size as the plots' titles

DIVERGING = "CET-D1A"
SEQUENTIAL = "viridis"


def grid_columns(count: int, aspect: float = 1.0) -> int:
    """Columns for ``count`` tiles so the mosaic is about ``aspect`` times wider than tall."""
    return max(1, min(count, math.ceil(math.sqrt(count * aspect))))


def mosaic(tiles: np.ndarray, columns: int | None = None, gap: int = 1) -> np.ndarray:
    """(n, h, w) tiles into one (rows*(h+gap)-gap, cols*(w+gap)-gap) image, row by row, NaN between."""
    count, height, width = tiles.shape
    columns = columns or grid_columns(count)
    rows = math.ceil(count / columns)
    image = np.full((rows * (height + gap) - gap, columns * (width + gap) - gap), np.nan, dtype=np.float32)
    for index in range(count):
        row, col = divmod(index, columns)
        top, left = row * (height + gap), col * (width + gap)
        image[top : top + height, left : left + width] = tiles[index]
    return image


def symmetric_limit(values: np.ndarray) -> float:
    """A color range ±limit that a few outliers do not wash out (99.5th percentile of |v|)."""
    finite = np.abs(values[np.isfinite(values)])
    if not finite.size:
        return 1.0
    limit = float(np.percentile(finite, 99.5))
    return limit if limit > 0 else float(finite.max()) or 1.0


class Heatmap(pg.GraphicsLayoutWidget):
    """An image (row 0 at the top) with a color bar. ``tile_clicked(index)`` reports which tile
    of a mosaic was clicked, given the tile size and columns of the last ``show_tiles``."""

    tile_clicked = Signal(int)

    def __init__(self, title: str = "", diverging: bool = True) -> None:
        super().__init__()
        self.setAccessibleName(title or self.tr("Heatmap"))
        self.setBackground(theme.palette().color(QPalette.ColorRole.Base))
        self.title = self.addLabel(title, row=0, col=0, colspan=2, **TITLE_FONT)
        self.view = self.addViewBox(row=1, col=0, lockAspect=True, invertY=True, enableMouse=True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.diverging = diverging
        self.bar = pg.ColorBarItem(
            colorMap=pg.colormap.get(DIVERGING if diverging else SEQUENTIAL), interactive=False, width=12
        )
        self.bar.setImageItem(self.image)
        self.addItem(self.bar, row=1, col=1)
        self.highlight = pg.QtWidgets.QGraphicsRectItem()
        self.highlight.setPen(pg.mkPen(theme.accent(), width=2, cosmetic=True))
        self.highlight.setZValue(10)
        self.highlight.hide()
        self.view.addItem(self.highlight)
        self._tile: tuple[int, int, int, int, int] | None = None  # height, width, gap, columns, count
        self.scene().sigMouseClicked.connect(self._on_click)

    def set_title(self, text: str) -> None:
        self.title.setText(text, **TITLE_FONT)

    def show_image(self, image: np.ndarray, limit: float | None = None) -> None:
        image = np.asarray(image, dtype=np.float32)
        if self.diverging:
            limit = limit or symmetric_limit(image)
            levels = (-limit, limit)
        else:
            finite = image[np.isfinite(image)]
            top = float(finite.max()) if finite.size else 1.0
            levels = (min(0.0, float(finite.min())) if finite.size else 0.0, top if top > 0 else 1.0)
        self.image.setImage(image, autoLevels=False, levels=levels)
        self.bar.setLevels(levels)
        self.view.autoRange(padding=0.02)
        self._tile = None
        self.highlight.hide()

    def show_tiles(self, tiles: np.ndarray, columns: int | None = None, limit: float | None = None) -> None:
        columns = columns or grid_columns(len(tiles), aspect=1.6)
        self.show_image(mosaic(tiles, columns), limit)
        self._tile = (tiles.shape[1], tiles.shape[2], 1, columns, len(tiles))

    def mark_tile(self, index: int | None) -> None:
        if self._tile is None or index is None or not 0 <= index < self._tile[4]:
            self.highlight.hide()
            return
        height, width, gap, columns, _ = self._tile
        row, col = divmod(index, columns)
        self.highlight.setRect(col * (width + gap) - 0.5, row * (height + gap) - 0.5, width + 1, height + 1)
        self.highlight.show()

    def _on_click(self, event) -> None:  # noqa: ANN001 - pyqtgraph's click event
        if self._tile is None:
            return
        point = self.view.mapSceneToView(event.scenePos())
        height, width, gap, columns, count = self._tile
        col, row = int(point.x() // (width + gap)), int(point.y() // (height + gap))
        index = row * columns + col
        if 0 <= col < columns and row >= 0 and index < count:
            self.tile_clicked.emit(index)


class ExportButton(QPushButton):
    """A button that saves a picture of ``widget`` as PNG."""

    def __init__(self, widget: QWidget, suggested: str) -> None:
        super().__init__()
        self.widget, self.suggested = widget, suggested
        self.clicked.connect(self.export)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Heatmap", "Export PNG…"))
        self.setToolTip(QCoreApplication.translate("Heatmap", "Save a picture of this panel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def export(self) -> None:
        title = QCoreApplication.translate("Heatmap", "Export picture")
        file_filter = QCoreApplication.translate("Heatmap", "PNG images (*.png)")
        suffix = ".png"
        path = dialogs.save_path(self.widget, title, file_filter, self.suggested, suffix)
        if path is not None:
            save_picture(self.widget, path)


def save_picture(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        text = QCoreApplication.translate("Heatmap", "The picture could not be saved to {path}.").format(path=path)
        dialogs.error(widget, QCoreApplication.translate("Heatmap", "Export picture"), text)
