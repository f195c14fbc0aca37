"""Keys on the canvas: move the focus between layers, move layers, connect them.

Tab and Shift+Tab go through the layers in the order data flows (top to bottom where the graph
leaves a choice), then on to the next panel; the arrow keys jump to the nearest layer in that
direction; Ctrl+arrows move the focused layers; Enter opens the focused layer's settings; C
(or Ctrl+E) starts a connection whose target is chosen with the same keys. The focused layer is
the selected one, so the Properties panel and Delete follow it; a dashed ring marks it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from netdesigner.core import graph
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.keyboard_connect import KeyConnection
from netdesigner.ui.keyboard_marks import FocusRing
from netdesigner.ui.scene import GRID, CanvasScene
from netdesigner.ui.view import CanvasView

ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
BURST_SECONDS = 1.0  # Ctrl+arrow presses closer together than this are one move


def canvas_hint() -> str:
    return QCoreApplication.translate(
        "CanvasKeyboard",
        "Canvas: Tab or arrows move between layers · Enter edits · C connects · Ctrl+arrows move · "
        "Delete removes · Ctrl+K lists every command",
    )


def flow_order(doc: Document) -> list[str]:
    """Node ids in the order data flows; ties and loops go top to bottom, then left to right."""
    nodes = sorted(doc.nodes, key=lambda n: (n.position.y, n.position.x))
    ids = [n.id for n in nodes]
    outgoing = graph.adjacency(ids, [(e.source, e.target) for e in doc.edges])[1]
    order = graph.topological_order(ids, outgoing)
    placed = set(order)
    return order + [n for n in ids if n not in placed]


def nearest(points: dict[str, QPointF], origin: QPointF, direction: tuple[float, float]) -> str | None:
    """The point most nearly straight ahead of ``origin`` in ``direction``: distance along the
    direction plus twice the distance sideways, among points ahead of it."""
    dx, dy = direction
    best: tuple[float, str] | None = None
    for key, point in points.items():
        vx, vy = point.x() - origin.x(), point.y() - origin.y()
        ahead = vx * dx + vy * dy
        if ahead <= 1.0:
            continue
        score = ahead + 2.0 * abs(vx * dy - vy * dx)
        if best is None or score < best[0]:
            best = (score, key)
    return best[1] if best else None


class CanvasKeyboard(QObject):
    """An event filter on the canvas view that gives every mouse gesture a keyboard way."""

    edit_requested = Signal(str)  # Enter on a layer: edit its settings
    message = Signal(str)  # a short note or a refusal, for the status bar
    hint = Signal(str)  # a lasting instruction while a connection is being made; "" ends it

    def __init__(self, doc: Document, scene: CanvasScene, view: CanvasView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.scene, self.view = doc, scene, view
        self.focused: str | None = None
        self.connection: KeyConnection | None = None
        self._ring: FocusRing | None = None
        self._burst = 0
        self._last_nudge = 0.0
        view.installEventFilter(self)
        scene.selectionChanged.connect(self._on_selection_changed)
        doc.node_removed.connect(self._on_node_removed)
        doc.project_replaced.connect(self._on_project_replaced)
        doc.read_only_changed.connect(lambda _locked: self.cancel_connection())

    # -- focus -------------------------------------------------------------------------------

    def focus_node(self, node_id: str) -> None:
        """Select ``node_id`` alone, scroll to it and ring it."""
        item = self.scene.node_items.get(node_id)
        if item is None:
            return
        self.scene.select_nodes([node_id])
        self.focused = node_id
        self.view.ensureVisible(item, 60, 60)
        self._update_ring()

    def focus_canvas(self) -> None:
        """Give the canvas the keyboard focus, ringing the selected layer (or the first one)."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        selected = self.scene.selected_node_ids()
        if len(selected) == 1:
            self.focus_node(selected[0])
        elif not selected and self.doc.nodes:
            self.focus_node(flow_order(self.doc)[0])

    def _on_selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the window is closing
        selected = self.scene.selected_node_ids()
        if len(selected) == 1:
            self.focused = selected[0]
        elif not selected:
            self.focused = None
        self._update_ring()

    def _update_ring(self) -> None:
        item = self.scene.node_items.get(self.focused or "")
        show = item is not None and self.view.hasFocus() and item.isSelected()
        if self._ring is not None and shiboken6.isValid(self._ring):
            if show and self._ring.node is item:
                return
            if self._ring.scene() is self.scene:  # else it left with its card
                self.scene.removeItem(self._ring)
        self._ring = FocusRing(item) if show and item is not None else None

    def _on_node_removed(self, node_id: str) -> None:
        if self.connection is not None and node_id in self.connection.ends():
            self.cancel_connection()
        if node_id == self.focused:
            self.focused = None
            self._ring = None  # went with its card

    def _on_project_replaced(self) -> None:
        self.connection = None  # the scene has cleared its items, ours with them
        self.hint.emit("")
        self.focused, self._ring = None, None

    def _step(self, forward: bool) -> bool:
        """Tab: the next layer in flow order. False at either end, where the focus leaves."""
        order = flow_order(self.doc)
        if not order:
            return False
        if self.focused not in order:
            self.focus_node(order[0] if forward else order[-1])
            return True
        index = order.index(self.focused) + (1 if forward else -1)
        if not 0 <= index < len(order):
            return False
        self.focus_node(order[index])
        return True

    def _arrow(self, direction: tuple[float, float]) -> None:
        if self.focused is None or self.focused not in self.scene.node_items:
            order = flow_order(self.doc)
            if order:
                self.focus_node(order[0])
            return
        points = {k: item.pos() for k, item in self.scene.node_items.items() if k != self.focused}
        found = nearest(points, self.scene.node_items[self.focused].pos(), direction)
        if found is not None:
            self.focus_node(found)

    def leave(self, forward: bool) -> None:
        """Move the keyboard focus from the canvas to the next (or previous) widget of the window."""
        widget: QWidget = self.view
        for _ in range(500):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is self.view:
                return
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and widget.isVisible()
                and widget.window() is self.view.window()
                and not self.view.isAncestorOf(widget)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return

    # -- moving layers ---------------------------------------------------------------------

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected layers by one grid step; a quick run of presses is one undo step."""
        ids = self.scene.selected_node_ids()
        moves = {}
        for node_id in ids:
            position = self.doc.node(node_id).position
            moves[node_id] = (position.x + dx * GRID, position.y + dy * GRID)
        if moves:
            self._edit(lambda: self.doc.nudge_nodes(moves, self._burst))
            self.view.ensureVisible(self.scene.node_items[ids[-1]], 60, 60)

    def _edit(self, edit: Callable[[], object]) -> None:
        try:
            edit()
        except EditRefused as refused:
            self.message.emit(str(refused))

    # -- connecting ----------------------------------------------------------------------------

    def start_connection(self) -> None:
        """Begin a connection from the focused layer; the keys then choose its target."""
        self.focus_canvas()
        if self.doc.read_only:
            self.message.emit(
                QCoreApplication.translate(
                    "CanvasKeyboard", "The design is locked while the network trains. Stop training to change it."
                )
            )
            return
        if self.focused is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CanvasKeyboard", "Select the layer to connect from first (Tab moves between layers)."
                )
            )
            return
        self.cancel_connection()
        connection = KeyConnection(self.doc, self.scene, self.focused)
        if not connection.candidates():
            connection.cancel()
            self.message.emit(
                QCoreApplication.translate(
                    "CanvasKeyboard", "There is no other layer to connect to: add one first (Ctrl+K)."
                )
            )
            return
        self.connection = connection
        connection.choose(connection.first_target())
        self.hint.emit(connection.describe())

    def cancel_connection(self) -> None:
        if self.connection is not None:
            self.connection.cancel()
            self.connection = None
            self.hint.emit("")

    def _connection_key(self, key: int, modifiers: Qt.KeyboardModifier) -> None:
        connection = self.connection
        assert connection is not None
        if key == Qt.Key.Key_Escape:
            self.cancel_connection()
            self.message.emit(QCoreApplication.translate("CanvasKeyboard", "Connection cancelled."))
        elif key in ENTER:
            error = connection.error()
            if error:
                self.message.emit(error)
                return
            self.cancel_connection()
            self._edit(lambda: self.doc.connect(connection.source, connection.target or ""))
            self.message.emit(
                QCoreApplication.translate("CanvasKeyboard", "Connected {source} to {target}.").format(
                    **connection.names()
                )
            )
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            connection.cycle(flow_order(self.doc), forward)
            self.hint.emit(connection.describe())
        elif key in ARROWS:
            connection.arrow(ARROWS[Qt.Key(key)], nearest)
            self.hint.emit(connection.describe())

    # -- the filter ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self.view:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            self._update_ring()
            if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                self.message.emit(canvas_hint())
        elif kind == QEvent.Type.FocusOut:
            self._burst += 1
            self.cancel_connection()
            self._update_ring()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if self.connection is not None and (
            key in ARROWS or key in ENTER or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape)
        ):
            self._connection_key(key, modifiers)
            return True
        if key in MODIFIER_KEYS:
            return False
        if key in ARROWS and ctrl:
            if time.monotonic() - self._last_nudge > BURST_SECONDS:
                self._burst += 1
            self.nudge(*ARROWS[Qt.Key(key)])
            self._last_nudge = time.monotonic()
            return True
        self._burst += 1
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            if ctrl or not self._step(forward):
                self.leave(forward)
            return True
        if key in ARROWS and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            self._arrow(ARROWS[Qt.Key(key)])
            return True
        if key in ENTER and self.focused is not None:
            self.edit_requested.emit(self.focused)
            return True
        if key == Qt.Key.Key_C and not modifiers:
            self.start_connection()
            return True
        if key == Qt.Key.Key_Escape and self.scene.selectedItems():
            self.scene.clearSelection()
            return True
        return False

    def ring_node(self) -> str | None:
        """The layer the focus ring is on, if it shows (for the tests)."""
        if self._ring is None or not shiboken6.isValid(self._ring):
            return None
        return self._ring.node.node_id
