"""The insight docks of the main window: Gradients, Weights, Activations and Neuron.

The docks exist from the start (so the window's saved layout restores them); the panels in
them are drawn with pyqtgraph, which start-up does not import, so they are built just after
the window appears, or at once when a run starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from netdesigner.ui.insight.inspector import Inspector
from netdesigner.ui.widgets import scrollable

if TYPE_CHECKING:
    from netdesigner.ui.insight.activations_panel import ActivationsPanel
    from netdesigner.ui.insight.neuron_panel import NeuronPanel
    from netdesigner.ui.insight.weights_panel import WeightsPanel
    from netdesigner.ui.main_window import MainWindow
    from netdesigner.ui.training.gradients_panel import GradientsPanel

PANELS_DELAY_MS = 200
TITLES = (
    (QT_TRANSLATE_NOOP("InsightDocks", "Gradients"), "gradients"),
    (QT_TRANSLATE_NOOP("InsightDocks", "Weights"), "weights"),
    (QT_TRANSLATE_NOOP("InsightDocks", "Activations"), "activations"),
    (QT_TRANSLATE_NOOP("InsightDocks", "Neuron"), "neuron"),
)


class InsightDock(QDockWidget):
    """A dock whose title (and, with ``names_widget``, its widget's accessible name) follows a
    change of language."""

    def __init__(self, title: str, window: QMainWindow, names_widget: bool = False) -> None:
        super().__init__(QCoreApplication.translate("InsightDocks", title), window)
        self.title = title
        self.names_widget = names_widget

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            shown = QCoreApplication.translate("InsightDocks", self.title)
            self.setWindowTitle(shown)
            if self.names_widget and self.widget() is not None:
                self.widget().setAccessibleName(shown)
        super().changeEvent(event)


class InsightDocks(QObject):
    def __init__(self, window: MainWindow, after: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.inspector = Inspector(window.doc, window.session, self)
        self.docks: dict[str, QDockWidget] = {}
        for title, name in TITLES:
            dock = InsightDock(title, window, names_widget=name == "neuron")
            dock.setObjectName(f"{name}_dock")
            dock.setWidget(QWidget())
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            QMainWindow.tabifyDockWidget(window, after, dock)
            after = dock
            self.docks[name] = dock
        self.gradients: GradientsPanel | None = None
        self.weights: WeightsPanel | None = None
        self.activations: ActivationsPanel | None = None
        self.neuron: NeuronPanel | None = None
        QTimer.singleShot(PANELS_DELAY_MS, self.build)
        window.session.state_changed.connect(lambda _state: self.build())
        window.sketch.digit_changed.connect(self._on_sketch_digit)
        window.scene.selectionChanged.connect(self._on_canvas_selection)

    def build(self) -> None:
        if self.gradients is not None:
            return
        from netdesigner.ui.insight.activations_panel import ActivationsPanel
        from netdesigner.ui.insight.neuron_panel import NeuronPanel
        from netdesigner.ui.insight.weights_panel import WeightsPanel
        from netdesigner.ui.training.gradients_panel import GradientsPanel

        self.gradients = GradientsPanel(self.window.session)
        self.weights = WeightsPanel(self.inspector)
        self.activations = ActivationsPanel(self.inspector)
        self.neuron = NeuronPanel(self.inspector)
        self.docks["gradients"].setWidget(self.gradients)
        self.docks["weights"].setWidget(self.weights)
        self.docks["activations"].setWidget(self.activations)
        self.docks["neuron"].setWidget(scrollable(self.neuron, self.tr("Neuron"), sideways=True))
        self._on_sketch_digit(self.window.sketch.digit)
        if self.window.session.model is not None and self.inspector.report is None:
            self.inspector.refresh()

    def _on_sketch_digit(self, digit: object) -> None:
        for panel in (self.activations, self.neuron):
            if panel is not None:
                panel.picker.set_sketch_digit(digit)  # type: ignore[arg-type]

    def _on_canvas_selection(self) -> None:
        nodes = self.window.scene.selected_node_ids()
        if len(nodes) == 1:
            self.inspector.select_layer(nodes[0])

    def shutdown(self) -> None:
        """The window is closing: let a probe in progress finish, and stop following the canvas."""
        self.inspector.wait()
        self.window.scene.selectionChanged.disconnect(self._on_canvas_selection)
