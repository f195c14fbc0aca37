"""The Training panel's Export menu: each plot as a PNG picture or its points as a CSV table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from netdesigner.ui import dialogs

if TYPE_CHECKING:  # pyqtgraph is imported only once the plots are built, after the window appears
    from netdesigner.ui.training.metric_plot import MetricPlot


class ExportMenu(QMenu):
    """Filled when it opens from ``plots()``: the plots by file name stem (none until they exist)."""

    def __init__(
        self,
        plots: Callable[[], dict[str, MetricPlot]],
        parent: QWidget | None = None,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plots = plots
        self.prepare = prepare  # brings the plots up to date before one is saved
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        for key, plot in self.plots().items():
            for kind, text in (("png", self.tr("{title} as PNG…")), ("csv", self.tr("{title} as CSV…"))):
                self.addAction(text.format(title=plot.title), lambda p=plot, k=key, f=kind: self.export(p, k, f))

    def export(self, plot: MetricPlot, key: str, kind: str) -> None:
        filters = {"png": self.tr("PNG images (*.png)"), "csv": self.tr("CSV tables (*.csv)")}
        suggested, suffix = f"{key}.{kind}", f".{kind}"
        window = self.parentWidget()
        path = dialogs.save_path(window, self.tr("Export Plot"), filters[kind], suggested, suffix)
        if path is None:
            return
        if self.prepare is not None:
            self.prepare()
        try:
            plot.export_png(path) if kind == "png" else plot.export_csv(Path(path))
        except OSError as error:
            text = self.tr("“{path}” could not be written: {error}.").format(path=path, error=error.strerror or error)
            dialogs.error(window, self.tr("Cannot export plot"), text)
