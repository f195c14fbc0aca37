"""Help › About: name, version, and every shipped component with its licence text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesigner import __version__
from netdesigner.paths import resource
from netdesigner.ui.about import COMPONENTS, AboutDialog, licence_text
from netdesigner.ui.main_window import MainWindow

REQUIRED = (
    "NetDesigner",
    "MNIST digits",
    "Qt and PySide6",
    "TensorFlow",
    "Keras",
    "NumPy",
    "pyqtgraph",
    "Pillow",
    "pydantic",
)


@pytest.fixture
def dialog(qtbot: QtBot) -> AboutDialog:
    about = AboutDialog()
    qtbot.addWidget(about)
    return about


def test_every_component_ships_its_licence_file() -> None:
    names = [c.name for c in COMPONENTS]
    assert all(name in names for name in REQUIRED)
    for component in COMPONENTS:
        path = resource("licenses", component.file)
        assert path.is_file(), f"{component.name}: {path} is missing"
        assert len(licence_text(component)) > 500, f"{component.name}: {path} is too short to be a licence"


def test_heading_shows_the_one_version(dialog: AboutDialog) -> None:
    heading = dialog.findChild(object, "AboutHeading")
    assert f"NetDesigner {__version__}" in heading.text()
    assert dialog.windowTitle() == "About NetDesigner"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("MNIST digits", ("Yann LeCun", "CC BY-SA 3.0", "creativecommons.org/licenses/by-sa/3.0", "Raschka")),
        ("TensorFlow", ("Apache License", "Version 2.0", "Third-party notices")),
        ("Qt and PySide6", ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3", "replaced")),
        ("Keras", ("Apache License",)),
        ("NumPy", ("NumPy Developers",)),
    ],
)
def test_selecting_a_component_shows_its_licence(dialog: AboutDialog, name: str, words: tuple[str, ...]) -> None:
    assert dialog.select(name)
    text = dialog.licence.toPlainText()
    assert text.startswith(name)
    for word in words:
        assert word in text, f"{name}: {word!r} not in its licence text"


def test_unknown_component_is_not_selected(dialog: AboutDialog) -> None:
    dialog.select("NetDesigner")
    assert not dialog.select("Matplotlib")
    assert dialog.licence.toPlainText().startswith("NetDesigner")


def test_first_component_is_shown_and_versions_listed(dialog: AboutDialog) -> None:
    tree = dialog.components
    assert tree.topLevelItemCount() == len(COMPONENTS)
    assert tree.currentItem() is tree.topLevelItem(0)
    assert tree.topLevelItem(0).text(1) == __version__
    numpy_row = [c.name for c in COMPONENTS].index("NumPy")
    import numpy

    assert tree.topLevelItem(numpy_row).text(1) == numpy.__version__
    assert tree.topLevelItem(numpy_row).text(2) == "BSD-3-Clause"


def test_help_about_opens_the_dialog_and_close_deletes_it(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.about_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
    assert len(dialogs) == 1
    about = dialogs[0]
    assert about.parent() is window
    about.grab().save("/tmp/about.png")
    with qtbot.waitSignal(about.destroyed, timeout=2000):
        about.close()
