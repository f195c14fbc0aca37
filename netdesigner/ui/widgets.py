"""Small widget helpers shared by the panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrollable(widget: QWidget, name: str = "", sideways: bool = False) -> QScrollArea:
    """A panel in a frameless scrolling area, so a tall or wide panel never forces the window
    larger. It follows the dock's width unless ``sideways`` lets it scroll horizontally."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    name = name or widget.accessibleName()  # a screen reader names the area after what it shows
    if name:
        area.setAccessibleName(name)
    return area
