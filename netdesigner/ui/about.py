"""Help › About: the app's name, version and purpose, and the licence of everything it ships.

The licence texts live in ``resources/licenses/`` so the installers carry them with the app.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesigner import __version__
from netdesigner.paths import resource
from netdesigner.ui.icons import app_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


@dataclass(frozen=True)
class Component:
    """Something NetDesigner ships, with its licence file in ``resources/licenses/``."""

    name: str
    role: str  # what it does for NetDesigner (translated when shown)
    licence: str
    file: str
    distribution: str = ""  # the Python distribution whose version to show, if any

    def version(self) -> str:
        if self.name == "NetDesigner":
            return __version__
        if self.name == "Python":
            return platform.python_version()
        if self.name.startswith("Qt"):
            return qVersion()
        for name in self.distribution.split("|"):
            try:
                return metadata.version(name) if name else ""
            except metadata.PackageNotFoundError:
                continue
        return ""


COMPONENTS = (
    Component("NetDesigner", QT_TRANSLATE_NOOP("AboutDialog", "this app"), "MIT", "netdesigner.txt"),
    Component(
        "MNIST digits",
        QT_TRANSLATE_NOOP("AboutDialog", "the 5,000 bundled handwritten digits"),
        "CC BY-SA 3.0",
        "mnist.txt",
    ),
    Component(
        "Python",
        QT_TRANSLATE_NOOP("AboutDialog", "the language NetDesigner is written in"),
        "PSF License",
        "python.txt",
    ),
    Component(
        "Qt and PySide6",
        QT_TRANSLATE_NOOP("AboutDialog", "windows, drawing and the canvas"),
        "LGPL-3.0",
        "qt-pyside6-lgpl-3.0.txt",
    ),
    Component(
        "TensorFlow",
        QT_TRANSLATE_NOOP("AboutDialog", "runs the training"),
        "Apache-2.0",
        "tensorflow.txt",
        "tensorflow-cpu|tensorflow",
    ),
    Component(
        "Keras", QT_TRANSLATE_NOOP("AboutDialog", "builds and trains the networks"), "Apache-2.0", "keras.txt", "keras"
    ),
    Component(
        "NumPy", QT_TRANSLATE_NOOP("AboutDialog", "arrays of images and weights"), "BSD-3-Clause", "numpy.txt", "numpy"
    ),
    Component(
        "pyqtgraph", QT_TRANSLATE_NOOP("AboutDialog", "the live training plots"), "MIT", "pyqtgraph.txt", "pyqtgraph"
    ),
    Component(
        "Pillow", QT_TRANSLATE_NOOP("AboutDialog", "reading and writing images"), "MIT-CMU", "pillow.txt", "pillow"
    ),
    Component(
        "pydantic", QT_TRANSLATE_NOOP("AboutDialog", "checking project files"), "MIT", "pydantic.txt", "pydantic"
    ),
)


def licence_text(component: Component) -> str:
    path = resource("licenses", component.file)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate(
            "AboutDialog", "The licence file {path} is missing from this installation."
        ).format(path=path)


class AboutDialog(QDialog):
    """The name, version and purpose on top; below, every component with its licence text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About NetDesigner"))
        self.setWindowIcon(app_icon())
        self.resize(960, 600)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(
            self.tr(
                "<h2>NetDesigner {version}</h2>"
                "<p>Build a neural network by dragging layers, train it on handwritten digits, "
                "and look inside it while it learns.</p>"
                "<p>Python {python}, Qt {qt}</p>"
            ).format(version=__version__, python=platform.python_version(), qt=qVersion())
        )
        heading.setObjectName("AboutHeading")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)

        self.components = QTreeWidget()
        self.components.setObjectName("AboutComponents")
        self.components.setRootIsDecorated(False)
        self.components.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.components.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for component in COMPONENTS:
            item = QTreeWidgetItem([component.name, component.version(), component.licence])
            item.setToolTip(0, _tr(component.role))
            self.components.addTopLevelItem(item)
        self.licence = QTextBrowser()
        self.licence.setObjectName("AboutLicence")
        self.licence.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)  # the texts are laid out in lines already
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter()
        splitter.addWidget(self.components)
        splitter.addWidget(self.licence)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 600])
        licences_label = QLabel(self.tr("NetDesigner and what it is built with, and their licences:"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(licences_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.components.currentItemChanged.connect(self._show_licence)
        self.components.setCurrentItem(self.components.topLevelItem(0))

    def _show_licence(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        component = COMPONENTS[self.components.indexOfTopLevelItem(item)]
        header = self.tr("{name}: {role}. Licence: {licence}.").format(
            name=component.name, role=_tr(component.role), licence=component.licence
        )
        text = f"{header}\n\n{licence_text(component)}"
        self.licence.setPlainText(text)

    def select(self, name: str) -> bool:
        """Show the licence of the component called ``name``; False if there is none."""
        for row, component in enumerate(COMPONENTS):
            if component.name == name:
                self.components.setCurrentItem(self.components.topLevelItem(row))
                return True
        return False


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog (window-modal, deleted when closed) and return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
