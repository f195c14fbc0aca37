"""The scenes of the user guide's pictures: each puts the real window in one state and saves
the panels that state is about. scripts/screenshots.py runs them in order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from screenshot_tools import Camera, pump, small_dataset, stroke, train, wait_until

from netdesigner.core.spec import Project
from netdesigner.core.templates import load_template

WINDOW_SIZE = (1440, 900)
BOTTOM_HEIGHT = 440
FLOW_VIEW_SIZE = (480, 920)  # the bottom panels (training, evaluation, insight) in their pictures
# A "3" in the sketch pad's image coordinates (0..280), drawn as two strokes.
THREE = (
    [(80, 60), (140, 40), (200, 70), (190, 120), (130, 140)],
    [(130, 140), (200, 165), (205, 215), (140, 245), (80, 225)],
)


@dataclass
class Settings:
    quick: bool
    work: Path  # a temporary folder for the small datasets


class Scenes:
    def __init__(self, window, camera: Camera, settings: Settings, said: list[str]) -> None:  # noqa: ANN001
        self.window = window
        self.camera = camera
        self.settings = settings
        self.said = said

    # -- helpers -----------------------------------------------------------------------------

    def open_template(self, name: str) -> None:
        window = self.window
        window.files.new(load_template(name))
        window.doc.undo_stack.setClean()
        pump(100)
        window.view.fit()

    def select(self, node_id: str | None) -> None:
        scene = self.window.scene
        scene.clearSelection()
        if node_id is not None:
            scene.node_items[node_id].setSelected(True)
        pump(50)

    def show_bottom(self, dock_name: str) -> None:
        docks = self.window.insight.docks
        dock = docks[dock_name] if dock_name in docks else getattr(self.window, dock_name)
        dock.show()
        dock.raise_()
        self.window.resizeDocks([dock], [BOTTOM_HEIGHT], Qt.Orientation.Vertical)
        pump(100)

    def shoot_right(self, name: str, dock, width: int = 360, height: int | None = None) -> None:  # noqa: ANN001
        """A right-hand panel at the full height of the window (Problems hidden for the picture),
        cut to ``height`` pixels from the top when its content is short."""
        window = self.window
        window.problems_dock.hide()
        dock.show()
        dock.raise_()
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        corner = Qt.Corner.BottomRightCorner
        window.setCorner(corner, Qt.DockWidgetArea.RightDockWidgetArea)  # down to the status bar
        pump(150)
        self.camera.save(name, dock, QRect(0, 0, dock.width(), height) if height else None)
        window.setCorner(corner, Qt.DockWidgetArea.BottomDockWidgetArea)
        window.problems_dock.show()
        window.resizeDocks([window.properties_dock], [330], Qt.Orientation.Horizontal)
        window.resizeDocks([window.properties_dock, window.problems_dock], [600, 200], Qt.Orientation.Vertical)
        window.resizeDocks([window.training_dock], [BOTTOM_HEIGHT], Qt.Orientation.Vertical)
        window.properties_dock.raise_()
        pump(50)

    # -- scenes ------------------------------------------------------------------------------

    def designing(self) -> None:
        """first-mlp on the canvas: the palette, the canvas, a layer's properties, templates."""
        window, camera = self.window, self.camera
        self.open_template("first-mlp")
        self.select("dense_1")
        camera.dock("palette", window.palette_dock)
        camera.save("canvas", window.view)
        self.shoot_right("properties", window.properties_dock, height=240)
        self.select(None)
        self.shoot_right("training_settings", window.properties_dock, height=520)
        from netdesigner.ui.template_dialog import TemplateDialog

        dialog = TemplateDialog(window)
        dialog.resize(560, 460)
        dialog.show()
        camera.save("templates", dialog)
        dialog.close()
        palette = window.keyboard.palette
        palette.open("add")
        pump(100)
        camera.around("command_palette", window, [palette])
        palette.close_palette()

    def problems(self) -> None:
        """A Dense layer fed an image: the red badge and the Problems panel's fix button."""
        window, camera = self.window, self.camera
        window.doc.set_param("input", "format", "image")
        pump(100)
        window.view.fit()
        camera.dock("problems", window.problems_dock)
        camera.save("problem_on_canvas", window.view)
        window.doc.undo_stack.undo()
        pump(100)

    def training(self) -> None:
        """A real run of first-mlp: plots, evaluation and the insight panels have content."""
        window, camera, quick = self.window, self.camera, self.settings.quick
        dataset = small_dataset(self.settings.work, 10) if quick else "mnist-5k"
        window.doc.set_training(dataset=dataset, epochs=1 if quick else 2, batch_size=32)
        window.doc.set_metadata(name="first-mlp")
        rate = window.doc.training.learning_rate
        if not quick:  # first a run to compare with: ten times smaller steps
            window.doc.set_training(learning_rate=rate / 10)
            train(window, probe_every=10, said=self.said)
            window.doc.set_training(learning_rate=rate)
        train(window, probe_every=5 if quick else 10, said=self.said)
        if not quick:  # overlay the first run, and select both runs as for Compare
            history = window.training_panel.history
            history.item(0).setCheckState(Qt.CheckState.Checked)
            for row in range(history.count()):
                history.item(row).setSelected(True)
        self.select("dense_1")
        self.show_bottom("training_dock")
        camera.save("window", window)
        camera.dock("training", window.training_dock)
        self.show_bottom("evaluation_dock")
        camera.dock("evaluation", window.evaluation_dock)
        for name in ("weights", "activations", "neuron", "gradients"):
            self.show_bottom(name)
            camera.dock(name, window.insight.docks[name])
        if not quick:
            self.compare()
        self.show_bottom("training_dock")

    def compare(self) -> None:
        from netdesigner.ui.training.compare import CompareDialog

        runs = self.window.doc.runs
        dialog = CompareDialog(runs[0], runs[-1], self.window)
        dialog.resize(640, 560)
        dialog.show()
        self.camera.save("compare", dialog)
        dialog.close()

    def sketch(self) -> None:
        """A 3 drawn on the pad, read by the trained network."""
        window = self.window
        window.sketch_dock.show()
        window.sketch_dock.raise_()
        pump(100)
        panel = window.sketch
        panel.pad.clear()
        for points in THREE:
            stroke(panel.pad, list(points), side=280)
        wait_until(lambda: panel.probabilities is not None, "the sketch pad's answer", 60)
        self.shoot_right("sketch", window.sketch_dock, width=400)
        self.show_bottom("activations")
        activations = window.insight.activations
        activations.picker.source_box.setCurrentIndex(1)  # the sketch pad's digit
        pump(300)
        self.camera.dock("activations_sketch", window.insight.docks["activations"])
        activations.picker.source_box.setCurrentIndex(0)
        window.properties_dock.raise_()

    def learn(self) -> None:
        learn = self.window.learn
        learn.dock.show()
        learn.dock.raise_()
        learn.panel.open_page("relu")
        pump(200)
        self.shoot_right("learn", learn.dock, width=420)
        self.window.properties_dock.raise_()

    def walkthrough(self) -> None:
        """The guided first model at its "Add the Input layer" step, highlight and all."""
        window = self.window
        guide = window.walkthrough
        layout = window.saveState()  # the walkthrough makes room for itself; put the docks back after
        window.files.new(Project())  # the walkthrough starts from an empty canvas
        self.show_bottom("training_dock")
        guide.open()
        guide.go_to(1)
        pump(300)
        self.camera.save("walkthrough", window)
        guide.close()
        window.restoreState(layout)
        pump(100)

    def gradient_flow(self) -> None:
        """deep-sigmoid after a short run, the canvas colored by the gradient reaching each layer."""
        window, quick = self.window, self.settings.quick
        self.open_template("deep-sigmoid")
        window.doc.set_training(dataset=small_dataset(self.settings.work, 10), epochs=1, batch_size=32)
        window.gradient_flow.toggle_action.setChecked(True)
        train(window, probe_every=5, said=self.said)
        wait_until(lambda: any(i.flow is not None for i in window.scene.node_items.values()), "the gradient flow")
        from netdesigner.ui.view import CanvasView

        tall = CanvasView(window.scene)  # a second, tall view of the same canvas: ten layers fit
        tall.resize(*FLOW_VIEW_SIZE)
        for policy in (tall.setHorizontalScrollBarPolicy, tall.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tall.show()
        pump(100)
        tall.fit()
        self.camera.save("gradient_flow", tall)
        tall.close()
        tall.deleteLater()
        if not quick:
            self.show_bottom("gradients")
            self.camera.dock("gradients_vanishing", window.insight.docks["gradients"])
        window.gradient_flow.toggle_action.setChecked(False)

    def preferences(self) -> None:
        from netdesigner.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window)
        dialog.show()
        self.camera.save("preferences", dialog)
        dialog.close()

    def run(self) -> None:
        if not self.settings.quick:
            self.walkthrough()  # on an empty canvas, before anything is trained
        self.designing()
        self.problems()
        self.training()
        self.sketch()
        self.learn()
        if not self.settings.quick:
            self.preferences()
        self.gradient_flow()


QUICK_SHOTS = (
    "palette",
    "canvas",
    "properties",
    "training_settings",
    "templates",
    "command_palette",
    "problems",
    "problem_on_canvas",
    "window",
    "training",
    "evaluation",
    "weights",
    "activations",
    "neuron",
    "gradients",
    "sketch",
    "activations_sketch",
    "learn",
    "gradient_flow",
)
FULL_SHOTS = (*QUICK_SHOTS, "compare", "walkthrough", "preferences", "gradients_vanishing")
