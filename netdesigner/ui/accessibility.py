"""Checks that every control of a window can be named by a screen reader.

A control is named by its accessible name, by its own text (a button's label), or by a QLabel
whose buddy it is. Qt's own parts of composite widgets (the line edit inside a spin box, a
scroll area's scroll bars, a dock's float and close buttons) are named by Qt and skipped here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QGraphicsView,  # the canvas and every pyqtgraph plot
    QPlainTextEdit,
    QTextEdit,
)
COMPOSITES = (QAbstractSpinBox, QComboBox, QTabBar)  # Qt names the controls inside these itself


def _part_of_composite(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QTabBar)):
        return True  # Qt names a tab bar's tabs by their titles
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    ancestor = parent
    while ancestor is not None:
        if isinstance(ancestor, COMPOSITES):
            return True
        ancestor = ancestor.parentWidget()
    if isinstance(parent, QDockWidget) and isinstance(widget, QAbstractButton):
        return widget is not parent.widget()  # the dock's float and close buttons
    if isinstance(parent, QLineEdit) and isinstance(widget, QAbstractButton):
        return True  # a line edit's clear button
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True  # a list's or a tree's header
    return widget.objectName().startswith("qt_")  # Qt's own: tool bar and menu bar extension buttons


def is_control(widget: QWidget) -> bool:
    """A widget a student can operate or reach with Tab (views and plots included)."""
    takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return (isinstance(widget, INTERACTIVE) or takes_focus) and not _part_of_composite(widget)


def buddies(root: QWidget) -> set[int]:
    """Ids of the widgets that some QLabel under ``root`` names as its buddy."""
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def name_of(widget: QWidget, buddy_ids: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    """What a screen reader would call ``widget``; empty when it has no name."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return widget.title().strip()
    if id(widget) in buddy_ids:
        return "(named by its label)"
    return ""


def describe(widget: QWidget) -> str:
    """Where a widget sits, for a failure message: ``MainWindow > QDockWidget 'Sketch' > QPushButton``."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        label = type(current).__name__
        title = current.windowTitle() if isinstance(current, QDockWidget) else current.objectName()
        parts.append(f"{label} {title!r}" if title else label)
        current = current.parentWidget()
    hint = widget.toolTip() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    return " > ".join(reversed(parts)) + (f" (tooltip/text {hint!r})" if hint else "")


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` (shown or not) that has no name a screen reader could read."""
    buddy_ids = buddies(root)
    return [w for w in root.findChildren(QWidget) if is_control(w) and not name_of(w, buddy_ids)]
