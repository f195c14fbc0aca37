"""The Learn panel: a searchable list of concept pages, the page itself with back and
forward, and the page's "Try it" experiments below it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesigner.ui import settings
from netdesigner.ui.learn.experiments import EXPERIMENTS
from netdesigner.ui.learn.page_view import PageView
from netdesigner.ui.learn.pages import FIRST_PAGE, PAGE_INDEX, PAGES, rank
from netdesigner.ui.widgets import scrollable

PAGE_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_KEY = "learn/follow_selection"


class TryBox(QFrame):
    """A page's experiments: what each button does, the buttons, and then what to do next."""

    try_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)
        self.layout_.setSpacing(6)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.layout_.addLayout(self.rows)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAccessibleName(self.tr("What to do next"))
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.result_area = scrollable(self.result)  # scrolls rather than squeezes in a short dock
        self.result_area.viewport().setAutoFillBackground(False)
        self.result.setAutoFillBackground(False)
        self.result_area.setMinimumHeight(60)
        self.layout_.addWidget(self.result_area, 1)
        self.result_area.hide()
        self.buttons: dict[str, QPushButton] = {}
        self.summaries: list[QLabel] = []

    def show_experiments(self, experiment_ids: tuple[str, ...]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons = {}
        self.summaries = []
        self.result_area.hide()
        for experiment_id in experiment_ids:
            experiment = EXPERIMENTS[experiment_id]
            button = QPushButton(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                self.tr("Try it: {label}").format(label=experiment.label()),
            )
            button.setToolTip(experiment.summary())
            button.clicked.connect(lambda _checked=False, e=experiment_id: self.try_requested.emit(e))
            summary = QLabel(experiment.summary())
            summary.setWordWrap(True)
            font = QFont(summary.font())
            font.setPointSizeF(font.pointSizeF() * 0.92)
            summary.setFont(font)
            row = QWidget()
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(summary)
            self.summaries.append(summary)
            self.rows.addWidget(row)
            row.show()  # now, not when Qt's queued show comes round
            self.buttons[experiment_id] = button
        self.setVisible(bool(experiment_ids))

    def show_result(self, text: str) -> None:
        """What happened and what to do next, in place of what the buttons do (their tooltips
        still say it)."""
        for summary in self.summaries:
            summary.hide()
        self.result.setText(text)
        self.result_area.show()


class LearnPanel(QWidget):
    """``open_page(id)`` shows a page; ``try_requested(experiment id)`` asks the window to run
    an experiment, whose outcome comes back through ``show_outcome`` or ``show_refusal``."""

    try_requested = Signal(str)
    page_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the Learn pages"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first_match)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learn pages"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._on_item_chosen)
        self.list.itemClicked.connect(self._on_item_chosen)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.no_match)
        self.back = self._nav_button(QStyle.StandardPixmap.SP_ArrowBack)
        self.forward = self._nav_button(QStyle.StandardPixmap.SP_ArrowForward)
        self.follow = QCheckBox()
        self.follow.setChecked(settings.settings().value(FOLLOW_KEY, True, type=bool))
        self.follow.toggled.connect(lambda on: settings.settings().setValue(FOLLOW_KEY, on))
        nav = QHBoxLayout()
        nav.setSpacing(4)
        nav.addWidget(self.back)
        nav.addWidget(self.forward)
        nav.addWidget(self.search, 1)
        nav.addWidget(self.follow)
        self.view = PageView()
        self.try_box = TryBox()
        self.try_box.try_requested.connect(self.try_requested)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.view, 1)
        page_layout.addWidget(self.try_box)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([84, 600])
        self.splitter.setCollapsible(1, False)
        self.view.setMinimumHeight(120)
        layout.addLayout(nav)
        layout.addWidget(self.splitter, 1)
        self.back.clicked.connect(self.view.backward)
        self.forward.clicked.connect(self.view.forward)
        self.view.backwardAvailable.connect(self.back.setEnabled)
        self.view.forwardAvailable.connect(self.forward.setEnabled)
        self.view.sourceChanged.connect(self._on_source_changed)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self._shown_page = ""
        self._retranslate()
        self.open_page(FIRST_PAGE)

    def _nav_button(self, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setAutoRaise(True)
        return button

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search pages…"))
        self.search.setToolTip(self.tr("Search the pages, e.g. sigmoid, batch size or overfitting"))
        self.back.setToolTip(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.forward.setToolTip(self.tr("Forward"))
        self.forward.setAccessibleName(self.tr("Forward"))
        self.follow.setText(self.tr("Follow selection"))
        self.follow.setToolTip(
            self.tr("Open the page that explains the layer or setting you select on the canvas or in Properties")
        )
        self.no_match.setText(self.tr("No page mentions that. Try a shorter word."))
        current = self.page_id()
        self.list.clear()
        for found in PAGES:
            item = QListWidgetItem(found.title())
            item.setToolTip(found.title())
            item.setData(PAGE_ROLE, found.id)
            self.list.addItem(item)
        self._filter(self.search.text())
        if current is not None:
            self.view.reload()
            self._shown_page = ""  # the buttons in the new language
            self._on_source_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- pages -------------------------------------------------------------------------------

    def page_id(self) -> str | None:
        return self.view.page_id()

    def open_page(self, page_id: str) -> None:
        self.view.show_page(page_id)

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        self.open_page(item.data(PAGE_ROLE))

    def _on_source_changed(self, url: QUrl | None = None) -> None:
        # Qt announces the new address before source() returns it.
        page_id = url.path() if url is not None else self.page_id()
        if page_id not in PAGE_INDEX:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PAGE_ROLE) == page_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self.list.scrollToItem(item)
        if page_id != self._shown_page:  # a reload (new plot size, language) keeps what Try it said
            self._shown_page = page_id
            self.try_box.show_experiments(PAGE_INDEX[page_id].experiments)
            self.page_changed.emit(page_id)

    def _filter(self, query: str) -> None:
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(query.strip()) and not rank(PAGE_INDEX[item.data(PAGE_ROLE)], query, self._language())
            item.setHidden(hidden)
            shown += not hidden
        self.no_match.setVisible(shown == 0)

    def visible_page_ids(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(PAGE_ROLE) for item in items if not item.isHidden()]

    def _open_first_match(self) -> None:
        """Enter opens the best match: a page named by the words before one that mentions them."""
        shown = self.visible_page_ids()
        if shown:
            query = self.search.text()
            self.open_page(max(shown, key=lambda p: rank(PAGE_INDEX[p], query, self._language())))

    def _language(self) -> str:
        """Keys the search cache, so that another translation is searched afresh."""
        return QCoreApplication.translate("Learn", "The neuron")

    # -- experiments -------------------------------------------------------------------------

    def show_outcome(self, experiment_id: str, message: str) -> None:
        steps = EXPERIMENTS[experiment_id].steps()
        self.try_box.show_result(f"<p><b>{message}</b></p>{steps}")

    def show_refusal(self, text: str) -> None:
        self.try_box.show_result(self.tr("<p><b>Not done:</b> {reason}</p>").format(reason=text))
