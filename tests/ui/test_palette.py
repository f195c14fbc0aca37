"""The palette lists every layer type, filters, and hands out the data a drag carries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesigner.core.catalog import CATALOG, GROUPS
from netdesigner.ui import palette as palette_module
from netdesigner.ui.icons import app_icon, group_color, layer_icon
from netdesigner.ui.mime import LAYER_MIME, layer_type_of
from netdesigner.ui.palette import Palette

POOLING = ["MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D"]


@pytest.fixture
def palette(qtbot: QtBot) -> Palette:
    widget = Palette()
    qtbot.addWidget(widget)
    widget.resize(240, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def headings(palette: Palette, shown_only: bool = False) -> list[str]:
    items = [palette.tree.topLevelItem(i) for i in range(palette.tree.topLevelItemCount())]
    return [item.text(0) for item in items if not (shown_only and item.isHidden())]


def test_every_layer_type_is_listed_under_its_group(palette: Palette) -> None:
    assert sorted(palette.entry_names()) == sorted(CATALOG)
    assert headings(palette) == list(GROUPS)
    for name, layer in CATALOG.items():
        item = palette.item_for(name)
        assert item.text(0) == name
        assert item.parent().text(0) == layer.group
        assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
        assert not item.icon(0).isNull()


def test_group_headings_are_bold_expanded_and_not_draggable(palette: Palette) -> None:
    for i in range(palette.tree.topLevelItemCount()):
        heading = palette.tree.topLevelItem(i)
        assert heading.font(0).bold()
        assert heading.isExpanded()
        assert not heading.flags() & Qt.ItemFlag.ItemIsDragEnabled
        assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
        assert palette.tree.mimeData([heading]).formats() == []


def test_tooltips_name_the_layer_and_give_its_description(palette: Palette) -> None:
    for name, layer in CATALOG.items():
        tip = palette.item_for(name).toolTip(0)
        assert tip.startswith(f"<b>{name}</b><br>")
        assert layer.description in tip


def test_search_filters_entries_and_hides_empty_groups(palette: Palette, qtbot: QtBot) -> None:
    qtbot.keyClicks(palette.search, "POOL")
    assert palette.entry_names() == POOLING
    assert headings(palette, shown_only=True) == ["Pooling"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "zzz nothing")
    assert palette.entry_names() == []
    assert headings(palette, shown_only=True) == []
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert palette.search.text() == ""
    assert len(palette.entry_names()) == len(CATALOG)
    assert headings(palette, shown_only=True) == list(GROUPS)


def test_search_matches_descriptions(palette: Palette, qtbot: QtBot) -> None:
    qtbot.keyClicks(palette.search, "residual")
    assert palette.entry_names() == ["Add"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "Fully Connected")
    assert palette.entry_names() == ["Dense"]


def test_enter_on_an_entry_asks_to_add_it(palette: Palette, qtbot: QtBot) -> None:
    palette.tree.setCurrentItem(palette.item_for("Dropout"))
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.keyClick(palette.tree, Qt.Key.Key_Return)
    assert added.args == ["Dropout"]
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.keyClicks(palette.search, "conv")
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert added.args == ["Conv2D"]


def test_down_from_the_search_box_selects_the_first_match(palette: Palette, qtbot: QtBot) -> None:
    palette.focus_search()
    qtbot.keyClicks(palette.search, "pool")
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.tree.currentItem() is palette.item_for("MaxPooling2D")
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.keyClick(palette.tree, Qt.Key.Key_Down)
        qtbot.keyClick(palette.tree, Qt.Key.Key_Enter)
    assert added.args == ["AveragePooling2D"]


def test_double_click_on_an_entry_asks_to_add_it(palette: Palette, qtbot: QtBot) -> None:
    item = palette.item_for("Dense")
    rect = palette.tree.visualItemRect(item)
    with qtbot.assertNotEmitted(palette.add_requested):
        qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert added.args == ["Dense"]


def test_double_click_on_a_heading_adds_nothing_and_keeps_it_open(palette: Palette, qtbot: QtBot) -> None:
    heading = palette.item_for("Dense").parent()
    rect = palette.tree.visualItemRect(heading)
    with qtbot.assertNotEmitted(palette.add_requested):
        qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert heading.isExpanded()


def test_drag_data_names_the_layer_type(palette: Palette) -> None:
    for name in CATALOG:
        data = palette.mime_data_for(name)
        assert data.hasFormat(LAYER_MIME)
        assert layer_type_of(data) == name


class _FakeDrag:
    """Stands in for QDrag, whose exec() would block in a modal drag loop."""

    started: list[_FakeDrag] = []

    def __init__(self, source: object) -> None:
        self.mime: QMimeData | None = None
        self.pixmap = QPixmap()
        self.actions: tuple[Qt.DropAction, ...] = ()
        _FakeDrag.started.append(self)

    def setMimeData(self, data: QMimeData) -> None:  # noqa: N802 - Qt's name
        self.mime = data

    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 - Qt's name
        self.pixmap = pixmap

    def setHotSpot(self, _point: object) -> None:  # noqa: N802 - Qt's name
        pass

    def exec(self, *actions: Qt.DropAction) -> Qt.DropAction:
        self.actions = actions
        return Qt.DropAction.CopyAction


def test_dragging_an_entry_copies_its_layer_type(palette: Palette, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(palette_module, "QDrag", _FakeDrag)
    monkeypatch.setattr(_FakeDrag, "started", [])
    palette.tree.setCurrentItem(palette.item_for("Conv2D"))
    palette.tree.startDrag(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction)
    (drag,) = _FakeDrag.started
    assert drag.mime is not None and layer_type_of(drag.mime) == "Conv2D"
    assert drag.actions and drag.actions[0] == Qt.DropAction.CopyAction
    assert not drag.pixmap.isNull()
    palette.tree.setCurrentItem(palette.item_for("Conv2D").parent())
    palette.tree.startDrag(Qt.DropAction.CopyAction)
    assert len(_FakeDrag.started) == 1  # a group heading is not dragged


def opaque_pixels(image: QImage) -> int:
    return sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))


def test_every_layer_type_has_its_own_icon() -> None:
    renderings = set()
    for name in CATALOG:
        icon = layer_icon(name)
        assert not icon.isNull()
        assert layer_icon(name) is icon  # cached
        for size in (16, 24, 32):
            pixmap = icon.pixmap(QSize(size, size), 2.0)
            assert pixmap.deviceIndependentSize().toSize() == QSize(size, size)
            assert pixmap.devicePixelRatio() == 2.0
        image = icon.pixmap(QSize(32, 32), 1.0).toImage()
        assert opaque_pixels(image) > 200
        renderings.add(bytes(image.constBits()))
    assert len(renderings) == len(CATALOG)  # every pictogram differs


def test_group_colors_differ_and_app_icon_draws() -> None:
    colors = {group_color(g).name() for g in GROUPS}
    assert len(colors) == len(GROUPS)
    assert all(QColor(c).isValid() for c in colors)
    image = app_icon().pixmap(64, 64).toImage()
    assert not app_icon().isNull() and opaque_pixels(image) > 64 * 64 // 2


def test_focus_search_selects_the_query(palette: Palette, qtbot: QtBot) -> None:
    palette.search.setText("dense")
    palette.activateWindow()
    palette.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.search)
    assert palette.search.selectedText() == "dense"
    assert palette.search.accessibleName() and palette.tree.accessibleName()
