"""Which widget each step points at, found afresh whenever the highlight is drawn: a palette
entry while the layer is missing, then its field in the Properties panel when it is selected,
or its card on the canvas when it is not; a dock's tab when the dock is behind another one.

Target names (see steps.py): ``new``, ``canvas``, ``train``, ``sketch``, ``dock.<name>``,
``training.<setting>`` and ``<role>`` or ``<role>.<parameter>`` with role input, flatten,
hidden or output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDockWidget, QTabBar, QWidget

from netdesigner.ui.walkthrough.roles import Roles

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow

Target = tuple[QWidget, QRect]  # a widget and a rectangle in its coordinates

ROLE_TYPES = {"input": "Input", "flatten": "Flatten", "hidden": "Dense", "output": "Dense"}


def in_window(widget: QWidget, rect: QRect) -> QRect:
    """``rect`` of ``widget`` in its window's coordinates, cut to what its parents let show
    (a scrolled-away part of a panel is not in view)."""
    rect = QRect(rect)
    while not widget.isWindow():
        rect = rect.intersected(widget.rect()).translated(widget.pos())
        widget = widget.parentWidget()
    return rect.intersected(widget.rect())  # docks behind a tab sit outside the window


def _shown(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible() and not in_window(widget, widget.rect()).isEmpty()


def _whole(widget: QWidget | None) -> list[Target]:
    return [(widget, widget.rect())] if widget is not None and _shown(widget) else []


def dock_tab(window: MainWindow, dock: QDockWidget) -> list[Target]:
    """The tab that brings ``dock`` to the front, when it shares its place with other docks."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not _shown(bar):
            continue
        for index in range(bar.count()):
            if bar.tabText(index) == dock.windowTitle():
                return [(bar, bar.tabRect(index))]
    return []


def in_dock(window: MainWindow, dock: QDockWidget, widget: QWidget) -> list[Target]:
    """``widget`` if it can be seen, else the tab of the dock that holds it."""
    return _whole(widget) or dock_tab(window, dock)


def _palette_entry(window: MainWindow, type_name: str) -> list[Target]:
    tree = window.palette.tree
    rect = tree.visualItemRect(window.palette.item_for(type_name)).intersected(tree.viewport().rect())
    if rect.isEmpty() or not _shown(tree.viewport()):
        return _whole(window.palette) or dock_tab(window, window.palette_dock)
    return [(tree.viewport(), rect)]


def _card(window: MainWindow, node_id: str) -> list[Target]:
    item = window.scene.node_items.get(node_id)
    viewport = window.view.viewport()
    if item is None or not _shown(viewport):
        return []
    rect = window.view.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-3, -3, 3, 3)
    rect = rect.intersected(viewport.rect())
    return [(viewport, rect)] if not rect.isEmpty() else []


def _layer(window: MainWindow, roles: Roles, role: str, param: str | None) -> list[Target]:
    node = getattr(roles, role)
    if node is None:
        return _palette_entry(window, ROLE_TYPES[role])
    form = window.properties.node_form
    if param is not None and form is not None and form.node_id == node.id and param in form.editors:
        label, editor = form.rows[param]
        if _shown(editor):
            rect = editor.geometry().united(label.geometry())
            return [(editor.parentWidget(), rect.adjusted(-3, -3, 3, 3))]
    return _card(window, node.id)


def _training_setting(window: MainWindow, name: str) -> list[Target]:
    editor = window.properties.training.editors[name]
    if _shown(editor):
        return [(editor, editor.rect())]
    if window.properties_dock.isVisible():  # a layer is selected: click the empty canvas
        viewport = window.view.viewport()
        return [(viewport, viewport.rect().adjusted(3, 3, -3, -3))] if _shown(viewport) else []
    return dock_tab(window, window.properties_dock)


def resolve(window: MainWindow, name: str, roles: Roles) -> list[Target]:
    """The widgets and rectangles to outline for the target ``name``; empty if none is in view."""
    if name == "new":
        return _whole(window.tool_bar.widgetForAction(window.new_action))
    if name == "canvas":
        viewport = window.view.viewport()
        return [(viewport, viewport.rect().adjusted(3, 3, -3, -3))] if _shown(viewport) else []
    if name == "train":
        return in_dock(window, window.training_dock, window.training_panel.train_button)
    if name == "sketch":
        return in_dock(window, window.sketch_dock, window.sketch.pad)
    head, _, tail = name.partition(".")
    if head == "dock":
        dock = window.insight.docks[tail]
        return _whole(dock) or dock_tab(window, dock)
    if head == "training":
        return _training_setting(window, tail)
    if head in ROLE_TYPES:
        return _layer(window, roles, head, tail or None)
    raise KeyError(f"unknown walkthrough target {name!r}")


def reveal(window: MainWindow, name: str) -> None:
    """Bring the dock that holds a target into view when a step opens (the insight docks are
    left for the student to open; only a closed one is shown again)."""
    head = name.partition(".")[0]
    docks = {
        "train": window.training_dock,
        "sketch": window.sketch_dock,
        "training": window.properties_dock,
        "input": window.properties_dock,
        "flatten": window.palette_dock,
        "hidden": window.properties_dock,
        "output": window.properties_dock,
    }
    if head in ROLE_TYPES:
        if window.palette_dock.isHidden():
            window.palette_dock.show()
        window.palette.tree.scrollToItem(window.palette.item_for(ROLE_TYPES[head]))
    if head == "dock":
        dock = window.insight.docks[name.partition(".")[2]]
        if dock.isHidden():
            dock.show()
        return
    dock = docks.get(head)
    if dock is not None:
        dock.show()
        dock.raise_()
