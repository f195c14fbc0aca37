"""The page view: a text browser that reads ``page:`` and ``plot:`` addresses from the Learn
pages and the activation plots, with the browser's own back and forward history."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QFont, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from netdesigner.ui.learn import plots
from netdesigner.ui.learn.markup import FORMULA_FONT, PAGE_SCHEME, PLOT_SCHEME
from netdesigner.ui.learn.pages import PAGE_INDEX

PLOT_TAG = re.compile(rf"<img src='{PLOT_SCHEME}:(\w+)'>")
STYLE = """
td.formula {{ font-family: {formula_font}; font-size: {formula_size:.1f}pt; }}
h2 {{ margin-top: 0px; margin-bottom: 8px; font-size: large; }}
p {{ margin-top: 0px; margin-bottom: 9px; line-height: 135%; }}
li {{ margin-bottom: 4px; }}
a {{ text-decoration: none; }}
"""


def page_url(page_id: str) -> QUrl:
    return QUrl(f"{PAGE_SCHEME}:{page_id}")


def page_html(page_id: str) -> str:
    found = PAGE_INDEX[page_id]
    return f"<html><body><h2>{found.title()}</h2>{found.body()}</body></html>"


class PageView(QTextBrowser):
    """Shows one Learn page; links between pages and the plots load without any network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Learn page"))
        self.setOpenExternalLinks(False)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.12)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.document().setDefaultStyleSheet(
            STYLE.format(formula_font=FORMULA_FONT, formula_size=font.pointSizeF() * 1.1)
        )
        self._plot_width = 0
        self._reflow = QTimer(self)
        self._reflow.setSingleShot(True)
        self._reflow.setInterval(0)
        self._reflow.timeout.connect(self._redraw_plots)

    def page_id(self) -> str | None:
        url = self.source()
        return url.path() if url.scheme() == PAGE_SCHEME and url.path() in PAGE_INDEX else None

    def show_page(self, page_id: str) -> None:
        """Open a page, adding it to the history; nothing happens if it is already open."""
        if page_id not in PAGE_INDEX:
            raise KeyError(f"no Learn page {page_id!r}")
        if self.page_id() != page_id:
            self.setSource(page_url(page_id), QTextDocument.ResourceType.HtmlResource)

    def loadResource(self, kind: int, url: QUrl) -> Any:  # noqa: N802 - Qt's name
        if url.scheme() == PAGE_SCHEME and url.path() in PAGE_INDEX:
            return PLOT_TAG.sub(self._sized_plot, page_html(url.path()))
        if url.scheme() == PLOT_SCHEME and url.path() in plots.CHARTS:
            width = int(url.query()) if url.query().isdigit() else plots.WIDTH
            return plots.render(url.path(), max(1.0, self.devicePixelRatioF()) * 1.5, width)
        return super().loadResource(kind, url)

    def _sized_plot(self, match: re.Match[str]) -> str:
        """A plot's tag with the size that fits the panel now (also in its address, so a new
        size is drawn anew rather than taken from the document's cache)."""
        chart = plots.sized_chart(match.group(1), self.plot_width())
        return f"<img src='{PLOT_SCHEME}:{chart.name}?{chart.width}' width='{chart.width}' height='{chart.height}'>"

    def plot_width(self) -> int:
        """The widest plot that fits beside the document's margins, in steps of 20 pixels so
        that resizing the panel re-draws the page only now and then. The scroll bar's width is
        always set aside: a width that depended on whether the bar shows would make a taller page
        hide it and a shorter one show it, re-drawing the page forever."""
        viewport = self.contentsRect().width() - self.verticalScrollBar().sizeHint().width()
        room = viewport - 2 * int(self.document().documentMargin()) - 12
        return min(plots.WIDTH, max(plots.MIN_WIDTH, room - room % 20))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        width = self.plot_width()
        if width != self._plot_width and self.page_id() is not None:
            self._reflow.start()  # later: reloading inside a resize would nest two layouts

    def _redraw_plots(self) -> None:
        self._plot_width = self.plot_width()
        bar = self.verticalScrollBar()
        fraction = bar.value() / max(1, bar.maximum())
        self.reload()
        bar.setValue(round(fraction * bar.maximum()))
