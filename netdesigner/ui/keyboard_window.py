"""Keyboard use of the whole designer window: the command palette, the canvas keys, Enter to
edit a layer's settings and Escape to go back to the canvas, and the Edit menu entries that
make them discoverable. The window creates one :class:`KeyboardSupport` after its menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from netdesigner.ui.command_palette import Command, CommandPalette, action_commands, layer_commands
from netdesigner.ui.keyboard_nav import CanvasKeyboard

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow

PALETTE_KEYS = ("Ctrl+Shift+P", "Ctrl+K")
CONNECT_KEY = "Ctrl+E"
CANVAS_KEY = "Ctrl+Shift+K"


def first_editor(panel: QWidget) -> QWidget | None:
    """The first widget in ``panel`` that Tab would reach."""
    widget = panel
    for _ in range(1000):
        widget = widget.nextInFocusChain()
        if widget is panel or not panel.isAncestorOf(widget):
            return None
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.isVisibleTo(panel):
            return widget
    return None


class KeyboardSupport(QObject):
    """Owns the palette, the canvas keys and the keyboard actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = CanvasKeyboard(window.doc, window.scene, window.view, self)
        self.palette = CommandPalette(self.commands, window)
        self.canvas.message.connect(window.show_message)
        self.canvas.hint.connect(self._show_hint)
        self.canvas.edit_requested.connect(self.edit_layer)
        self.palette_action = self._action(self.tr("&Command Palette…"), self.open_palette, PALETTE_KEYS)
        self.palette_action.setStatusTip(self.tr("Search every command and layer type by name, and run it"))
        self.connect_action = self._action(self.tr("&Connect Selected Layer…"), self.canvas.start_connection)
        self.connect_action.setShortcuts([QKeySequence(CONNECT_KEY)])
        self.connect_action.setStatusTip(
            self.tr("Draw a connection from the selected layer; choose the target with Tab or the arrows")
        )
        self.canvas_action = self._action(self.tr("Go to &Canvas"), self.canvas.focus_canvas, (CANVAS_KEY,))
        self.canvas_action.setStatusTip(self.tr("Move the keyboard focus to the canvas (Esc in a panel does too)"))
        self.actions = [self.palette_action, self.connect_action, self.canvas_action]
        self._add_to_edit_menu()
        for dock in window.findChildren(QDockWidget):
            dock.installEventFilter(self)

    def _action(self, text: str, slot: object, keys: tuple[str, ...] = ()) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _add_to_edit_menu(self) -> None:
        """After Find Layer in the Edit menu, where a student looks for such things."""
        find = self.window.find_layer_action
        for menu in self.window.menuBar().findChildren(QMenu):
            if find in menu.actions():
                menu.addSeparator()
                menu.addActions(self.actions)
                return

    # -- the palette ---------------------------------------------------------------------------

    def menus(self) -> list[QMenu]:
        bar = self.window.menuBar()
        return [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]

    def commands(self) -> list[Command]:
        """Add-a-layer commands first, then everything in the menus, then the window's own actions."""
        extra = [a for a in self.window.actions() if a is not self.palette_action]
        found = action_commands(self.menus(), extra)
        found = [c for c in found if c.title != self.palette_action.text().replace("&", "")]
        return layer_commands(self.add_layer) + found

    def open_palette(self) -> None:
        self.palette.open()

    def add_layer(self, type_name: str) -> None:
        """Add below the selected layer (connected from it when it can be), then focus the canvas."""
        self.window.edits.add_layer(type_name)
        self.canvas.focus_canvas()

    # -- panels ------------------------------------------------------------------------------

    def edit_layer(self, node_id: str) -> None:
        """Enter on a layer: show the Properties panel with the cursor in its first setting."""
        window = self.window
        window.properties.show_nodes([node_id])
        window.properties_dock.show()
        window.properties_dock.raise_()
        form = window.properties.node_form
        target = first_editor(form.fields if form is not None else window.properties)
        if target is None:
            window.show_message(self.tr("{node} has no settings to edit.").format(node=node_id))
            return
        target.setFocus(Qt.FocusReason.TabFocusReason)
        window.show_message(
            self.tr("Editing {node}: Tab moves between settings, Esc goes back to the canvas.").format(node=node_id)
        )

    def _show_hint(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text)
        else:
            self.window.statusBar().clearMessage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Escape that no widget in a panel wanted goes back to the canvas."""
        if (
            isinstance(watched, QDockWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self.canvas.focus_canvas()
            return True
        return super().eventFilter(watched, event)
