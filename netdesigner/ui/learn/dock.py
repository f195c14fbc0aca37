"""The Learn dock in the main window: the panel, Help › Learn Panel (F1), and the context
that picks a page: the focused setting in Properties, else the layer selected on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from netdesigner.ui.document import EditRefused
from netdesigner.ui.learn import context
from netdesigner.ui.learn.experiments import EXPERIMENTS, NotPossible
from netdesigner.ui.learn.panel import LearnPanel
from netdesigner.ui.param_editors import Editor
from netdesigner.ui.training_specs import TRAINING_SPECS

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow


def _editor_of(widget: QWidget | None) -> Editor | None:
    """The parameter editor a widget belongs to, if any."""
    while widget is not None:
        if isinstance(widget, Editor):
            return widget
        widget = widget.parentWidget()
    return None


class LearnDock(QObject):
    """Builds the Learn dock (tabbed with the right-hand panels) and its Help menu entry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = LearnPanel()
        self.dock = QDockWidget(self.tr("Learn"), window)
        self.dock.setObjectName("learn_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.sketch_dock, self.dock)
        window.properties_dock.raise_()
        self.action = QAction(self.tr("&Learn Panel"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(self.tr("Explain the selected layer or setting (F1)"))
        self.action.triggered.connect(self.show_context)
        self._add_to_menus()
        self._following = True  # off while an experiment changes the selection itself
        window.scene.selectionChanged.connect(self._on_selection_changed)
        window.doc.node_changed.connect(self._on_setting_changed)
        window.doc.training_changed.connect(self._on_setting_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        self.panel.try_requested.connect(self.run_experiment)

    def _add_to_menus(self) -> None:
        window = self.window
        window.panels_menu.addAction(self.dock.toggleViewAction())
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and window.about_action in menu.actions():
                menu.insertAction(window.about_action, self.action)
                menu.insertSeparator(window.about_action)
                return
        window.menuBar().addAction(self.action)

    def _alive(self) -> bool:
        """False while the window is being taken apart (signals still arrive then)."""
        return all(shiboken6.isValid(o) for o in (self.window, self.panel, self.window.scene))

    # -- context -----------------------------------------------------------------------------

    def focused_page(self) -> str | None:
        """The page for the parameter or training setting that has the keyboard focus."""
        editor = _editor_of(QApplication.focusWidget())
        if editor is None or not self.window.isAncestorOf(editor):
            return None
        name = editor.spec.name
        if TRAINING_SPECS.get(name) is editor.spec:
            return context.training_page(name)
        form = editor.parentWidget()
        while form is not None and not hasattr(form, "node_id"):
            form = form.parentWidget()
        if form is None or not self.window.doc.has_node(form.node_id):  # type: ignore[attr-defined]
            return None
        node = self.window.doc.node(form.node_id)  # type: ignore[attr-defined]
        return context.param_page(node, name)

    def selected_page(self) -> str | None:
        nodes = self.window.scene.selected_node_ids()
        if len(nodes) != 1:
            return None
        return context.node_page(self.window.doc.node(nodes[0]))

    def context_page(self) -> str | None:
        return self.focused_page() or self.selected_page()

    def show_context(self) -> None:
        """Help › Learn Panel (F1): show the dock at the page for what is focused or selected."""
        page_id = self.context_page()
        if page_id is not None:
            self.panel.open_page(page_id)
        self.dock.show()
        self.dock.raise_()

    def _follow(self, page_id: str | None) -> None:
        if page_id is not None and self._following and self.panel.follow.isChecked():
            self.panel.open_page(page_id)

    def _on_selection_changed(self) -> None:
        if self._alive():
            self._follow(self.selected_page())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._alive():
            self._follow(self.focused_page())

    def _on_setting_changed(self, _node_id: str = "") -> None:
        """A new activation chosen in Properties shows that activation's page."""
        if self._alive():
            self._follow(self.focused_page())

    # -- experiments -------------------------------------------------------------------------

    def run_experiment(self, experiment_id: str) -> None:
        experiment = EXPERIMENTS[experiment_id]
        self._following = False
        try:
            message = experiment.run(self.window)
        except (EditRefused, NotPossible) as refused:
            self.panel.show_refusal(str(refused))
            return
        finally:
            self._following = True
        if message is None:
            self.panel.show_refusal(self.tr("Cancelled; your network was left as it was."))
            return
        self.panel.show_outcome(experiment_id, message)
        self.window.show_message(message)
