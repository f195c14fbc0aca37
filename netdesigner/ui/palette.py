"""The layer palette: every catalog layer type by group, searchable; drag an entry onto the
canvas, or double-click it (or press Enter) to add it after the selected layer."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from netdesigner.core.catalog import CATALOG, GROUPS
from netdesigner.ui.catalog_text import group_title, layer_description, layer_label, layer_title
from netdesigner.ui.icons import layer_icon
from netdesigner.ui.mime import LAYER_MIME, layer_mime

TYPE_ROLE = Qt.ItemDataRole.UserRole
ICON_SIZE = 24
DRAG_ICON_SIZE = 32


class _LayerTree(QTreeWidget):
    """A tree whose layer entries drag the palette's own mime data; Enter chooses an entry."""

    entry_chosen = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.entry_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [LAYER_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt's name
        names = [item.data(0, TYPE_ROLE) for item in items if item.data(0, TYPE_ROLE)]
        return layer_mime(names[0]) if names else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.CopyAction

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803 - Qt's names
        """Drag the current entry as a copy, showing its icon under the pointer."""
        item = self.currentItem()
        name = item.data(0, TYPE_ROLE) if item is not None else None
        if not name:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        size = QSize(DRAG_ICON_SIZE, DRAG_ICON_SIZE)
        drag.setPixmap(layer_icon(name).pixmap(size, self.devicePixelRatioF()))
        drag.setHotSpot(QPoint(DRAG_ICON_SIZE // 2, DRAG_ICON_SIZE // 2))
        drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)


class Palette(QWidget):
    """Emits ``add_requested(type_name)`` on double-click or Enter."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search layers"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search layers"))
        self.search.setAccessibleDescription(self.tr("Filters the layer types by name and description; Escape clears."))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._add_first_match)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.tree = _LayerTree()
        self.tree.setAccessibleName(self.tr("Layer types"))
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setIndentation(8)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        # Double-click, not "activated": some desktops activate on a single click, which
        # would add a layer whenever a student starts a drag.
        self.tree.itemDoubleClicked.connect(self._on_activated)
        self.tree.entry_chosen.connect(self._on_activated)
        layout.addWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._populate()

    def _populate(self) -> None:
        for group in GROUPS:
            heading = QTreeWidgetItem([group_title(group)])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setSizeHint(0, QSize(0, ICON_SIZE + 4))
            self.tree.addTopLevelItem(heading)
            self._groups[group] = heading
            for layer in CATALOG.values():
                if layer.group != group:
                    continue
                # the entry shows the name in the student's language; the tooltip adds Keras's name
                label, description = layer_label(layer.name), layer_description(layer.name)
                item = QTreeWidgetItem([layer_title(layer.name)])
                item.setData(0, TYPE_ROLE, layer.name)
                item.setIcon(0, layer_icon(layer.name))
                tooltip = f"<b>{html.escape(label)}</b><br>{html.escape(description, quote=False)}"
                item.setToolTip(0, tooltip)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, description)
                heading.addChild(item)
                self._items[layer.name] = item
            heading.setExpanded(True)

    def _filter(self, text: str) -> None:
        """Show the entries whose name, description or group contain every word of ``text``, in
        English or as shown."""
        words = text.lower().split()
        for group, heading in self._groups.items():
            shown = 0
            for i in range(heading.childCount()):
                item = heading.child(i)
                name = item.data(0, TYPE_ROLE)
                as_shown = f"{layer_label(name)} {layer_description(name)} {heading.text(0)}"
                haystack = f"{name} {CATALOG[name].description} {group} {as_shown}".lower()
                hide = not all(word in haystack for word in words)
                item.setHidden(hide)
                shown += not hide
            heading.setHidden(shown == 0)
        current = self.tree.currentItem()
        if current is not None and (current.isHidden() or (current.parent() and current.parent().isHidden())):
            names = self.entry_names()
            self.tree.setCurrentItem(self._items[names[0]] if names else None)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        name = item.data(0, TYPE_ROLE)
        if name:
            self.add_requested.emit(name)

    def _add_first_match(self) -> None:
        names = self.entry_names()
        if names:
            self.add_requested.emit(names[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down in the search box moves to the first shown entry."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            names = self.entry_names()
            if event.key() == Qt.Key.Key_Down and names:
                self.tree.setCurrentItem(self._items[names[0]])
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)

    # -- for the window and the tests --------------------------------------------------------

    def entry_names(self) -> list[str]:
        """The layer types now shown, in palette order."""
        return [name for name, item in self._items.items() if not item.isHidden() and not item.parent().isHidden()]

    def item_for(self, type_name: str) -> QTreeWidgetItem:
        """The tree entry of a layer type."""
        return self._items[type_name]

    def mime_data_for(self, type_name: str) -> QMimeData:
        """Exactly what dragging the entry carries."""
        return self.tree.mimeData([self._items[type_name]])

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Find Layer)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
