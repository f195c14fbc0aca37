"""The Learn panel: pages, plots, search and history, following the selection, Try it."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, QUrl
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from netdesigner.core.spec import Project
from netdesigner.core.templates import load_template
from netdesigner.ui import dialogs, settings
from netdesigner.ui.learn import plots
from netdesigner.ui.learn.experiments import EXPERIMENTS
from netdesigner.ui.learn.markup import PAGE_SCHEME
from netdesigner.ui.learn.pages import PAGES, page
from netdesigner.ui.learn.panel import LearnPanel
from netdesigner.ui.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    said: dict[str, list] = {"errors": [], "ask_save": []}
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said["errors"].append(text))
    monkeypatch.setattr(
        dialogs, "ask_save", lambda parent, name: said["ask_save"].pop(0) if said["ask_save"] else "discard"
    )
    return said


@pytest.fixture
def window(qtbot: QtBot, answers: dict) -> MainWindow:
    settings.settings().setValue("learn/follow_selection", True)
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.files.new(load_template("first-mlp"))
    return win


@pytest.fixture
def panel(qtbot: QtBot) -> LearnPanel:
    widget = LearnPanel()
    qtbot.addWidget(widget)
    widget.resize(360, 800)
    widget.show()
    return widget


# -- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page_id", [p.id for p in PAGES])
def test_every_page_renders_with_text_and_working_links(panel: LearnPanel, page_id: str) -> None:
    panel.open_page(page_id)
    assert panel.page_id() == page_id
    text = panel.view.toPlainText()
    assert text.startswith(page(page_id).title())
    assert len(text) > 800, "a page is a few paragraphs"
    assert "{" not in text and "}" not in text, "every placeholder is filled in"
    html = panel.view.loadResource(0, QUrl(f"{PAGE_SCHEME}:{page_id}"))
    for target in re.findall(rf"href='{PAGE_SCHEME}:([\w-]+)'", html):
        page(target)  # raises for a link to no page
    for name in re.findall(r"src='plot:(\w+)\?\d+'", html):
        image = panel.view.loadResource(2, QUrl(f"plot:{name}?300"))
        assert isinstance(image, QImage) and not image.isNull()
    assert panel.list.currentItem().text() == page(page_id).title()
    assert list(panel.try_box.buttons) == list(page(page_id).experiments)


def test_the_activation_pages_show_their_plots(panel: LearnPanel) -> None:
    for name in ("sigmoid", "tanh", "relu", "softmax"):
        html = panel.view.loadResource(0, QUrl(f"{PAGE_SCHEME}:{name}"))
        assert f"src='plot:{name}?" in html


def test_activation_formulas() -> None:
    assert plots.activation("sigmoid", 0) == pytest.approx(0.5)
    assert plots.derivative("sigmoid", 0) == pytest.approx(0.25)
    assert plots.derivative("sigmoid", 5) == pytest.approx(0.0066, abs=1e-4)  # as the page says
    assert plots.derivative("tanh", 0) == pytest.approx(1.0)
    assert plots.derivative("tanh", 3) < 0.01
    assert plots.derivative("relu", -1) == 0 and plots.derivative("relu", 2) == 1
    assert plots.activation("softmax", 0) == pytest.approx(0.1)
    z = np.linspace(-4, 4, 81) + 0.013  # off the ReLU kink
    for name in plots.CHARTS:
        slope = (plots.activation(name, z + 1e-6) - plots.activation(name, z - 1e-6)) / 2e-6
        np.testing.assert_allclose(plots.derivative(name, z), slope, atol=1e-5)
    assert np.all(plots.derivative("sigmoid", np.linspace(-10, 10, 1001)) <= 0.25)


def _near(image: QImage, x: float, y: float, color: QColor, reach: int = 6) -> bool:
    """Whether a pixel close to (x, y) has about this colour."""
    for dx in range(-reach, reach + 1):
        for dy in range(-2, 3):
            pixel = image.pixelColor(round(x) + dx, round(y) + dy)
            if (
                max(
                    abs(pixel.red() - color.red()), abs(pixel.green() - color.green()), abs(pixel.blue() - color.blue())
                )
                < 40
            ):
                return True
    return False


@pytest.mark.parametrize(("name", "z"), [("sigmoid", 0.0), ("sigmoid", 2.0), ("tanh", 0.5), ("softmax", 2.0)])
def test_the_plot_draws_the_curves_where_the_formulas_put_them(qtbot: QtBot, name: str, z: float) -> None:
    image = plots.render(name, 1.0, plots.WIDTH)
    chart = plots.sized_chart(name, plots.WIDTH)
    main, slope = plots.colors()
    value, rate = float(plots.activation(name, z)), float(plots.derivative(name, z))
    at = chart.to_pixel(z, value)
    assert _near(image, at.x(), at.y(), main)
    at = chart.to_pixel(z, rate)
    assert _near(image, at.x(), at.y(), slope)
    wrong = chart.to_pixel(z, rate + 0.1)
    assert not _near(image, wrong.x(), wrong.y(), slope, reach=1)


def test_search_filters_the_list_and_enter_opens_the_first_match(panel: LearnPanel, qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.search, "momentum")
    assert "optimizers" in panel.visible_page_ids() and "relu" not in panel.visible_page_ids()
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.page_id() == "optimizers"
    panel.search.setText("weight decay")
    assert panel.visible_page_ids() == ["penalties"]
    panel.search.setText("xyzzy")
    assert panel.visible_page_ids() == [] and panel.no_match.isVisibleTo(panel)
    panel.search.clear()
    assert len(panel.visible_page_ids()) == len(PAGES)


def test_back_and_forward(panel: LearnPanel, qtbot: QtBot) -> None:
    panel.open_page("sigmoid")
    panel.open_page("relu")
    assert panel.back.isEnabled() and not panel.forward.isEnabled()
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert panel.page_id() == "sigmoid"
    assert panel.list.currentItem().text() == "Sigmoid"
    qtbot.mouseClick(panel.forward, Qt.MouseButton.LeftButton)
    assert panel.page_id() == "relu"


class Shouting(QTranslator):
    """A stand-in translation: every Learn string in capitals, its {placeholders} and markup kept."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; an empty translator would not be announced
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        if context not in ("Learn", "LearnPanel", "TryBox"):
            return ""
        return "".join(
            part if part[:1] in "{<&" else part.upper() for part in re.split(r"(\{\w+\}|<[^>]+>|&\w+;)", source)
        )


def test_pages_and_panel_go_through_the_translation_system(panel: LearnPanel, qtbot: QtBot) -> None:
    panel.open_page("dropout")
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.follow.text() == "FOLLOW SELECTION")
        assert panel.view.toPlainText().startswith("DROPOUT")
        assert "DURING TRAINING, A DROPOUT LAYER" in panel.view.toPlainText()
        assert panel.follow.text() == "FOLLOW SELECTION"
        assert panel.try_box.buttons["dropout"].text().startswith("TRY IT")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.view.toPlainText().startswith("Dropout"))


# -- in the window ---------------------------------------------------------------------------


def test_the_panel_is_a_dock_in_the_window_with_a_help_entry(window: MainWindow) -> None:
    dock = window.findChild(QDockWidget, "learn_dock")
    assert dock is window.learn.dock and dock.widget() is window.learn.panel
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.sketch_dock in window.tabifiedDockWidgets(dock)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and window.about_action in a.menu().actions()
    )
    assert window.learn.action in help_menu.actions()
    assert window.learn.action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert dock.toggleViewAction() in window.panels_menu.actions()


def test_selecting_a_layer_opens_its_page(window: MainWindow) -> None:
    learn = window.learn
    window.scene.select_nodes(["dense_1"])
    assert learn.panel.page_id() == "relu"
    window.scene.select_nodes(["dense_2"])
    assert learn.panel.page_id() == "softmax"
    window.doc.set_param("dense_1", "regularizer", "l2")
    window.scene.select_nodes(["dense_1"])
    assert learn.panel.page_id() == "penalties"
    window.scene.select_nodes(["input"])  # no page for it: the page stays
    assert learn.panel.page_id() == "penalties"
    learn.panel.follow.setChecked(False)
    window.scene.select_nodes(["dense_2"])
    assert learn.panel.page_id() == "penalties"
    learn.action.trigger()  # F1 opens the page for the selection, following or not
    assert learn.panel.page_id() == "softmax"
    assert learn.dock.isVisible() and not learn.dock.visibleRegion().isEmpty()


def test_focusing_a_setting_opens_its_page(window: MainWindow, qtbot: QtBot) -> None:
    def focus(widget: QWidget, page_id: str) -> None:
        window.activateWindow()
        qtbot.waitActive(window)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.waitUntil(lambda: window.learn.panel.page_id() == page_id)

    window.scene.clearSelection()
    window.properties_dock.raise_()
    form = window.properties.training
    focus(form.editors["optimizer"].box, "optimizers")
    focus(form.editors["batch_size"].box, "gradient-descent")
    window.scene.select_nodes(["dense_1"])
    editors = window.properties.node_form.editors
    focus(editors["initializer"].box, "initialization")
    focus(editors["activation"].box, "relu")
    window.doc.set_param("dense_1", "activation", "tanh")  # as choosing tanh in the box does
    assert window.learn.panel.page_id() == "tanh"


# -- Try it ----------------------------------------------------------------------------------


def _params(window: MainWindow, node_id: str) -> dict:
    return window.doc.node(node_id).params


Check = Callable[[MainWindow], None]
TRIES: dict[str, tuple[str, Check]] = {
    "sigmoid": ("first-mlp", lambda w: _check(_params(w, "dense_1")["activation"] == "sigmoid")),
    "tanh": ("first-mlp", lambda w: _check(_params(w, "dense_1")["activation"] == "tanh")),
    "relu": (
        "deep-sigmoid",
        lambda w: _check(all(_params(w, f"dense_{i}")["activation"] == "relu" for i in range(1, 11))),
    ),
    "sigmoid-to-relu": (
        "deep-sigmoid",
        lambda w: _check(
            all(_params(w, f"dense_{i}")["activation"] == "relu" for i in range(1, 11))
            and _params(w, "dense_11")["activation"] == "softmax"
        ),
    ),
    "loss": ("first-mlp", lambda w: _check(w.doc.training.loss == "mse")),
    "full-batch": ("first-mlp", lambda w: _check(w.doc.training.batch_size == "full")),
    "plain-sgd": (
        "first-mlp",
        lambda w: _check((w.doc.training.optimizer, w.doc.training.learning_rate) == ("sgd", 0.01)),
    ),
    "l2": ("first-mlp", lambda w: _check(all(_params(w, n)["regularizer"] == "l2" for n in ("dense_1", "dense_2")))),
    "gaussian-init": (
        "first-mlp",
        lambda w: _check(
            all(
                (_params(w, n)["initializer"], _params(w, n)["init_std"]) == ("random_normal", 1.0)
                for n in ("dense_1", "dense_2")
            )
        ),
    ),
    "overfit": ("first-mlp", lambda w: _check(w.doc.training.epochs == 30 and w.doc.training.validation_split >= 0.1)),
    "dropout": ("first-mlp", lambda w: _check_dropout(w)),
}


def _check(condition: bool) -> None:
    assert condition


def _check_dropout(window: MainWindow) -> None:
    doc = window.doc
    dropout = next(n for n in doc.nodes if n.type == "Dropout")
    pairs = {(e.source, e.target) for e in doc.edges}
    assert pairs == {("input", "dense_1"), ("dense_1", dropout.id), (dropout.id, "dense_2")}
    assert doc.node("dense_1").position.y < dropout.position.y < doc.node("dense_2").position.y
    assert doc.analysis.valid
    assert window.scene.selected_node_ids() == [dropout.id]


def _state(window: MainWindow) -> Project:
    return window.doc.snapshot()


@pytest.mark.parametrize("experiment_id", list(TRIES))
def test_try_it_changes_the_design_and_one_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot, experiment_id: str
) -> None:
    template, check = TRIES[experiment_id]
    window.files.new(load_template(template))
    before = _state(window)
    page_id = next(p.id for p in PAGES if experiment_id in p.experiments)
    window.learn.panel.open_page(page_id)
    qtbot.mouseClick(window.learn.panel.try_box.buttons[experiment_id], Qt.MouseButton.LeftButton)
    check(window)
    assert window.learn.panel.try_box.result.isVisibleTo(window.learn.panel)
    assert "<ol>" in window.learn.panel.try_box.result.text(), "it says what to do next"
    assert window.learn.panel.page_id() == page_id, "the panel stays on the page"
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    after = _state(window)
    assert (after.network, after.training) == (before.network, before.training)


@pytest.mark.parametrize(("experiment_id", "dock"), [("neuron", "neuron"), ("backprop", "gradients")])
def test_looking_experiments_open_a_panel_and_change_nothing(window: MainWindow, experiment_id: str, dock: str) -> None:
    before = _state(window)
    window.learn.run_experiment(experiment_id)
    assert window.insight.docks[dock].isVisible()
    assert window.doc.undo_stack.count() == 0 and _state(window).network == before.network
    if experiment_id == "neuron":
        assert window.scene.selected_node_ids() == ["dense_1"]


def test_softmax_puts_softmax_back_on_the_output(window: MainWindow) -> None:
    window.doc.set_param("dense_2", "activation", "linear")
    window.learn.run_experiment("softmax")
    assert _params(window, "dense_2")["activation"] == "softmax"
    assert window.sketch_dock.isVisible() and window.scene.selected_node_ids() == ["dense_2"]
    window.doc.undo_stack.undo()
    assert _params(window, "dense_2")["activation"] == "linear"


def test_on_an_empty_canvas_try_it_opens_first_mlp(window: MainWindow) -> None:
    window.files.new(Project())
    window.learn.run_experiment("l2")
    assert window.doc.project.metadata.name == "first-mlp"
    assert _params(window, "dense_1")["regularizer"] == "l2"
    window.doc.undo_stack.undo()
    assert _params(window, "dense_1")["regularizer"] == "none"


def test_opening_deep_sigmoid_asks_about_unsaved_work(window: MainWindow, answers: dict) -> None:
    window.doc.set_param("dense_1", "units", 64)
    answers["ask_save"] = ["cancel"]
    window.learn.run_experiment("deep-sigmoid")
    assert window.doc.node("dense_1")["units"] == 64 and window.doc.modified
    assert "Cancelled" in window.learn.panel.try_box.result.text()
    answers["ask_save"] = ["discard"]
    window.learn.run_experiment("deep-sigmoid")
    assert window.doc.project.metadata.name == "deep-sigmoid"
    assert window.insight.docks["gradients"].isVisible()
    assert window.learn.panel.try_box.result.isVisibleTo(window.learn.panel)


def test_try_it_is_refused_while_training_locks_the_design(window: MainWindow) -> None:
    window.doc.set_read_only(True)
    window.learn.run_experiment("l2")
    assert _params(window, "dense_1")["regularizer"] == "none"
    assert "locked" in window.learn.panel.try_box.result.text()
    window.doc.set_read_only(False)


def test_sigmoid_to_relu_needs_sigmoid_layers(window: MainWindow) -> None:
    window.learn.run_experiment("sigmoid-to-relu")
    assert "deep-sigmoid" in window.learn.panel.try_box.result.text()
    assert window.doc.undo_stack.count() == 0


def test_every_experiment_is_tested_and_on_a_page() -> None:
    on_pages = {e for p in PAGES for e in p.experiments}
    assert on_pages == set(EXPERIMENTS)
    assert set(EXPERIMENTS) == set(TRIES) | {"neuron", "backprop", "softmax", "deep-sigmoid"}


def test_a_page_with_a_plot_settles_at_every_width(qtbot: QtBot, panel: LearnPanel) -> None:
    """Re-drawing a plot to fit the panel must not show or hide the scroll bar and re-draw again."""
    panel.open_page("sigmoid")
    reloads: list[int] = []
    original = panel.view.reload
    panel.view.reload = lambda: (reloads.append(1), original())  # type: ignore[method-assign]
    restless = []
    for width in range(240, 720, 9):
        panel.resize(width, 700)
        qtbot.wait(25)
        settled = len(reloads)
        qtbot.wait(60)
        if len(reloads) != settled:
            restless.append(width)
    assert not restless, f"the page kept re-drawing at widths {restless}"
    assert len(reloads) <= (720 - 240) // 20 + 2, "a re-draw only when the plot's width steps"
