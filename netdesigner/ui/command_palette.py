"""The command palette: one searchable list of everything the window can do, so that a whole
design can be made from the keyboard. It lists "Add <layer>" for every catalog layer type and
every action of the window's menus; typing filters, Enter runs, Escape closes.

The palette floats over the window's top edge (like a code editor's) instead of opening a
window of its own, so the designer keeps its shortcuts and its focus while it is open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.catalog import CATALOG
from netdesigner.ui.catalog_text import group_title, layer_description, layer_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 12


@dataclass(frozen=True)
class Command:
    """One line of the palette: what it is called, where it comes from, its shortcut and what it does."""

    title: str
    detail: str
    run: Callable[[], None]
    shortcut: str = ""
    enabled: bool = True

    def words(self) -> str:
        return f"{self.title} {self.detail}".lower()


def layer_commands(add: Callable[[str], None]) -> list[Command]:
    """ "Add Dense", "Add Conv2D", ...: one per catalog layer type."""
    commands = []
    for layer in CATALOG.values():
        title = QCoreApplication.translate("CommandPalette", "Add {name}").format(name=layer_label(layer.name))
        detail = QCoreApplication.translate("CommandPalette", "{group} layer: {description}").format(
            group=group_title(layer.group), description=layer_description(layer.name)
        )
        commands.append(Command(title, detail, lambda name=layer.name: add(name)))
    return commands


def plain_text(action: QAction) -> str:
    """An action's menu text without its mnemonic ampersands."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_commands(menus: Iterable[QMenu], extra: Iterable[QAction] = ()) -> list[Command]:
    """Every visible action of ``menus`` (and their submenus) and of ``extra``, once each, with
    the menu path as its detail."""
    commands: list[Command] = []
    seen: set[int] = set()

    def add(action: QAction, path: str) -> None:
        if id(action) in seen or action.isSeparator() or not action.isVisible() or not plain_text(action):
            return
        seen.add(id(action))
        title = plain_text(action)
        detail = path
        if action.isCheckable():
            title = QCoreApplication.translate("CommandPalette", "Toggle {name}").format(name=title)
            state = (
                QCoreApplication.translate("CommandPalette", "shown")
                if action.isChecked()
                else QCoreApplication.translate("CommandPalette", "hidden")
            )
            detail = QCoreApplication.translate("CommandPalette", "{path} · now {state}").format(path=path, state=state)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        commands.append(Command(title, detail, action.trigger, shortcut, action.isEnabled()))

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {plain_text(action)}")
            else:
                add(action, path)

    for menu in menus:
        walk(menu, plain_text(menu.menuAction()))
    for action in extra:
        add(action, action.statusTip() or QCoreApplication.translate("CommandPalette", "Window"))
    return commands


def matches(commands: list[Command], query: str) -> list[Command]:
    """The commands holding every word of ``query``; those whose title starts with the query
    come first, then those whose title holds every word, then the rest, each in list order."""
    words = query.lower().split()
    if not words:
        return list(commands)
    text = " ".join(words)

    def rank(command: Command) -> int:
        title = command.title.lower()
        if title.startswith(text):
            return 0
        return 1 if all(word in title for word in words) else 2

    found = [c for c in commands if all(word in c.words() for word in words)]
    return sorted(found, key=rank)


class CommandPalette(QFrame):
    """A search box over a list of commands. ``commands`` is asked for a fresh list each time
    the palette opens, so that enabled states and checked panels are current."""

    ran = Signal(str)  # the title of the command that ran

    def __init__(self, commands: Callable[[], list[Command]], parent: QWidget) -> None:
        super().__init__(parent)
        self._source = commands
        self._commands: list[Command] = []
        self._return_to: QWidget | None = None
        self.setObjectName("command_palette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Command palette"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a command or a layer to add, e.g. “add dense”"))
        self.search.setAccessibleName(self.tr("Search commands"))
        self.search.setAccessibleDescription(
            self.tr("Type to filter; Up and Down choose, Enter runs the command, Escape closes.")
        )
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Commands"))
        self.list.setColumnCount(3)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the focus
        self.list.itemActivated.connect(lambda _item, _column: self.run_current())
        self.hint = QLabel(self.tr("Enter runs · Esc closes · ↑↓ choose"))
        self.hint.setEnabled(False)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.hide()

    # -- opening and closing ----------------------------------------------------------------

    def open(self, text: str = "") -> None:
        """Show the palette over the top of the window with the cursor in the search box."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_to = focus
        self._commands = self._source()
        self.search.setText(text)
        self._filter(text)
        self._place()
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def close_palette(self) -> None:
        """Hide the palette and give the focus back to where it was."""
        if not self.isVisible():
            return
        self.hide()
        target, self._return_to = self._return_to, None
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.PopupFocusReason)

    def _place(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        metrics = self.list.fontMetrics()
        width = min(max(parent.width() // 2, metrics.horizontalAdvance("M") * 48), parent.width() - 24)
        row = metrics.height() + 6
        height = self.search.sizeHint().height() + row * VISIBLE_ROWS + self.hint.sizeHint().height() + 32
        height = min(height, parent.height() - 60)
        self.setGeometry((parent.width() - width) // 2, 48, width, height)

    # -- the list ----------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.list.clear()
        for command in matches(self._commands, text):
            item = QTreeWidgetItem([command.title, command.detail, command.shortcut])
            item.setData(0, ENTRY_ROLE, command)
            item.setToolTip(0, command.detail)
            item.setToolTip(1, command.detail)
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, command.detail)
            item.setForeground(1, self.palette().placeholderText())
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not command.enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(0, self.tr("{title} (not available now)").format(title=command.title))
            self.list.addTopLevelItem(item)
        first = next((i for i in range(self.count()) if self._enabled(i)), None)
        self.list.setCurrentItem(self.list.topLevelItem(first) if first is not None else None)

    def count(self) -> int:
        return self.list.topLevelItemCount()

    def _enabled(self, row: int) -> bool:
        item = self.list.topLevelItem(row)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def titles(self) -> list[str]:
        """The titles now listed, in order (for the tests and for screen readers' sake)."""
        return [self.list.topLevelItem(i).data(0, ENTRY_ROLE).title for i in range(self.count())]

    def current_title(self) -> str:
        item = self.list.currentItem()
        return item.data(0, ENTRY_ROLE).title if item is not None else ""

    def _move(self, step: int) -> None:
        count = self.count()
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        for _ in range(count):
            row = (row + step) % count
            if self._enabled(row):
                self.list.setCurrentItem(self.list.topLevelItem(row))
                return

    def run_current(self) -> None:
        """Run the chosen command after closing, so that it acts on the window as it was."""
        item = self.list.currentItem()
        if item is None or not self._enabled(self.list.indexOfTopLevelItem(item)):
            return
        command: Command = item.data(0, ENTRY_ROLE)
        self.close_palette()
        command.run()
        self.ran.emit(command.title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_palette()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if key in steps and self.count():
                self._move(steps[Qt.Key(key)])
                return True
        if watched is self.search and event.type() == QEvent.Type.FocusOut:
            reason = event.reason() if hasattr(event, "reason") else None
            if reason not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                self.hide()  # the student went elsewhere: close without moving the focus back
        return super().eventFilter(watched, event)
