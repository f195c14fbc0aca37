"""The designer window: canvas in the middle, palette, properties and problems in docks,
menus and a tool bar for every command, and a status bar with the model's size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from netdesigner.core.analysis import Analysis
from netdesigner.ui import dialogs, settings
from netdesigner.ui.autosave import Autosave, offer_recovery
from netdesigner.ui.background import BackgroundTask
from netdesigner.ui.document import Document
from netdesigner.ui.edit_actions import EditActions
from netdesigner.ui.files import FileActions
from netdesigner.ui.gradient_flow import GradientFlow
from netdesigner.ui.guide import add_user_guide
from netdesigner.ui.icons import app_icon
from netdesigner.ui.insight.docks import InsightDocks
from netdesigner.ui.keyboard_window import KeyboardSupport
from netdesigner.ui.learn.dock import LearnDock
from netdesigner.ui.palette import Palette
from netdesigner.ui.preferences import add_preferences_action
from netdesigner.ui.problems_panel import ProblemsPanel
from netdesigner.ui.properties import PropertiesPanel
from netdesigner.ui.scene import CanvasScene
from netdesigner.ui.sketch.panel import SketchPanel
from netdesigner.ui.status import StatusBar, StatusLabels
from netdesigner.ui.training.evaluation_view import EvaluationView
from netdesigner.ui.training.model_actions import ModelActions
from netdesigner.ui.training.panel import TrainingPanel
from netdesigner.ui.training.session import IDLE, PAUSED, RUNNING, TrainingSession
from netdesigner.ui.view import CanvasView
from netdesigner.ui.walkthrough import Walkthrough
from netdesigner.ui.widgets import scrollable

if TYPE_CHECKING:
    from netdesigner.ui.training.gradients_panel import GradientsPanel

MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    """One window, one document. ``preload_engine`` loads TensorFlow in the background;
    ``remember_layout`` restores and saves the window's size and docks in the settings."""

    def __init__(self, doc: Document | None = None, preload_engine: bool = False, remember_layout: bool = True) -> None:
        super().__init__()
        self.remember_layout = remember_layout
        self.doc = doc or Document(parent=self)
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.scene = CanvasScene(self.doc, parent=self)
        self.view = CanvasView(self.scene)
        self.setCentralWidget(self.view)
        self.files = FileActions(self.doc, self)
        self.edits = EditActions(self.doc, self.scene, self.view, self)
        self.palette = Palette()
        self.properties = PropertiesPanel(self.doc)
        self.problems = ProblemsPanel(self.doc)
        self.palette_dock = self._dock(self.tr("Layers"), "palette", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock(
            self.tr("Properties"), "properties", self.properties, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.problems_dock = self._dock(
            self.tr("Problems"), "problems", self.problems, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.session = TrainingSession(self.doc, self)
        self.gradient_flow = GradientFlow(self.scene, self.session, self)
        self.training_panel = TrainingPanel(self.doc, self.session)
        self.models = ModelActions(self.doc, self.session, self.files, self)
        self.training_dock = self._dock(
            self.tr("Training"), "training", self.training_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.evaluation = EvaluationView()
        self.evaluation_dock = self._dock(
            self.tr("Evaluation"),
            "evaluation",
            scrollable(self.evaluation, sideways=True),
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.tabifyDockWidget(self.training_dock, self.evaluation_dock)
        self.sketch = SketchPanel(self.session)
        self.sketch_dock = self._dock(
            self.tr("Sketch"), "sketch", scrollable(self.sketch), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.insight = InsightDocks(self, after=self.evaluation_dock)
        self.tabifyDockWidget(self.properties_dock, self.sketch_dock)
        self.properties_dock.raise_()
        self.training_dock.raise_()
        self.engine_task: BackgroundTask | None = None
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_tool_bar()
        self.walkthrough = Walkthrough(self)
        self.learn = LearnDock(self)
        self.preferences_action = add_preferences_action(self, self.edit_menu)
        self.user_guide = add_user_guide(self)  # Help › User Guide…
        self.keyboard = KeyboardSupport(self)  # command palette, canvas keys, Esc back to the canvas
        self._connect()
        self._update_title()
        self._on_analysis_changed(self.doc.analysis)
        self._restore_layout()
        self.autosave = Autosave(self.doc, self)
        self.autosave.failed.connect(self.show_message)
        if preload_engine:
            QTimer.singleShot(300, self.preload_engine)

    # -- building ----------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """Add a dockable panel; later panels (training, insight, sketch pad) come in the same way."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot: object, shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        files = self.files
        self.new_action = self._action(
            self.tr("&New…"), files.new, key.New, self.tr("Start a new network from a template")
        )
        self.open_action = self._action(
            self.tr("&Open…"), lambda: files.open(), key.Open, self.tr("Open a project file")
        )
        self.save_action = self._action(self.tr("&Save"), files.save, key.Save, self.tr("Save the project"))
        self.save_as_action = self._action(
            self.tr("Save &As…"), files.save_as, key.SaveAs, self.tr("Save under a new name")
        )
        self.import_action = self._action(self.tr("&Import Keras Model…"), lambda: files.import_keras())
        self.export_python_action = self._action(self.tr("Export &Python Script…"), lambda: files.export_python())
        self.export_keras_action = self._action(self.tr("Export &Keras Model (.keras)…"), lambda: files.export_keras())
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(key.Undo)
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(key.Redo)
        self.undo_action.setIconText(self.tr("Undo"))  # the menu says what; the tool bar keeps its width
        self.redo_action.setIconText(self.tr("Redo"))
        self.cut_action = self._action(self.tr("Cu&t"), self.edits.cut, key.Cut)
        self.copy_action = self._action(self.tr("&Copy"), self.edits.copy, key.Copy)
        self.paste_action = self._action(self.tr("&Paste"), self.edits.paste, key.Paste)
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), self.edits.duplicate, "Ctrl+D", self.tr("Copy the selection in place")
        )
        self.delete_action = self._action(
            self.tr("&Delete"), self.edits.delete_selection, key.Delete, self.tr("Delete the selection")
        )
        self.delete_action.setShortcuts([QKeySequence(key.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        self.select_all_action = self._action(self.tr("Select &All"), self.edits.select_all, key.SelectAll)
        self.find_layer_action = self._action(self.tr("Find &Layer"), self.palette.focus_search, key.Find)
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self.view.zoom_in, key.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self.view.zoom_out, key.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), self.view.reset_zoom, "Ctrl+0")
        self.fit_action = self._action(
            self.tr("&Fit to View"), self.view.fit, "Ctrl+Shift+F", self.tr("Show the whole network")
        )
        self.layout_action = self._action(
            self.tr("Arrange &Top to Bottom"),
            self.edits.auto_layout,
            "Ctrl+L",
            self.tr("Lay the graph out top to bottom"),
        )
        self.about_action = self._action(self.tr("&About NetDesigner"), self.about)
        panel = self.training_panel
        self.train_action = self._action(
            self.tr("&Train"), panel.train, "F5", self.tr("Train the network on the canvas")
        )
        self.pause_action = self._action(
            self.tr("&Pause / Resume"), panel.toggle_pause, "F6", self.tr("Pause or resume training")
        )
        self.step_action = self._action(
            self.tr("&Step One Batch"), self.session.step, "F10", self.tr("Run one batch, then pause")
        )
        self.stop_action = self._action(
            self.tr("St&op"), self.session.stop, "Shift+F5", self.tr("Stop after this batch")
        )
        self.reset_action = self._action(self.tr("&Reset Weights"), self.session.reset_weights)
        self.save_model_action = self._action(
            self.tr("Save Trained &Model (.keras)…"), lambda: self.models.save_model()
        )
        self.load_model_action = self._action(self.tr("&Load Trained Model…"), lambda: self.models.load_model())
        for action in (self.new_action, self.open_action, self.save_action, self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_python_action, self.export_keras_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.cut_action, self.copy_action, self.paste_action, self.duplicate_action])
        edit.addActions([self.delete_action, self.select_all_action])
        edit.addSeparator()
        edit.addAction(self.find_layer_action)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.fit_action])
        view.addSeparator()
        view.addAction(self.layout_action)
        view.addAction(self.gradient_flow.toggle_action)
        view.addSeparator()
        self.panels_menu = view.addMenu(self.tr("&Panels"))
        for dock in (self.palette_dock, self.properties_dock, self.problems_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        for dock in (self.training_dock, self.evaluation_dock, *self.insight.docks.values(), self.sketch_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        training = bar.addMenu(self.tr("&Training"))
        training.addActions([self.train_action, self.pause_action, self.step_action, self.stop_action])
        training.addSeparator()
        training.addAction(self.reset_action)
        training.addSeparator()
        training.addActions([self.save_model_action, self.load_model_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu = help_menu  # others add to it by this name: its title is translated
        help_menu.addAction(self.about_action)
        self._update_recent_menu()

    def _build_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Main tool bar"), self)
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.new_action, self.open_action, self.save_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action, self.delete_action])
        bar.addSeparator()
        bar.addActions([self.fit_action, self.layout_action])
        bar.addSeparator()
        bar.addActions([self.train_action, self.stop_action])
        self.addToolBar(bar)
        self.tool_bar = bar

    def _build_status_bar(self) -> None:
        bar = StatusBar(self)
        self.setStatusBar(bar)
        self.status_labels = StatusLabels(bar)
        labels = self.status_labels
        self.params_label, self.memory_label, self.engine_label = labels.params, labels.memory, labels.engine
        self.zoom_label, self.lock_label = labels.zoom, labels.lock

    def _connect(self) -> None:
        self.doc.analysis_changed.connect(self._on_analysis_changed)
        self.doc.training_changed.connect(lambda: self._on_analysis_changed(self.doc.analysis))
        self.doc.modified_changed.connect(lambda _modified: self._update_title())
        self.doc.path_changed.connect(lambda _path: self._update_title())
        self.doc.metadata_changed.connect(self._update_title)
        self.doc.project_replaced.connect(self._on_project_replaced)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.scene.message.connect(self.show_message)
        self.problems.message.connect(self.show_message)
        self.problems.node_requested.connect(self.reveal_node)
        self.palette.add_requested.connect(self.edits.add_layer)
        self.files.status.connect(self.show_message)
        self.edits.message.connect(self.show_message)
        self.files.recent_changed.connect(self._update_recent_menu)
        self.view.zoom_changed.connect(self.status_labels.show_zoom)
        self.doc.read_only_changed.connect(self.status_labels.set_locked)
        self.session.state_changed.connect(self._on_training_state)
        self.session.status.connect(self.show_message)
        self.session.message.connect(self._on_training_message)
        self.models.status.connect(self.show_message)
        self.gradient_flow.message.connect(self.show_message)
        self.session.model_changed.connect(lambda: self._on_training_state(self.session.state))
        self.session.run_started.connect(lambda _info: self._on_engine_loaded(self._keras_version()))
        self.training_panel.compare_requested.connect(self.compare_runs)
        self.session.run_finished.connect(self._show_evaluation)
        self.session.batches.connect(self._on_batches)
        self.session.model_changed.connect(self._on_model_changed)
        self._on_training_state(self.session.state)
        self._on_selection_changed()

    def _restore_layout(self) -> None:
        geometry, state = (
            (settings.window_geometry(), settings.window_state()) if self.remember_layout else (None, None)
        )
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            size = screen.availableGeometry().size() if screen else None
            if size is not None and size.width() >= 1280:
                self.resize(min(1440, size.width() - 80), min(900, size.height() - 80))
            else:
                self.resize(1200, 800)
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.palette_dock, self.properties_dock], [210, 330], Qt.Orientation.Horizontal)
            self.resizeDocks([self.properties_dock, self.problems_dock], [600, 200], Qt.Orientation.Vertical)
            self.resizeDocks([self.training_dock], [320], Qt.Orientation.Vertical)

    # -- status ------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — NetDesigner").format(name=self.files.display_name()))
        self.setWindowModified(self.doc.modified)

    def _on_analysis_changed(self, analysis: Analysis) -> None:
        self.status_labels.show_analysis(analysis, self.doc.training)

    def _on_project_replaced(self) -> None:
        self._update_title()
        QTimer.singleShot(0, self.view.fit)

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for number, path in enumerate(files, 1):
            text = f"&{number} {path.name}"  # a number and a file name: nothing to translate
            action = self.recent_menu.addAction(text, lambda p=path: self.files.open(p))
            action.setStatusTip(str(path))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Recent Files"), self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        settings.clear_recent_files()
        self._update_recent_menu()

    # -- training ----------------------------------------------------------------------------

    def _on_training_state(self, state: str) -> None:
        self.train_action.setEnabled(state == IDLE)
        self.pause_action.setEnabled(state in (RUNNING, PAUSED))
        self.stop_action.setEnabled(state in (RUNNING, PAUSED))
        self.reset_action.setEnabled(state == IDLE and self.session.model is not None)
        self.save_model_action.setEnabled(state == IDLE and self.session.model is not None)
        self.load_model_action.setEnabled(state == IDLE)
        if state != IDLE:
            self.training_dock.show()
            self.training_dock.raise_()

    @property
    def gradients(self) -> GradientsPanel | None:
        return self.insight.gradients

    def _on_batches(self, chunk: object) -> None:
        self.status_labels.show_training(chunk.loss[-1], chunk.accuracy[-1])  # type: ignore[attr-defined]

    def _show_evaluation(self, record: object, run: object) -> None:
        """Fill the Evaluation panel from a finished run's test-set predictions."""
        from netdesigner.engine.evaluation import Evaluation

        probabilities = getattr(run, "test_probabilities", None)
        if run is None or probabilities is None or not len(probabilities):
            return
        evaluation = Evaluation(run.y_test, probabilities, run.class_names)  # type: ignore[attr-defined]
        loss = run.test["loss"] if run.test else None  # type: ignore[attr-defined]
        self.evaluation.show_evaluation(evaluation, run.x_test, loss=loss)  # type: ignore[attr-defined]

    def _on_model_changed(self) -> None:
        if self.session.model is None or self.session.last_run is None:
            self.evaluation.clear()

    def _on_training_message(self, text: str) -> None:
        self.show_message(text)
        dialogs.error(self, self.tr("Training"), text)

    def compare_runs(self, first: str, second: str) -> None:
        from netdesigner.ui.training.compare import CompareDialog

        dialog = CompareDialog(self.doc.run(first), self.doc.run(second), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.compare_dialog = dialog

    # -- the engine --------------------------------------------------------------------------

    def preload_engine(self) -> None:
        """Import TensorFlow in the background so training starts without a wait later."""
        if self.engine_task is not None:
            return
        from netdesigner.ui.engine_loader import load_engine

        self.status_labels.show_engine("loading")
        self.engine_task = BackgroundTask(load_engine, self._on_engine_loaded, self._on_engine_failed, self)
        self.engine_task.start()

    @staticmethod
    def _keras_version() -> str:
        import sys

        keras = sys.modules.get("keras")
        return str(getattr(keras, "__version__", "?"))

    def _on_engine_loaded(self, version: str) -> None:
        self.status_labels.show_engine("ready", version)

    def _on_engine_failed(self, error: BaseException) -> None:
        self.status_labels.show_engine("failed", str(error))

    # -- selection and editing -----------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        nodes = self.scene.selected_node_ids()
        edges = self.scene.selected_edge_indexes()
        self.properties.show_nodes(nodes)
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(bool(nodes))
        self.delete_action.setEnabled(bool(nodes or edges))

    def reveal_node(self, node_id: str) -> None:
        self.edits.reveal_node(node_id)

    def about(self) -> None:
        from netdesigner.ui.about import show_about

        show_about(self)

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.files.maybe_save():
            event.ignore()
            return
        self.autosave.finish()
        if self.remember_layout:
            settings.save_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self.session.shutdown()
        self.insight.shutdown()
        for task in (self.engine_task, self.files.export_task, self.models.task):
            if task is not None and task.running:
                task.wait()
        self.scene.selectionChanged.disconnect(self._on_selection_changed)
        event.accept()

    def open_path(self, path: Path) -> bool:
        return self.files.load(path)

    def offer_recovery(self) -> bool:
        """Offer back work autosaved by a NetDesigner that ended without closing (see autosave.py)."""
        return offer_recovery(self, self.doc)
